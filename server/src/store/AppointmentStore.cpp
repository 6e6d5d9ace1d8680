#include "AppointmentStore.h"

#include "AuditLog.h"
#include "BookingRelay.h"
#include "Crypto.h"
#include "HallStore.h"
#include "Outbox.h"
#include "RelayStore.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallHours.h"
#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"
#include "domain/Masking.h"
#include "domain/WorkCalendar.h"

#include <chrono>

namespace ow::server {
namespace {

using Session = Poco::Data::Session;

std::optional<AppointmentPlan> readPlan(Session& s, const std::string& hall, const std::string& category) {
    const SqlRows rows =
        runSql(s, "SELECT body FROM appointment_plans WHERE hall = $1 AND category = $2", {hall, category});
    if (rows.empty())
        return std::nullopt;
    return appointmentPlanFromJson(parseObject(rows.text(0, 0)));
}

// Where "now" stands in the hall's own time: its business day and the minute of that day (and the zone, for more).
struct HallNow {
    std::string zone;
    std::string today;
    int minute = 0;
};

HallNow hallNow(Session& s, const std::string& hall, std::int64_t nowMs) {
    std::string zone = hallZone(s, hall);
    const HallTime time(zone);
    return {std::move(zone), time.businessDay(nowMs), *parseClock(time.localClock(nowMs))};
}

// An ID number as the bookings keep it: salted with the hall, so that no table holds the number.
std::string idKeyOf(const std::string& hall, const std::string& idNumber) {
    return sha256Hex("appointment:" + hall + ":" + idNumber);
}

// The plan's slots offered on `date`: its weekday, inside the day's hours (outside lunch) when the hall has hours,
// not begun by `nowMs`.
std::vector<AppointmentSlot> offered(Session& s, const std::string& hall, const AppointmentPlan& plan,
                                     const std::string& date, const HallNow& now) {
    const auto day = parseIsoDate(date);
    if (!day)
        return {};
    const int weekday = static_cast<int>(std::chrono::weekday(*day).iso_encoding());
    const auto hours = hallHours(s, hall);
    std::optional<HallHours::Day> open;
    if (hours) {
        open = hours->dayOf(date);
        if (!open)
            return {}; // closed that day
    } else if (!plan.weekdays.count(weekday)) {
        return {};
    }
    if (hours && !plan.weekdays.count(weekday) && !hours->special(date))
        return {}; // a day the plan does not hold on (a date opened specially takes the plan's slots)
    std::vector<AppointmentSlot> out;
    for (const AppointmentSlot& slot : plan.times) {
        if (date < now.today || (date == now.today && slot.start <= now.minute))
            continue;
        if (open && (slot.start < open->open.from || slot.end > open->open.to))
            continue;
        if (open && open->lunch && slot.start < open->lunch->to && slot.end > open->lunch->from)
            continue;
        out.push_back(slot);
    }
    return out;
}

// A booking still `booked` whose slot has ended was not kept: the SQL condition, over $day and $minute.
std::string endedSql(const std::string& day, const std::string& minute) {
    return "(day < " + day + " OR (day = " + day + " AND end_minute <= " + minute + "))";
}

NoShowPolicy readPolicy(Session& s, const std::string& hall) {
    const SqlRows rows = runSql(s, "SELECT body FROM appointment_policies WHERE hall = $1", {hall});
    return rows.empty() ? NoShowPolicy{} : noShowPolicyFromJson(parseObject(rows.text(0, 0)));
}

// The date from which the person (id_key) may book again under the hall's policy; nothing when they may now. A
// run of `noShows` no-shows inside `withinDays` days suspends until `blockedDays` after its last.
std::optional<Date> suspendedUntil(Session& s, const std::string& hall, const std::string& idKey, const Date today) {
    const NoShowPolicy policy = readPolicy(s, hall);
    if (policy.noShows <= 0)
        return std::nullopt;
    const Date since = today - std::chrono::days(policy.withinDays + policy.blockedDays);
    const SqlRows rows = runSql(s,
                                "SELECT day FROM appointments WHERE hall = $1 AND id_key = $2 AND state = 'no_show'"
                                " AND day >= $3 ORDER BY day",
                                {hall, idKey, isoDate(since)});
    std::vector<Date> days;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (const auto d = parseIsoDate(rows.text(i, 0)))
            days.push_back(*d);
    std::optional<Date> until;
    const auto run = static_cast<std::size_t>(policy.noShows);
    for (std::size_t i = run - 1; i < days.size(); ++i)
        if (days[i] - days[i + 1 - run] < std::chrono::days(policy.withinDays))
            until = days[i] + std::chrono::days(policy.blockedDays);
    if (until && *until > today)
        return until;
    return std::nullopt;
}

// What a text message about a booking says: where, which queue, when, and the code (never the ID number).
Poco::JSON::Object::Ptr messageParams(Session& s, const std::string& hall, const std::string& category,
                                      const std::string& day, int start, int end, const std::string& code) {
    const SqlRows names = runSql(s,
                                 "SELECT h.name, c.name FROM halls h JOIN categories c ON c.hall = h.id"
                                 " WHERE h.id = $1 AND c.prefix = $2",
                                 {hall, category});
    Poco::JSON::Object::Ptr params = new Poco::JSON::Object(true);
    params->set("hall", names.empty() ? hall : names.text(0, 0));
    params->set("queue", names.empty() ? category : names.text(0, 1));
    params->set("date", day);
    params->set("start", clockText(start));
    params->set("end", clockText(end));
    params->set("code", code);
    return params;
}

// Six digits, the first one of `firstDigits` (bookings::codeDigits: a hall server and its upstream never give one
// code twice).
std::string newCode(const std::string& firstDigits) {
    const std::string hex = randomHex(8);
    const auto value = std::stoull(hex, nullptr, 16);
    std::string rest = std::to_string(value % 100000ULL);
    return firstDigits[(value / 100000ULL) % firstDigits.size()] + (std::string(5 - rest.size(), '0') + rest);
}

} // namespace

void AppointmentStore::setPlan(const Principal& by, const AppointmentPlan& plan, std::int64_t nowMs) {
    if (!by.isStaff() || (by.role != StaffRole::Supervisor && by.role != StaffRole::Admin))
        throw StoreError::notAllowed("appointments are planned by a supervisor or the administrator of the hall");
    const Poco::JSON::Object::Ptr body = appointmentPlanToJson(plan);
    m_db.write([&](Session& s) {
        if (runSql(s, "SELECT 1 FROM categories WHERE hall = $1 AND prefix = $2", {by.hall, plan.category}).empty())
            throw StoreError::notFound("the hall has no queue \"" + plan.category + "\"");
        const auto before = readPlan(s, by.hall, plan.category);
        runSql(s,
               "INSERT INTO appointment_plans(hall, category, body, updated_at) VALUES($1, $2, $3, $4)"
               " ON CONFLICT(hall, category) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
               {by.hall, plan.category, toJsonText(body), nowMs});
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("before", before ? Poco::Dynamic::Var(appointmentPlanToJson(*before)) : Poco::Dynamic::Var());
        detail->set("after", body);
        AuditLog::append(s, by, "appointment.plan", "category:" + plan.category, detail, nowMs);
    });
}

bool AppointmentStore::removePlan(const Principal& by, const std::string& category, std::int64_t nowMs) {
    if (!by.isStaff() || (by.role != StaffRole::Supervisor && by.role != StaffRole::Admin))
        throw StoreError::notAllowed("appointments are planned by a supervisor or the administrator of the hall");
    return m_db.write([&](Session& s) {
        const auto before = readPlan(s, by.hall, category);
        if (!before)
            return false;
        runSql(s, "DELETE FROM appointment_plans WHERE hall = $1 AND category = $2", {by.hall, category});
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("before", appointmentPlanToJson(*before));
        detail->set("after", Poco::Dynamic::Var());
        AuditLog::append(s, by, "appointment.plan", "category:" + category, detail, nowMs);
        return true;
    });
}

std::optional<AppointmentPlan> AppointmentStore::plan(const std::string& hall, const std::string& category) {
    return m_db.read([&](Session& s) { return readPlan(s, hall, category); });
}

std::vector<std::pair<std::string, std::string>> AppointmentStore::bookableQueues(const std::string& hall) {
    return m_db.read([&](Session& s) {
        const SqlRows rows = runSql(s,
                                    "SELECT c.prefix, c.name FROM categories c JOIN appointment_plans p"
                                    " ON p.hall = c.hall AND p.category = c.prefix WHERE c.hall = $1 ORDER BY c.prefix",
                                    {hall});
        std::vector<std::pair<std::string, std::string>> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.emplace_back(rows.text(i, 0), rows.text(i, 1));
        return out;
    });
}

std::vector<wire::SlotInfo> AppointmentStore::slots(const std::string& hall, const std::string& category,
                                                    const std::string& date, std::int64_t nowMs) {
    return m_db.read([&](Session& s) {
        std::vector<wire::SlotInfo> out;
        const auto plan = readPlan(s, hall, category);
        if (!plan)
            return out;
        const SqlRows booked = runSql(
            s, "SELECT start_minute, booked FROM appointment_slots WHERE hall = $1 AND category = $2 AND day = $3",
            {hall, category, date});
        for (const AppointmentSlot& slot : offered(s, hall, *plan, date, hallNow(s, hall, nowMs))) {
            int taken = 0;
            for (std::size_t i = 0; i < booked.size(); ++i)
                if (booked.integer(i, 0) == slot.start)
                    taken = static_cast<int>(booked.integer(i, 1));
            out.push_back(
                {clockText(slot.start), clockText(slot.end), slot.capacity, std::max(0, slot.capacity - taken)});
        }
        return out;
    });
}

wire::Booking AppointmentStore::book(const std::string& hall, const wire::BookingRequest& request,
                                     const std::string& idNumber, const std::string& phone, const Principal* by,
                                     std::int64_t nowMs) {
    const auto start = parseClock(request.start);
    if (!start || !parseIsoDate(request.date))
        throw StoreError::invalid("invalid_field", "date is YYYY-MM-DD and start a slot's HH:MM");
    const std::string idKey = idKeyOf(hall, idNumber);
    const std::string idTail = idNumber.substr(idNumber.size() - 4);
    return m_db.write([&](Session& s) {
        if (runSql(s, "SELECT 1 FROM categories WHERE hall = $1 AND prefix = $2", {hall, request.category}).empty())
            throw StoreError::notFound("the hall has no queue \"" + request.category + "\"");
        const auto plan = readPlan(s, hall, request.category);
        const HallNow now = hallNow(s, hall, nowMs);
        std::optional<AppointmentSlot> slot;
        if (plan)
            for (const AppointmentSlot& offer : offered(s, hall, *plan, request.date, now))
                if (offer.start == *start)
                    slot = offer;
        if (!slot)
            throw StoreError::conflict("no_slot", "no appointment is offered then (not planned, closed, or begun)");
        // The person's bookings not kept are no-shows now (so that they neither hold the day's place nor escape
        // the hall's policy while the sweep has not come by).
        runSql(s,
               "UPDATE appointments SET state = 'no_show', changed_at = $1 WHERE hall = $2 AND id_key = $3"
               " AND state = 'booked' AND " +
                   endedSql("$4", "$5"),
               {nowMs, hall, idKey, now.today, now.minute});
        if (const auto until = suspendedUntil(s, hall, idKey, *parseIsoDate(now.today))) {
            StoreError suspended = StoreError::conflict(
                "booking_suspended",
                "this ID number missed too many appointments here: no bookings before " + isoDate(*until));
            suspended.until = isoDate(*until);
            throw suspended;
        }
        // The place: the slot's row made once, its count raised only while below the capacity.
        runSql(s,
               "INSERT INTO appointment_slots(hall, category, day, start_minute, capacity, booked)"
               " VALUES($1, $2, $3, $4, $5, 0) ON CONFLICT DO NOTHING",
               {hall, request.category, request.date, slot->start, slot->capacity});
        const SqlRows taken =
            runSql(s,
                   "UPDATE appointment_slots SET booked = booked + 1 WHERE hall = $1 AND category = $2"
                   " AND day = $3 AND start_minute = $4 AND booked < capacity RETURNING booked",
                   {hall, request.category, request.date, slot->start});
        if (taken.empty())
            throw StoreError::conflict("slot_full", "this slot is fully booked; choose another");
        const std::string codeDigits = bookings::codeDigits(s, hall);
        wire::Booking booking{newUuid(),
                              newCode(codeDigits),
                              request.date,
                              clockText(slot->start),
                              clockText(slot->end),
                              request.category,
                              maskedName(request.name),
                              IdNumber::masked(idNumber),
                              maskedPhone(phone),
                              "booked"};
        if (!runSql(s,
                    "SELECT 1 FROM appointments WHERE hall = $1 AND day = $2 AND category = $3 AND id_key = $4"
                    " AND state IN ('booked', 'checked_in')",
                    {hall, request.date, request.category, idKey})
                 .empty())
            throw StoreError::conflict("already_booked",
                                       "this ID number has an appointment for this queue that day already");
        // A code no active booking of the hall has (a million codes; a hall has a few hundred active at most).
        while (!runSql(s,
                       "SELECT 1 FROM appointments WHERE hall = $1 AND code = $2 AND state IN ('booked', 'checked_in')",
                       {hall, booking.code})
                    .empty())
            booking.code = newCode(codeDigits);
        try {
            runSql(s,
                   "INSERT INTO appointments(id, hall, code, category, day, start_minute, end_minute, name, id_key,"
                   " id_tail, phone, state, created_at, changed_at, by_device, id_masked)"
                   " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'booked', $12, $12, $13, $14)",
                   {booking.id, hall, booking.code, request.category, request.date, slot->start, slot->end,
                    request.name, idKey, idTail, phone, nowMs,
                    by ? std::optional<std::string>(by->deviceId) : std::nullopt, booking.idNumber});
        } catch (const std::exception& e) {
            // The same person booking twice at the same moment (PostgreSQL): the index holds the line.
            if (!isUniqueViolation(e))
                throw;
            throw StoreError::conflict("already_booked",
                                       "this ID number has an appointment for this queue that day already");
        }
        Outbox::enqueue(s, "booking_made:" + booking.id, hall, "booking_made", phone,
                        messageParams(s, hall, request.category, request.date, slot->start, slot->end, booking.code),
                        nowMs, nowMs);
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("category", request.category);
        detail->set("date", request.date);
        detail->set("start", booking.start);
        if (by)
            AuditLog::append(s, *by, "appointment.booked", "appointment:" + booking.id, detail, nowMs);
        return booking;
    });
}

bool AppointmentStore::cancel(const std::string& hall, const std::string& code, const std::string& idTail,
                              std::int64_t nowMs) {
    return m_db.write([&](Session& s) {
        const SqlRows found = runSql(s,
                                     "UPDATE appointments SET state = 'cancelled', changed_at = $1 WHERE hall = $2 AND"
                                     " code = $3 AND upper(id_tail) = upper($4) AND state = 'booked'"
                                     " RETURNING category, day, start_minute",
                                     {nowMs, hall, code, idTail});
        if (found.empty())
            return false;
        runSql(s,
               "UPDATE appointment_slots SET booked = booked - 1 WHERE hall = $1 AND category = $2 AND day = $3"
               " AND start_minute = $4 AND booked > 0",
               {hall, found.text(0, 0), found.text(0, 1), found.integer(0, 2)});
        return true;
    });
}

namespace {

// The columns a booking is read with, and reading them (the state as of `now`: a booking not kept reads no_show).
constexpr const char* kBookingColumns =
    "id, code, day, start_minute, end_minute, category, name, id_masked, phone, state";

wire::Booking bookingAt(const SqlRows& rows, std::size_t i, const HallNow& now) {
    std::string state = rows.text(i, 9);
    const std::string day = rows.text(i, 2);
    const auto end = static_cast<int>(rows.integer(i, 4));
    if (state == "booked" && (day < now.today || (day == now.today && end <= now.minute)))
        state = "no_show";
    return {rows.text(i, 0),
            rows.text(i, 1),
            day,
            clockText(static_cast<int>(rows.integer(i, 3))),
            clockText(end),
            rows.text(i, 5),
            maskedName(rows.text(i, 6)),
            rows.optionalText(i, 7).value_or(""),
            maskedPhone(rows.text(i, 8)),
            state};
}

} // namespace

TicketChange AppointmentStore::checkIn(const std::string& hall, const std::string& codeOrIdNumber, bool byIdNumber,
                                       const Principal& by, std::int64_t nowMs, QueueStore& queue) {
    std::string appointmentId;
    return queue.issueWith(
        hall,
        [&](Session& s) {
            const HallNow now = hallNow(s, hall, nowMs);
            const SqlRows rows = byIdNumber
                                     ? runSql(s,
                                              std::string("SELECT ") + kBookingColumns +
                                                  " FROM appointments WHERE hall = $1 AND id_key = $2 AND day = $3"
                                                  " AND state IN ('booked', 'checked_in') ORDER BY start_minute",
                                              {hall, idKeyOf(hall, codeOrIdNumber), now.today})
                                     : runSql(s,
                                              std::string("SELECT ") + kBookingColumns +
                                                  " FROM appointments WHERE hall = $1 AND code = $2"
                                                  " AND state IN ('booked', 'checked_in')",
                                              {hall, codeOrIdNumber});
            if (rows.empty())
                throw StoreError::notFound(byIdNumber ? "this ID number has no appointment here today"
                                                      : "no appointment has this code");
            // Of the ID number's bookings today, the first that may be checked in now (or the first at all, to say
            // why not).
            std::size_t pick = rows.size();
            for (std::size_t i = rows.size(); i-- > 0;)
                if (rows.text(i, 9) == "booked")
                    pick = i; // the first still booked, when none may be checked in now
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const auto start = static_cast<int>(rows.integer(i, 3));
                if (rows.text(i, 9) == "booked" && now.minute >= start - kCheckInEarlyMinutes &&
                    now.minute < rows.integer(i, 4)) {
                    pick = i;
                    break;
                }
            }
            if (pick == rows.size())
                pick = 0;
            const std::string day = rows.text(pick, 2);
            const auto start = static_cast<int>(rows.integer(pick, 3));
            const auto end = static_cast<int>(rows.integer(pick, 4));
            if (rows.text(pick, 9) == "checked_in")
                throw StoreError::conflict("already_checked_in", "this appointment is checked in already");
            const std::int64_t startMs = HallTime(now.zone).dayStartUtcMs(day) + std::int64_t{start} * 60000;
            if (day > now.today || (day == now.today && now.minute < start - kCheckInEarlyMinutes)) {
                StoreError early = StoreError::conflict(
                    "too_early", "check-in opens " + std::to_string(kCheckInEarlyMinutes) +
                                     " minutes before the appointment (" + day + " " + clockText(start) + ")");
                early.opensAt = utcIso(startMs - std::int64_t{kCheckInEarlyMinutes} * 60000);
                throw early;
            }
            if (day < now.today || now.minute >= end)
                throw StoreError::conflict("too_late", "the appointment's time (" + day + " " + clockText(start) + "-" +
                                                           clockText(end) + ") has passed; take a number");
            appointmentId = rows.text(pick, 0);
            if (runSql(s,
                       "UPDATE appointments SET state = 'checked_in', checked_in_at = $1, changed_at = $1"
                       " WHERE id = $2 AND state = 'booked' RETURNING id",
                       {nowMs, appointmentId})
                    .empty())
                throw StoreError::conflict("already_checked_in", "this appointment is checked in already");
            return QueueStore::NumberTerms{rows.text(pick, 5), Priority::Appointment,
                                           rows.optionalText(pick, 7).value_or(""), startMs, true};
        },
        [&](Session& s, const Ticket& ticket) {
            runSql(s, "UPDATE appointments SET ticket_id = $1 WHERE id = $2", {ticket.id, appointmentId});
        },
        nowMs, &by);
}

