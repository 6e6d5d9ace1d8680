#include "ApiError.h"
#include "RelayStore.h"
#include "Router.h"

#include <sstream>

namespace ow::server {
namespace {

// The relay's figures: on a hall server its line to the upstream, on an upstream each hall that relays to it.
std::string relayMetrics(ServerContext& server) {
    std::ostringstream out;
    const std::int64_t now = server.clock();
    if (const auto line = server.upstreamLine()) {
        out << "# HELP onewindow_upstream_connected 1 when the last contact with the upstream worked.\n"
            << "# TYPE onewindow_upstream_connected gauge\n"
            << "onewindow_upstream_connected " << (line->connected ? 1 : 0) << "\n"
            << "# HELP onewindow_upstream_backlog Changes of the hall waiting to go up.\n"
            << "# TYPE onewindow_upstream_backlog gauge\n"
            << "onewindow_upstream_backlog " << line->backlog << "\n";
        if (line->lastContactMs > 0)
            out << "# HELP onewindow_upstream_last_contact_age_seconds Since the upstream last took something.\n"
                << "# TYPE onewindow_upstream_last_contact_age_seconds gauge\n"
                << "onewindow_upstream_last_contact_age_seconds " << (now - line->lastContactMs) / 1000 << "\n";
    }
    const auto halls = RelayStore(server.db).relays();
    if (!halls.empty()) {
        out << "# HELP onewindow_hall_relay_age_seconds Since each hall server's last contact.\n"
            << "# TYPE onewindow_hall_relay_age_seconds gauge\n";
        for (const auto& [hall, relay] : halls)
            out << "onewindow_hall_relay_age_seconds{hall=\"" << hall << "\"} " << (now - relay.relayedAtMs) / 1000
                << "\n";
        out << "# HELP onewindow_hall_relay_backlog What each hall server still had to send at its last contact.\n"
            << "# TYPE onewindow_hall_relay_backlog gauge\n";
        for (const auto& [hall, relay] : halls)
            out << "onewindow_hall_relay_backlog{hall=\"" << hall << "\"} " << relay.backlog << "\n";
    }
    return out.str();
}

} // namespace

void addOpsRoutes(Router& router) {
    router.add("GET", api::kHealth, [](RequestContext& ctx) {
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
        out->set("status", std::string("ok"));
        ctx.sendJson(200, out);
    });
    router.add("GET", api::kMetrics, [](RequestContext& ctx) {
        // For the hall's monitoring on this machine, or a Prometheus elsewhere that holds the token.
        if (!Metrics::mayRead(ctx.request().clientAddress().host(), ctx.bearerToken(), ctx.server().metricsToken))
            throw ApiError(
                403, "forbidden",
                "metrics are served to this machine, or with the metrics token of the server's configuration");
        ctx.sendText(200, "text/plain; version=0.0.4",
                     ctx.server().metrics.render(ctx.server().events.subscriberCount(),
                                                 ctx.server().connections ? ctx.server().connections()
                                                                          : HttpConnections::Counts{}) +
                         relayMetrics(ctx.server()));
    });
}

} // namespace ow::server
