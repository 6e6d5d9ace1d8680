#include "RateLimiter.h"

#include <algorithm>
#include <random>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

std::string randomInstance() {
    std::random_device device;
    const std::uint64_t value = (static_cast<std::uint64_t>(device()) << 32) ^ device();
    return std::to_string(value);
}

} // namespace

RateLimiter::RateLimiter(std::string scope, int limit, std::int64_t windowMs, std::size_t maxKeys)
    : m_scope(std::move(scope))
    , m_limit(limit)
    , m_windowMs(windowMs)
    , m_maxKeys(maxKeys)
    , m_instance(randomInstance()) {}

void RateLimiter::prune(std::deque<Held>& held, std::int64_t nowMs) const {
    while (!held.empty() && held.front().atMs <= nowMs - m_windowMs)
        held.pop_front();
}

std::int64_t RateLimiter::reserve(const std::string& key, std::int64_t nowMs, Attempt& attempt) {
    std::unique_lock lock(m_mutex);
    auto it = m_attempts.find(key);
    if (it == m_attempts.end()) {
        if (m_attempts.size() >= m_maxKeys) {
            // Full: forget the keys whose attempts have all left the window; if none, the first one.
            for (auto k = m_attempts.begin(); k != m_attempts.end();) {
                prune(k->second, nowMs);
                k = k->second.empty() ? m_attempts.erase(k) : std::next(k);
            }
            if (m_attempts.size() >= m_maxKeys)
                m_attempts.erase(m_attempts.begin());
        }
        it = m_attempts.emplace(key, std::deque<Held>{}).first;
    }
    auto& held = it->second;
    prune(held, nowMs);
    if (static_cast<int>(held.size()) >= m_limit)
        return held.front().atMs + m_windowMs - nowMs;
    const std::string id = m_instance + "-" + std::to_string(++m_nextId);
    held.push_back({nowMs, id});
    lock.unlock();
    if (m_db) {
        const std::int64_t wait = sharedReserve(key, nowMs, id);
        if (wait > 0) {
            forgetLocally(key, id);
            return wait;
        }
    }
    attempt = {key, id, true};
    return 0;
}

// The attempt written where every instance counts, then counted with the others' (its own included): when they
// are more than the limit it is taken back and the key waits until fewer than `limit` others are in the window.
std::int64_t RateLimiter::sharedReserve(const std::string& key, std::int64_t nowMs, const std::string& id) {
    const bool sweep = ++m_shared % 100 == 0;
    return m_db->write([&](Poco::Data::Session& s) -> std::int64_t {
        s << "INSERT INTO failed_attempts(scope, key, at, attempt) VALUES($1, $2, $3, $4)", bind(m_scope), bind(key),
            bind(nowMs), bind(id), now;
        if (sweep) // what has left the window counts no more
            s << "DELETE FROM failed_attempts WHERE scope = $1 AND at <= $2", bind(m_scope), bind(nowMs - m_windowMs),
                now;
        std::vector<std::int64_t> times;
        s << "SELECT at FROM failed_attempts WHERE scope = $1 AND key = $2 AND at > $3 ORDER BY at DESC LIMIT $4",
            bind(m_scope), bind(key), bind(nowMs - m_windowMs), bind(m_limit + 1), into(times), now;
        if (static_cast<int>(times.size()) <= m_limit)
            return 0;
        s << "DELETE FROM failed_attempts WHERE scope = $1 AND key = $2 AND attempt = $3", bind(m_scope), bind(key),
            bind(id), now;
        return std::max<std::int64_t>(1, times.back() + m_windowMs - nowMs); // the oldest of the others
    });
}

void RateLimiter::forgetLocally(const std::string& key, const std::string& id) {
    std::lock_guard lock(m_mutex);
    const auto it = m_attempts.find(key);
    if (it == m_attempts.end())
        return;
    auto& held = it->second;
    for (auto h = held.begin(); h != held.end(); ++h)
        if (h->id == id) {
            held.erase(h);
            break;
        }
    if (held.empty())
        m_attempts.erase(it);
}

void RateLimiter::release(Attempt& attempt) {
    if (!attempt.held)
        return;
    attempt.held = false;
    forgetLocally(attempt.key, attempt.id);
    if (m_db)
        m_db->write([&](Poco::Data::Session& s) {
            s << "DELETE FROM failed_attempts WHERE scope = $1 AND key = $2 AND attempt = $3", bind(m_scope),
                bind(attempt.key), bind(attempt.id), now;
        });
}

} // namespace ow::server