std::vector<wire::Booking> AppointmentStore::day(const std::string& hall, const std::string& date, std::int64_t nowMs) {
    return m_db.read([&](Session& s) {
        const HallNow now = hallNow(s, hall, nowMs);
        const SqlRows rows = runSql(s,
                                    std::string("SELECT ") + kBookingColumns +
                                        " FROM appointments WHERE hall = $1 AND day = $2 AND state <> 'cancelled'"
                                        " ORDER BY category, start_minute, created_at, id",
                                    {hall, date});
        std::vector<wire::Booking> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.push_back(bookingAt(rows, i, now));
        return out;
    });
}

int AppointmentStore::oweReminders(std::int64_t nowMs) {
    return m_db.write([&](Session& s) {
        int owed = 0;
        // A hall with a server of its own reminds its people from there (it has every booking, with the phone).
        const SqlRows halls =
            runSql(s, "SELECT id FROM halls WHERE NOT " + RelayStore::hallOnOwnServer("halls.id"), {});
        for (std::size_t h = 0; h < halls.size(); ++h) {
            const std::string hall = halls.text(h, 0);
            const HallNow now = hallNow(s, hall, nowMs);
            if (now.minute < kReminderFromMinute)
                continue;
            const std::string tomorrow = isoDate(*parseIsoDate(now.today) + std::chrono::days(1));
            const SqlRows rows = runSql(s,
                                        "SELECT id, category, start_minute, end_minute, code, phone FROM appointments a"
                                        " WHERE hall = $1 AND day = $2 AND state = 'booked' AND NOT EXISTS (SELECT 1"
                                        " FROM outbox o WHERE o.dedupe_key = 'booking_reminder:' || a.id)",
                                        {hall, tomorrow});
            for (std::size_t i = 0; i < rows.size(); ++i, ++owed)
                Outbox::enqueue(s, "booking_reminder:" + rows.text(i, 0), hall, "booking_reminder", rows.text(i, 5),
                                messageParams(s, hall, rows.text(i, 1), tomorrow, static_cast<int>(rows.integer(i, 2)),
                                              static_cast<int>(rows.integer(i, 3)), rows.text(i, 4)),
                                nowMs, nowMs);
        }
        return owed;
    });
}

