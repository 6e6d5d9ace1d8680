// Running the hall from the screens (管理), its set-up: queues (categories), counters, opening hours, the service
// catalog, and the hall's audit record. A change reaches the hall's counters, kiosks and boards at once through the
// event stream (here and on the other instances).
#include "ApiError.h"
#include "AuditLog.h"
#include "Router.h"

#include "domain/HallHours.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"
#include "domain/wire/Admin.h"

#include <sstream>

namespace ow::server {
namespace {

template <typename T> Poco::JSON::Object::Ptr listOf(const char* key, const std::vector<T>& items) {
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const T& item : items)
        list->add(item.toJson());
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set(key, list);
    return out;
}

// A time range from the query's `from` and `to` (hall-local dates, both included).
void readDays(RequestContext& ctx, const std::string& hall, AuditLog::Query& q) {
    const HallTime time(ctx.hallTimeZone(hall));
    for (const char* key : {"from", "to"}) {
        const auto text = ctx.query(key);
        if (!text)
            continue;
        const auto date = parseIsoDate(*text);
        if (!date)
            throw ApiError::badRequest("invalid_field", std::string(key) + " must be a date as YYYY-MM-DD");
        if (std::string(key) == "from")
            q.fromMs = time.dayStartUtcMs(*text);
        else
            q.toMs = time.dayStartUtcMs(isoDate(*date + std::chrono::days(1)));
    }
}

} // namespace

void addHallSetupRoutes(Router& router) {
    router.add("GET", api::kCategories, [](RequestContext& ctx) {
        requireAdminOf(ctx, ctx.param(0));
        ctx.sendJson(200, listOf("categories", ctx.server().halls.categorySetups(ctx.param(0))));
    });
    router.add("POST", api::kCategories, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const auto made =
            ctx.server().halls.createCategory(who, wire::CategorySetup::fromJson(ctx.jsonBody()), ctx.server().clock());
        ctx.sendJson(201, made.toJson());
        announceHallChanged(ctx.server(), who.hall);
    });
    router.add("PATCH", api::kCategory, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const auto changed = ctx.server().halls.changeCategory(
            who, ctx.param(1), wire::CategoryChange::fromJson(ctx.jsonBody()), ctx.server().clock());
        ctx.sendJson(200, changed.toJson());
        announceHallChanged(ctx.server(), who.hall);
    });

    router.add("GET", api::kCounters, [](RequestContext& ctx) {
        requireAdminOf(ctx, ctx.param(0));
        ctx.sendJson(200, listOf("counters", ctx.server().halls.counterSetups(ctx.param(0), ctx.server().clock())));
    });
    router.add("POST", api::kCounters, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const auto made =
            ctx.server().halls.createCounter(who, wire::CounterSetup::fromJson(ctx.jsonBody()), ctx.server().clock());
        ctx.sendJson(201, made.toJson());
        announceHallChanged(ctx.server(), who.hall);
    });
    router.add("PATCH", api::kCounter, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const auto changed = ctx.server().halls.changeCounter(
            who, ctx.intParam(1), wire::CounterChange::fromJson(ctx.jsonBody()), ctx.server().clock());
        ctx.sendJson(200, changed.toJson());
        announceHallChanged(ctx.server(), who.hall);
    });

    // Every device of the hall reads the hours (the kiosk says when numbers are given again); only its
    // administrator sets them. A hall that never set any is always open: {"set": false}.
    router.add("GET", api::kHours, [](RequestContext& ctx) {
        ctx.principal();
        ctx.requireHall(ctx.param(0));
        const auto hours = ctx.server().halls.hours(ctx.param(0));
        Poco::JSON::Object::Ptr out = hours ? hallHoursToJson(*hours) : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
        out->set("set", hours.has_value());
        ctx.sendJson(200, out);
    });
    router.add("PUT", api::kHours, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const HallHours hours = hallHoursFromJson(ctx.jsonBody()); // every problem with its path: 400
        ctx.server().halls.setHours(who, hours, ctx.server().clock());
        Poco::JSON::Object::Ptr out = hallHoursToJson(hours);
        out->set("set", true);
        ctx.sendJson(200, out);
        announceHallChanged(ctx.server(), who.hall);
    });

    // 本厅信息: every device of the hall reads it (the papers' foot and 文号, the board's notice come with the queue's
    // snapshot too); only its administrator sets it, whole.
    router.add("GET", api::kHallProfile, [](RequestContext& ctx) {
        ctx.principal();
        ctx.requireHall(ctx.param(0));
        ctx.sendJson(200, hallProfileToJson(ctx.server().halls.profile(ctx.param(0))));
    });
    router.add("PUT", api::kHallProfile, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.param(0));
        const HallProfile profile = hallProfileFromJson(ctx.jsonBody()); // a bad field: 400 naming it
        ctx.server().halls.setProfile(who, profile, ctx.server().clock());
        ctx.sendJson(200, hallProfileToJson(profile));
        announceHallChanged(ctx.server(), who.hall);
    });

    // A new service catalog, checked whole: every problem comes back with its JSON path and the current one stays.
    router.add("PUT", api::kCatalog, [](RequestContext& ctx) {
        const Principal who = requireAdminOf(ctx, ctx.principal().hall);
        constexpr std::int64_t kMaxCatalog = 16 * 1024 * 1024;
        std::ostringstream text;
        text << ctx.bodyStream(kMaxCatalog).rdbuf();
        if (static_cast<std::int64_t>(text.tellp()) > kMaxCatalog)
            throw ApiError(413, "too_large", "a catalog is at most 16 MiB");
        const StoredCatalog stored = ctx.server().catalogs.import(text.str(), ctx.server().clock(), &who);
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("version", stored.version);
        ctx.sendJson(200, out);
    });

    // The hall's audit record, newest first (supervisors and the administrator): by person (`actor`), by hall-local
    // dates (`from`, `to`), a page at a time (`before`: the last seq seen).
    router.add("GET", api::kAudit, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        requireSupervisor(ctx.principal(), hall);
        AuditLog::Query q;
        q.hall = hall;
        q.actor = ctx.query("actor");
        if (q.actor && q.actor->empty())
            q.actor.reset();
        readDays(ctx, hall, q);
        if (ctx.query("before"))
            q.beforeSeq = ctx.queryInt("before", 0, 1, INT64_MAX);
        q.limit = static_cast<int>(ctx.queryInt("limit", 100, 1, 1000));
        const auto records = ctx.server().db.read([&](Poco::Data::Session& s) { return AuditLog::find(s, q); });
        Poco::JSON::Array::Ptr entries = new Poco::JSON::Array;
        for (const AuditRecord& r : records) {
            wire::AuditEntry e{r.seq, utcIso(r.atMs), r.actor, r.deviceId, r.action, r.subject, parseObject(r.detail)};
            Poco::JSON::Object::Ptr o = e.toJson();
            o->set("hash", r.hash);
            entries->add(o);
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("entries", entries);
        ctx.sendJson(200, out);
    });
}

} // namespace ow::server
