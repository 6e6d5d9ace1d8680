#include "Router.h"

namespace ow::server {

// GET /api/v1/keys: the public permit keys as a JWKS, for anyone — a scanner needs no account to check a permit.
void addPermitRoutes(Router& router) {
    router.add("GET", "/api/v1/keys", [](RequestContext& ctx) {
        ctx.response().set("Cache-Control", "public, max-age=3600");
        ctx.sendJson(200, ctx.server().permitKeys.publicKeys().toJwks());
    });
}

} // namespace ow::server
