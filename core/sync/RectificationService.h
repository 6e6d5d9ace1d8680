#pragma once

#include "domain/Rectification.h"

#include <QObject>
#include <QString>

#include <Poco/JSON/Object.h>

#include <functional>
#include <vector>

namespace ow {

class ApiClient;
struct ApiReply;

// The supervisor's 整改 work as named operations on the server: the hall's list, the follow-up, the fix, the
// appeal and its decision. Each answer updates the list; what went wrong comes back as a sentence.
class RectificationService : public QObject {
    Q_OBJECT
public:
    RectificationService(ApiClient& api, QString hall, QObject* parent = nullptr);

    const std::vector<Rectification>& items() const { return m_items; }
    const QString& today() const { return m_today; } // the hall's date, from the server
    bool showsAll() const { return m_all; }
    bool isBusy() const { return m_busy; }

public slots:
    void reload();
    void setShowAll(bool all);
    void recordFollowUp(const QString& id, const QString& note);
    void recordFix(const QString& id, const QString& note);
    void requestAppeal(const QString& id, AppealKind kind, const QString& reason);
    void decideAppeal(const QString& id, bool uphold, const QString& note);
    // 回访: the rated citizen's whole phone number, with the reason it is needed (the server audits the look-up).
    void revealContact(const QString& id, const QString& reason);

signals:
    void contactRevealed(const QString& id, const QString& name, const QString& phone, const QString& caseNo);
    void itemsChanged();
    void itemChanged(int row);
    void busyChanged(bool busy);
    void info(const QString& message);
    void failed(const QString& message);

private:
    // POSTs to /rectifications/{id}/{what} unless something runs already. A refusal is said by `failed`, in the
    // words of `refusal` when it has some for it; the answer goes to `read`, and when `read` throws, `unreadable`.
    void post(const QString& id, const QString& what, const QByteArray& payload,
              std::function<void(const Poco::JSON::Object::Ptr&)> read, std::function<void()> unreadable,
              std::function<QString(const ApiReply&)> refusal = {});
    void step(const QString& id, const QString& what, const QByteArray& body, const QString& done);
    void setBusy(bool busy);

    ApiClient& m_api;
    QString m_hall;
    std::vector<Rectification> m_items;
    QString m_today;
    bool m_all = false;
    bool m_busy = false;
};

} // namespace ow
