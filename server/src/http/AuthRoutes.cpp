#include "ApiError.h"
#include "Router.h"

#include "domain/Json.h"
#include "domain/WorkCalendar.h"

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
            throw ApiError(429, "rate_limited", "too many failed attempts from here; try again in " +
                                                    std::to_string(seconds) + " seconds");
        }
        reserved.held.emplace_back(limiter, a);
    }
    try {
        return attempt();
    } catch (const ApiError& e) {
        reserved.failed = e.code() == failure;
        throw;
    }
}

} // namespace

void addAuthRoutes(Router& router) {
    router.add("POST", api::kEnroll, [](RequestContext& ctx) {
        const auto body = ctx.jsonBody();
        const std::string code = requireString(body, "code");
        const std::string name = optionalString(body, "name").value_or("device");
        if (name.size() > 200)
            throw ApiError::badRequest("invalid_field", "the device name is longer than 200 characters");
        // Guessing codes from one address is slowed down; an expired code counts as a wrong one.
        const EnrolledDevice device =
            counting(ctx, {{&ctx.server().enrollLimiter, address(ctx)}}, "invalid_code",
                     [&] { return ctx.server().auth.enroll(code, name, ctx.server().clock()); });
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("device_id", device.deviceId);
        out->set("device_token", device.deviceToken);
        out->set("hall", device.hall);
        out->set("kind", std::string(toString(device.kind)));
        out->set("counter", device.counter ? Poco::Dynamic::Var(*device.counter) : Poco::Dynamic::Var());
        if (!device.code.empty()) {
            out->set("device_code", device.code);
            // A device enrolled again under a code already in use (a counter PC replaced) carries on after the
            // numbers given under it this last week, by the day the device's own clock says.
            std::string since = isoDate(*parseIsoDate(ctx.hallToday(device.hall)) - std::chrono::days(7));
            since.erase(std::remove(since.begin(), since.end(), '-'), since.end());
            Poco::JSON::Object::Ptr used = new Poco::JSON::Object(true);
            for (const auto& [day, last] : ctx.server().sync.lastCaseNumbers(device.hall, device.code, since))
                used->set(day, last);
            out->set("case_numbers_used", used);
        }
        ctx.sendJson(201, out);
    });

    router.add("POST", api::kSessions, [](RequestContext& ctx) {
        const Principal device = ctx.principal();
        const auto body = ctx.jsonBody();
        const std::string user = requireString(body, "user");
        const std::string password = requireString(body, "password");
        // Per device and per address, beside the account's own lockout after five wrong passwords.
        const LoginResult login =
            counting(ctx, {{&ctx.server().loginDeviceLimiter, device.deviceId}, {&ctx.server().loginAddressLimiter, address(ctx)}},
                     "wrong_password", [&] { return ctx.server().auth.login(device, user, password, ctx.server().clock()); });
        Poco::JSON::Object::Ptr staff = new Poco::JSON::Object(true);
        staff->set("user", login.user);
        staff->set("role", std::string(toString(login.role)));
        staff->set("name", login.name);
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("token", login.token);
        out->set("staff", staff);
        out->set("hall", device.hall);
        out->set("counter", device.counter ? Poco::Dynamic::Var(*device.counter) : Poco::Dynamic::Var());
        out->set("expires_at", utcIso(login.expiresAtMs));
        ctx.sendJson(201, out);
    });
}

} // namespace ow::server
