#include "CaseLifeStore.h"

#include "AuditLog.h"
#include "CatalogStore.h"
#include "HallStore.h"
#include "Outbox.h"
#include "RelayStore.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/Appointment.h"
#include "domain/Json.h"

#include <Poco/Data/Statement.h>
#include <Poco/UUIDGenerator.h>

#include <algorithm>
#include <chrono>
#include <map>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

// The hall's staff by user name, read once for a whole work list.
std::map<std::string, std::string> staffNames(Poco::Data::Session& s, const std::string& hall) {
    std::map<std::string, std::string> names;
    const SqlRows rows = runSql(s, "SELECT user_name, name FROM staff WHERE hall = $1", {hall});
    for (std::size_t i = 0; i < rows.size(); ++i)
        names.emplace(rows.text(i, 0), rows.text(i, 1));
    return names;
}

struct Loaded {
    Case c;
    int version = 0;
};

std::optional<Loaded> load(Poco::Data::Session& s, const std::string& hall, const std::string& caseRef) {
    std::vector<std::string> bodies;
    std::vector<int> versions;
    s << "SELECT body, version FROM cases WHERE hall = $1 AND (id = $2 OR case_no = $3) LIMIT 1", useRef(hall),
        useRef(caseRef), useRef(caseRef), into(bodies), into(versions), now;
    if (bodies.empty())
        return std::nullopt;
    Loaded out{caseFromJson(parseObject(bodies.front())), versions.front()};
    out.c.version = out.version; // the server's count, whatever the body says
    return out;
}

StoreError refusal(const CaseStepRefused& e, const Case& c) {
    switch (e.kind()) {
    case CaseStepRefused::Kind::State:
        return StoreError::conflict(e.code(),
                                    std::string(e.what()) + " (the case is " + std::string(toString(c.state)) + ")");
    case CaseStepRefused::Kind::NotAllowed: return StoreError::notAllowed(e.what());
    case CaseStepRefused::Kind::Invalid:
        return e.code() == "not_found" ? StoreError::notFound(e.what()) : StoreError::invalid(e.code(), e.what());
    }
    return StoreError::invalid(e.code(), e.what());
}

// Who approved, as the permits read it: the person, or the rule for 超时默认.
constexpr const char* kDeemed = "(超时默认)";

} // namespace

Case CaseLifeStore::get(const Principal& who, const std::string& caseRef) {
    if (!who.isStaff())
        throw StoreError(StoreError::Kind::NotAllowed, "session_required",
                         "a case holds personal data: a person of the hall logs in first");
    Case c = m_db.read([&](Poco::Data::Session& s) {
        auto loaded = load(s, who.hall, caseRef);
        if (!loaded)
            throw StoreError::notFound("no case \"" + caseRef + "\" in this hall");
        return loaded->c;
    });
    return c;
}

void CaseLifeStore::admit(const Principal& who, const std::string& caseRef, CaseStepKind step) {
    if (!who.isStaff() || !who.role)
        throw StoreError(StoreError::Kind::NotAllowed, "session_required",
                         "a case's steps are taken by a person of the hall, logged in");
    if (!mayTakeStep(step, *who.role, who.kind))
        throw StoreError::notAllowed(stepRefusal(step));
    m_db.read([&](Poco::Data::Session& s) {
        if (!load(s, who.hall, caseRef))
            throw StoreError::notFound("no case \"" + caseRef + "\" in this hall");
    });
}

