#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace ow::server {

// Fan-out of live messages to the WebSocket clients of each hall. A client that falls too far behind
// is dropped (it reconnects and starts again from a snapshot) rather than slowing everyone down.
class EventHub {
public:
    class Subscription {
    public:
        // Waits up to `timeout` for messages; returns them (empty on timeout). `closed()` tells why it woke.
        std::vector<std::string> wait(std::chrono::milliseconds timeout);
        bool closed() const;

    private:
        friend class EventHub;
        static constexpr std::size_t kMaxBacklog = 1000;
        mutable std::mutex m_mutex;
        std::condition_variable m_cv;
        std::deque<std::string> m_messages;
        bool m_closed = false;
    };

    std::shared_ptr<Subscription> subscribe(const std::string& hall);
    void unsubscribe(const std::string& hall, const std::shared_ptr<Subscription>& subscription);
    void publish(const std::string& hall, const std::string& message);
    bool hasSubscribers(const std::string& hall) const;
    std::size_t subscriberCount() const;
    void closeAll();

private:
    mutable std::mutex m_mutex;
    std::map<std::string, std::set<std::shared_ptr<Subscription>>> m_halls;
};

} // namespace ow::server
