#include "ApiError.h"
#include "RectificationStore.h"
#include "RegionStore.h"
#include "Router.h"
#include "StatsStore.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

namespace ow::server {

// 督查: GET /api/v1/stats/daily?hall=H&date=D — the day of a hall; with from/to instead of date, the same per day.
namespace {

// A region's supervisor, at the region's PC.
void requireRegionSupervisor(const Principal& who) {
    if (!who.ofRegion() || !who.isStaff() || who.role != StaffRole::Supervisor)
        throw ApiError::forbidden("a region's figures are read by its supervisor, at the region's PC");
}

std::string requireDate(const std::string& date) {
    if (!parseIsoDate(date))
        throw ApiError::badRequest("invalid_field", "date is a date: YYYY-MM-DD");
    return date;
}

// The hall (default the caller's) and the date (default the hall's today) of a supervisor's query. A region's
// supervisor reads the day of any hall in the region (named: a region's PC has no hall of its own).
std::pair<std::string, std::string> hallAndDate(RequestContext& ctx) {
    const Principal who = ctx.principalOfHallOrRegion();
    std::string hall = ctx.query("hall").value_or(who.hall);
    if (who.ofRegion()) {
        if (hall.empty())
            throw ApiError::badRequest("invalid_field", "hall: which hall of the region");
        requireRegionSupervisor(who);
        if (!RegionStore(ctx.server().db).holds(who.region, hall))
            throw ApiError::forbidden("hall \"" + hall + "\" is not in region \"" + who.region + "\"");
    } else {
        requireSupervisor(who, hall);
    }
    return {hall, requireDate(ctx.query("date").value_or(ctx.hallToday(hall)))};
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

    // 区域: the day of every hall in a region and its regions, side by side, and their sum.
    router.add("GET", api::kRegionDaily, [](RequestContext& ctx) {
        const std::string regionId = ctx.param(0);
        const Principal who = ctx.principalOfHallOrRegion();
        requireRegionSupervisor(who); // of this region, or of one it lies in
        RegionStore regions(ctx.server().db);
        if (!regions.within(who.region, regionId))
            throw ApiError::forbidden("region \"" + regionId + "\" is not within region \"" + who.region + "\"");
        const auto region = regions.region(regionId);
        if (!region)
            throw ApiError::notFound("no region \"" + regionId + "\"");
        const std::string date =
            requireDate(ctx.query("date").value_or(HallTime(region->timezone).businessDay(ctx.server().clock())));
        StatsStore stats(ctx.server().db, ctx.server().ratings);
        ctx.sendJson(200, regionDayToJson(stats.regionDaily(regionId, region->name, regions.hallsUnder(regionId), date,
                                                            ctx.server().clock())));
    });
}

} // namespace ow::server
