#include "ApiServer.h"

#include "HttpConnections.h"
#include "Router.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <iostream>
#include <stdexcept>

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
            throw std::invalid_argument("plain HTTP on " + o.host +
                                        " would carry tokens and personal data in the clear: "
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

} // namespace

ApiServer::ApiServer(Database& db, const Options& options)
    : m_context(db)
    , m_options(options) {
    if (options.kdfIterations != 0)
        m_context.auth.setKdfIterations(options.kdfIterations);
}

ApiServer::~ApiServer() { stop(); }

void ApiServer::start() {
    m_context.blobs.setQuota(m_options.blobQuota);
    m_context.metricsToken = m_options.metricsToken;
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
    addCaseRoutes(*router);
    addStaffRoutes(*router);
    addHallSetupRoutes(*router);
    addAppointmentRoutes(*router);
    addHomeVisitRoutes(*router);
    addBookingPageRoutes(*router);
    addHallServerRoutes(*router);

    m_http = std::make_unique<HttpConnections>(listeningSocket(m_options), m_router, m_options.connections);
    m_context.connections = [this] { return this->connections(); };
    m_context.events.setLimits(m_options.streams);
    m_context.events.start([this](const std::string& token,
                                  std::int64_t nowMs) { return m_context.auth.authenticate(token, nowMs).has_value(); },
                           [this] { return m_context.clock(); });
    m_http->start();
    if (m_options.ruleSweepSeconds > 0)
        m_rules.start(std::chrono::seconds(m_options.ruleSweepSeconds), [this] {
            m_context.cases.approveDeemed(m_context.clock());
            m_context.appointments.markNoShows(m_context.clock());
            if (m_context.appointments.oweReminders(m_context.clock()) > 0)
                m_context.messagesOwed();
        });
    if (m_options.notifyPeriodMs > 0) {
        m_notifier = std::make_unique<Notifier>(m_context.outbox, makeSmsSink(m_options.sms, std::cout),
                                                [this] { return m_context.clock(); });
        m_messages.start(
            std::chrono::milliseconds(m_options.notifyPeriodMs),
            [this] {
                m_context.notices.oweDue(m_context.clock()); // "3 numbers before yours": looked at every round
                m_notifier->deliverDue();
            },
            "sending text messages");
        m_context.messagesOwed = [this] { m_messages.wake(); };
    }
    // Another instance's ticket change: this instance's boards get the same message as the deciding instance's.
    // Another instance stopped a session or a device: forgotten here too, and this instance's streams asked again.
    m_context.fanout.start(
        [this](const QueueEvent& notice) {
            if (!m_context.events.hasSubscribers(notice.hall))
                return;
            if (notice.ticketId.empty()) // the hall's set-up changed
                m_context.events.publish(notice.hall, hallChangedMessage(m_context, notice.hall, notice.seq));
            else if (auto ticket = m_context.queue.find(notice.hall, notice.ticketId))
                m_context.events.publish(notice.hall, queueEventMessage(m_context, notice.event, *ticket, notice.seq));
        },
        [this] { m_context.auth.accessEnded(); });
}

void ApiServer::stop(std::chrono::milliseconds grace) {
    if (!m_http)
        return;
    m_rules.stop();
    m_context.messagesOwed = [] {};
    m_messages.stop();
    m_context.fanout.stop();
    m_context.events.stop();
    m_http->drain(grace);
    m_http->stop();
    m_http.reset();
}

HttpConnections::Counts ApiServer::connections() const { return m_http ? m_http->counts() : HttpConnections::Counts{}; }

std::vector<std::pair<std::string, std::string>> ApiServer::routes() const {
    return m_router ? m_router->routes() : std::vector<std::pair<std::string, std::string>>{};
}

std::uint16_t ApiServer::port() const { return m_http ? m_http->port() : 0; }

std::string ApiServer::baseUrl() const {
    return (m_options.tlsCert.empty() ? "http://" : "https://") + m_options.host + ":" + std::to_string(port());
}

} // namespace ow::server
