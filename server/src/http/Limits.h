#pragma once

#include "ApiError.h"
#include "RateLimiter.h"
#include "RequestContext.h"
#include "ServerContext.h"
#include "StoreError.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

// How the routes slow down who tries too much: failed guesses (enrollment codes, passwords, a case's query code)
// counted per address and per target, and plain floods of the public routes per address. Each refusal is 429 with
// Retry-After, counted in /metrics by its limiter's scope.
namespace ow::server {

inline std::string clientAddress(RequestContext& ctx) { return ctx.request().clientAddress().host().toString(); }

// 429 with Retry-After for a limiter that makes `key` wait `waitMs`.
[[noreturn]] inline void refuseFor(RequestContext& ctx, const RateLimiter& limiter, std::int64_t waitMs,
                                   const std::string& what) {
    const std::int64_t seconds = (waitMs + 999) / 1000;
    ctx.server().metrics.rateLimited(limiter.scope());
    ctx.response().set("Retry-After", std::to_string(seconds));
    throw ApiError(429, "rate_limited", what + "; try again in " + std::to_string(seconds) + " seconds");
}

// Every request of a public route counts against its address (never released): a flood is slowed, a hall's NAT
// with its hundreds of citizens is not.
inline void throttle(RequestContext& ctx, RateLimiter& limiter) {
    RateLimiter::Attempt attempt;
    if (const std::int64_t wait = limiter.reserve(clientAddress(ctx), ctx.server().clock(), attempt); wait > 0)
        refuseFor(ctx, limiter, wait, "too many requests from this address");
}

// Runs `attempt` with an attempt reserved against every (limiter, key) first — 429 with Retry-After while one of
// them has failed too often. A StoreError of the code `failure` stays counted; anything else releases the attempts.
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
        if (const std::int64_t wait = limiter->reserve(key, ctx.server().clock(), a); wait > 0)
            refuseFor(ctx, *limiter, wait, "too many failed attempts");
        reserved.held.emplace_back(limiter, a);
    }
    try {
        return attempt();
    } catch (const StoreError& e) {
        reserved.failed = e.code() == failure;
        throw;
    }
}

} // namespace ow::server
