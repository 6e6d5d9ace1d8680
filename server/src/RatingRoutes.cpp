#include "ApiError.h"
#include "Router.h"

#include "domain/Json.h"

namespace ow::server {

// 好差评: POST /api/v1/ratings {"ticket_id","level","reasons","comment"} from the counter's pad or a kiosk.
void addRatingRoutes(Router& router) {
    router.add("POST", "/api/v1/ratings", [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        const auto body = ctx.jsonBody();
        RatingInput input;
        const auto level = body->get("level");
        if (!level.isInteger())
            throw ApiError::badRequest("invalid_rating", "level must be an integer from 1 (非常不满意) to 5 (非常满意)");
        input.level = level.convert<int>();
        if (const auto reasons = body->getArray("reasons")) {
            for (unsigned i = 0; i < reasons->size(); ++i) {
                if (!reasons->get(i).isString())
                    throw ApiError::badRequest("invalid_rating", "reasons must be a list of texts");
                input.reasons.push_back(reasons->getElement<std::string>(i));
            }
        }
        input.comment = optionalString(body, "comment").value_or("");
        const StoredRating r = ctx.server().ratings.rate(who, requireString(body, "ticket_id"), input, ctx.server().clock());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("id", r.id);
        out->set("ticket_id", r.ticketId);
        out->set("level", r.level);
        out->set("counter", r.counter);
        out->set("category", r.category);
        out->set("channel", r.channel);
        out->set("rated_at", utcIso(r.ratedAtMs));
        ctx.sendJson(201, out); // the clerk is not named back: the pad is the citizen's
    });
}

} // namespace ow::server
