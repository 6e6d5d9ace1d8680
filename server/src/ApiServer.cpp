#include "ApiServer.h"

#include "Router.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

namespace ow::server {

ApiServer::ApiServer(Database& db, const Options& options)
    : m_context(db)
    , m_options(options) {}

ApiServer::~ApiServer() { stop(); }

void ApiServer::start() {
    auto router = Poco::makeShared<Router>(m_context);
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

    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(m_options.host, m_options.port), 256);
    auto params = Poco::makeAuto<Poco::Net::HTTPServerParams>();
    params->setMaxThreads(m_options.maxThreads);
    params->setMaxQueued(512);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(0);
    params->setKeepAliveTimeout(Poco::Timespan(30, 0));
    m_pool = std::make_unique<Poco::ThreadPool>(4, m_options.maxThreads + 4);
    m_http = std::make_unique<Poco::Net::HTTPServer>(router, *m_pool, socket, params);
    m_http->start();
    // Another instance's ticket change: this instance's boards get the same message as the deciding instance's.
    m_context.fanout.start([this](const QueueEvent& notice) {
        if (!m_context.events.hasSubscribers(notice.hall))
            return;
        if (auto ticket = m_context.queue.find(notice.ticketId))
            m_context.events.publish(notice.hall, queueEventMessage(m_context, notice.event, *ticket, notice.seq));
    });
}

void ApiServer::stop() {
    if (!m_http)
        return;
    m_context.fanout.stop();
    m_context.events.closeAll();
    m_http->stopAll(true);
    m_http.reset();
    m_pool->joinAll();
    m_pool.reset();
}

std::uint16_t ApiServer::port() const { return m_http ? m_http->port() : 0; }

std::string ApiServer::baseUrl() const { return "http://" + m_options.host + ":" + std::to_string(port()); }

} // namespace ow::server
