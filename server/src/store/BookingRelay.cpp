#include "BookingRelay.h"

#include "RelayStore.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/Appointment.h"
#include "domain/Json.h"

#include <Poco/JSON/Array.h>

#include <iostream>

namespace ow::server::bookings {
namespace {

using Session = Poco::Data::Session;

const std::vector<std::string> kIntegers = {"start_minute", "end_minute", "created_at", "changed_at", "checked_in_at"};

// How far a booking has come: a state of the other side is taken only when it is further.
int stage(const std::string& state) {
    if (state == "booked")
        return 0;
    if (state == "no_show")
        return 1;
    if (state == "cancelled")
        return 2;
    if (state == "checked_in")
        return 3;
    return -1;
}

bool active(const std::string& state) { return state == "booked" || state == "checked_in"; }

// A column of the row as a statement's parameter (whole numbers checked).
SqlParam param(const Poco::JSON::Object::Ptr& row, const std::string& column) {
    if (!row->has(column) || row->isNull(column))
        return {};
    if (std::find(kIntegers.begin(), kIntegers.end(), column) != kIntegers.end()) {
        const auto value = optionalInt(row, column);
        if (!value)
            throw StoreError::invalid("invalid_field", "booking." + column + " is a whole number");
        return *value;
    }
    return row->get(column).convert<std::string>();
}

// The slot's count as its bookings not cancelled say; its capacity the plan's, or as many as hold it.
void recount(Session& s, const std::string& hall, const std::string& category, const std::string& day,
             std::int64_t start) {
    const std::int64_t held = runSql(s,
                                     "SELECT COUNT(*) FROM appointments WHERE hall = $1 AND category = $2 AND day = $3"
                                     " AND start_minute = $4 AND state <> 'cancelled'",
                                     {hall, category, day, start})
                                  .integer(0, 0);
    std::int64_t capacity = held;
    const SqlRows plan =
        runSql(s, "SELECT body FROM appointment_plans WHERE hall = $1 AND category = $2", {hall, category});
    if (!plan.empty()) {
        const AppointmentPlan planned = appointmentPlanFromJson(parseObject(plan.text(0, 0))); // slotAt points into it
        if (const AppointmentSlot* slot = planned.slotAt(static_cast<int>(start)))
            capacity = std::max<std::int64_t>(capacity, slot->capacity);
    }
    runSql(s,
           "INSERT INTO appointment_slots(hall, category, day, start_minute, capacity, booked)"
           " VALUES($1, $2, $3, $4, $5, 0) ON CONFLICT DO NOTHING",
           {hall, category, day, start, capacity});
    runSql(s,
           "UPDATE appointment_slots SET booked = $1, capacity = CASE WHEN capacity < $2 THEN $3 ELSE capacity END"
           " WHERE hall = $4 AND category = $5 AND day = $6 AND start_minute = $7",
           {held, held, held, hall, category, day, start});
}

// Of two active bookings that cannot both stand, the one made first stays (then the smaller id): alike on both sides.
bool madeFirst(std::int64_t createdA, const std::string& idA, std::int64_t createdB, const std::string& idB) {
    return createdA != createdB ? createdA < createdB : idA < idB;
}

} // namespace

const std::vector<std::string>& upColumns() {
    static const std::vector<std::string> columns = {
        "id",         "hall",      "code",      "category",  "day",          "start_minute",
        "end_minute", "name",      "id_key",    "id_tail",   "state",        "created_at",
        "changed_at", "by_device", "id_masked", "ticket_id", "checked_in_at"};
    return columns;
}

void take(Session& s, const Poco::JSON::Object::Ptr& row, std::int64_t nowMs) {
    const std::string id = optionalString(row, "id").value_or("");
    const std::string hall = optionalString(row, "hall").value_or("");
    std::string state = optionalString(row, "state").value_or("");
    if (id.empty() || hall.empty() || stage(state) < 0)
        throw StoreError::invalid("invalid_field", "a booking travels with its id, hall and a known state");
    const SqlRows here = runSql(s, "SELECT state, hall FROM appointments WHERE id = $1", {id});
    const std::string category = optionalString(row, "category").value_or("");
    const std::string day = optionalString(row, "day").value_or("");
    const SqlParam start = param(row, "start_minute");
    if (!here.empty()) {
        if (here.text(0, 1) != hall)
            throw StoreError::invalid("invalid_field", "booking " + id + " is another hall's");
        if (stage(state) < stage(here.text(0, 0)))
            return;                                   // this side is further
        if (stage(state) == stage(here.text(0, 0))) { // as far: what it learnt since (a check-in's number) only
            runSql(s,
                   "UPDATE appointments SET ticket_id = COALESCE(ticket_id, $1),"
                   " checked_in_at = COALESCE(checked_in_at, $2) WHERE id = $3",
                   {param(row, "ticket_id"), param(row, "checked_in_at"), id});
            return;
        }
        runSql(s,
               "UPDATE appointments SET state = $1, changed_at = $2, ticket_id = COALESCE($3, ticket_id),"
               " checked_in_at = COALESCE($4, checked_in_at) WHERE id = $5",
               {state, param(row, "changed_at"), param(row, "ticket_id"), param(row, "checked_in_at"), id});
    } else {
        const std::int64_t created = optionalInt(row, "created_at").value_or(0);
        if (active(state)) {
            // Another active booking here that cannot stand beside this one: the same person's for the queue and day
            // (made on the other side while apart), or — only for bookings made before the hall had its server —
            // the same code.
            const std::string code = optionalString(row, "code").value_or("");
            const SqlRows clash = runSql(s,
                                         "SELECT id, created_at, state, code FROM appointments WHERE hall = $1"
                                         " AND id <> $2 AND state IN ('booked', 'checked_in') AND (code = $3 OR"
                                         " (day = $4 AND category = $5 AND id_key = $6))",
                                         {hall, id, code, day, category, param(row, "id_key")});
            for (std::size_t i = 0; i < clash.size() && active(state); ++i) {
                const std::string other = clash.text(i, 0);
                if (clash.text(i, 2) == "booked" && madeFirst(created, id, clash.integer(i, 1), other)) {
                    const SqlRows cancelled = runSql(s,
                                                     "UPDATE appointments SET state = 'cancelled', changed_at = $1"
                                                     " WHERE id = $2 RETURNING category, day, start_minute",
                                                     {nowMs, other});
                    recount(s, hall, cancelled.text(0, 0), cancelled.text(0, 1), cancelled.integer(0, 2));
                } else {
                    state = "cancelled";
                }
                if (clash.text(i, 3) == code)
                    std::cerr << "onewindow-server: two bookings of hall " << hall
                              << " were given one code on either side; the one made first stands\n";
            }
        }
        std::vector<std::string> columns = upColumns();
        columns.emplace_back("phone");
        std::string names;
        std::vector<SqlParam> params;
        for (const auto& c : columns) {
            names += (names.empty() ? "" : ", ") + c;
            if (c == "state")
                params.emplace_back(state);
            else if (c == "phone")
                params.emplace_back(optionalString(row, "phone").value_or("")); // up, the phone stays in the hall
            else
                params.push_back(param(row, c));
        }
        runSql(s, "INSERT INTO appointments(" + names + ") VALUES" + sqlValueRows(1, columns.size()), params);
    }
    if (start.isNull())
        throw StoreError::invalid("invalid_field", "booking " + id + " has no start_minute");
    recount(s, hall, category, day, parseSqlInteger(start.text()));
}

Poco::JSON::Object::Ptr changedSince(Database& db, const std::string& hall, std::int64_t sinceMs,
                                     const std::string& afterId, std::size_t limit) {
    std::vector<std::string> columns = upColumns();
    columns.emplace_back("phone");
    std::string names;
    for (const auto& c : columns)
        names += (names.empty() ? "" : ", ") + c;
    const auto rows = db.read([&](Session& s) {
        return jsonRows(s,
                        "SELECT " + names +
                            " FROM appointments WHERE hall = $1 AND (changed_at > $2 OR (changed_at = $3 AND id > $4))"
                            " ORDER BY changed_at, id LIMIT $5",
                        {hall, sinceMs, sinceMs, afterId, static_cast<std::int64_t>(limit)}, columns, kIntegers);
    });
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("bookings", rows);
    out->set("more", rows->size() >= limit);
    return out;
}

std::string codeDigits(Session& s, const std::string& hall) {
    if (!runSql(s, "SELECT 1 FROM upstream").empty())
        return "01234";
    if (!runSql(s, "SELECT 1 FROM halls WHERE id = $1 AND " + RelayStore::hallOnOwnServer("halls.id"), {hall}).empty())
        return "56789";
    return "0123456789";
}

} // namespace ow::server::bookings
