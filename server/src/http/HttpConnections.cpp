#include "HttpConnections.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureStreamSocketImpl.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <stdexcept>
#include <thread>

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ow::server {

using Clock = std::chrono::steady_clock;

struct HttpConnections::Connection {
    Poco::Net::StreamSocket socket;
    std::string address;
    int fd = -1;
    bool secure = false;
    bool lingering = false; // answered and closing: its sending side shut, read until the client closes
    std::multimap<Clock::time_point, int>::iterator deadline;
};

namespace {

// Poco's session, with what it has read ahead but not yet parsed in sight: a request sent right behind the last
// one (pipelined) is served at once rather than waited for.
class Session : public Poco::Net::HTTPServerSession {
public:
    using HTTPServerSession::HTTPServerSession;
    using HTTPSession::buffered;
};

void sendError(Poco::Net::HTTPServerSession& session, Poco::Net::HTTPResponse::HTTPStatus status) {
    Poco::Net::HTTPServerResponseImpl response(session);
    response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
    response.setStatusAndReason(status);
    response.setKeepAlive(false);
    response.setContentLength(0);
    response.send();
    session.setKeepAlive(false);
}

// Reads and drops what a refused connection sends; true once it has closed (or failed).
bool drainedToTheEnd(int fd) {
    char buffer[4096];
    for (int reads = 0; reads < 16; ++reads) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0)
            continue;
        return n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
    }
    return false; // more next time, until its time is up
}

void closeQuietly(Poco::Net::Socket& socket) {
    try {
        socket.close();
    } catch (const Poco::Exception&) {
        // gone already
    }
}

} // namespace

HttpConnections::HttpConnections(const Poco::Net::ServerSocket& listening,
                                 Poco::Net::HTTPRequestHandlerFactory::Ptr handlers, const Options& options)
    : m_listening(listening)
    , m_port(listening.address().port())
    , m_handlers(std::move(handlers))
    , m_params(new Poco::Net::HTTPServerParams)
    , m_options(options) {
    m_params->setKeepAlive(true);
    m_params->setMaxKeepAliveRequests(0);
    m_params->setKeepAliveTimeout(Poco::Timespan(static_cast<long>(options.keepAlive.count()), 0));
    m_params->setTimeout(Poco::Timespan(static_cast<long>(options.requestTimeout.count()), 0));
}

HttpConnections::~HttpConnections() { stop(); }

void HttpConnections::start() {
    if (m_running)
        return;
    m_poller = std::make_unique<Poller>("the HTTP server");
    m_listening.setBlocking(false);
    m_poller->add(static_cast<int>(m_listening.impl()->sockfd()), EPOLLIN);
    m_running = true;
    m_watcher = std::thread([this] { watch(); });
    for (int i = 0; i < std::max(1, m_options.threads); ++i)
        m_workers.emplace_back([this] { work(); });
}

void HttpConnections::drain(std::chrono::milliseconds grace) {
    if (!m_running)
        return;
    std::vector<ConnectionPtr> closing;
    {
        std::lock_guard lock(m_mutex);
        m_draining = true;
        m_poller->remove(static_cast<int>(m_listening.impl()->sockfd()));
        closeQuietly(m_listening); // new connections are refused, not left in the backlog unanswered
        for (auto& [fd, connection] : m_idle) {
            m_poller->remove(fd);
            release(connection);
            closing.push_back(connection);
        }
        m_idle.clear();
        m_deadlines.clear();
    }
    for (const ConnectionPtr& connection : closing)
        closeQuietly(connection->socket);
    const auto until = Clock::now() + grace;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            const bool waiting = std::any_of(m_peers.begin(), m_peers.end(),
                                             [](const auto& peer) { return !peer.second.waiting.empty(); });
            if (m_busy.empty() && m_runnable.empty() && !waiting)
                return;
        }
        if (Clock::now() >= until)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

