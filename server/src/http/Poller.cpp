#include "Poller.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace ow::server {

Poller::Poller(const char* what)
    : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wake(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
    if (m_epoll < 0 || m_wake < 0 || !add(m_wake, EPOLLIN)) {
        closeAll();
        throw std::runtime_error(std::string(what) + " cannot start: no epoll or eventfd");
    }
}

Poller::~Poller() { closeAll(); }

void Poller::closeAll() {
    if (m_epoll >= 0)
        ::close(m_epoll);
    if (m_wake >= 0)
        ::close(m_wake);
    m_epoll = m_wake = -1;
}

bool Poller::add(int fd, std::uint32_t events) {
    epoll_event ev{};
    ev.events = events;
    ev.data.fd = fd;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) == 0;
}

bool Poller::modify(int fd, std::uint32_t events) {
    epoll_event ev{};
    ev.events = events;
    ev.data.fd = fd;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0;
}

void Poller::remove(int fd) { ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); }

void Poller::wake() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

int Poller::wait(std::vector<epoll_event>& events, int timeoutMs) {
    const int n = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), timeoutMs);
    int kept = 0;
    for (int i = 0; i < n; ++i) {
        if (events[static_cast<std::size_t>(i)].data.fd == m_wake) {
            std::uint64_t count = 0;
            [[maybe_unused]] const auto read = ::read(m_wake, &count, sizeof count);
            continue;
        }
        events[static_cast<std::size_t>(kept++)] = events[static_cast<std::size_t>(i)];
    }
    return kept;
}

} // namespace ow::server
