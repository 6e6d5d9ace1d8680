// Running the hall from the screens (管理), people and devices: the staff accounts, the enrollment codes, the devices
// and their revocation, and a person's own password.
#include "ApiError.h"
#include "Limits.h"
#include "Router.h"

#include "domain/HallTime.h"
#include "domain/wire/Admin.h"

namespace ow::server {

const Principal& requireAdminOf(RequestContext& ctx, const std::string& hall) {
    const Principal& who = ctx.principal();
    ctx.requireHall(hall);
    if (!who.isStaff() || who.role != StaffRole::Admin || who.kind != DeviceKind::Supervisor)
        throw ApiError::forbidden("only the hall's administrator, logged in on a supervisor device, may do this");
    return who;
}

void addStaffRoutes(Router& router) {
    router.add("GET", api::kStaff, [](RequestContext& ctx) {
        requireAdminOf(ctx, ctx.param(0));
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const wire::StaffMember& m : ctx.server().staff.list(ctx.param(0)))
            list->add(m.toJson());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("staff", list);
        ctx.sendJson(200, out);
    });
    router.add("POST", api::kStaff, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const auto made =
            ctx.server().staff.create(who, wire::NewStaff::fromJson(ctx.jsonBody()), ctx.server().clock());
        ctx.sendJson(201, made.toJson());
    });
    // The account of another hall is not found, as one that does not exist.
    router.add("PATCH", api::kStaffMember, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.principal().hall);
        const auto changed = ctx.server().staff.change(who, ctx.param(0), wire::StaffChange::fromJson(ctx.jsonBody()),
                                                       ctx.server().clock());
        ctx.sendJson(200, changed.toJson());
    });
    router.add("POST", api::kStaffPassword, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.principal().hall);
        const wire::PasswordChange asked = wire::PasswordChange::fromJson(ctx.jsonBody());
        ctx.server().staff.resetPassword(who, ctx.param(0), asked.password, ctx.server().clock());
        ctx.sendEmpty(204);
    });
    router.add("POST", api::kStaffConflict, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.principal().hall);
        const auto settled = ctx.server().staff.settleConflict(
            who, ctx.param(0), ctx.param(1), wire::ConflictSettled::fromJson(ctx.jsonBody()), ctx.server().clock());
        ctx.sendJson(200, settled.toJson());
    });
    // A person's own password: also for a session that must choose one before anything else.
    router.add("POST", api::kMyPassword, [](RequestContext& ctx) {
        const Principal who = ctx.principalChangingPassword();
        if (!who.isStaff())
            throw ApiError::forbidden("a password is changed by its owner, logged in");
        const wire::PasswordChange asked = wire::PasswordChange::fromJson(ctx.jsonBody());
        // Guessing the current password through this route counts like a login.
        counting(ctx, {{&ctx.server().loginDeviceLimiter, who.deviceId}}, "wrong_password", [&] {
            ctx.server().staff.changeOwnPassword(who, ctx.bearerToken(), asked.current, asked.password,
                                                 ctx.server().clock());
            return 0;
        });
        ctx.sendEmpty(204);
    });

    router.add("POST", api::kEnrollCodes, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal who = requireAdminOf(ctx, hall);
        const wire::EnrollCodeRequest asked = wire::EnrollCodeRequest::fromJson(ctx.jsonBody());
        const std::int64_t now = ctx.server().clock();
        const DeviceKind kind = *deviceKindFromString(asked.kind);
        wire::EnrollCode out{ctx.server().auth.createEnrollmentCode(hall, kind, asked.counter, now, &who),
                             utcIso(now + AuthStore::kEnrollmentCodeMs), asked.kind,
                             kind == DeviceKind::Counter || kind == DeviceKind::Pad ? asked.counter : std::nullopt};
        ctx.sendJson(201, out.toJson());
    });
    router.add("GET", api::kDevices, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        requireAdminOf(ctx, hall);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const AuthStore::DeviceRow& d : ctx.server().auth.devices(hall))
            list->add(wire::DeviceInfo{d.id, d.kind, d.name, d.counter, d.code, utcIso(d.enrolledAtMs),
                                       d.lastSeenAtMs ? utcIso(*d.lastSeenAtMs) : std::string(),
                                       d.revokedAtMs ? utcIso(*d.revokedAtMs) : std::string()}
                          .toJson());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("devices", list);
        ctx.sendJson(200, out);
    });
    // Its token is refused from the next request on, on every instance, and its live streams are closed.
    router.add("POST", api::kDeviceRevoke, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.principal().hall);
        if (ctx.param(0) == who.deviceId)
            throw ApiError::conflict("own_device", "this device cannot revoke itself; do it from another one");
        if (!ctx.server().auth.revokeDevice(who.hall, ctx.param(0), who, ctx.server().clock()))
            throw ApiError::notFound("the hall has no device \"" + ctx.param(0) + "\" that is not revoked already");
        ctx.sendEmpty(204);
    });
}

} // namespace ow::server
