#include "ApiError.h"
#include "Router.h"
#include "StoreError.h"

#include "domain/Json.h"
#include "domain/WorkCalendar.h"
#include "domain/wire/Auth.h"

#include <algorithm>

namespace ow::server {

namespace {

std::string address(RequestContext& ctx) { return ctx.request().clientAddress().host().toString(); }

// Runs `attempt` with an attempt reserved against every (limiter, key) first — 429 with Retry-After while one of
// them has failed too often. A failure of the kind `failure` stays counted; anything else releases the attempts.
template <typename Fn>
auto counting(RequestContext& ctx, std::initializer_list<std::pair<RateLimiter*, std::string>> keys,
              const char* failure, Fn&& attempt) {
    struct Reserved {
        std::vector<std::pair<RateLimiter*, RateLimiter::Attempt>> held;
        bool failed = false;
        ~Reserved() {
            if (!failed)
                for (auto& [limiter, a] : held)
                    limiter->release(a);
        }
    } reserved;
    for (const auto& [limiter, key] : keys) {
        RateLimiter::Attempt a;
        if (const std::int64_t wait = limiter->reserve(key, ctx.server().clock(), a); wait > 0) {
            const std::int64_t seconds = (wait + 999) / 1000;
            ctx.response().set("Retry-After", std::to_string(seconds));
            throw ApiError(429, "rate_limited",
                           "too many failed attempts from here; try again in " + std::to_string(seconds) + " seconds");
        }
        reserved.held.emplace_back(limiter, a);
    }
    try {
        return attempt();
    } catch (const StoreError& e) {
        reserved.failed = e.code() == failure;
        throw;
    }
}

} // namespace

void addAuthRoutes(Router& router) {
    router.add("POST", api::kEnroll, [](RequestContext& ctx) {
        const wire::EnrollRequest asked = wire::EnrollRequest::fromJson(ctx.jsonBody());
        // Guessing codes from one address is slowed down; an expired code counts as a wrong one.
        const EnrolledDevice device = counting(ctx, {{&ctx.server().enrollLimiter, address(ctx)}}, "invalid_code", [&] {
            return ctx.server().auth.enroll(asked.code, asked.name, ctx.server().clock());
        });
        wire::Enrolled out{device.deviceId,
                           device.deviceToken,
                           device.hall,
                           std::string(toString(device.kind)),
                           device.counter,
                           device.code,
                           ctx.hallTimeZone(device.hall),
                           {}};
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
        const Principal device = ctx.principal();
        const wire::LoginRequest asked = wire::LoginRequest::fromJson(ctx.jsonBody());
        // Per device and per address, beside the account's own lockout after five wrong passwords.
        const LoginResult login = counting(
            ctx,
            {{&ctx.server().loginDeviceLimiter, device.deviceId}, {&ctx.server().loginAddressLimiter, address(ctx)}},
            "wrong_password",
            [&] { return ctx.server().auth.login(device, asked.user, asked.password, ctx.server().clock()); });
        const wire::LoggedIn out{
            login.token, login.user,     std::string(toString(login.role)), login.name,
            device.hall, device.counter, ctx.hallTimeZone(device.hall),     utcIso(login.expiresAtMs)};
        ctx.sendJson(201, out.toJson());
    });
}

} // namespace ow::server
