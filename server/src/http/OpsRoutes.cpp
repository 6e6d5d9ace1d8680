#include "ApiError.h"
#include "Router.h"

namespace ow::server {

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
                                                                          : HttpConnections::Counts{}));
    });
}

} // namespace ow::server
