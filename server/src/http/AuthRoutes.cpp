#include "ApiError.h"
#include "Limits.h"
#include "RegionStore.h"
#include "Router.h"
#include "StoreError.h"

#include "domain/Json.h"
#include "domain/WorkCalendar.h"
#include "domain/wire/Auth.h"

#include <algorithm>

namespace ow::server {
namespace {

// The time zone a device counts its days in: its hall's, or its region's.
std::string zoneOf(RequestContext& ctx, const std::string& hall, const std::string& region) {
    if (region.empty())
        return ctx.hallTimeZone(hall);
    const auto r = RegionStore(ctx.server().db).region(region);
    return r ? r->timezone : "Asia/Shanghai";
}

} // namespace

void addAuthRoutes(Router& router) {
    router.add("POST", api::kEnroll, [](RequestContext& ctx) {
        const wire::EnrollRequest asked = wire::EnrollRequest::fromJson(ctx.jsonBody());
        std::optional<DeviceKind> expected;
        if (asked.kind) {
            expected = deviceKindFromString(*asked.kind);
            if (!expected)
                throw ApiError::badRequest("invalid_field", "kind: not a kind of device (\"" + *asked.kind + "\")");
        }
        // Guessing codes from one address is slowed down; an expired code counts as a wrong one.
        const EnrolledDevice device =
            counting(ctx, {{&ctx.server().enrollLimiter, clientAddress(ctx)}}, "invalid_code",
                     [&] { return ctx.server().auth.enroll(asked.code, asked.name, ctx.server().clock(), expected); });
        wire::Enrolled out{device.deviceId,
                           device.deviceToken,
                           device.hall,
                           std::string(toString(device.kind)),
                           device.counter,
                           device.code,
                           zoneOf(ctx, device.hall, device.region),
                           {},
                           device.region};
        if (!device.code.empty()) {
            // A device enrolled again under a code already in use (a counter PC replaced) carries on after the
            // numbers given under it this last week, counted back from the hall's day.
            std::string since = isoDate(*parseIsoDate(ctx.hallToday(device.hall)) - std::chrono::days(7));
            since.erase(std::remove(since.begin(), since.end(), '-'), since.end());
            out.caseNumbersUsed = ctx.server().sync.lastCaseNumbers(device.hall, device.code, since);
        }
        ctx.sendJson(201, out.toJson());
    });

    router.add("POST", api::kSessions, [](RequestContext& ctx) {
        const Principal device = ctx.principalOfHallOrRegion();
        if (!hostsLogin(device))
            throw ApiError::forbidden(kLoginDevices);
        const wire::LoginRequest asked = wire::LoginRequest::fromJson(ctx.jsonBody());
        // Per device and per address, beside the account's own lockout after five wrong passwords.
        const LoginResult login =
            counting(ctx,
                     {{&ctx.server().loginDeviceLimiter, device.deviceId},
                      {&ctx.server().loginAddressLimiter, clientAddress(ctx)}},
                     "wrong_password",
                     [&] { return ctx.server().auth.login(device, asked.user, asked.password, ctx.server().clock()); });
        const wire::LoggedIn out{login.token,
                                 login.user,
                                 std::string(toString(login.role)),
                                 login.name,
                                 device.hall,
                                 device.counter,
                                 zoneOf(ctx, device.hall, device.region),
                                 utcIso(login.expiresAtMs),
                                 login.mustChangePassword,
                                 device.region};
        ctx.sendJson(201, out.toJson());
        if (device.kind == DeviceKind::Counter) // the counter's screen names the clerk now on duty
            announceHallChanged(ctx.server(), device.hall);
    });
}

} // namespace ow::server
