#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "Database.h"

namespace ow::server {

// Counts failures (wrong enrollment codes, wrong passwords) per key — a device, an address — in a sliding window,
// and refuses a key that has failed `limit` times within it until the oldest failure leaves the window. Successes
// are not counted: a hall enrolling fifty devices at once from one office is not an attack. In memory, bounded in
// the keys it keeps, so that a flood of addresses cannot grow it without end; and, when shared through the database
// (several instances on PostgreSQL), also in the failed_attempts table, so that spreading attempts over the
// instances gains nothing: each instance refuses a key once all of them together saw `limit` failures.
class RateLimiter {
public:
    RateLimiter(std::string scope, int limit, std::int64_t windowMs, std::size_t maxKeys = 100000)
        : m_scope(std::move(scope))
        , m_limit(limit)
        , m_windowMs(windowMs)
        , m_maxKeys(maxKeys) {}

    // Counts failures in `db` as well (before the server starts taking requests).
    void share(Database& db) { m_db = &db; }

    // How long `key` must still wait, in ms; 0 when it may try.
    std::int64_t waitMs(const std::string& key, std::int64_t nowMs);
    void fail(const std::string& key, std::int64_t nowMs);

private:
    void prune(std::deque<std::int64_t>& times, std::int64_t nowMs) const;

    std::int64_t localWaitMs(const std::string& key, std::int64_t nowMs);

    const std::string m_scope;
    Database* m_db = nullptr;
    std::uint64_t m_shared = 0; // failures written to the database, to delete old ones now and then
    const int m_limit;
    const std::int64_t m_windowMs;
    const std::size_t m_maxKeys;
    std::mutex m_mutex;
    std::map<std::string, std::deque<std::int64_t>> m_failures;
};

} // namespace ow::server
