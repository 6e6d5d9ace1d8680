// Home visits (预约上门): asked for by a person at a station or counter, scheduled by the hall's supervisor to a
// clerk and a date, marked done by the clerk, cancelled by the asker or the supervisor; read by the people of the
// hall (a station its own).
#include "ApiError.h"
#include "Router.h"

#include "domain/Appointment.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

namespace ow::server {
namespace {

Poco::JSON::Object::Ptr listJson(const std::vector<wire::HomeVisit>& visits) {
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const auto& visit : visits)
        list->add(visit.toJson());
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("visits", list);
    return out;
}

bool isSupervisor(const Principal& who) { return who.role == StaffRole::Supervisor || who.role == StaffRole::Admin; }

// A person of the hall, at one of its devices.
Principal staffOfHall(RequestContext& ctx) {
    Principal who = ctx.principal();
    ctx.requireHall(ctx.param(0));
    if (!who.isStaff())
        throw ApiError::forbidden("home visits are for the people of the hall, logged in");
    return who;
}

} // namespace

void addHomeVisitRoutes(Router& router) {
    router.add("POST", api::kHomeVisits, [](RequestContext& ctx) {
        const Principal who = staffOfHall(ctx);
        if (who.kind != DeviceKind::Station && who.kind != DeviceKind::Counter)
            throw ApiError::forbidden("a home visit is asked for at a station or a counter");
        const wire::HomeVisitRequest asked = wire::HomeVisitRequest::fromJson(ctx.jsonBody());
        const std::string idNumber = ctx.requireIdNumber(who.hall, asked.idNumber);
        const std::string phone = normalizeMobile(asked.phone);
        if (phone.empty())
            throw ApiError::badRequest("invalid_phone", "phone must be a mobile number of 11 digits");
        bool created = false;
        const wire::HomeVisit visit =
            ctx.server().homeVisits.request(who, asked, idNumber, phone, ctx.server().clock(), &created);
        ctx.sendJson(created ? 201 : 200, visit.toJson());
    });

    router.add("GET", api::kHomeVisits, [](RequestContext& ctx) {
        const Principal who = staffOfHall(ctx);
        HomeVisitStore::Filter filter;
        filter.state = ctx.query("state");
        if (filter.state && *filter.state != "requested" && *filter.state != "scheduled" && *filter.state != "done" &&
            *filter.state != "cancelled")
            throw ApiError::badRequest("invalid_field", "state: requested, scheduled, done or cancelled");
        filter.date = ctx.query("date");
        if (filter.date && !parseIsoDate(*filter.date))
            throw ApiError::badRequest("invalid_field", "date must be a date as YYYY-MM-DD");
        filter.clerk = ctx.query("clerk");
        if (who.kind == DeviceKind::Station) // a station sees what it asked for
            filter.device = who.deviceId;
        Poco::JSON::Object::Ptr out = listJson(ctx.server().homeVisits.list(who.hall, filter));
        if (isSupervisor(who)) { // whom they may send
            Poco::JSON::Array::Ptr clerks = new Poco::JSON::Array;
            for (const auto& [user, name] : ctx.server().homeVisits.clerks(who.hall)) {
                Poco::JSON::Object::Ptr clerk = new Poco::JSON::Object(true);
                clerk->set("user", user);
                clerk->set("name", name);
                clerks->add(clerk);
            }
            out->set("clerks", clerks);
        }
        ctx.sendJson(200, out);
    });

    router.add("POST", api::kHomeVisitSchedule, [](RequestContext& ctx) {
        const Principal who = staffOfHall(ctx);
        if (!isSupervisor(who))
            throw ApiError::forbidden("home visits are scheduled by a supervisor or the administrator of the hall");
        const auto schedule = wire::HomeVisitSchedule::fromJson(ctx.jsonBody());
        ctx.sendJson(200, ctx.server().homeVisits.schedule(who, ctx.param(1), schedule, ctx.server().clock()).toJson());
        ctx.server().messagesOwed(); // the person's text message, owed in the step's transaction
    });

    router.add("POST", api::kHomeVisitDone, [](RequestContext& ctx) {
        const Principal who = staffOfHall(ctx);
        if (who.role != StaffRole::Clerk && !isSupervisor(who))
            throw ApiError::forbidden("a visit is marked done by its clerk or a supervisor");
        const std::string outcome = requireString(ctx.jsonBody(), "outcome");
        ctx.sendJson(200, ctx.server().homeVisits.done(who, ctx.param(1), outcome, ctx.server().clock()).toJson());
    });

    router.add("POST", api::kHomeVisitCancel, [](RequestContext& ctx) {
        const Principal who = staffOfHall(ctx);
        if (who.kind != DeviceKind::Station && who.kind != DeviceKind::Counter && !isSupervisor(who))
            throw ApiError::forbidden("a visit is cancelled where it was asked for, or by a supervisor");
        const std::string reason = requireString(ctx.jsonBody(), "reason");
        ctx.sendJson(200, ctx.server().homeVisits.cancel(who, ctx.param(1), reason, ctx.server().clock()).toJson());
    });
}

} // namespace ow::server