std::vector<CaseLifeStore::WorkItem> CaseLifeStore::work(const Principal& who, int limit, std::int64_t nowMs) {
    if (!who.isStaff() || !who.role)
        throw StoreError(StoreError::Kind::NotAllowed, "session_required",
                         "a work list holds personal data: a person of the hall logs in first");
    return m_db.read([&](Poco::Data::Session& s) {
        const std::optional<Catalog> catalog = currentCatalog(s);
        const WorkCalendar calendar = catalog ? catalog->calendar : WorkCalendar{};
        const Date today = *parseIsoDate(hallDay(s, who.hall, nowMs));
        std::vector<std::string> bodies;
        std::vector<int> versions;
        s << "SELECT body, version FROM cases WHERE hall = $1"
             " AND state IN ('accepted', 'in_review', 'supplement', 'approved', 'denied', 'completed', 'posted')"
             " ORDER BY COALESCE(promised_date, '9999-12-31'), case_no",
            useRef(who.hall), into(bodies), into(versions), now;
        std::vector<WorkItem> out;
        const auto people = staffNames(s, who.hall);
        const StaffRole role = *who.role;
        for (std::size_t i = 0; i < bodies.size() && static_cast<int>(out.size()) < limit; ++i) {
            Case c;
            try {
                c = caseFromJson(parseObject(bodies[i]));
            } catch (const BadInput&) {
                continue; // a damaged record is no one's work; the change log still has what was pushed
            }
            c.version = versions[i];
            const bool mine = role == StaffRole::Approver
                                  ? c.life.assignedTo == *who.user &&
                                        (c.state == CaseState::InReview || c.state == CaseState::Supplement)
                              : role == StaffRole::Clerk || role == StaffRole::Agent ? c.clerk == *who.user
                                                                                     : true;
            if (!mine)
                continue;
            int left = 0;
            if (const auto due = parseIsoDate(c.promisedDate))
                left =
                    *due < today ? -calendar.workingDaysBetween(*due, today) : calendar.workingDaysBetween(today, *due);
            std::map<std::string, std::string> names;
            std::vector<std::string> stops;
            for (const auto& code : c.items)
                if (const ServiceItem* item = catalog ? catalog->item(code) : nullptr) {
                    names[code] = item->name;
                    for (const Material& m : item->materials)
                        names[m.id] = m.name;
                    for (const auto& kind : item->clockStops)
                        if (std::find(stops.begin(), stops.end(), kind) == stops.end())
                            stops.push_back(kind);
                }
            // The people of its history and its approver, by name: the screens name people, not accounts (an
            // account since removed keeps its user name).
            auto name = [&](const std::string& user) {
                const auto found = people.find(user);
                if (!user.empty())
                    names.try_emplace(user, found == people.end() ? user : found->second);
            };
            for (const CaseStep& step : c.life.steps)
                name(step.by);
            name(c.life.assignedTo);
            out.push_back({std::move(c), left, std::move(names), std::move(stops)});
        }
        return out;
    });
}

Case CaseLifeStore::step(const Principal& who, const std::string& caseRef, std::int64_t nowMs,
                         const std::string& action,
                         const std::function<void(Poco::Data::Session&, Case&, const StepContext&)>& take) {
    if (!who.isStaff() || !who.role)
        throw StoreError(StoreError::Kind::NotAllowed, "session_required",
                         "a case's steps are taken by a person of the hall, logged in");
    return m_db.write([&](Poco::Data::Session& s) {
        auto loaded = load(s, who.hall, caseRef);
        if (!loaded)
            throw StoreError::notFound("no case \"" + caseRef +
                                       "\" in this hall (a case taken offline must reach "
                                       "the server first)");
        Case& c = loaded->c;
        const std::optional<Catalog> catalog = currentCatalog(s);
        const StepContext at{
            *who.user, *who.role, who.kind, nowMs, hallDay(s, who.hall, nowMs), catalog ? &*catalog : nullptr};
        try {
            take(s, c, at);
        } catch (const CaseStepRefused& e) {
            throw refusal(e, c);
        }
        keep(s, who, c, loaded->version, action, nowMs);
        return c;
    });
}

