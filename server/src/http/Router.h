#pragma once

#include "RequestContext.h"

#include "domain/ApiPaths.h" // the routes' patterns

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>
#include <string>
#include <vector>

namespace ow::server {

using RouteHandler = std::function<void(RequestContext&)>;

// Maps "METHOD /path/{param}/..." to handlers. Unknown paths answer 404, known paths with another
// method 405; every error leaves as {"error":{"code","message"}}.
class Router : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Router(ServerContext& server)
        : m_server(server) {}

    void add(const std::string& method, const std::string& pattern, RouteHandler handler);
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

    // Finds the route for method and path; fills params. Returns nullptr, and sets methodMismatch, when none.
    const RouteHandler* match(const std::string& method, const std::string& path, std::vector<std::string>& params,
                              bool& methodMismatch) const;
    ServerContext& server() { return m_server; }
    // Every route added: method and pattern.
    std::vector<std::pair<std::string, std::string>> routes() const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> segments; // "{}" matches one segment
        RouteHandler handler;
    };
    ServerContext& m_server;
    std::vector<Route> m_routes;
};

void addAuthRoutes(Router& router);
void addQueueRoutes(Router& router);
void addEventsRoute(Router& router);
void addOpsRoutes(Router& router);
void addCatalogRoutes(Router& router);
void addSyncRoutes(Router& router);
void addRatingRoutes(Router& router);
void addRectificationRoutes(Router& router);
void addStatsRoutes(Router& router);
void addPermitRoutes(Router& router);
void addCaseRoutes(Router& router);
void addProgressRoute(Router& router);
void addStaffRoutes(Router& router);
void addHallSetupRoutes(Router& router);
void addAppointmentRoutes(Router& router);
void addHomeVisitRoutes(Router& router);
void addBookingPageRoutes(Router& router);
void addHallServerRoutes(Router& router);

// The caller, when it is the administrator of `hall` logged in on a supervisor device; 403 for anyone else.
const Principal& requireAdminOf(RequestContext& ctx, const std::string& hall);

} // namespace ow::server
