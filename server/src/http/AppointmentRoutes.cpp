// Appointments (预约): a queue's plan, the slots of a day, booking (the public page, or a counter or station for
// someone), cancelling with the ID number's last four characters, checking in (code or ID card) for a number, the
// day's bookings and the hall's no-show policy.
#include "ApiError.h"
#include "Crypto.h"
#include "Limits.h"
#include "Router.h"

#include "domain/Appointment.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

namespace ow::server {
namespace {

void requireHallExists(RequestContext& ctx, const std::string& hall) {
    if (!ctx.server().halls.hall(hall))
        throw ApiError::notFound("no hall \"" + hall + "\"");
}

void requirePlanner(const Principal& who) {
    if (!who.isStaff() || (who.role != StaffRole::Supervisor && who.role != StaffRole::Admin))
        throw ApiError::forbidden("appointments are planned by a supervisor or the administrator of the hall");
}

// 预约签到 at the kiosk, or by a clerk at a counter; the number issued is told to the hall's screens.
Principal checkInDesk(RequestContext& ctx) {
    Principal who = ctx.principal();
    ctx.requireHall(ctx.param(0));
    if (who.kind != DeviceKind::Kiosk && !(who.kind == DeviceKind::Counter && who.isStaff()))
        throw ApiError::forbidden("appointments are checked in at a kiosk or by a clerk at a counter");
    return who;
}

void checkIn(RequestContext& ctx, const Principal& who, const std::string& codeOrIdNumber, bool byIdNumber) {
    const std::string hall = ctx.param(0);
    ServerContext& server = ctx.server();
    const TicketChange issued =
        server.appointments.checkIn(hall, codeOrIdNumber, byIdNumber, who, server.clock(), server.queue);
    server.metrics.ticketIssued();
    ctx.sendJson(201, ticketToJson(issued.ticket, true));
    publishTicketChange(server, "issued", issued);
}

} // namespace

void addAppointmentRoutes(Router& router) {
    router.add("PUT", api::kAppointmentPlan, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        requirePlanner(who);
        const AppointmentPlan plan = appointmentPlanFromJson(ctx.jsonBody()); // every problem with its path: 400
        ctx.server().appointments.setPlan(who, plan, ctx.server().clock());
        ctx.sendJson(200, appointmentPlanToJson(plan));
    });

