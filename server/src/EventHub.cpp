#include "EventHub.h"

namespace ow::server {

std::vector<std::string> EventHub::Subscription::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, timeout, [this] { return m_closed || !m_messages.empty(); });
    std::vector<std::string> out(std::make_move_iterator(m_messages.begin()),
                                 std::make_move_iterator(m_messages.end()));
    m_messages.clear();
    return out;
}

bool EventHub::Subscription::closed() const {
    std::lock_guard lock(m_mutex);
    return m_closed;
}

std::shared_ptr<EventHub::Subscription> EventHub::subscribe(const std::string& hall) {
    auto subscription = std::make_shared<Subscription>();
    std::lock_guard lock(m_mutex);
    m_halls[hall].insert(subscription);
    return subscription;
}

void EventHub::unsubscribe(const std::string& hall, const std::shared_ptr<Subscription>& subscription) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_halls.find(hall); it != m_halls.end())
        it->second.erase(subscription);
}

void EventHub::publish(const std::string& hall, const std::string& message) {
    std::lock_guard lock(m_mutex);
    auto it = m_halls.find(hall);
    if (it == m_halls.end())
        return;
    for (const auto& subscription : it->second) {
        std::lock_guard subLock(subscription->m_mutex);
        if (subscription->m_messages.size() >= Subscription::kMaxBacklog)
            subscription->m_closed = true;
        else
            subscription->m_messages.push_back(message);
        subscription->m_cv.notify_one();
    }
}

bool EventHub::hasSubscribers(const std::string& hall) const {
    std::lock_guard lock(m_mutex);
    auto it = m_halls.find(hall);
    return it != m_halls.end() && !it->second.empty();
}

std::size_t EventHub::subscriberCount() const {
    std::lock_guard lock(m_mutex);
    std::size_t count = 0;
    for (const auto& [hall, subscriptions] : m_halls)
        count += subscriptions.size();
    return count;
}

void EventHub::closeAll() {
    std::lock_guard lock(m_mutex);
    for (const auto& [hall, subscriptions] : m_halls)
        for (const auto& subscription : subscriptions) {
            std::lock_guard subLock(subscription->m_mutex);
            subscription->m_closed = true;
            subscription->m_cv.notify_one();
        }
}

} // namespace ow::server
