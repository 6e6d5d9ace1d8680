#include "ApiServer.h"

#include "Router.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServerConnectionFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/SecureStreamSocketImpl.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <map>
#include <mutex>
#include <stdexcept>

#include <sys/socket.h>

namespace ow::server {
namespace {

bool loopback(const std::string& host) {
    if (host == "localhost")
        return true;
    Poco::Net::IPAddress address;
    return Poco::Net::IPAddress::tryParse(host, address) && address.isLoopback();
}

// TLS 1.2 and newer, keys agreed by elliptic-curve Diffie-Hellman only (forward secret, and no finite-field group
// of the library's choosing, which may be 1024 bits); the server does not ask clients for certificates (devices
// prove themselves with their tokens).
Poco::Net::ServerSocket listeningSocket(const ApiServer::Options& o) {
    const Poco::Net::SocketAddress address(o.host, o.port);
    if (o.tlsCert.empty() != o.tlsKey.empty())
        throw std::invalid_argument("--tls-cert and --tls-key go together");
    if (o.tlsCert.empty()) {
        if (!loopback(o.host) && !o.allowPlainHttp)
            throw std::invalid_argument("plain HTTP on " + o.host + " would carry tokens and personal data in the clear: "
                                        "give --tls-cert and --tls-key, or --allow-plain-http behind a TLS proxy");
        return Poco::Net::ServerSocket(address, 256);
    }
    Poco::Net::initializeSSL();
    Poco::Net::Context::Ptr context;
    try {
        context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, o.tlsKey, o.tlsCert, "",
                                         Poco::Net::Context::VERIFY_NONE, 9, false,
                                         "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5");
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
        context->enableSessionCache(true, "onewindow");
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("cannot use the TLS certificate " + o.tlsCert + " and key " + o.tlsKey + ": " +
                                    e.displayText());
    }
    return Poco::Net::SecureServerSocket(address, 256, context);
}

// The connections being served from each address, at most `cap` at once. A connection over the cap is answered
// 503 and closed as soon as a thread takes it, so that one address — idle keep-alive connections, requests sent a
// byte at a time — cannot hold every request thread while others wait. (Event streams leave the count as soon as
// they are upgraded: the event hub serves them.)
class CappedConnections : public Poco::Net::TCPServerConnectionFactory {
public:
    CappedConnections(Poco::Net::TCPServerConnectionFactory* inner, std::size_t cap)
        : m_inner(inner)
        , m_cap(cap) {}

    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
        std::string address;
        try {
            address = socket.peerAddress().host().toString();
        } catch (const Poco::Exception&) {
            return new Refused(socket, false); // gone already
        }
        {
            std::lock_guard lock(m_mutex);
            std::size_t& open = m_open[address];
            if (open >= m_cap)
                return new Refused(socket, true);
            ++open;
        }
        return new Counted(socket, m_inner->createConnection(socket), *this, address);
    }

private:
    class Refused : public Poco::Net::TCPServerConnection {
    public:
        Refused(const Poco::Net::StreamSocket& socket, bool answer)
            : TCPServerConnection(socket)
            , m_answer(answer) {}
        void run() override {
            // Over TLS the answer would need a handshake first: the connection is just closed.
            if (!m_answer || dynamic_cast<Poco::Net::SecureStreamSocketImpl*>(socket().impl()))
                return;
            static constexpr char kBusy[] = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n"
                                            "Connection: close\r\n\r\n";
            ::send(static_cast<int>(socket().impl()->sockfd()), kBusy, sizeof kBusy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        }

    private:
        bool m_answer;
    };
    class Counted : public Poco::Net::TCPServerConnection {
    public:
        Counted(const Poco::Net::StreamSocket& socket, Poco::Net::TCPServerConnection* inner, CappedConnections& cap,
                std::string address)
            : TCPServerConnection(socket)
            , m_inner(inner)
            , m_cap(cap)
            , m_address(std::move(address)) {}
        ~Counted() override {
            m_inner.reset();
            std::lock_guard lock(m_cap.m_mutex);
            if (auto it = m_cap.m_open.find(m_address); it != m_cap.m_open.end() && --it->second == 0)
                m_cap.m_open.erase(it);
        }
        void run() override {
            try {
                m_inner->run();
            } catch (const std::exception&) {
                // the connection ends; the count with it
            }
        }

    private:
        std::unique_ptr<Poco::Net::TCPServerConnection> m_inner;
        CappedConnections& m_cap;
        std::string m_address;
    };

    std::unique_ptr<Poco::Net::TCPServerConnectionFactory> m_inner;
    const std::size_t m_cap;
    std::mutex m_mutex;
    std::map<std::string, std::size_t> m_open;
};

} // namespace

ApiServer::ApiServer(Database& db, const Options& options)
    : m_context(db)
    , m_options(options) {}

ApiServer::~ApiServer() { stop(); }

void ApiServer::start() {
    m_context.blobs.setQuota(m_options.blobQuota);
    m_router = new Router(m_context);
    Router* router = m_router.get();
    addOpsRoutes(*router);
    addAuthRoutes(*router);
    addQueueRoutes(*router);
    addEventsRoute(*router);
    addCatalogRoutes(*router);
    addSyncRoutes(*router);
    addRatingRoutes(*router);
    addRectificationRoutes(*router);
    addStatsRoutes(*router);
    addPermitRoutes(*router);
    addProgressRoute(*router);

    const Poco::Net::ServerSocket socket = listeningSocket(m_options);
    auto params = Poco::makeAuto<Poco::Net::HTTPServerParams>();
    params->setMaxThreads(m_options.maxThreads);
    params->setMaxQueued(512);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(0);
    params->setKeepAliveTimeout(Poco::Timespan(m_options.keepAliveSeconds, 0));
    params->setTimeout(Poco::Timespan(m_options.requestTimeoutSeconds, 0));
    m_pool = std::make_unique<Poco::ThreadPool>(4, m_options.maxThreads + 4);
    m_http = std::make_unique<Poco::Net::TCPServer>(
        new CappedConnections(new Poco::Net::HTTPServerConnectionFactory(params, m_router),
                              static_cast<std::size_t>(m_options.maxConnectionsPerAddress)),
        *m_pool, socket, params);
    m_context.events.setLimits(m_options.streams);
    m_context.events.start(
        [this](const std::string& token, std::int64_t nowMs) { return m_context.auth.authenticate(token, nowMs).has_value(); },
        [this] { return m_context.clock(); });
    m_http->start();
    // Another instance's ticket change: this instance's boards get the same message as the deciding instance's.
    m_context.fanout.start([this](const QueueEvent& notice) {
        if (!m_context.events.hasSubscribers(notice.hall))
            return;
        if (auto ticket = m_context.queue.find(notice.hall, notice.ticketId))
            m_context.events.publish(notice.hall, queueEventMessage(m_context, notice.event, *ticket, notice.seq));
    });
}

void ApiServer::stop() {
    if (!m_http)
        return;
    m_context.fanout.stop();
    m_context.events.stop();
    m_http->stop();
    m_router->stopConnections(true);
    m_http.reset();
    m_pool->joinAll();
    m_pool.reset();
}

std::uint16_t ApiServer::port() const { return m_http ? m_http->port() : 0; }

std::string ApiServer::baseUrl() const {
    return (m_options.tlsCert.empty() ? "http://" : "https://") + m_options.host + ":" + std::to_string(port());
}

} // namespace ow::server
