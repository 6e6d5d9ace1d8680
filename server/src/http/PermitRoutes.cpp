#include "ApiError.h"
#include "Limits.h"
#include "Router.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"

namespace ow::server {
namespace {

Poco::JSON::Object::Ptr withStatus(RequestContext& ctx, const Permit& p) {
    Poco::JSON::Object::Ptr o = permitToJson(p);
    o->set("status", std::string(toString(permitStatus(p, ctx.hallToday(p.hall)))));
    return o;
}

} // namespace

// 证照: the public keys (JWKS) and a permit's status for anyone — a scanner needs no account to check a permit —;
// issuing, reading and listing for the hall's staff; revoking for its supervisors.
void addPermitRoutes(Router& router) {
    router.add("GET", api::kKeys, [](RequestContext& ctx) {
        throttle(ctx, ctx.server().publicLimiter);
        ctx.response().set("Cache-Control", "public, max-age=3600");
        ctx.sendJson(200, ctx.server().permitKeys.publicKeys().toJwks());
    });
    router.add("POST", api::kCasePermits, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.server().permits.admitIssue(who, ctx.param(0));
        const auto body = ctx.jsonBody();
        PermitRequest request;
        request.item = optionalString(body, "item").value_or("");
        request.scope = optionalString(body, "scope").value_or("");
        request.creditCode = optionalString(body, "credit_code").value_or("");
        const std::string today = ctx.hallToday(who.hall);
        request.validFrom = optionalString(body, "valid_from").value_or(today);
        const bool longTerm =
            body->has("long_term") && body->get("long_term").isBoolean() && body->getValue<bool>("long_term");
        if (longTerm && body->has("valid_to"))
            throw ApiError::badRequest("invalid_field", "a long-term permit has no valid_to");
        if (!longTerm && !body->has("valid_to"))
            throw ApiError::badRequest("invalid_field", "valid_to is required (or long_term: true)");
        request.validTo = longTerm ? PermitStore::kLongTerm : optionalString(body, "valid_to").value_or("");
        const auto issued = ctx.server().permits.issue(who, ctx.param(0), request, ctx.server().clock());
        ctx.sendJson(issued.created ? 201 : 200, withStatus(ctx, issued.permit));
    });
    router.add("GET", api::kHallPermits, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        const int limit = static_cast<int>(ctx.queryInt("limit", 200, 1, 2000));
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const Permit& p : ctx.server().permits.list(who, ctx.query("case"), limit))
            list->add(withStatus(ctx, p));
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("permits", list);
        ctx.sendJson(200, out);
    });
    router.add("GET", api::kPermit, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.sendJson(200, withStatus(ctx, ctx.server().permits.get(who, ctx.param(0))));
    });
    // For anyone holding the code: how the permit stands now, without the holder.
    router.add("GET", api::kPermitStatus, [](RequestContext& ctx) {
        throttle(ctx, ctx.server().publicLimiter);
        // Only for whoever holds the code (?proof=, permitProof): permit numbers follow a pattern. An unknown number
        // and a wrong proof get the same answer.
        const auto p = ctx.server().permits.find(ctx.param(0));
        const std::string proof = ctx.query("proof").value_or("");
        if (!p || proof.size() != 64 || permitProof(p->token) != proof)
            throw ApiError::notFound("no permit with this number and code was issued here");
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("id", p->id);
        out->set("status", std::string(toString(permitStatus(*p, ctx.hallToday(p->hall)))));
        out->set("type_name", p->typeName);
        out->set("issuer", p->issuer);
        out->set("valid_from", p->validFrom);
        out->set("valid_to", p->validTo);
        if (p->revoked) // when, never the supervisor's words
            out->set("revoked_at", utcIso(p->revoked->atMs));
        out->set("checked_at", utcIso(ctx.server().clock()));
        ctx.response().set("Cache-Control", "no-store");
        ctx.sendJson(200, out);
    });
    router.add("POST", api::kPermitRevoke, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        const std::string reason = optionalString(ctx.jsonBody(), "reason").value_or("");
        ctx.sendJson(200,
                     withStatus(ctx, ctx.server().permits.revoke(who, ctx.param(0), reason, ctx.server().clock())));
    });
}

} // namespace ow::server