    // The plan of a queue (?category=), for the people of the hall: 404 when it has none.
    router.add("GET", api::kAppointmentPlan, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        if (!who.isStaff())
            throw ApiError::forbidden("the appointment plans are read by the people of the hall");
        const auto plan = ctx.server().appointments.plan(ctx.param(0), ctx.query("category").value_or(""));
        if (!plan)
            throw ApiError::notFound("this queue takes no appointments");
        ctx.sendJson(200, appointmentPlanToJson(*plan));
    });

    // The queue takes no more bookings (?category=); those made stand.
    router.add("DELETE", api::kAppointmentPlan, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        requirePlanner(who);
        if (!ctx.server().appointments.removePlan(who, ctx.query("category").value_or(""), ctx.server().clock()))
            throw ApiError::notFound("this queue takes no appointments");
        ctx.sendEmpty(204);
    });

    // Public: the queues that take bookings (those with a plan), as a booking screen offers them.
    router.add("GET", api::kBookableQueues, [](RequestContext& ctx) {
        throttle(ctx, ctx.server().publicLimiter);
        const std::string hall = ctx.param(0);
        requireHallExists(ctx, hall);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& [category, name] : ctx.server().appointments.bookableQueues(hall)) {
            Poco::JSON::Object::Ptr queue = new Poco::JSON::Object(true);
            queue->set("category", category);
            queue->set("name", name);
            list->add(queue);
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("queues", list);
        ctx.sendJson(200, out);
    });

    // Public: what a phone's booking page shows.
    router.add("GET", api::kSlots, [](RequestContext& ctx) {
        throttle(ctx, ctx.server().publicLimiter);
        const std::string hall = ctx.param(0);
        requireHallExists(ctx, hall);
        const std::string date = ctx.query("date").value_or("");
        const std::string category = ctx.query("category").value_or("");
        if (!parseIsoDate(date))
            throw ApiError::badRequest("invalid_field", "date must be a date as YYYY-MM-DD");
        if (category.empty())
            throw ApiError::badRequest("invalid_field", "category is required");
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& slot : ctx.server().appointments.slots(hall, category, date, ctx.server().clock()))
            list->add(slot.toJson());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("date", date);
        out->set("category", category);
        out->set("slots", list);
        ctx.sendJson(200, out);
    });

    // Public, or a counter or station with a person logged in booking for someone (not limited then).
    router.add("POST", api::kAppointments, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal* by = nullptr;
        Principal who;
        if (!ctx.bearerToken().empty()) {
            who = ctx.principal();
            ctx.requireHall(hall);
            if (!who.isStaff() || (who.kind != DeviceKind::Counter && who.kind != DeviceKind::Station))
                throw ApiError::forbidden("a booking for someone is made by a person at a counter or a station");
            by = &who;
        } else {
            throttle(ctx, ctx.server().bookingAddressLimiter);
        }
        requireHallExists(ctx, hall);
        const wire::BookingRequest asked = wire::BookingRequest::fromJson(ctx.jsonBody());
        const std::string idNumber = ctx.requireIdNumber(hall, asked.idNumber);
        const std::string phone = normalizeMobile(asked.phone);
        if (phone.empty())
            throw ApiError::badRequest("invalid_phone", "phone must be a mobile number of 11 digits");
        if (!by) { // per person: hashed, so the limiter's keys hold no ID numbers
            RateLimiter::Attempt attempt;
            const std::int64_t wait = ctx.server().bookingPersonLimiter.reserve(sha256Hex("booking:" + idNumber),
                                                                                ctx.server().clock(), attempt);
            if (wait > 0)
                refuseFor(ctx, ctx.server().bookingPersonLimiter, wait, "too many bookings for this ID number");
        }
        const wire::Booking booking =
            ctx.server().appointments.book(hall, asked, idNumber, phone, by, ctx.server().clock());
        ctx.sendJson(201, booking.toJson());
        ctx.server().messagesOwed(); // the booking's text message, owed in its transaction
    });

    // Public: cancelled with the ID number's last four characters (?id_tail=); a wrong one is as an unknown code.
    router.add("DELETE", api::kAppointment, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const std::string tail = ctx.query("id_tail").value_or("");
        if (tail.size() != 4)
            throw ApiError::badRequest("invalid_field", "id_tail: the last four characters of the ID number");
        const bool cancelled =
            counting(ctx, {{&ctx.server().lookupAddressLimiter, clientAddress(ctx)}}, "not_found", [&] {
                if (!ctx.server().appointments.cancel(hall, ctx.param(1), tail, ctx.server().clock()))
                    throw StoreError::notFound("no booked appointment has this code and ID number");
                return true;
            });
        (void)cancelled;
        ctx.sendEmpty(204);
    });

    router.add("POST", api::kCheckIn, [](RequestContext& ctx) {
        const Principal who = checkInDesk(ctx);
        checkIn(ctx, who, ctx.param(1), false);
    });

    router.add("POST", api::kCheckInById, [](RequestContext& ctx) {
        const Principal who = checkInDesk(ctx);
        const std::string idNumber = ctx.requireIdNumber(ctx.param(0), requireString(ctx.jsonBody(), "id_number"));
        checkIn(ctx, who, idNumber, true);
    });

    // The day's bookings, for the people of the hall (counters, stations, the supervisor): masked, by slot.
    router.add("GET", api::kAppointments, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal who = ctx.principal();
        ctx.requireHall(hall);
        if (!who.isStaff())
            throw ApiError::forbidden("the day's appointments are read by the people of the hall");
        const std::string date = ctx.query("date").value_or("");
        if (!parseIsoDate(date))
            throw ApiError::badRequest("invalid_field", "date must be a date as YYYY-MM-DD");
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& booking : ctx.server().appointments.day(hall, date, ctx.server().clock()))
            list->add(booking.toJson());
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("date", date);
        out->set("bookings", list);
        ctx.sendJson(200, out);
    });

    router.add("GET", api::kAppointmentPolicy, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        if (!who.isStaff())
            throw ApiError::forbidden("the hall's policy is read by the people of the hall");
        ctx.sendJson(200, noShowPolicyToJson(ctx.server().appointments.policy(ctx.param(0))));
    });

    router.add("PUT", api::kAppointmentPolicy, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        requirePlanner(who);
        const NoShowPolicy policy = noShowPolicyFromJson(ctx.jsonBody());
        ctx.server().appointments.setPolicy(who, policy, ctx.server().clock());
        ctx.sendJson(200, noShowPolicyToJson(policy));
    });
}

} // namespace ow::server
