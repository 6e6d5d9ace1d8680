#include "RateLimiter.h"

using namespace Poco::Data::Keywords;

namespace ow::server {

void RateLimiter::prune(std::deque<std::int64_t>& times, std::int64_t nowMs) const {
    while (!times.empty() && times.front() <= nowMs - m_windowMs)
        times.pop_front();
}

std::int64_t RateLimiter::waitMs(const std::string& key, std::int64_t nowMs) {
    const std::int64_t local = localWaitMs(key, nowMs);
    if (local > 0 || !m_db)
        return local;
    // The newest `limit` failures of the key on any instance, within the window.
    std::vector<std::int64_t> times;
    m_db->read([&](Poco::Data::Session& s) {
        s << "SELECT at FROM failed_attempts WHERE scope = $1 AND key = $2 AND at > $3 ORDER BY at DESC LIMIT $4",
            bind(m_scope), bind(key), bind(nowMs - m_windowMs), bind(m_limit), into(times), now;
    });
    if (static_cast<int>(times.size()) < m_limit)
        return 0;
    return times.back() + m_windowMs - nowMs;
}

std::int64_t RateLimiter::localWaitMs(const std::string& key, std::int64_t nowMs) {
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(it->second, nowMs);
    if (it->second.empty()) {
        m_failures.erase(it);
        return 0;
    }
    if (static_cast<int>(it->second.size()) < m_limit)
        return 0;
    return it->second.front() + m_windowMs - nowMs;
}

void RateLimiter::fail(const std::string& key, std::int64_t nowMs) {
    std::unique_lock lock(m_mutex);
    if (m_failures.size() >= m_maxKeys && !m_failures.count(key)) {
        // Full: forget the keys whose failures have all left the window; if none, the first one.
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(it->second, nowMs);
            it = it->second.empty() ? m_failures.erase(it) : std::next(it);
        }
        if (m_failures.size() >= m_maxKeys)
            m_failures.erase(m_failures.begin());
    }
    auto& times = m_failures[key];
    prune(times, nowMs);
    times.push_back(nowMs);
    while (static_cast<int>(times.size()) > m_limit)
        times.pop_front(); // the newest `limit` decide when the key may try again
    if (!m_db)
        return;
    const bool sweep = ++m_shared % 100 == 0;
    lock.unlock();
    m_db->write([&](Poco::Data::Session& s) {
        s << "INSERT INTO failed_attempts(scope, key, at) VALUES($1, $2, $3)", bind(m_scope), bind(key), bind(nowMs),
            now;
        if (sweep) // what has left the window counts no more
            s << "DELETE FROM failed_attempts WHERE scope = $1 AND at <= $2", bind(m_scope), bind(nowMs - m_windowMs),
                now;
    });
}

} // namespace ow::server