void CaseLifeStore::keep(Poco::Data::Session& s, const Principal& who, const Case& c, int storedVersion,
                         const std::string& action, std::int64_t nowMs) {
    const std::string body = toJsonText(caseToJson(c));
    const std::string state(toString(c.state));
    const auto waived = earliestWaiverDue(c);
    const Poco::Nullable<std::string> waivedDue =
        waived ? Poco::Nullable<std::string>(*waived) : Poco::Nullable<std::string>();
    const Poco::Nullable<std::string> promised =
        c.promisedDate.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(c.promisedDate);
    const Poco::Nullable<std::int64_t> completedAt =
        isCompleted(c.state) ? Poco::Nullable<std::int64_t>(nowMs) : Poco::Nullable<std::int64_t>();
    const bool approves = c.state == CaseState::Approved && (action == "approved" || action == "deemed_approved");
    const Poco::Nullable<std::string> approvedBy =
        approves ? Poco::Nullable<std::string>(c.life.deemed ? std::string(kDeemed) : c.life.decidedBy)
                 : Poco::Nullable<std::string>();
    const std::string since = c.life.clockStoppedSince();
    const Poco::Nullable<std::string> stopped =
        since.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(since);
    Poco::Data::Statement update(s);
    update << "UPDATE cases SET state = $1, version = $2, body = $3, updated_at = $4, promised_date = $5,"
              " completed_at = COALESCE(completed_at, $6), waived_due = $7,"
              " approved_by = COALESCE(approved_by, $8), clock_stopped_since = $9 WHERE id = $10 AND version = $11",
        bind(state), bind(c.version), bind(body), bind(nowMs), bind(promised), bind(completedAt), bind(waivedDue),
        bind(approvedBy), bind(stopped), bind(c.id), bind(storedVersion);
    if (update.execute() == 0)
        throw StoreError::conflict("version_conflict", "the case changed meanwhile; look at it again");
    // Every device of the hall pulls it, the one that asked included (no device_id: the server wrote it).
    s << "INSERT INTO change_log(hall, entity, entity_id, version, data, at) VALUES($1, 'case', $2, $3, $4, $5)",
        bind(c.hall), bind(c.id), bind(c.version), bind(body), bind(nowMs), now;
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
    detail->set("case", c.caseNo);
    detail->set("state", state);
    detail->set("version", c.version);
    if (!c.life.steps.empty())
        detail->set("note", c.life.steps.back().note);
    AuditLog::append(s, who, "case." + action, "case:" + c.id, detail, nowMs);
    const std::string day = c.life.steps.empty() ? std::string() : c.life.steps.back().day;
    const std::string byUser = who.user.value_or("");
    const Poco::Nullable<int> onTime = action == "completed" && !c.promisedDate.empty()
                                           ? Poco::Nullable<int>(day <= c.promisedDate ? 1 : 0)
                                           : Poco::Nullable<int>();
    s << "INSERT INTO case_steps(hall, case_id, action, day, at, by_user, on_time) VALUES($1, $2, $3, $4, $5, $6, $7)",
        bind(c.hall), bind(c.id), bind(action), bind(day), bind(nowMs), bind(byUser), bind(onTime), now;
    // The applicant is told by text message when the result is ready at the hall, or when it was posted: once
    // each (the dedupe key), in this transaction, with the case's number (never the ID number).
    const std::string phone = normalizeMobile(c.applicant.phone);
    if ((action == "completed" || action == "posted") && !phone.empty() && !c.caseNo.empty()) {
        std::string hallName;
        s << "SELECT name FROM halls WHERE id = $1", bind(c.hall), into(hallName), now;
        Poco::JSON::Object::Ptr params = new Poco::JSON::Object(true);
        params->set("hall", hallName.empty() ? c.hall : hallName);
        params->set("case_no", c.caseNo);
        const std::string kind = action == "completed" ? "case_finished" : "case_posted";
        Outbox::enqueue(s, kind + ":" + c.id, c.hall, kind, phone, params, nowMs, nowMs);
    }
}

Case CaseLifeStore::supply(const Principal& who, const std::string& caseRef, const std::string& material,
                           const std::vector<std::string>& attachments, std::int64_t nowMs) {
    return step(who, caseRef, nowMs, "supplied", [&](Poco::Data::Session& s, Case& c, const StepContext& at) {
        for (const auto& sha : attachments) {
            int held = 0;
            s << "SELECT COUNT(*) FROM blobs WHERE sha256 = $1", useRef(sha), into(held), now;
            if (held == 0)
                throw StoreError::conflict("missing_attachment", "upload the scan " + sha + " before naming it");
        }
        supplyMaterial(c, material, attachments, at);
    });
}

Case CaseLifeStore::requestCorrection(const Principal& who, const std::string& caseRef,
                                      const std::vector<std::string>& materials, const std::string& reason,
                                      std::int64_t nowMs) {
    const std::string id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    return step(who, caseRef, nowMs, "correction_requested", [&](Poco::Data::Session&, Case& c, const StepContext& at) {
        ow::requestCorrection(c, materials, reason, id, at);
    });
}

Case CaseLifeStore::receiveCorrection(const Principal& who, const std::string& caseRef, const std::string& correctionId,
                                      std::int64_t nowMs) {
    return step(who, caseRef, nowMs, "correction_received", [&](Poco::Data::Session&, Case& c, const StepContext& at) {
        ow::receiveCorrection(c, correctionId, at);
    });
}

Case CaseLifeStore::stopClock(const Principal& who, const std::string& caseRef, const std::string& kind,
                              const std::string& reason, std::int64_t nowMs) {
    const std::string id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    return step(who, caseRef, nowMs, "clock_stopped",
                [&](Poco::Data::Session&, Case& c, const StepContext& at) { ow::stopClock(c, kind, reason, id, at); });
}

