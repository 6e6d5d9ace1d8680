#pragma once

#include "domain/Rectification.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace ow {

class ApiClient;
class HallFeed;
class LocalStore;
struct ApiReply;

// The rating pad's side of the server: it learns from the hall's live events when its counter finishes a
// service, who is on duty there and the hall's rating policy; it delivers the citizen's answer. An answer is kept
// on this device (LocalStore) until the server has it, so a dropped network or a restart loses no rating.
class PadSession : public QObject {
    Q_OBJECT
public:
    PadSession(ApiClient& api, const QString& hall, int counter, LocalStore* store, QObject* parent = nullptr);
    ~PadSession() override;

    void start();
    int counter() const { return m_counter; }
    const QString& clerkName() const { return m_clerkName; }
    const QString& staffNumber() const { return m_staffNumber; }
    bool isPaused() const { return m_paused; } // the counter's clerk paused it (暂停服务)
    const RatingPolicy& policy() const { return m_policy; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    bool isLive() const;

    // The citizen's answer to the service `ticketId`; nothing: the pad waited and nobody answered.
    void submit(const QString& ticketId, const std::optional<RatingInput>& answer);

signals:
    void dutyChanged(); // who is on duty, or whether the counter is paused
    void policyChanged();
    // A service of this counter has just finished: ask for its rating.
    void ratingWanted(const QString& ticketId, const QString& number);
    void pendingChanged(int count);
    void liveChanged(bool live);

private:
    struct Pending {
        QString ticketId;
        QByteArray body;
    };
    void refresh();
    void applyView(const ApiReply& reply);
    void setDuty(const QString& name, const QString& number, bool paused);
    void offer(const QString& ticketId, const QString& number);
    void flush();
    void save();
    void load();

    ApiClient& m_api;
    QString m_hall;
    int m_counter;
    LocalStore* m_store;
    std::unique_ptr<HallFeed> m_feed;
    QString m_clerkName, m_staffNumber;
    bool m_paused = false;
    RatingPolicy m_policy;
    std::vector<Pending> m_pending;
    bool m_sending = false;
    QSet<QString> m_offered; // tickets already asked about (a late event or the view may name one again)
    QTimer m_retry;
    QTimer m_refresh;
};

} // namespace ow