int AppointmentStore::markNoShows(std::int64_t nowMs) {
    return m_db.write([&](Session& s) {
        int marked = 0;
        const SqlRows halls = runSql(s, "SELECT DISTINCT hall FROM appointments WHERE state = 'booked'", {});
        for (std::size_t i = 0; i < halls.size(); ++i) {
            const HallNow now = hallNow(s, halls.text(i, 0), nowMs);
            marked += static_cast<int>(runSql(s,
                                              "UPDATE appointments SET state = 'no_show', changed_at = $1"
                                              " WHERE hall = $2 AND state = 'booked' AND " +
                                                  endedSql("$3", "$4"),
                                              {nowMs, halls.text(i, 0), now.today, now.minute})
                                           .affected());
        }
        return marked;
    });
}

void AppointmentStore::setPolicy(const Principal& by, const NoShowPolicy& policy, std::int64_t nowMs) {
    if (!by.isStaff() || (by.role != StaffRole::Supervisor && by.role != StaffRole::Admin))
        throw StoreError::notAllowed("the no-show policy is set by a supervisor or the administrator of the hall");
    m_db.write([&](Session& s) {
        const NoShowPolicy before = readPolicy(s, by.hall);
        runSql(s,
               "INSERT INTO appointment_policies(hall, body, updated_at) VALUES($1, $2, $3)"
               " ON CONFLICT(hall) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
               {by.hall, toJsonText(noShowPolicyToJson(policy)), nowMs});
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("before", noShowPolicyToJson(before));
        detail->set("after", noShowPolicyToJson(policy));
        AuditLog::append(s, by, "appointment.policy", "hall:" + by.hall, detail, nowMs);
    });
}

NoShowPolicy AppointmentStore::policy(const std::string& hall) {
    return m_db.read([&](Session& s) { return readPolicy(s, hall); });
}

} // namespace ow::server
