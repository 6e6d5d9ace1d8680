#include "ApiError.h"
#include "Router.h"

#include <Poco/Net/HTMLForm.h>

namespace ow::server {

void addCatalogRoutes(Router& router) {
    // Any enrolled device of any hall: the catalog is the same for all. 204 when the caller is up to date.
    router.add("GET", api::kCatalog, [](RequestContext& ctx) {
        ctx.principal();
        const Poco::Net::HTMLForm query(ctx.request());
        const std::string sinceText = query.get("since", "0");
        int since = 0;
        try {
            since = std::stoi(sinceText);
        } catch (const std::exception&) {
            throw ApiError::badRequest("invalid_field", "since must be a catalog version number");
        }
        const auto catalog = ctx.server().catalogs.latest();
        if (!catalog || catalog->version <= since) {
            ctx.sendEmpty(204);
            return;
        }
        // The stored text is valid JSON already: send it inside the envelope without parsing it again.
        ctx.sendText(200, "application/json; charset=utf-8",
                     "{\"version\":" + std::to_string(catalog->version) + ",\"catalog\":" + catalog->body + "}");
    });
}

} // namespace ow::server
