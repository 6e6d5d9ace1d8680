#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace ow::server {

// Counts failures (wrong enrollment codes, wrong passwords) per key — a device, an address — in a sliding window,
// and refuses a key that has failed `limit` times within it until the oldest failure leaves the window. Successes
// are not counted: a hall enrolling fifty devices at once from one office is not an attack. In memory, per server
// instance; bounded in the keys it keeps, so that a flood of addresses cannot grow it without end.
class RateLimiter {
public:
    RateLimiter(int limit, std::int64_t windowMs, std::size_t maxKeys = 100000)
        : m_limit(limit)
        , m_windowMs(windowMs)
        , m_maxKeys(maxKeys) {}

    // How long `key` must still wait, in ms; 0 when it may try.
    std::int64_t waitMs(const std::string& key, std::int64_t nowMs);
    void fail(const std::string& key, std::int64_t nowMs);

private:
    void prune(std::deque<std::int64_t>& times, std::int64_t nowMs) const;

    const int m_limit;
    const std::int64_t m_windowMs;
    const std::size_t m_maxKeys;
    std::mutex m_mutex;
    std::map<std::string, std::deque<std::int64_t>> m_failures;
};

} // namespace ow::server
