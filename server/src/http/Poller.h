#pragma once

#include <sys/epoll.h>

#include <cstdint>
#include <vector>

namespace ow::server {

// An epoll set with its own wake-up (an eventfd): the loop of HttpConnections and of EventHub. wake() may be called
// from any thread and makes a wait() return; the wake-up itself is drained there and never handed out as an event.
class Poller {
public:
    // Throws std::runtime_error naming `what` ("the HTTP server") when the kernel gives no epoll or eventfd.
    explicit Poller(const char* what);
    ~Poller();
    Poller(const Poller&) = delete;
    Poller& operator=(const Poller&) = delete;

    // Watches `fd` for `events` (EPOLLIN, EPOLLOUT, …), handed out with the descriptor in data.fd; false when the
    // kernel refuses (a closed descriptor, too many watched).
    bool add(int fd, std::uint32_t events);
    bool modify(int fd, std::uint32_t events);
    void remove(int fd);

    void wake();
    // Up to events.size() ready descriptors, waiting at most timeoutMs; their count (0 on a wake-up or time-out).
    int wait(std::vector<epoll_event>& events, int timeoutMs);

private:
    void closeAll();

    int m_epoll = -1;
    int m_wake = -1;
};

} // namespace ow::server
