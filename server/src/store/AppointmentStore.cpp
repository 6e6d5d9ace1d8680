#include "AppointmentStore.h"

#include "AuditLog.h"
#include "Crypto.h"
#include "HallStore.h"
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

// The plan's slots offered on `date`: its weekday, inside the day's hours (outside lunch) when the hall has hours,
// not begun by `nowMs`.
std::vector<AppointmentSlot> offered(Session& s, const std::string& hall, const AppointmentPlan& plan,
                                     const std::string& date, std::int64_t nowMs) {
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
    const HallTime time(hallZone(s, hall));
    const std::string today = time.businessDay(nowMs);
    const int nowMinute = *parseClock(time.localClock(nowMs));
    std::vector<AppointmentSlot> out;
    for (const AppointmentSlot& slot : plan.slots) {
        if (date < today || (date == today && slot.start <= nowMinute))
            continue;
        if (open && (slot.start < open->open.from || slot.end > open->open.to))
            continue;
        if (open && open->lunch && slot.start < open->lunch->to && slot.end > open->lunch->from)
            continue;
        out.push_back(slot);
    }
    return out;
}

std::string newCode() {
    const std::string hex = randomHex(8);
    const auto value = std::stoull(hex, nullptr, 16) % 1000000ULL;
    std::string code = std::to_string(value);
    return std::string(6 - code.size(), '0') + code;
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

std::optional<AppointmentPlan> AppointmentStore::plan(const std::string& hall, const std::string& category) {
    return m_db.read([&](Session& s) { return readPlan(s, hall, category); });
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
        for (const AppointmentSlot& slot : offered(s, hall, *plan, date, nowMs)) {
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
    const std::string idKey = sha256Hex("appointment:" + hall + ":" + idNumber);
    const std::string idTail = idNumber.substr(idNumber.size() - 4);
    return m_db.write([&](Session& s) {
        if (runSql(s, "SELECT 1 FROM categories WHERE hall = $1 AND prefix = $2", {hall, request.category}).empty())
            throw StoreError::notFound("the hall has no queue \"" + request.category + "\"");
        const auto plan = readPlan(s, hall, request.category);
        std::optional<AppointmentSlot> slot;
        if (plan)
            for (const AppointmentSlot& offer : offered(s, hall, *plan, request.date, nowMs))
                if (offer.start == *start)
                    slot = offer;
        if (!slot)
            throw StoreError::conflict("no_slot", "no appointment is offered then (not planned, closed, or begun)");
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
        wire::Booking booking{newUuid(),
                              newCode(),
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
            booking.code = newCode();
        try {
            runSql(s,
                   "INSERT INTO appointments(id, hall, code, category, day, start_minute, end_minute, name, id_key,"
                   " id_tail, phone, state, created_at, changed_at, by_device)"
                   " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'booked', $12, $12, $13)",
                   {booking.id, hall, booking.code, request.category, request.date, slot->start, slot->end,
                    request.name, idKey, idTail, phone, nowMs,
                    by ? std::optional<std::string>(by->deviceId) : std::nullopt});
        } catch (const std::exception& e) {
            // The same person booking twice at the same moment (PostgreSQL): the index holds the line.
            if (!isUniqueViolation(e))
                throw;
            throw StoreError::conflict("already_booked",
                                       "this ID number has an appointment for this queue that day already");
        }
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

} // namespace ow::server
