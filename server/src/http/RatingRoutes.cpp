#include "ApiError.h"
#include "Limits.h"
#include "RectificationStore.h"
#include "Router.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/wire/Rating.h"

namespace ow::server {
namespace {

// from/to (ISO dates, default today in the hall) and the grouping, from the query string.
struct FigureQuery {
    std::string from, to;
    FigureGrouping by = FigureGrouping::None;
    std::string byName = "all";
};

FigureQuery figureQuery(RequestContext& ctx, const std::string& hall) {
    FigureQuery q;
    const std::string today = ctx.hallToday(hall);
    q.from = ctx.query("from").value_or(today);
    q.to = ctx.query("to").value_or(q.from);
    const auto from = parseIsoDate(q.from), to = parseIsoDate(q.to);
    if (!from || !to || *to < *from || (*to - *from).count() > 366)
        throw ApiError::badRequest("invalid_field",
                                   "from and to are dates (YYYY-MM-DD), from ≤ to, at most a year apart");
    q.byName = ctx.query("by").value_or("all");
    static const std::pair<const char*, FigureGrouping> kNames[] = {{"all", FigureGrouping::None},
                                                                    {"counter", FigureGrouping::Counter},
                                                                    {"clerk", FigureGrouping::Clerk},
                                                                    {"item", FigureGrouping::Item},
                                                                    {"day", FigureGrouping::Day}};
    bool known = false;
    for (const auto& [name, grouping] : kNames)
        if (q.byName == name) {
            q.by = grouping;
            known = true;
        }
    if (!known)
        throw ApiError::badRequest("invalid_field", "by must be all, counter, clerk, item or day");
    return q;
}

Poco::JSON::Object::Ptr figuresAnswer(RatingStore& ratings, const FigureQuery& q, const std::string& hall,
                                      const std::optional<std::string>& clerk, std::int64_t nowMs) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("hall", hall);
    out->set("from", q.from);
    out->set("to", q.to);
    out->set("by", q.byName);
    const RatingFigureReport report = ratings.figures(hall, q.from, q.to, q.by, clerk, nowMs);
    out->set("totals", ratingFiguresToJson(report.totals));
    if (q.by != FigureGrouping::None) {
        Poco::JSON::Array::Ptr groups = new Poco::JSON::Array;
        for (const auto& g : report.groups)
            groups->add(ratingFiguresToJson(g));
        out->set("groups", groups);
    }
    return out;
}

} // namespace

// 好差评: ratings from the counter's pad or a kiosk; what the pad shows; the hall's policy; the figures.
void addRatingRoutes(Router& router) {
    router.add("POST", api::kRatings, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        RatingStore::admitRater(who);
        const auto request = wire::RatingRequest::fromJson(ctx.jsonBody());
        const auto rate = [&] { return ctx.server().ratings.rate(who, request, ctx.server().clock()); };
        // A case's code guessed at a kiosk counts as a lookup's would.
        const StoredRating r = request.caseRef.empty()
                                   ? rate()
                                   : counting(ctx,
                                              {{&ctx.server().lookupAddressLimiter, clientAddress(ctx)},
                                               {&ctx.server().lookupCaseLimiter, request.caseRef}},
                                              "not_found", rate);
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("id", r.id);
        if (!r.ticketId.empty())
            out->set("ticket_id", r.ticketId);
        if (!r.caseId.empty())
            out->set("case_id", r.caseId);
        out->set("level", r.level ? Poco::Dynamic::Var(*r.level) : Poco::Dynamic::Var());
        out->set("counter", r.counter);
        out->set("category", r.category);
        out->set("channel", r.channel);
        out->set("rated_at", utcIso(r.ratedAtMs));
        ctx.sendJson(201, out); // neither the clerk nor the rectification is named back: the pad is the citizen's
    });

    // The counter's pad (or its counter PC): who is on duty, a finished service not yet rated, the policy.
    router.add("GET", api::kPad, [](RequestContext& ctx) {
        const int counter = ctx.intParam(0);
        const Principal& who = ctx.principal();
        if ((who.kind != DeviceKind::Pad && who.kind != DeviceKind::Counter) || who.counter != counter)
            throw ApiError::forbidden("only the pad or the PC of this counter");
        const PadView view = ctx.server().ratings.padView(who, counter, ctx.server().clock());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("counter", view.counter);
        if (!view.clerkUser.empty()) {
            Poco::JSON::Object::Ptr clerk = new Poco::JSON::Object(true);
            clerk->set("staff_no", view.clerkStaffNo); // the 工号 the pad shows; empty: none given
            clerk->set("name", view.clerkName);
            out->set("clerk", clerk);
        }
        out->set("paused", view.paused);
        if (!view.awaitingTicketId.empty()) {
            Poco::JSON::Object::Ptr awaiting = new Poco::JSON::Object(true);
            awaiting->set("ticket_id", view.awaitingTicketId);
            awaiting->set("number", view.awaitingNumber);
            awaiting->set("finished_at", utcIso(view.awaitingFinishedAtMs));
            out->set("awaiting", awaiting);
        }
        out->set("policy", ratingPolicyToJson(view.policy));
        ctx.sendJson(200, out);
    });

    router.add("GET", api::kRatingPolicy, [](RequestContext& ctx) {
        ctx.requireHall(ctx.param(0));
        ctx.sendJson(200, ratingPolicyToJson(ctx.server().ratings.policy(ctx.param(0))));
    });
    router.add("PUT", api::kRatingPolicy, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        requireSupervisor(who, ctx.param(0));
        RatingPolicy policy;
        try {
            policy = ratingPolicyFromJson(ctx.jsonBody());
        } catch (const BadInput& e) {
            throw ApiError::badRequest(e.code(), e.what());
        }
        ctx.server().ratings.setPolicy(who, policy, ctx.server().clock());
        ctx.sendJson(200, ratingPolicyToJson(policy));
    });

    // Supervisors: the hall's figures, per counter / clerk / item / day.
    router.add("GET", api::kRatingFigures, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        requireSupervisor(ctx.principal(), hall);
        const FigureQuery q = figureQuery(ctx, hall);
        ctx.sendJson(200, figuresAnswer(ctx.server().ratings, q, hall, std::nullopt, ctx.server().clock()));
    });
    // A clerk: their own figures, never who rated what.
    router.add("GET", api::kMyRatingFigures, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        if (!who.isStaff())
            throw ApiError::forbidden("a person's own figures need their login");
        FigureQuery q = figureQuery(ctx, who.hall);
        if (q.by != FigureGrouping::None && q.by != FigureGrouping::Day)
            throw ApiError::forbidden("a clerk sees their own figures, by day at most");
        ctx.sendJson(200, figuresAnswer(ctx.server().ratings, q, who.hall, who.user, ctx.server().clock()));
    });
}

} // namespace ow::server