void HttpConnections::stop() {
    if (!m_running)
        return;
    std::vector<ConnectionPtr> closing;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (auto& [fd, connection] : m_idle)
            closing.push_back(connection);
        m_idle.clear();
        m_deadlines.clear();
        closing.insert(closing.end(), m_runnable.begin(), m_runnable.end());
        m_runnable.clear();
        for (auto& [address, peer] : m_peers)
            closing.insert(closing.end(), peer.waiting.begin(), peer.waiting.end());
        // The requests being served end: their reads and writes fail at once.
        for (const ConnectionPtr& connection : m_busy) {
            try {
                connection->socket.shutdown();
            } catch (const Poco::Exception&) {
            }
        }
    }
    m_poller->wake();
    m_work.notify_all();
    m_watcher.join();
    for (std::thread& worker : m_workers)
        worker.join();
    m_workers.clear();
    for (const ConnectionPtr& connection : closing)
        closeQuietly(connection->socket);
    closeQuietly(m_listening);
    std::lock_guard lock(m_mutex);
    m_peers.clear();
    m_running = false;
}

std::uint16_t HttpConnections::port() const { return m_port; }

HttpConnections::Counts HttpConnections::counts() const {
    std::lock_guard lock(m_mutex);
    Counts counts;
    for (const auto& [address, peer] : m_peers) {
        counts.open += peer.open;
        counts.waiting += peer.waiting.size();
    }
    counts.idle = static_cast<std::size_t>(
        std::count_if(m_idle.begin(), m_idle.end(), [](const auto& entry) { return !entry.second->lingering; }));
    counts.busy = m_busy.size();
    counts.refused = m_refused;
    return counts;
}

void HttpConnections::watch() {
    std::vector<epoll_event> events(256);
    const int listening = static_cast<int>(m_listening.impl()->sockfd());
    Clock::time_point acceptPausedUntil{};
    bool acceptWatched = true;
    for (;;) {
        int waitMs = 1000;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            if (!m_deadlines.empty()) {
                const auto until =
                    std::chrono::duration_cast<std::chrono::milliseconds>(m_deadlines.begin()->first - Clock::now());
                waitMs = static_cast<int>(std::clamp<long long>(until.count() + 1, 0, 1000));
            }
        }
        if (!acceptWatched && !m_draining && Clock::now() >= acceptPausedUntil) {
            acceptWatched = m_poller->add(listening, EPOLLIN);
        }
        if (!acceptWatched)
            waitMs = std::min(waitMs, 100);
        const int n = m_poller->wait(events, waitMs);
        std::vector<ConnectionPtr> closing;
        for (int i = 0; i < n; ++i) {
            const int fd = events[static_cast<std::size_t>(i)].data.fd;
            const std::uint32_t what = events[static_cast<std::size_t>(i)].events;
            if (fd == listening) {
                if (m_draining)
                    continue;
                if (!acceptMore()) {
                    // Out of descriptors (or another lasting failure): accepting rests a moment rather than spin.
                    m_poller->remove(listening);
                    acceptWatched = false;
                    acceptPausedUntil = Clock::now() + std::chrono::milliseconds(100);
                }
                continue;
            }
            std::lock_guard lock(m_mutex);
            const auto it = m_idle.find(fd);
            if (it == m_idle.end())
                continue;
            ConnectionPtr connection = it->second;
            if (connection->lingering && !(what & (EPOLLHUP | EPOLLERR)) && !drainedToTheEnd(fd))
                continue;
            m_idle.erase(it);
            m_deadlines.erase(connection->deadline);
            m_poller->remove(fd);
            if ((what & EPOLLIN) && !connection->lingering) {
                ready(connection);
            } else {
                release(connection);
                closing.push_back(connection);
            }
        }
        {
            std::lock_guard lock(m_mutex);
            const auto now = Clock::now();
            while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
                const auto idle = m_idle.find(m_deadlines.begin()->second);
                m_deadlines.erase(m_deadlines.begin());
                if (idle == m_idle.end())
                    continue;
                m_poller->remove(idle->first);
                release(idle->second);
                closing.push_back(idle->second);
                m_idle.erase(idle);
            }
        }
        for (const ConnectionPtr& connection : closing)
            closeQuietly(connection->socket);
    }
}

