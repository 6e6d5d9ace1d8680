// Appointments (预约): a queue's plan, the slots of a day, booking (the public page, or a counter or station for
// someone) and cancelling with the ID number's last four characters.
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

} // namespace

void addAppointmentRoutes(Router& router) {
    router.add("PUT", api::kAppointmentPlan, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        ctx.requireHall(ctx.param(0));
        if (!who.isStaff() || (who.role != StaffRole::Supervisor && who.role != StaffRole::Admin))
            throw ApiError::forbidden("appointments are planned by a supervisor or the administrator of the hall");
        const AppointmentPlan plan = appointmentPlanFromJson(ctx.jsonBody()); // every problem with its path: 400
        ctx.server().appointments.setPlan(who, plan, ctx.server().clock());
        ctx.sendJson(200, appointmentPlanToJson(plan));
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
}

} // namespace ow::server
