#include "ApiError.h"
#include "RectificationStore.h"
#include "Router.h"
#include "StatsStore.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

namespace ow::server {

// 督查: GET /api/v1/stats/daily?hall=H&date=D — the day of a hall; with from/to instead of date, the same per day.
void addStatsRoutes(Router& router) {
    router.add("GET", "/api/v1/stats/daily", [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        const std::string hall = ctx.query("hall").value_or(who.hall);
        requireSupervisor(who, hall);
        StatsStore stats(ctx.server().db, ctx.server().ratings);
        const auto h = ctx.server().halls.hall(hall);
        const std::string today = HallTime(h ? h->timezone : "Asia/Shanghai").businessDay(ctx.server().clock());
        if (!ctx.query("from") && !ctx.query("to")) {
            const std::string date = ctx.query("date").value_or(today);
            if (!parseIsoDate(date))
                throw ApiError::badRequest("invalid_field", "date is a date: YYYY-MM-DD");
            ctx.sendJson(200, dailyStatsToJson(stats.daily(hall, date, ctx.server().clock())));
            return;
        }
        const auto from = parseIsoDate(ctx.query("from").value_or(""));
        const auto to = parseIsoDate(ctx.query("to").value_or(ctx.query("from").value_or("")));
        if (!from || !to || *to < *from || (*to - *from).count() > 92)
            throw ApiError::badRequest("invalid_field", "from and to are dates (YYYY-MM-DD), from ≤ to, at most 93 days");
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
}

} // namespace ow::server