// Takes the connections waiting to be accepted; false when accepting failed for a reason that lasts (EMFILE).
bool HttpConnections::acceptMore() {
    for (int i = 0; i < 64; ++i) {
        Poco::Net::SocketAddress from;
        auto connection = std::make_shared<Connection>();
        try {
            connection->socket = m_listening.acceptConnection(from);
        } catch (const Poco::Exception& e) {
            return e.code() == EWOULDBLOCK || e.code() == EAGAIN || e.code() == ECONNABORTED || e.code() == EINTR;
        }
        connection->address = from.host().toString();
        connection->fd = static_cast<int>(connection->socket.impl()->sockfd());
        connection->secure = dynamic_cast<Poco::Net::SecureStreamSocketImpl*>(connection->socket.impl()) != nullptr;
        bool refused = false;
        {
            std::lock_guard lock(m_mutex);
            Peer& peer = m_peers[connection->address];
            if (peer.open >= m_options.maxPerAddress) {
                refused = true;
                ++m_refused;
            } else {
                ++peer.open;
            }
        }
        if (refused) {
            // Told to come back later; over TLS that answer would need a handshake first, so it is only closed.
            // Closed at once, a request the client has sent meanwhile would turn the close into a reset that can
            // throw the answer away before the client reads it: so its sending side is shut and what it sends is
            // read and dropped until it closes (a few seconds at most).
            static constexpr char kBusy[] = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n"
                                            "Content-Length: 0\r\nConnection: close\r\n\r\n";
            if (connection->secure) {
                closeQuietly(connection->socket);
                continue;
            }
            ::send(connection->fd, kBusy, sizeof kBusy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            linger(connection);
            continue;
        }
        try {
            connection->socket.setNoDelay(true);
        } catch (const Poco::Exception&) {
        }
        park(connection, m_options.requestTimeout);
    }
    return true;
}

void HttpConnections::linger(const ConnectionPtr& connection) {
    ::shutdown(connection->fd, SHUT_WR);
    connection->lingering = true;
    park(connection, kLinger);
}

void HttpConnections::park(const ConnectionPtr& connection, std::chrono::seconds timeout) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            connection->deadline = m_deadlines.emplace(Clock::now() + timeout, connection->fd);
            m_idle.emplace(connection->fd, connection);
            if (m_poller->add(connection->fd, EPOLLIN | EPOLLRDHUP))
                return;
            m_deadlines.erase(connection->deadline);
            m_idle.erase(connection->fd);
        }
        release(connection);
    }
    closeQuietly(connection->socket);
}

void HttpConnections::ready(const ConnectionPtr& connection) {
    Peer& peer = m_peers[connection->address];
    if (peer.busy >= m_options.busyPerAddress) {
        peer.waiting.push_back(connection);
        return;
    }
    ++peer.busy;
    m_runnable.push_back(connection);
    m_work.notify_one();
}

void HttpConnections::release(const ConnectionPtr& connection) {
    if (connection->lingering)
        return; // never counted
    const auto it = m_peers.find(connection->address);
    if (it == m_peers.end())
        return;
    if (it->second.open > 0)
        --it->second.open;
    if (it->second.open == 0 && it->second.busy == 0 && it->second.waiting.empty())
        m_peers.erase(it);
}

