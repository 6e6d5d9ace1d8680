#include "Router.h"

namespace ow::server {

void addOpsRoutes(Router& router) {
    router.add("GET", api::kHealth, [](RequestContext& ctx) {
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
        out->set("status", std::string("ok"));
        ctx.sendJson(200, out);
    });
    router.add("GET", api::kMetrics, [](RequestContext& ctx) {
        ctx.sendText(200, "text/plain; version=0.0.4",
                     ctx.server().metrics.render(ctx.server().events.subscriberCount(),
                                                 ctx.server().connections ? ctx.server().connections()
                                                                          : HttpConnections::Counts{}));
    });
}

} // namespace ow::server
