#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/Appointment.h"
#include "domain/wire/Appointments.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// 预约: a hall's appointment plans, the slots they offer on a date, and the bookings. A slot's capacity is held by
// the database: each booked slot is a row whose count goes up only while it is below the capacity (a conditional
// UPDATE in the booking's transaction, backed by a CHECK), never by reading the count first. One active booking per
// ID number, hall, day and queue (a partial unique index). ID numbers are kept as a hash and their last four
// characters; names and phones leave masked.
class AppointmentStore {
public:
    explicit AppointmentStore(Database& db)
        : m_db(db) {}

    // A supervisor or the administrator of the plan's hall; 404 for a queue the hall does not have.
    void setPlan(const Principal& by, const AppointmentPlan& plan, std::int64_t nowMs);
    std::optional<AppointmentPlan> plan(const std::string& hall, const std::string& category);
    // The slots offered on `date` (the plan's weekdays, inside the hall's hours), each with its free places; those
    // begun by `nowMs` are left out. Empty when none are offered.
    std::vector<wire::SlotInfo> slots(const std::string& hall, const std::string& category, const std::string& date,
                                      std::int64_t nowMs);
    // `idNumber` already checked and normalized; `by` the device that booked for someone (nothing: the public page).
    // 409 slot_full, already_booked, no_slot (not offered then, or begun); 404 for an unknown queue.
    wire::Booking book(const std::string& hall, const wire::BookingRequest& request, const std::string& idNumber,
                       const std::string& phone, const Principal* by, std::int64_t nowMs);
    // Cancelled and its place freed, given the last four characters of the ID number; false (nothing said about
    // why) for an unknown code or a wrong tail.
    bool cancel(const std::string& hall, const std::string& code, const std::string& idTail, std::int64_t nowMs);

private:
    Database& m_db;
};

} // namespace ow::server