void HttpConnections::work() {
    for (;;) {
        ConnectionPtr connection;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stopping || !m_runnable.empty(); });
            if (m_stopping)
                return;
            connection = std::move(m_runnable.front());
            m_runnable.pop_front();
            m_busy.insert(connection);
        }
        Outcome outcome = Outcome::Closed;
        try {
            outcome = serve(*connection);
        } catch (...) {
            outcome = Outcome::Closed; // whatever broke, this connection ends; the server goes on
        }
        bool keep = false;
        {
            std::lock_guard lock(m_mutex);
            m_busy.erase(connection);
            Peer& peer = m_peers[connection->address];
            --peer.busy;
            if (!peer.waiting.empty() && !m_stopping) {
                ConnectionPtr next = std::move(peer.waiting.front());
                peer.waiting.pop_front();
                ++peer.busy;
                m_runnable.push_back(std::move(next));
                m_work.notify_one();
            }
            keep = outcome == Outcome::Idle && !m_stopping && !m_draining;
            if (!keep)
                release(connection); // a lingering one is not counted any more either
        }
        if (keep)
            park(connection, m_options.keepAlive);
        else if (outcome == Outcome::Lingering && !connection->secure && !m_stopping)
            linger(connection);
        else if (outcome == Outcome::HandedOver)
            connection->socket = Poco::Net::StreamSocket(); // the event hub has it now
        else
            closeQuietly(connection->socket);
    }
}

// Serves the requests this connection has sent (one, or more sent back to back), as Poco's HTTPServerConnection
// does, and says what is left of it: idle (watched again), closed, or handed over (upgraded to an event stream).
HttpConnections::Outcome HttpConnections::serve(Connection& connection) {
    using Poco::Net::HTTPResponse;
    Session session(connection.socket, m_params);
    // Bytes are there (that is why the connection is served); this also sets up the session's keep-alive count.
    if (!session.hasMoreRequests())
        return Outcome::Closed;
    const std::string& software = m_params->getSoftwareVersion();
    for (;;) {
        try {
            Poco::Net::HTTPServerResponseImpl response(session);
            Poco::Net::HTTPServerRequestImpl request(response, session, m_params);
            response.setDate(Poco::Timestamp());
            response.setVersion(request.getVersion());
            response.setKeepAlive(request.getKeepAlive() && session.canKeepAlive());
            if (!software.empty())
                response.set("Server", software);
            try {
                std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(m_handlers->createRequestHandler(request));
                if (!handler) {
                    sendError(session, HTTPResponse::HTTP_NOT_IMPLEMENTED);
                    return Outcome::Closed;
                }
                if (request.getExpectContinue() && response.getStatus() == HTTPResponse::HTTP_OK)
                    response.sendContinue();
                handler->handleRequest(request, response);
                // What a refusal left unread of a small body is read and dropped, so that the next request on the
                // connection starts where it should (a large one was answered with "Connection: close").
                bool inStep = true;
                if (response.getKeepAlive() && request.hasContentLength() && request.getContentLength64() > 0) {
                    std::istream& rest = request.stream();
                    rest.ignore(kDrainedBody + 1);
                    inStep = rest.eof();
                }
                session.setKeepAlive(response.getKeepAlive() && session.canKeepAlive() && inStep);
            } catch (const Poco::Exception&) {
                if (!response.sent()) {
                    try {
                        sendError(session, HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
                    } catch (...) {
                    }
                }
                return Outcome::Closed;
            }
        } catch (const Poco::Net::NoMessageException&) {
            return Outcome::Closed; // the other side closed between two requests
        } catch (const Poco::Net::MessageException&) {
            try {
                sendError(session, HTTPResponse::HTTP_BAD_REQUEST);
            } catch (...) {
            }
            return Outcome::Closed;
        } catch (const Poco::Exception&) {
            return Outcome::Closed; // timed out half-way through a request, or the connection broke
        }
        if (!session.socket().impl()->initialized())
            return Outcome::HandedOver;
        if (m_stopping)
            return Outcome::Closed;
        if (!session.getKeepAlive()) {
            session.detachSocket(); // the answer is out; what the client still sends is read and dropped
            return Outcome::Lingering;
        }
        try {
            if (session.buffered() > 0 || session.socket().available() > 0)
                continue;
        } catch (const Poco::Exception&) {
            return Outcome::Closed;
        }
        session.detachSocket(); // kept open: the session would close it as it ends
        return Outcome::Idle;
    }
}

} // namespace ow::server
