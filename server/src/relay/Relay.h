#pragma once

#include "AuthStore.h"
#include "Database.h"
#include "RelayStore.h"
#include "UpstreamClient.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace ow::server {

// The public half of the hall's newest permit key to the upstream, unless it has confirmed it already (recorded in
// upstream.key_sent): at joining, and at every relay round until it went. False when the upstream did not take it.
bool sendOwedPermitKey(Database& db, UpstreamClient& upstream, const std::string& hall);

// A hall server's relay to its upstream (issue 31), on a thread of its own while the server serves: the changes the
// triggers recorded go up in their order, in batches, each batch applied by the upstream once (its watermark) and
// forgotten here only when the upstream says it has them; a cut line is tried again (2 s, doubling to a minute) and
// costs the hall nothing — it serves on. With nothing to send, a word every 30 s tells the upstream the hall is there.
class Relay {
public:
    static constexpr std::size_t kBatch = 500;
    static constexpr std::int64_t kHeartbeatMs = 30 * 1000;
    // How often the upstream's side of the hall is asked for (catalog versions, keys, accounts added or disabled).
    static constexpr std::int64_t kDownEveryMs = 5 * 60 * 1000;
    // A down round that failed while the line works (the upstream's answer refused or not taken here) is tried again
    // after this, not after kDownEveryMs, and does not count as a cut line.
    static constexpr std::int64_t kDownRetryMs = 60 * 1000;
    // How often the hall's bookings made or changed upstream (the city's booking page) are asked for.
    static constexpr std::int64_t kBookingsEveryMs = 30 * 1000;
    // Asked again from this long before the newest change taken: a booking changed upstream in a transaction that
    // committed after a later one is not passed over (taking one twice changes nothing).
    static constexpr std::int64_t kBookingsOverlapMs = 60 * 1000;

    struct Status {
        bool connected = false;         // the last contact worked
        std::int64_t backlog = 0;       // changes waiting to go up
        std::int64_t lastContactMs = 0; // when the upstream last took something (0: not since start)
        std::string problem;            // why the last contact failed, in words
        std::string downProblem;        // why what changed upstream was not taken at the last try (line working)
    };

    // The line as joined (table upstream); nothing when this server has no upstream.
    // `auth`: the serving server's, whose sessions end at once when an account is disabled upstream.
    static std::optional<Relay> forDatabase(Database& db, AuthStore& auth, std::function<std::int64_t()> clock);
    // `deviceId`: the hall server's own at the upstream (what it takes down is audited as that device's).
    Relay(Database& db, AuthStore& auth, std::string hall, std::string deviceId, UpstreamClient client,
          std::function<std::int64_t()> clock);
    Relay(Relay&& other) noexcept;
    ~Relay();

    // One round: the permit key's public half if the upstream has not confirmed it, then the oldest changes (or the
    // heartbeat when due), then — every kDownEveryMs, and at the first round — what changed upstream for the hall
    // (takeUpstreamNews), and every kBookingsEveryMs the bookings made upstream. True when the upstream took what was
    // sent (or there was nothing to send); a down round that failed with the line working says so in
    // status().downProblem and is tried again after kDownRetryMs.
    bool runOnce();
    // The next round asks the upstream's side of the hall whatever the time (from the thread that runs the rounds).
    void askUpstreamAtNextRound() {
        m_nextDownMs = 0;
        m_nextBookingsMs = 0;
    }
    void start();
    void stop();
    Status status() const;
    // Called (on the relay's thread, before start()) when the line comes or goes, and while it is cut when what
    // waits changed: the hall's screens are told (main.cpp). Not at every round of a working line.
    void onChange(std::function<void(const Status&)> listener) { m_onChange = std::move(listener); }
    const std::string& hall() const { return m_hall; }

private:
    void loop();
    // The round's outcome into the status (`waiting`: nothing when the round did not get as far as counting); the
    // listener is told when the line came or went, or while it is cut, when what waits changed.
    void record(bool ok, std::optional<std::int64_t> waiting, const std::string& problem);

    Database& m_db;
    AuthStore& m_auth;
    std::string m_hall, m_deviceId;
    UpstreamClient m_client;
    std::function<std::int64_t()> m_clock;
    RelayStore m_store;
    // The bookings made or changed upstream since then (what the hall has taken, less kBookingsOverlapMs).
    std::string takeBookings();
    std::int64_t m_lastSentMs = 0, m_nextDownMs = 0; // 0: at the next round
    std::int64_t m_nextBookingsMs = 0, m_bookingsSinceMs = 0;
    std::string m_newsProblem, m_bookingsProblem; // of the last down rounds (the relay's thread only)
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    Status m_status;
    bool m_stopping = false;
    std::thread m_thread;
    std::function<void(const Status&)> m_onChange;
};

} // namespace ow::server
