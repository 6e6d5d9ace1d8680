#pragma once

#include "Database.h"
#include "QueueStore.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>

namespace ow::server {

// Hall events between server instances on one PostgreSQL: the instance that changes a ticket announces it (NOTIFY
// at the end of the change's transaction — QueueStore's event log — so it is delivered when, and only if, the
// change commits, at no commit of its own; the events of a batch travel together), every other instance hears it on
// a connection of its own (LISTEN) and
// tells its own WebSocket clients — a display on instance B sees a call made through instance A. The notice carries
// only what happened to which ticket; the hearer reads the ticket and the queue itself, so a notice stays far below
// PostgreSQL's 8000-byte limit however long the queue. On SQLite (one instance) it does nothing.
class HallFanout {
public:
    using Deliver = std::function<void(const QueueEvent&)>;

    explicit HallFanout(Database& db);
    ~HallFanout();
    HallFanout(const HallFanout&) = delete;
    HallFanout& operator=(const HallFanout&) = delete;

    // Starts listening (PostgreSQL only); `deliver` runs on the listener's thread for other instances' notices,
    // `accessEnded` for their notices that a session or a device was stopped.
    void start(Deliver deliver, std::function<void()> accessEnded = {});
    void stop();
    // Tells the other instances, in the transaction of `s`, where it commits (PostgreSQL only).
    void announce(Poco::Data::Session& s, const std::vector<QueueEvent>& events);
    // Tells the other instances, with the commit of `s`, that sessions or devices were stopped in it: they forget
    // the tokens they hold and ask their open streams' tokens again at once.
    void announceAccessEnded(Poco::Data::Session& s);
    // True once the listener is connected and listening (tests wait for it).
    bool listening() const { return m_listening; }

private:
    void run();
    void deliver(const char* notice); // another instance's notice: its events to this instance's clients

    Database& m_db;
    std::string m_instance; // tells this instance's own notices apart
    std::string m_channel;
    Deliver m_deliver;
    std::function<void()> m_accessEnded;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_listening{false};
};

} // namespace ow::server
