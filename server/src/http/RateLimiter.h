#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "Database.h"

namespace ow::server {

// Counts failures (wrong enrollment codes, wrong passwords) per key — a device, an address — in a sliding window,
// and refuses a key that has failed `limit` times within it until the oldest failure leaves the window. An attempt
// is reserved before it is checked and counts as a failure from that moment: guesses sent in parallel cannot all
// pass the limiter before the first of them has failed. One that does not fail is released again, so successes
// are not counted (a hall enrolling fifty devices at once from one office is not an attack). In memory, bounded
// in the keys it keeps, so that a flood of addresses cannot grow it without end; and, when shared through the
// database (several instances on PostgreSQL), also in the failed_attempts table, so that spreading attempts over
// the instances gains nothing: each instance refuses a key once all of them together hold `limit` attempts.
class RateLimiter {
public:
    // One attempt held against a key until it is released (did not fail) or leaves the window (failed).
    struct Attempt {
        std::string key;
        std::string id; // unique across instances
        bool held = false;
    };

    RateLimiter(std::string scope, int limit, std::int64_t windowMs, std::size_t maxKeys = 100000);

    const std::string& scope() const { return m_scope; }
    // Counts attempts in `db` as well (before the server starts taking requests).
    void share(Database& db) { m_db = &db; }

    // Reserves an attempt for `key`: 0 and `attempt` held when it may go ahead; otherwise how long, in ms, the key
    // must still wait (nothing held).
    std::int64_t reserve(const std::string& key, std::int64_t nowMs, Attempt& attempt);
    // The attempt did not fail: it no longer counts.
    void release(Attempt& attempt);

private:
    struct Held {
        std::int64_t atMs;
        std::string id;
    };
    void prune(std::deque<Held>& held, std::int64_t nowMs) const;
    void forgetLocally(const std::string& key, const std::string& id);
    std::int64_t sharedReserve(const std::string& key, std::int64_t nowMs, const std::string& id);

    const std::string m_scope;
    Database* m_db = nullptr;
    std::uint64_t m_shared = 0; // attempts written to the database, to delete old ones now and then
    const int m_limit;
    const std::int64_t m_windowMs;
    const std::size_t m_maxKeys;
    const std::string m_instance; // random: attempt ids of several instances never meet
    std::uint64_t m_nextId = 0;
    std::mutex m_mutex;
    std::map<std::string, std::deque<Held>> m_attempts;
};

} // namespace ow::server
