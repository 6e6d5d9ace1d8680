#include "ApiError.h"
#include "BookingRelay.h"
#include "HallSetupCopy.h"
#include "PermitKeyStore.h"
#include "RelayStore.h"
#include "Router.h"

#include "domain/Json.h"

namespace ow::server {
namespace {

constexpr std::size_t kBookingsPage = 1000; // the hall server asks again at once for the rest

} // namespace

// What the server of a hall asks of this one, its upstream (the city's or province's): the hall as kept here, when
// it joins; its permit-signing key's public half, so that what it signs verifies everywhere.
void addHallServerRoutes(Router& router) {
    router.add("GET", api::kHallSetup, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        ctx.requireHallServer(hall);
        ctx.sendJson(200, hallSetupOf(ctx.server().db, hall));
    });

    router.add("POST", api::kHallPermitKeys, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal who = ctx.requireHallServer(hall);
        const auto jwk = optionalObject(ctx.jsonBody(), "jwk");
        if (!jwk)
            throw ApiError::badRequest("invalid_field", "jwk: the key's public half, as /api/v1/keys lists keys");
        const std::string kid = ctx.server().permitKeys.addPublicKey(hall, jwk, who, ctx.server().clock());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("kid", kid);
        ctx.sendJson(200, out);
    });

    // The hall's bookings made or changed here (the city's booking page) since `since`, oldest change first.
    router.add("GET", api::kHallRelayBookings, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        ctx.requireHallServer(hall);
        const std::int64_t since = ctx.queryInt("since", 0, 0, INT64_MAX);
        ctx.sendJson(200, bookings::changedSince(ctx.server().db, hall, since, ctx.query("after_id").value_or(""),
                                                 kBookingsPage));
    });

    // The hall's changes in the hall's order: applied once each, the watermark answered.
    router.add("POST", api::kHallRelay, [](RequestContext& ctx) {
        const Principal& hallServer = ctx.requireHallServer(ctx.param(0));
        const auto body = ctx.jsonBody();
        const auto changes = optionalArray(body, "changes");
        if (!changes)
            throw ApiError::badRequest("invalid_field", "changes: the hall's changes in their order (may be empty)");
        const std::int64_t relayed = RelayStore(ctx.server().db)
                                         .apply(hallServer, ctx.server().auth, changes,
                                                optionalInt(body, "backlog").value_or(0), ctx.server().clock());
        ctx.server().auth.accessEnded(); // an account the hall disabled or gave a new password ends sessions here
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("relayed_seq", relayed);
        ctx.sendJson(200, out);
    });
}

} // namespace ow::server
