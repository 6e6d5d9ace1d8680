#include "EventHub.h"

#include "ApiError.h"
#include "WebSocketFrames.h"

#include <Poco/Exception.h>
#include <Poco/Net/SecureStreamSocketImpl.h>

#include <algorithm>
#include <cerrno>
#include <deque>
#include <utility>

#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ow::server {

using Clock = std::chrono::steady_clock;
using Frame = std::shared_ptr<const std::string>;

struct EventHub::Stream {
    std::string hall;
    Holder holder;
    // Under the hub's mutex.
    std::vector<Frame> pending;
    bool attached = false;
    bool revoked = false; // its token is no longer good: closed with 1008
    // The serving thread's own once attached.
    Poco::Net::StreamSocket socket;
    bool secure = false;
    int fd = -1;
    std::deque<Frame> out;
    std::size_t offset = 0; // into out.front()
    std::size_t queued = 0; // bytes in out
    ws::FrameReader reader{4096};
    Clock::time_point lastSent = Clock::now();
    bool writing = false; // EPOLLOUT asked for
    bool closing = false; // dropped once out is sent
};

namespace {

// Bytes moved; 0 when the socket would block; -1 when the connection is gone. Plain sockets by the system calls
// (well defined without blocking); TLS ones through Poco, whose SSL_write and SSL_read say "want" when they would.
long sendSome(EventHub::Stream& s, const char* data, std::size_t size) {
    if (!s.secure) {
        const ssize_t n = ::send(s.fd, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n >= 0)
            return static_cast<long>(n);
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1;
    }
    try {
        const int n = s.socket.sendBytes(data, static_cast<int>(std::min<std::size_t>(size, 1 << 20)));
        return n > 0 ? n : 0; // ERR_SSL_WANT_WRITE / _READ
    } catch (const Poco::TimeoutException&) {
        return 0;
    } catch (const Poco::Exception&) {
        return -1;
    }
}

long receiveSome(EventHub::Stream& s, char* data, std::size_t size) {
    if (!s.secure) {
        const ssize_t n = ::recv(s.fd, data, size, MSG_DONTWAIT);
        if (n > 0)
            return static_cast<long>(n);
        if (n == 0)
            return -1;
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1;
    }
    try {
        const int n = s.socket.receiveBytes(data, static_cast<int>(size));
        return n > 0 ? n : n == 0 ? -1 : 0;
    } catch (const Poco::TimeoutException&) {
        return 0;
    } catch (const Poco::Exception&) {
        return -1;
    }
}

} // namespace

EventHub::EventHub() = default;

EventHub::~EventHub() {
    stop();
    // The poller closes only with the hub: a request thread that publishes while the server stops still wakes this
    // eventfd, never a descriptor number that something else has been given meanwhile.
}

void EventHub::setLimits(const Limits& limits) {
    std::lock_guard lock(m_mutex);
    m_limits = limits;
}

void EventHub::start(TokenCheck stillValid, std::function<std::int64_t()> clock) {
    if (m_running)
        return;
    m_stillValid = std::move(stillValid);
    m_clock = std::move(clock);
    if (!m_poller)
        m_poller = std::make_unique<Poller>("the event streams");
    m_running = true;
    m_thread = std::thread([this] { run(); });
    m_checker = std::thread([this] { checkTokens(); });
}

void EventHub::stop() {
    if (!m_running.exchange(false))
        return;
    wake();
    {
        std::lock_guard lock(m_mutex); // the checker is either waiting or will see m_running false
    }
    m_checkerWake.notify_all();
    m_thread.join();
    m_checker.join();
    std::lock_guard lock(m_mutex);
    m_halls.clear();
    m_perDevice.clear();
    m_attached.clear();
    m_dirty.clear();
    m_count = 0;
}

void EventHub::wake() {
    if (m_poller)
        m_poller->wake();
}

EventHub::StreamPtr EventHub::open(const std::string& hall, Holder holder) {
    std::lock_guard lock(m_mutex);
    if (m_count >= m_limits.maxStreams)
        throw ApiError(503, "too_many_streams", "this server serves as many live screens as it can; try again soon");
    std::size_t& mine = m_perDevice[holder.deviceId];
    if (mine >= m_limits.maxPerDevice) {
        if (mine == 0)
            m_perDevice.erase(holder.deviceId);
        throw ApiError(429, "too_many_streams",
                       "this device has " + std::to_string(m_limits.maxPerDevice) +
                           " live streams open already; close one first");
    }
    ++mine;
    ++m_count;
    auto stream = std::make_shared<Stream>();
    stream->hall = hall;
    stream->holder = std::move(holder);
    m_halls[hall].insert(stream);
    return stream;
}

