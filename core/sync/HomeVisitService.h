#pragma once

#include "domain/wire/HomeVisits.h"

#include <QObject>
#include <QString>

#include <Poco/JSON/Object.h>

#include <functional>
#include <utility>
#include <vector>

namespace ow {

class ApiClient;
struct ApiReply;

// 预约上门 as named operations on the server: the visits a station asked for (or the hall's, for a supervisor and
// a clerk), asking for one, and the supervisor's and clerk's steps. Each answer reloads the list; what went wrong
// comes back as a sentence. A request not answered (no network) keeps its id: sent again, it is the same request.
class HomeVisitService : public QObject {
    Q_OBJECT
public:
    HomeVisitService(ApiClient& api, QString hall, QObject* parent = nullptr);

    const std::vector<wire::HomeVisit>& visits() const { return m_visits; }
    // Whom a supervisor may send (user, name); empty for the others.
    const std::vector<std::pair<QString, QString>>& clerks() const { return m_clerks; }
    bool isBusy() const { return m_busy; }

    void setFilter(const QString& state, const QString& date, const QString& clerk = {}); // empty: any
    void reload();
    // `request.id` made by the caller (kept across tries). `sent` is told when the server has it.
    void request(const wire::HomeVisitRequest& request);
    void schedule(const QString& id, const QString& clerk, const QString& date);
    void markDone(const QString& id, const QString& outcome);
    void cancel(const QString& id, const QString& reason);

signals:
    void visitsChanged();
    void busyChanged(bool busy);
    void sent(const QString& id);
    void info(const QString& message);
    void failed(const QString& message);

private:
    void post(const QString& path, const QByteArray& body, std::function<void()> done);
    void setBusy(bool busy);

    ApiClient& m_api;
    QString m_hall, m_state, m_date, m_clerk;
    std::vector<wire::HomeVisit> m_visits;
    std::vector<std::pair<QString, QString>> m_clerks;
    bool m_busy = false;
    int m_readings = 0; // readings of the list asked for
};

} // namespace ow
