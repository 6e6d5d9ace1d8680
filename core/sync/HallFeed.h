#pragma once

#include "domain/QueueSnapshot.h"
#include "domain/Ticket.h"

#include <QObject>

#include <memory>

namespace ow {

class ApiClient;
class EventStream;

// The live state of a hall for a screen: the newest queue snapshot (every change on the server brings one;
// calls are in its recent_calls). Snapshots are ordered by the server's event sequence, so a late message never rolls
// the screen back.
class HallFeed : public QObject {
    Q_OBJECT
public:
    HallFeed(ApiClient& api, QString hall, QObject* parent = nullptr);
    ~HallFeed() override;

    void start();
    const QueueSnapshot& snapshot() const { return m_snapshot; }
    std::int64_t seq() const { return m_seq; } // event sequence the snapshot is current to
    bool isLive() const;

    // Feeds one event-stream message (public for tests of ordering).
    void handleMessage(const QByteArray& json);

signals:
    void snapshotChanged();
    // One change as it happened ("called", "finished", …) with the ticket after it; not replayed on reconnect.
    void ticketEvent(const QString& name, const ow::Ticket& ticket);
    void liveChanged(bool live);

private:
    void applySnapshot(const QueueSnapshot& snapshot, std::int64_t seq);

    ApiClient& m_api;
    QString m_hall;
    std::unique_ptr<EventStream> m_stream;
    QueueSnapshot m_snapshot;
    std::int64_t m_seq = -1;
};

} // namespace ow