void EventHub::attach(const StreamPtr& stream, Poco::Net::StreamSocket socket, const std::string& first) {
    stream->secure = dynamic_cast<Poco::Net::SecureStreamSocketImpl*>(socket.impl()) != nullptr;
    socket.setBlocking(false);
    stream->fd = static_cast<int>(socket.impl()->sockfd());
    stream->socket = socket; // a Poco socket is a counted handle: copied, not moved
    {
        std::lock_guard lock(m_mutex);
        stream->pending.insert(stream->pending.begin(),
                               std::make_shared<const std::string>(ws::frame(ws::Opcode::Text, first)));
        stream->attached = true;
        m_attached.push_back(stream);
        m_dirty.insert(stream);
    }
    wake();
}

void EventHub::close(const StreamPtr& stream) {
    std::lock_guard lock(m_mutex);
    forget(stream);
}

// Under m_mutex.
void EventHub::forget(const StreamPtr& stream) {
    auto hall = m_halls.find(stream->hall);
    if (hall == m_halls.end() || hall->second.erase(stream) == 0)
        return;
    if (hall->second.empty())
        m_halls.erase(hall);
    if (auto device = m_perDevice.find(stream->holder.deviceId); device != m_perDevice.end() && --device->second == 0)
        m_perDevice.erase(device);
    --m_count;
    m_dirty.erase(stream);
}

void EventHub::publish(const std::string& hall, const std::string& message) {
    const Frame frame = std::make_shared<const std::string>(ws::frame(ws::Opcode::Text, message));
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_halls.find(hall);
        if (it == m_halls.end())
            return;
        for (const auto& stream : it->second) {
            stream->pending.push_back(frame);
            if (stream->attached)
                m_dirty.insert(stream);
        }
    }
    wake();
}

bool EventHub::hasSubscribers(const std::string& hall) const {
    std::lock_guard lock(m_mutex);
    return m_halls.count(hall) != 0;
}

std::size_t EventHub::subscriberCount() const {
    std::lock_guard lock(m_mutex);
    return m_count;
}

void EventHub::run() {
    // Requests before fan-out: on a busy machine a call at the counter answers first, and the boards get the
    // message a few milliseconds later (their budget is a second, a request's is 25 ms).
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
    std::vector<epoll_event> events(512);
    std::vector<StreamPtr> adopted, dirty;
    auto lastScan = Clock::now();
    while (m_running) {
        const int n = m_poller->wait(events, 1000);
        std::size_t maxBacklog = 0;
        {
            std::lock_guard lock(m_mutex);
            adopted.swap(m_attached);
            dirty.assign(m_dirty.begin(), m_dirty.end());
            m_dirty.clear();
            maxBacklog = m_limits.maxBacklogBytes;
            for (const auto& stream : dirty) {
                for (auto& frame : stream->pending) {
                    stream->queued += frame->size();
                    stream->out.push_back(std::move(frame));
                }
                stream->pending.clear();
                if (stream->pending.capacity() > 16)
                    std::vector<Frame>().swap(stream->pending); // a burst's room is not kept by 5,000 streams
                if (stream->revoked && !stream->closing) {
                    stream->out.push_back(std::make_shared<const std::string>(
                        ws::closeFrame(1008, "the session or device token has ended; log in or enroll again")));
                    stream->closing = true;
                }
            }
        }
        for (const auto& stream : adopted)
            adopt(stream);
        adopted.clear();
        for (int i = 0; i < n; ++i) {
            const auto it = m_byFd.find(events[i].data.fd);
            if (it == m_byFd.end())
                continue;
            const StreamPtr stream = it->second;
            if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                readFrom(stream);
            if ((events[i].events & EPOLLOUT) && m_byFd.count(stream->fd))
                flush(stream);
        }
        for (const auto& stream : dirty) {
            if (!m_byFd.count(stream->fd) || m_byFd[stream->fd] != stream)
                continue; // dropped meanwhile, or not adopted (never: adopted above)
            if (stream->queued > maxBacklog)
                drop(stream); // too far behind: it reconnects and starts again from a snapshot
            else
                flush(stream);
        }
        dirty.clear();
        const auto now = Clock::now();
        if (now - lastScan >= std::chrono::seconds(1)) {
            lastScan = now;
            std::chrono::milliseconds pingAfter;
            {
                std::lock_guard lock(m_mutex);
                pingAfter = m_limits.pingAfter;
            }
            std::vector<StreamPtr> quiet;
            for (const auto& [fd, stream] : m_byFd)
                if (stream->out.empty() && now - stream->lastSent >= pingAfter)
                    quiet.push_back(stream);
            for (const auto& stream : quiet) {
                stream->out.push_back(std::make_shared<const std::string>(ws::frame(ws::Opcode::Ping, {})));
                stream->queued += stream->out.back()->size();
                flush(stream);
            }
        }
    }
    std::vector<StreamPtr> all;
    for (const auto& [fd, stream] : m_byFd)
        all.push_back(stream);
    for (const auto& stream : all)
        drop(stream);
}

