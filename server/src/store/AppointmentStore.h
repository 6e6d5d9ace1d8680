#pragma once

#include "AuthStore.h"
#include "Database.h"
#include "QueueStore.h"

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
    // The queue takes no more bookings (those made stand); audited. False when it had no plan.
    bool removePlan(const Principal& by, const std::string& category, std::int64_t nowMs);
    std::optional<AppointmentPlan> plan(const std::string& hall, const std::string& category);
    // The queues with a plan (prefix and name), in prefix order: what the booking page offers.
    std::vector<std::pair<std::string, std::string>> bookableQueues(const std::string& hall);
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

    // 预约签到: the booking with this code (or, `byIdNumber`, the ID number's booking of today — the card laid on
    // the kiosk's reader) checked in and its number issued, priority `appointment`, queued at the slot's start, in
    // one transaction. From kCheckInEarlyMinutes before the slot to its end: 409 too_early (with opens_at) or
    // too_late; once (409 already_checked_in); 404 for no such booking.
    TicketChange checkIn(const std::string& hall, const std::string& codeOrIdNumber, bool byIdNumber,
                         const Principal& by, std::int64_t nowMs, QueueStore& queue);

    // The bookings of a date, by slot; a booking never checked in by its slot's end reads `no_show`.
    std::vector<wire::Booking> day(const std::string& hall, const std::string& date, std::int64_t nowMs);
    // Bookings past their slot's end, never checked in, marked no_show (every hall); how many. The rule sweep runs
    // it; reading a day and booking do not wait for it.
    int markNoShows(std::int64_t nowMs);
    // A reminder owed (Outbox, once per booking) for every booking of tomorrow, from kReminderFromMinute of the
    // hall's day; how many were newly owed. The rule sweep runs it.
    int oweReminders(std::int64_t nowMs);
    static constexpr int kReminderFromMinute = 9 * 60;

    void setPolicy(const Principal& by, const NoShowPolicy& policy, std::int64_t nowMs); // audited
    NoShowPolicy policy(const std::string& hall);                                        // the default when unset

private:
    Database& m_db;
};

} // namespace ow::server
