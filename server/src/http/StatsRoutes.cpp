#include "ApiError.h"
#include "RectificationStore.h"
#include "Router.h"
#include "StatsStore.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

namespace ow::server {

// 督查: GET /api/v1/stats/daily?hall=H&date=D — the day of a hall; with from/to instead of date, the same per day.
namespace {

// The hall (default the caller's) and the date (default the hall's today) of a supervisor's query.
std::pair<std::string, std::string> hallAndDate(RequestContext& ctx) {
    const Principal who = ctx.principal();
    const std::string hall = ctx.query("hall").value_or(who.hall);
    requireSupervisor(who, hall);
    const std::string date = ctx.query("date").value_or(ctx.hallToday(hall));
    if (!parseIsoDate(date))
        throw ApiError::badRequest("invalid_field", "date is a date: YYYY-MM-DD");
    return {hall, date};
}

} // namespace

void addStatsRoutes(Router& router) {
    router.add("GET", api::kStatsDaily, [](RequestContext& ctx) {
        const auto [hall, date] = hallAndDate(ctx); // checks the caller; `date` is today without one
        StatsStore stats(ctx.server().db, ctx.server().ratings);
        if (!ctx.query("from") && !ctx.query("to")) {
            ctx.sendJson(200, dailyStatsToJson(stats.daily(hall, date, ctx.server().clock())));
            return;
        }
        const auto from = parseIsoDate(ctx.query("from").value_or(""));
        const auto to = parseIsoDate(ctx.query("to").value_or(ctx.query("from").value_or("")));
        if (!from || !to || *to < *from || (*to - *from).count() > 92)
            throw ApiError::badRequest("invalid_field",
                                       "from and to are dates (YYYY-MM-DD), from ≤ to, at most 93 days");
        Poco::JSON::Array::Ptr days = new Poco::JSON::Array;
        for (const DailyStats& day : stats.days(hall, isoDate(*from), isoDate(*to), ctx.server().clock()))
            days->add(dailyStatsToJson(day));
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("hall", hall);
        out->set("from", isoDate(*from));
        out->set("to", isoDate(*to));
        out->set("days", days);
        ctx.sendJson(200, out);
    });

    // Drill-down: the numbers of a day, at one counter (`counter`) or all.
    router.add("GET", api::kStatsTickets, [](RequestContext& ctx) {
        const auto [hall, date] = hallAndDate(ctx);
        std::optional<int> counter;
        if (ctx.query("counter"))
            counter = static_cast<int>(ctx.queryInt("counter", 0, 1, 9999));
        StatsStore stats(ctx.server().db, ctx.server().ratings);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const TicketLine& t : stats.tickets(hall, date, counter))
            list->add(t.toJson());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("hall", hall);
        out->set("date", date);
        out->set("tickets", list);
        ctx.sendJson(200, out);
    });

    // 办件预警: open cases due soon (80 % of their time used) or overdue on the date.
    router.add("GET", api::kStatsWarnings, [](RequestContext& ctx) {
        const auto [hall, date] = hallAndDate(ctx);
        StatsStore stats(ctx.server().db, ctx.server().ratings);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const CaseWarning& w : stats.warnings(hall, date))
            list->add(w.toJson());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("hall", hall);
        out->set("date", date);
        out->set("cases", list);
        ctx.sendJson(200, out);
    });
}

} // namespace ow::server