Case CaseLifeStore::restartClock(const Principal& who, const std::string& caseRef, const std::string& stopId,
                                 std::int64_t nowMs) {
    return step(who, caseRef, nowMs, "clock_restarted",
                [&](Poco::Data::Session&, Case& c, const StepContext& at) { ow::restartClock(c, stopId, at); });
}

Case CaseLifeStore::assign(const Principal& who, const std::string& caseRef, const std::string& department,
                           const std::string& approver, std::int64_t nowMs) {
    return step(who, caseRef, nowMs, "assigned", [&](Poco::Data::Session& s, Case& c, const StepContext& at) {
        if (!approver.empty()) {
            int found = 0;
            s << "SELECT COUNT(*) FROM staff WHERE user_name = $1 AND hall = $2 AND role = 'approver'",
                useRef(approver), useRef(who.hall), into(found), now;
            if (found == 0)
                throw StoreError::invalid("invalid_field", "\"" + approver + "\" is no approver of this hall");
        }
        assignCase(c, department, approver, at);
    });
}

Case CaseLifeStore::decide(const Principal& who, const std::string& caseRef, bool approve, const std::string& reason,
                           std::int64_t nowMs) {
    return step(who, caseRef, nowMs, approve ? "approved" : "denied",
                [&](Poco::Data::Session&, Case& c, const StepContext& at) { decideCase(c, approve, reason, at); });
}

Case CaseLifeStore::complete(const Principal& who, const std::string& caseRef, const std::string& note,
                             std::int64_t nowMs) {
    return step(who, caseRef, nowMs, "completed",
                [&](Poco::Data::Session&, Case& c, const StepContext& at) { completeCase(c, note, at); });
}

Case CaseLifeStore::handOver(const Principal& who, const std::string& caseRef, const Handover& handover,
                             std::int64_t nowMs) {
    return step(who, caseRef, nowMs, handover.method == "post" ? "posted" : "handed_over",
                [&](Poco::Data::Session&, Case& c, const StepContext& at) { ow::handOver(c, handover, at); });
}

Case CaseLifeStore::confirmDelivery(const Principal& who, const std::string& caseRef, std::int64_t nowMs) {
    return step(who, caseRef, nowMs, "delivered",
                [&](Poco::Data::Session&, Case& c, const StepContext& at) { ow::confirmDelivery(c, at); });
}

int CaseLifeStore::approveDeemed(std::int64_t nowMs) {
    return m_db.write([&](Poco::Data::Session& s) {
        const std::optional<Catalog> catalog = currentCatalog(s);
        if (!catalog || std::none_of(catalog->items.begin(), catalog->items.end(),
                                     [](const ServiceItem& item) { return item.deemedApproval; }))
            return 0;
        // Candidates by the UTC day after today (no hall is more than a day ahead of UTC); each then by its hall's.
        const std::string tomorrowUtc =
            isoDate(std::chrono::floor<std::chrono::days>(
                        std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(nowMs))) +
                    std::chrono::days(1));
        std::vector<std::string> bodies;
        std::vector<int> versions;
        // A hall with a server of its own decides its cases there (and relays them here).
        s << "SELECT body, version FROM cases WHERE state IN ('accepted', 'in_review') AND promised_date < $1"
             " AND NOT " +
                 RelayStore::hallOnOwnServer("cases.hall") + " ORDER BY promised_date",
            useRef(tomorrowUtc), into(bodies), into(versions), now;
        std::map<std::string, std::string> today; // by hall
        int approved = 0;
        for (std::size_t i = 0; i < bodies.size(); ++i) {
            Case c;
            try {
                c = caseFromJson(parseObject(bodies[i]));
            } catch (const BadInput&) {
                continue; // a damaged record is not approved by rule
            }
            c.version = versions[i];
            auto day = today.find(c.hall);
            if (day == today.end())
                day = today.emplace(c.hall, hallDay(s, c.hall, nowMs)).first;
            if (!deemedApprovalDue(c, *catalog, day->second))
                continue;
            Principal rule;
            rule.deviceId = "server";
            rule.hall = c.hall;
            rule.user = kDeemed;
            const StepContext at{"", StaffRole::Approver, DeviceKind::Supervisor, nowMs, day->second, &*catalog};
            deemApproved(c, at);
            keep(s, rule, c, versions[i], "deemed_approved", nowMs);
            ++approved;
        }
        return approved;
    });
}

} // namespace ow::server
