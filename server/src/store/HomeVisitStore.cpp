#include "HomeVisitStore.h"

#include "AuditLog.h"
#include "HallStore.h"
#include "Outbox.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"
#include "domain/WorkCalendar.h"

namespace ow::server {
namespace {

using Session = Poco::Data::Session;

constexpr const char* kColumns =
    "SELECT v.id, v.hall, v.name, v.id_masked, v.phone, v.address, v.service, v.reason, v.note, v.state,"
    " v.requested_by, COALESCE(r.name, ''), v.device, v.requested_at, v.clerk, COALESCE(c.name, ''), v.visit_date,"
    " v.outcome FROM home_visits v LEFT JOIN staff r ON r.user_name = v.requested_by"
    " LEFT JOIN staff c ON c.user_name = v.clerk";

wire::HomeVisit visitAt(const SqlRows& rows, std::size_t i) {
    wire::HomeVisit v;
    v.id = rows.text(i, 0);
    v.hall = rows.text(i, 1);
    v.name = rows.text(i, 2);
    v.idNumber = rows.text(i, 3);
    v.phone = rows.text(i, 4);
    v.address = rows.text(i, 5);
    v.service = rows.text(i, 6);
    v.reason = rows.text(i, 7);
    v.note = rows.text(i, 8);
    v.state = rows.text(i, 9);
    v.requestedBy = rows.text(i, 10);
    v.requestedByName = rows.text(i, 11);
    v.device = rows.text(i, 12);
    v.requestedAt = utcIso(rows.integer(i, 13));
    v.clerk = rows.text(i, 14);
    v.clerkName = rows.text(i, 15);
    v.date = rows.text(i, 16);
    v.outcome = rows.text(i, 17);
    return v;
}

std::optional<wire::HomeVisit> readOne(Session& s, const std::string& hall, const std::string& id) {
    const SqlRows rows = runSql(s, std::string(kColumns) + " WHERE v.hall = $1 AND v.id = $2", {hall, id});
    if (rows.empty())
        return std::nullopt;
    return visitAt(rows, 0);
}

// The visit, for a step of `by`'s hall: 404 when that hall has none with this id.
wire::HomeVisit mustRead(Session& s, const Principal& by, const std::string& id) {
    auto visit = readOne(s, by.hall, id);
    if (!visit)
        throw StoreError::notFound("no home visit \"" + id + "\" in this hall");
    return *visit;
}

bool isSupervisor(const Principal& by) {
    return by.isStaff() && (by.role == StaffRole::Supervisor || by.role == StaffRole::Admin);
}

bool isOpen(const std::string& state) { return state == "requested" || state == "scheduled"; }

// A step's words (an outcome, a reason): 1 to 500 bytes.
void requireWords(const std::string& text, const char* what) {
    if (text.empty() || text.size() > 500)
        throw StoreError::invalid("invalid_field", std::string(what) + ": 1 to 500 bytes");
}

void audit(Session& s, const Principal& by, const char* action, const wire::HomeVisit& before,
           const Poco::JSON::Object::Ptr& after, std::int64_t nowMs) {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
    Poco::JSON::Object::Ptr was = new Poco::JSON::Object(true);
    was->set("state", before.state);
    if (!before.clerk.empty())
        was->set("clerk", before.clerk);
    if (!before.date.empty())
        was->set("date", before.date);
    detail->set("before", was);
    detail->set("after", after);
    AuditLog::append(s, by, action, "home_visit:" + before.id, detail, nowMs);
}

// The state changed from one of `from` (409 not_open otherwise), with its other columns.
void move(Session& s, const wire::HomeVisit& visit, const std::string& to, const std::optional<std::string>& clerk,
          const std::optional<std::string>& date, const std::optional<std::string>& outcome, std::int64_t nowMs) {
    const SqlRows changed =
        runSql(s,
               "UPDATE home_visits SET state = $1, clerk = $2, visit_date = $3, outcome = $4, changed_at = $5"
               " WHERE hall = $6 AND id = $7 AND state = $8",
               {to, clerk, date, outcome, nowMs, visit.hall, visit.id, visit.state});
    if (changed.affected() != 1)
        throw StoreError::conflict("not_open", "the visit changed meanwhile; read it again");
}

} // namespace

wire::HomeVisit HomeVisitStore::request(const Principal& by, const wire::HomeVisitRequest& request,
                                        const std::string& idNumber, const std::string& phone, std::int64_t nowMs,
                                        bool* created) {
    if (!by.isStaff())
        throw StoreError::notAllowed("a home visit is asked for by a person at a station or a counter");
    return m_db.write([&](Session& s) {
        const SqlRows existing = runSql(s, "SELECT hall, device FROM home_visits WHERE id = $1", {request.id});
        if (!existing.empty()) {
            if (existing.text(0, 0) != by.hall || existing.text(0, 1) != by.deviceId)
                throw StoreError::conflict("id_taken", "another request has this id; make a new one");
            if (created)
                *created = false;
            return *readOne(s, by.hall, request.id);
        }
        runSql(s,
               "INSERT INTO home_visits(id, hall, name, id_masked, phone, address, service, reason, note, state,"
               " requested_by, device, requested_at, changed_at)"
               " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, 'requested', $10, $11, $12, $13)",
               {request.id, by.hall, request.name, IdNumber::masked(idNumber), phone, request.address, request.service,
                request.reason, request.note, *by.user, by.deviceId, nowMs, nowMs});
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("service", request.service);
        detail->set("reason", request.reason);
        AuditLog::append(s, by, "home_visit.request", "home_visit:" + request.id, detail, nowMs);
        if (created)
            *created = true;
        return *readOne(s, by.hall, request.id);
    });
}

std::vector<wire::HomeVisit> HomeVisitStore::list(const std::string& hall, const Filter& filter) {
    return m_db.read([&](Session& s) {
        const SqlRows rows =
            runSql(s,
                   std::string(kColumns) +
                       " WHERE v.hall = $1 AND ($2 = '' OR v.state = $3) AND ($4 = '' OR v.visit_date = $5)"
                       " AND ($6 = '' OR v.device = $7) AND ($8 = '' OR v.clerk = $9)"
                       " ORDER BY CASE v.state WHEN 'requested' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END,"
                       " CASE WHEN v.state = 'scheduled' THEN v.visit_date ELSE '' END, v.requested_at DESC"
                       " LIMIT 500",
                   {hall, filter.state.value_or(""), filter.state.value_or(""), filter.date.value_or(""),
                    filter.date.value_or(""), filter.device.value_or(""), filter.device.value_or(""),
                    filter.clerk.value_or(""), filter.clerk.value_or("")});
        std::vector<wire::HomeVisit> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.push_back(visitAt(rows, i));
        return out;
    });
}

std::optional<wire::HomeVisit> HomeVisitStore::find(const std::string& hall, const std::string& id) {
    return m_db.read([&](Session& s) { return readOne(s, hall, id); });
}

std::vector<std::pair<std::string, std::string>> HomeVisitStore::clerks(const std::string& hall) {
    return m_db.read([&](Session& s) {
        const SqlRows rows = runSql(s,
                                    "SELECT user_name, name FROM staff WHERE hall = $1 AND role = 'clerk'"
                                    " AND disabled_at IS NULL ORDER BY name, user_name",
                                    {hall});
        std::vector<std::pair<std::string, std::string>> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.emplace_back(rows.text(i, 0), rows.text(i, 1));
        return out;
    });
}

wire::HomeVisit HomeVisitStore::schedule(const Principal& by, const std::string& id,
                                         const wire::HomeVisitSchedule& schedule, std::int64_t nowMs) {
    if (!isSupervisor(by))
        throw StoreError::notAllowed("home visits are scheduled by a supervisor or the administrator of the hall");
    if (!parseIsoDate(schedule.date))
        throw StoreError::invalid("invalid_field", "date must be a date as YYYY-MM-DD");
    return m_db.write([&](Session& s) {
        const wire::HomeVisit visit = mustRead(s, by, id);
        const HallTime hallTime(hallZone(s, by.hall));
        if (schedule.date < hallTime.businessDay(nowMs))
            throw StoreError::invalid("date_past", "the visit's date has passed");
        const SqlRows clerk = runSql(s,
                                     "SELECT name FROM staff WHERE user_name = $1 AND hall = $2 AND role = 'clerk'"
                                     " AND disabled_at IS NULL",
                                     {schedule.clerk, by.hall});
        if (clerk.empty())
            throw StoreError::invalid("not_a_clerk", "\"" + schedule.clerk + "\" is no clerk of this hall");
        if (!isOpen(visit.state))
            throw StoreError::conflict("not_open", "this visit is " + visit.state + ": it is not scheduled again");
        move(s, visit, "scheduled", schedule.clerk, schedule.date, std::nullopt, nowMs);
        audit(s, by, "home_visit.schedule", visit, schedule.toJson(), nowMs);
        // The person is told who comes when; told again when the clerk or the date changes.
        Poco::JSON::Object::Ptr params = new Poco::JSON::Object(true);
        const SqlRows hallName = runSql(s, "SELECT name FROM halls WHERE id = $1", {by.hall});
        params->set("hall", hallName.empty() ? by.hall : hallName.text(0, 0));
        params->set("service", visit.service);
        params->set("date", schedule.date);
        Outbox::enqueue(s, "home_visit_scheduled:" + id + ":" + schedule.date + ":" + schedule.clerk, by.hall,
                        "home_visit_scheduled", visit.phone, params, nowMs, nowMs);
        return *readOne(s, by.hall, id);
    });
}

wire::HomeVisit HomeVisitStore::done(const Principal& by, const std::string& id, const std::string& outcome,
                                     std::int64_t nowMs) {
    requireWords(outcome, "outcome");
    return m_db.write([&](Session& s) {
        const wire::HomeVisit visit = mustRead(s, by, id);
        if (!isSupervisor(by) && !(by.isStaff() && *by.user == visit.clerk))
            throw StoreError::notAllowed("a visit is marked done by its clerk or a supervisor");
        if (visit.state != "scheduled")
            throw StoreError::conflict("not_scheduled", "only a scheduled visit is done; this one is " + visit.state);
        move(s, visit, "done", visit.clerk, visit.date, outcome, nowMs);
        Poco::JSON::Object::Ptr after = new Poco::JSON::Object(true);
        after->set("state", "done");
        audit(s, by, "home_visit.done", visit, after, nowMs);
        return *readOne(s, by.hall, id);
    });
}

wire::HomeVisit HomeVisitStore::cancel(const Principal& by, const std::string& id, const std::string& reason,
                                       std::int64_t nowMs) {
    requireWords(reason, "reason");
    return m_db.write([&](Session& s) {
        const wire::HomeVisit visit = mustRead(s, by, id);
        if (!isSupervisor(by) && !(by.isStaff() && by.deviceId == visit.device))
            throw StoreError::notAllowed("a visit is cancelled where it was asked for, or by a supervisor");
        if (!isOpen(visit.state))
            throw StoreError::conflict("not_open", "this visit is " + visit.state + " already");
        move(s, visit, "cancelled", visit.clerk.empty() ? std::nullopt : std::optional(visit.clerk),
             visit.date.empty() ? std::nullopt : std::optional(visit.date), reason, nowMs);
        Poco::JSON::Object::Ptr after = new Poco::JSON::Object(true);
        after->set("state", "cancelled");
        audit(s, by, "home_visit.cancel", visit, after, nowMs);
        return *readOne(s, by.hall, id);
    });
}

} // namespace ow::server
