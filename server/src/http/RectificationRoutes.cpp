#include "ApiError.h"
#include "Router.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

namespace ow::server {
namespace {

Poco::JSON::Object::Ptr withOverdue(const Rectification& r, const std::string& today) {
    Poco::JSON::Object::Ptr o = rectificationToJson(r);
    o->set("follow_up_overdue", r.followUpOverdue(today));
    o->set("fix_overdue", r.fixOverdue(today));
    return o;
}

// A step on one rectification: the store checks the rules; the answer is the rectification as it now stands.
void addStep(Router& router, const std::string& step,
             const std::function<Rectification(RequestContext&, const Principal&, const std::string&,
                                               const Poco::JSON::Object::Ptr&)>& apply) {
    router.add("POST", api::withStep(api::kRectificationStep, step), [apply](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().rectifications.get(who, ctx.param(0)); // a supervisor of its hall, before the request is read
        const Rectification r = apply(ctx, who, ctx.param(0), ctx.jsonBody());
        ctx.sendJson(200, withOverdue(r, ctx.hallToday(who.hall)));
    });
}

} // namespace

// 整改: the supervisor's list of rectifications with their due dates, and the steps on each.
void addRectificationRoutes(Router& router) {
    router.add("GET", api::kRectifications, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        requireSupervisor(ctx.principal(), hall);
        const std::string state = ctx.query("state").value_or("open");
        if (state != "open" && state != "all")
            throw ApiError::badRequest("invalid_field", "state must be open or all");
        const int limit = static_cast<int>(ctx.queryInt("limit", 500, 1, 5000));
        const std::string today = ctx.hallToday(hall);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const Rectification& r : ctx.server().rectifications.list(
                 hall, state == "open" ? RectificationStore::Listing::Open : RectificationStore::Listing::All, limit))
            list->add(withOverdue(r, today));
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("today", today);
        out->set("rectifications", list);
        ctx.sendJson(200, out);
    });
    router.add("GET", api::kRectification, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.sendJson(200, withOverdue(ctx.server().rectifications.get(who, ctx.param(0)), ctx.hallToday(who.hall)));
    });
    addStep(router, "follow-up",
            [](RequestContext& ctx, const Principal& who, const std::string& id, const Poco::JSON::Object::Ptr& body) {
                return ctx.server().rectifications.recordFollowUp(who, id, optionalString(body, "note").value_or(""),
                                                                  ctx.server().clock());
            });
    addStep(router, "fix",
            [](RequestContext& ctx, const Principal& who, const std::string& id, const Poco::JSON::Object::Ptr& body) {
                return ctx.server().rectifications.recordFix(who, id, optionalString(body, "note").value_or(""),
                                                             ctx.server().clock());
            });
    addStep(router, "appeal",
            [](RequestContext& ctx, const Principal& who, const std::string& id, const Poco::JSON::Object::Ptr& body) {
                const auto kind = appealKindFromString(optionalString(body, "kind").value_or(""));
                if (!kind)
                    throw ApiError::badRequest("invalid_field", "kind must be malicious (恶意差评) or mistaken (误评)");
                return ctx.server().rectifications.requestAppeal(
                    who, id, *kind, optionalString(body, "reason").value_or(""), ctx.server().clock());
            });
    router.add("POST", api::withStep(api::kRectificationStep, "contact"), [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().rectifications.get(who, ctx.param(0));
        const auto contact = ctx.server().rectifications.revealContact(
            who, ctx.param(0), optionalString(ctx.jsonBody(), "reason").value_or(""), ctx.server().clock());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("name", contact.name);
        out->set("phone", contact.phone);
        out->set("case_no", contact.caseNo);
        ctx.response().set("Cache-Control", "no-store");
        ctx.sendJson(200, out);
    });
    addStep(router, "appeal-decision",
            [](RequestContext& ctx, const Principal& who, const std::string& id, const Poco::JSON::Object::Ptr& body) {
                if (!body->has("uphold") || !body->get("uphold").isBoolean())
                    throw ApiError::badRequest("invalid_field", "uphold must be true or false");
                return ctx.server().rectifications.decideAppeal(who, id, body->getValue<bool>("uphold"),
                                                                optionalString(body, "note").value_or(""),
                                                                ctx.server().clock());
            });
}

} // namespace ow::server