void EventHub::adopt(const StreamPtr& stream) {
    if (!m_poller->add(stream->fd, EPOLLIN)) {
        std::lock_guard lock(m_mutex);
        forget(stream);
        return;
    }
    m_byFd[stream->fd] = stream;
}

void EventHub::readFrom(const StreamPtr& stream) {
    char buffer[4096];
    for (;;) {
        const long n = receiveSome(*stream, buffer, sizeof buffer);
        if (n < 0) {
            drop(stream);
            return;
        }
        if (n == 0)
            break;
        for (ws::Frame& frame : stream->reader.feed(buffer, static_cast<std::size_t>(n))) {
            if (frame.opcode == ws::Opcode::Ping) {
                stream->out.push_back(std::make_shared<const std::string>(ws::frame(ws::Opcode::Pong, frame.payload)));
            } else if (frame.opcode == ws::Opcode::Close && !stream->closing) {
                stream->out.push_back(std::make_shared<const std::string>(ws::closeFrame(1000, {})));
                stream->closing = true;
            } else {
                continue; // pongs; a board sends nothing else that matters
            }
            stream->queued += stream->out.back()->size();
        }
        if (!stream->reader.error().empty() && !stream->closing) {
            stream->out.push_back(std::make_shared<const std::string>(ws::closeFrame(1002, stream->reader.error())));
            stream->queued += stream->out.back()->size();
            stream->closing = true;
            break;
        }
    }
    flush(stream);
}

void EventHub::flush(const StreamPtr& stream) {
    while (!stream->out.empty()) {
        const std::string& frame = *stream->out.front();
        const long n = sendSome(*stream, frame.data() + stream->offset, frame.size() - stream->offset);
        if (n < 0) {
            drop(stream);
            return;
        }
        if (n == 0)
            break;
        stream->offset += static_cast<std::size_t>(n);
        stream->queued -= static_cast<std::size_t>(n);
        stream->lastSent = Clock::now();
        if (stream->offset == frame.size()) {
            stream->out.pop_front();
            stream->offset = 0;
        }
    }
    if (stream->out.empty() && stream->closing) {
        drop(stream);
        return;
    }
    const bool wantWrite = !stream->out.empty();
    if (wantWrite != stream->writing) {
        m_poller->modify(stream->fd, EPOLLIN | (wantWrite ? EPOLLOUT : 0u));
        stream->writing = wantWrite;
    }
}

void EventHub::drop(const StreamPtr& stream) {
    const auto it = m_byFd.find(stream->fd);
    if (it != m_byFd.end() && it->second == stream) {
        m_poller->remove(stream->fd);
        m_byFd.erase(it);
    }
    try {
        stream->socket.close();
    } catch (const Poco::Exception&) {
        // already gone
    }
    std::lock_guard lock(m_mutex);
    forget(stream);
}

void EventHub::recheckNow() {
    {
        std::lock_guard lock(m_mutex);
        m_recheck = true;
    }
    m_checkerWake.notify_all();
}

// Every recheckEvery, and at once when asked (recheckNow): the tokens of the open streams asked again (off the serving
// thread: the answers may need the database); a stream whose token has expired or been revoked is closed with 1008.
void EventHub::checkTokens() {
    std::unique_lock lock(m_mutex);
    while (m_running) {
        m_checkerWake.wait_for(lock, m_limits.recheckEvery, [this] { return !m_running.load() || m_recheck; });
        if (!m_running)
            break;
        m_recheck = false;
        std::map<std::string, std::vector<StreamPtr>> byToken;
        for (const auto& [hall, streams] : m_halls)
            for (const auto& stream : streams)
                if (stream->attached && !stream->revoked)
                    byToken[stream->holder.token].push_back(stream);
        lock.unlock();
        const std::int64_t now = m_clock();
        std::vector<StreamPtr> ended;
        for (const auto& [token, streams] : byToken) {
            bool good = false;
            try {
                good = streams.front()->holder.expiresAtMs > now && m_stillValid(token, now);
            } catch (const std::exception&) {
                good = true; // the database could not answer: asked again next time
            }
            if (!good)
                ended.insert(ended.end(), streams.begin(), streams.end());
        }
        lock.lock();
        for (const auto& stream : ended) {
            stream->revoked = true;
            m_dirty.insert(stream);
        }
        if (!ended.empty())
            wake();
    }
}

} // namespace ow::server
