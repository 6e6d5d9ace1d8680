#include "SyncStore.h"

#include "AuditLog.h"
#include "CatalogStore.h"
#include "HallStore.h"

#include "domain/BlobPack.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/CaseRules.h"
#include "domain/CaseSteps.h"
#include "domain/Json.h"

#include <Poco/Data/Statement.h>

#include <algorithm>
#include <cctype>
#include <set>

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace ow::server {
namespace {

std::vector<std::string> attachmentsOf(const Case& c) {
    std::vector<std::string> names;
    for (const auto& m : c.materials)
        for (const auto& a : m.attachments)
            if (std::find(names.begin(), names.end(), a) == names.end())
                names.push_back(a);
    return names;
}

std::string statusName(PushResult::Status s) { return std::string(toString(s)); }

// A pushed case, checked before anything is written.
struct Checked {
    std::optional<Case> c;
    std::string rejection; // why it is refused, when it is
    std::vector<std::string> attachments;
};

Checked check(const PushedChange& change, const std::string& hall) {
    Checked out;
    if (change.entity != "case") {
        out.rejection = "unknown entity \"" + change.entity + "\"";
        return out;
    }
    Case c;
    try {
        c = caseFromJson(change.object ? change.object : parseObject(change.data));
    } catch (const BadInput& e) {
        out.rejection = std::string("the case is not valid: ") + e.what();
        return out;
    }
    if (c.id != change.id)
        out.rejection = "the case id does not match the change";
    else if (c.hall != hall)
        out.rejection = "the case belongs to another hall";
    else if (change.op != "create" && change.op != "update")
        out.rejection = "unknown operation \"" + change.op + "\"";
    else if (c.version != change.baseVersion + 1)
        out.rejection = "the case version must be the base version + 1";
    if (out.rejection.empty()) {
        out.attachments = attachmentsOf(c);
        out.c = std::move(c);
    }
    return out;
}

std::string upperCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::toupper(ch); });
    return text;
}

// What is wrong with the number a pushed case carries, if anything. A number is given once, by the device that
// accepts the case, in its hall; from then on it stays. `storedNo` is the number the server holds (empty: none yet).
std::string caseNumberProblem(const Case& c, const std::string& storedNo, const Principal& device) {
    if (!storedNo.empty())
        return c.caseNo == storedNo ? std::string()
                                    : "a case keeps the number it was accepted under (" + storedNo + ")";
    if (c.caseNo.empty()) {
        const bool numbered =
            c.state != CaseState::Draft && c.state != CaseState::Notified && c.state != CaseState::Refused;
        return numbered ? "an accepted case needs its case number" : std::string();
    }
    const auto number = CaseNumber::parse(c.caseNo);
    if (!number)
        return "\"" + c.caseNo + "\" is not a case number (or its check digits are wrong)";
    if (number->hall != upperCase(device.hall))
        return "the case number " + c.caseNo + " is not of this hall";
    if (number->device != device.caseNumberCode)
        return "the case number " + c.caseNo + " was not given by this device (its numbers carry " +
               device.caseNumberCode + ")";
    return {};
}

// Which of `names` the blobs table holds: one query per few hundred names instead of one per name. The names
// are put in the SQL text only when they are SHA-256 names (hex digits); anything else cannot be held anyway.
std::set<std::string> heldBlobs(Session& s, const std::vector<std::string>& names) {
    std::set<std::string> held;
    std::vector<std::string> valid;
    for (const auto& name : names)
        if (blobpack::isBlobName(name))
            valid.push_back(name);
    for (std::size_t from = 0; from < valid.size(); from += 500) {
        std::string sql = "SELECT sha256 FROM blobs WHERE sha256 IN (";
        for (std::size_t i = from; i < std::min(valid.size(), from + 500); ++i)
            sql.append(i == from ? "'" : ",'").append(valid[i]).append("'");
        sql.append(")");
        std::vector<std::string> found;
        s << sql, into(found), now;
        held.insert(found.begin(), found.end());
    }
    return held;
}

// The statements of one push, run for every change with values bound by reference to the members below. The
// common case — a new case, or the next version of one — is three statements: the claim of (device, seq), the
// case, the change log entry. The claim is an INSERT ... ON CONFLICT DO NOTHING on the primary key, so only one claim
// gets in whoever comes first; it is written as applied and corrected when the change turns out a conflict.
class PushBatch {
public:
    PushBatch(Session& s, const Principal& device, std::int64_t nowMs)
        : m_session(s)
        , m_device(device)
        , m_actor{device.role.value_or(StaffRole::Agent), device.kind}
        , m_deviceId(device.deviceId)
        , m_hall(device.hall)
        , m_now(nowMs)
        , m_claim(s)
        , m_replay(s)
        , m_settle(s)
        , m_caseVersion(s)
        , m_stored(s)
        , m_numberTaken(s)
        , m_insertCase(s)
        , m_updateCase(s)
        , m_log(s)
        , m_conflict(s) {
        m_claim << "INSERT INTO sync_applied(device_id, seq, status, reason, server_version, at)"
                   " VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            use(m_deviceId), use(m_seq), use(m_status), use(m_reason), use(m_version), use(m_now);
        m_replay << "SELECT status, reason, server_version FROM sync_applied WHERE device_id = $1 AND seq = $2",
            use(m_deviceId), use(m_seq), into(m_statuses), into(m_reasons), into(m_versions);
        m_settle << "UPDATE sync_applied SET status = $1, reason = $2, server_version = $3 WHERE device_id = $4 AND "
                    "seq = $5",
            use(m_status), use(m_reason), use(m_version), use(m_deviceId), use(m_seq);
        m_caseVersion << "SELECT version FROM cases WHERE id = $1", use(m_caseId), into(m_caseVersions);
        m_stored << "SELECT hall, state, version, case_no, body FROM cases WHERE id = $1", use(m_caseId),
            into(m_storedHalls), into(m_storedStates), into(m_storedVersions), into(m_storedNumbers),
            into(m_storedBodies);
        m_numberTaken << "SELECT COUNT(*) FROM cases WHERE hall = $1 AND case_no = $2 AND id <> $3", use(m_hall),
            use(m_caseNo), use(m_caseId), into(m_taken);
        // Beside the body, the columns the daily counts read (migration 9); completed_at keeps the first time.
        m_insertCase << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id,"
                        " item, clerk, ticket_id, accepted_date, promised_date, decided_at, completed_at, waived_due,"
                        " approved_by, query_code, id_tail)"
                        " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)"
                        " ON CONFLICT DO NOTHING",
            use(m_caseId), use(m_hall), use(m_caseNo), use(m_state), use(m_version), use(m_data), use(m_now),
            use(m_deviceId), use(m_item), use(m_clerk), use(m_ticketId), use(m_acceptedDate), use(m_promisedDate),
            use(m_decidedAt), use(m_completedAt), use(m_waivedDue), use(m_approvedBy), use(m_queryCode), use(m_idTail);
        m_updateCase
            << "UPDATE cases SET case_no = $1, state = $2, version = $3, body = $4, updated_at = $5, item = $6,"
               " clerk = $7, ticket_id = $8, accepted_date = $9, promised_date = $10, decided_at = $11,"
               " completed_at = COALESCE(completed_at, $12), waived_due = $13,"
               " approved_by = COALESCE(approved_by, $14), clock_stopped_since = $15,"
               " query_code = COALESCE(query_code, $16), id_tail = $17"
               " WHERE id = $18 AND hall = $19 AND version = $20",
            use(m_caseNo), use(m_state), use(m_version), use(m_data), use(m_now), use(m_item), use(m_clerk),
            use(m_ticketId), use(m_acceptedDate), use(m_promisedDate), use(m_decidedAt), use(m_completedAt),
            use(m_waivedDue), use(m_approvedBy), use(m_clockStopped), use(m_queryCode), use(m_idTail), use(m_caseId),
            use(m_hall), use(m_baseVersion);
        // The device that pushed does not pull its own change again — unless the server wrote more than it sent
        // (the stored life kept, a supply recorded): then no device id, and every device pulls it.
        m_log << "INSERT INTO change_log(hall, entity, entity_id, version, data, at, device_id)"
                 " VALUES($1, 'case', $2, $3, $4, $5, $6)",
            use(m_hall), use(m_caseId), use(m_version), use(m_data), use(m_now), use(m_logDevice);
        m_conflict << "INSERT INTO sync_conflicts(device_id, seq, entity, entity_id, base_version, server_version,"
                      " data, created_at) VALUES($1, $2, 'case', $3, $4, $5, $6, $7)",
            use(m_deviceId), use(m_seq), use(m_caseId), use(m_baseVersion), use(m_version), use(m_data), use(m_now);
    }

    PushResult apply(const PushedChange& change, const Checked& checked, const std::set<std::string>& held) {
        PushResult result;
        result.seq = m_seq = change.seq;
        // A record is applied only with its attachments: never a case whose scans silently went missing. Nothing
        // is written for it, so the device sends it again once they are up.
        for (const auto& name : checked.attachments)
            if (!held.count(name))
                result.missing.push_back(name);
        if (!result.missing.empty()) {
            result.status = PushResult::Status::Waiting;
            result.reason = "waiting for " + std::to_string(result.missing.size()) + " attachment(s)";
            return result;
        }
        const bool valid = checked.c.has_value();
        m_status = statusName(valid ? PushResult::Status::Applied : PushResult::Status::Rejected);
        m_reason = checked.rejection;
        m_version = valid ? checked.c->version : 0;
        if (m_claim.execute() == 0) { // claimed before: answered as the first time
            m_statuses.clear();
            m_reasons.clear();
            m_versions.clear();
            m_replay.execute();
            result.replay = true;
            result.status = m_statuses.front() == "conflict"   ? PushResult::Status::Conflict
                            : m_statuses.front() == "rejected" ? PushResult::Status::Rejected
                                                               : PushResult::Status::Applied;
            result.reason = m_reasons.front();
            result.serverVersion = m_versions.front();
            return result;
        }
        if (!valid) {
            result.status = PushResult::Status::Rejected;
            result.reason = checked.rejection;
            return result;
        }
        const Case& c = *checked.c;
        m_caseId = c.id;
        m_storedHalls.clear(); // an execution that finds no row leaves the last one's result
        m_storedStates.clear();
        m_storedVersions.clear();
        m_storedNumbers.clear();
        m_storedBodies.clear();
        m_stored.execute();
        const bool exists = !m_storedHalls.empty();
        if (exists && m_storedHalls.front() != m_hall)
            return settle(result, PushResult::Status::Rejected, "the case belongs to another hall");
        if (exists ? change.baseVersion != m_storedVersions.front() : change.baseVersion != 0)
            return conflict(result, change, exists ? m_storedVersions.front() : 0);
        // The state machine, checked against the stored state: the steps the device took must be ones this
        // person at this device may take.
        const CaseState from =
            exists ? caseStateFromString(m_storedStates.front()).value_or(CaseState::Draft) : CaseState::Draft;
        const CaseChange steps = caseChange(from, c.state, [&](CaseAction action) {
            return mayTake(m_actor, action,
                           action == CaseAction::Approve || action == CaseAction::Deny ? decisionRules(c)
                                                                                       : std::vector<ApprovalRule>{});
        });
        if (!steps.allowed)
            return settle(result, PushResult::Status::Rejected, steps.reason);
        if (auto problem = caseNumberProblem(c, exists ? m_storedNumbers.front() : std::string(), m_device);
            !problem.empty())
            return settle(result, PushResult::Status::Rejected, problem);
        m_caseNo = c.caseNo;
        if (!c.caseNo.empty() && (!exists || m_storedNumbers.front().empty())) {
            m_numberTaken.execute();
            if (m_taken > 0)
                return settle(result, PushResult::Status::Rejected,
                              "the case number " + c.caseNo + " is already another case's in this hall");
        }
        const bool approves =
            std::find(steps.actions.begin(), steps.actions.end(), CaseAction::Approve) != steps.actions.end();
        m_approvedBy = approves ? Poco::Nullable<std::string>(m_device.user.value_or(std::string()))
                                : Poco::Nullable<std::string>();
        m_state = std::string(toString(c.state));
        m_item = c.items.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(c.items.front());
        m_clerk = c.clerk;
        m_ticketId = c.ticketId.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(c.ticketId);
        m_acceptedDate =
            c.acceptedDate.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(c.acceptedDate);
        m_promisedDate =
            c.promisedDate.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(c.promisedDate);
        const bool decided = c.state == CaseState::Notified || c.state == CaseState::Refused;
        const bool completed = isCompleted(c.state);
        m_decidedAt = decided ? Poco::Nullable<std::int64_t>(c.updatedAtMs) : Poco::Nullable<std::int64_t>();
        m_completedAt = completed ? Poco::Nullable<std::int64_t>(m_now) : Poco::Nullable<std::int64_t>();
        const auto waivedDue = earliestWaiverDue(c);
        m_waivedDue = waivedDue ? Poco::Nullable<std::string>(*waivedDue) : Poco::Nullable<std::string>();
        m_data = change.data;
        m_logDevice = m_deviceId;
        // A case's life after intake is the server's (CaseLifeStore): whatever a device sends of it, the stored one
        // stays; once accepted, its materials change only by 容缺后补, each supply then a step of that life.
        std::optional<Case> before;
        if (exists && from != CaseState::Draft && from != CaseState::Notified)
            before = caseFromJson(parseObject(m_storedBodies.front()));
        Case merged = c;
        merged.life = before ? before->life : CaseLife{};
        if (before && from != CaseState::Refused) {
            try {
                takePushedSupplies(*before, merged, stepContext());
            } catch (const CaseStepRefused& e) {
                return settle(result, PushResult::Status::Rejected, e.what());
            }
        }
        if (!merged.life.empty() || !c.life.empty()) {
            m_data = toJsonText(caseToJson(merged));
            if (!merged.life.empty())
                m_logDevice = Poco::Nullable<std::string>();
        }
        // What a lookup of its progress must be given (the first query code the hall gets stays).
        m_queryCode = c.queryCode.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(c.queryCode);
        const std::string tail = idNumberTail(c.applicant.idNumber);
        m_idTail = tail.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(tail);
        const std::string since = merged.life.clockStoppedSince();
        m_clockStopped = since.empty() ? Poco::Nullable<std::string>() : Poco::Nullable<std::string>(since);
        m_baseVersion = change.baseVersion;
        const bool stored = (change.baseVersion == 0 ? m_insertCase : m_updateCase).execute() > 0;
        if (!stored) // changed or taken since it was read (another instance)
            return conflict(result, change, -1);
        m_log.execute();
        // Each version of a case the hall now holds, in the audit log: who sent which state.
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("case", c.caseNo);
        detail->set("version", c.version);
        detail->set("clerk", c.clerk);
        AuditLog::append(m_session, m_device, "case." + m_state, "case:" + c.id, detail, m_now);
        result.status = PushResult::Status::Applied;
        result.serverVersion = c.version;
        return result;
    }

private:
    // A change claimed as applied that turns out otherwise: its claim corrected, its answer given.
    PushResult& settle(PushResult& result, PushResult::Status status, const std::string& reason,
                       int serverVersion = 0) {
        m_status = statusName(status);
        m_reason = reason;
        m_version = serverVersion;
        m_settle.execute();
        result.status = status;
        result.reason = reason;
        result.serverVersion = serverVersion;
        return result;
    }

    // Based on a version the server does not have: kept for a person, the server's case left as it is. A
    // serverVersion of -1 is read again (the case changed between the check and the write).
    PushResult& conflict(PushResult& result, const PushedChange& change, int serverVersion) {
        if (serverVersion < 0) {
            m_caseVersions.clear();
            m_caseVersion.execute();
            serverVersion = m_caseVersions.empty() ? 0 : m_caseVersions.front();
        }
        m_version = serverVersion;
        m_data = change.data;
        m_baseVersion = change.baseVersion;
        m_conflict.execute();
        return settle(result, PushResult::Status::Conflict,
                      "the server has version " + std::to_string(serverVersion) +
                          " of this case, the change was based on " + std::to_string(change.baseVersion),
                      serverVersion);
    }

    // Who takes a step of a case's life by this push (a supply): the device's person, at the hall's today.
    StepContext stepContext() {
        if (!m_catalog)
            m_catalog = currentCatalog(m_session);
        if (m_day.empty())
            m_day = hallDay(m_session, m_hall, m_now);
        return {
            m_device.user.value_or(""),         m_device.role.value_or(StaffRole::Agent), m_device.kind, m_now, m_day,
            *m_catalog ? &**m_catalog : nullptr};
    }

    // Who may decide the case: the rule of each of its items in the current catalog (the default for an item the
    // catalog does not have). Read once per push, and only when a decision is pushed.
    std::vector<ApprovalRule> decisionRules(const Case& c) {
        if (!m_catalog)
            m_catalog = currentCatalog(m_session);
        std::vector<ApprovalRule> rules;
        for (const auto& code : c.items) {
            const ServiceItem* item = *m_catalog ? (*m_catalog)->item(code) : nullptr;
            rules.push_back(item ? item->approval : ApprovalRule{});
        }
        return rules;
    }

    Session& m_session;
    const Principal& m_device;
    const CaseActor m_actor;
    std::optional<std::optional<Catalog>> m_catalog;
    // Bound values.
    std::string m_deviceId, m_hall;
    std::string m_day; // the hall's today, once a step needs it
    Poco::Nullable<std::string> m_logDevice, m_clockStopped, m_queryCode, m_idTail;
    std::int64_t m_now;
    std::int64_t m_seq = 0;
    std::string m_status, m_reason, m_caseId, m_caseNo, m_state, m_data;
    std::string m_clerk;
    Poco::Nullable<std::string> m_item, m_ticketId, m_acceptedDate, m_promisedDate, m_waivedDue, m_approvedBy;
    Poco::Nullable<std::int64_t> m_decidedAt, m_completedAt;
    int m_version = 0, m_baseVersion = 0;
    std::vector<std::string> m_statuses, m_reasons;
    std::vector<int> m_versions, m_caseVersions, m_storedVersions;
    std::vector<std::string> m_storedHalls, m_storedStates, m_storedNumbers, m_storedBodies;
    std::int64_t m_taken = 0;

    Poco::Data::Statement m_claim, m_replay, m_settle, m_caseVersion, m_stored, m_numberTaken, m_insertCase,
        m_updateCase, m_log, m_conflict;
};

} // namespace

PushResult SyncStore::apply(const Principal& device, const PushedChange& change, std::int64_t nowMs) {
    return applyAll(device, {change}, nowMs).front();
}

std::vector<PushResult> SyncStore::applyAll(const Principal& device, const std::vector<PushedChange>& changes,
                                            std::int64_t nowMs) {
    // Checked before the transaction (parsing is the slow part and needs no lock), applied in one transaction:
    // one commit instead of one per change.
    std::vector<Checked> checked;
    checked.reserve(changes.size());
    std::vector<std::string> names;
    for (const auto& change : changes) {
        checked.push_back(check(change, device.hall));
        names.insert(names.end(), checked.back().attachments.begin(), checked.back().attachments.end());
    }
    return m_db.write([&](Session& s) {
        const std::set<std::string> held = heldBlobs(s, names);
        PushBatch batch(s, device, nowMs);
        std::vector<PushResult> results;
        results.reserve(changes.size());
        for (std::size_t i = 0; i < changes.size(); ++i)
            results.push_back(batch.apply(changes[i], checked[i], held));
        return results;
    });
}

std::int64_t SyncStore::cursor(const std::string& hall) {
    return m_db.read([&](Session& s) {
        std::int64_t cursor = 0;
        s << "SELECT COALESCE(MAX(cursor), 0) FROM change_log WHERE hall = $1", bind(hall), into(cursor), now;
        return cursor;
    });
}

std::vector<LoggedChange> SyncStore::pull(const std::string& hall, std::int64_t cursor, int limit,
                                          const std::string& deviceId) {
    return m_db.read([&](Session& s) {
        std::vector<std::int64_t> cursors;
        std::vector<std::string> entities, ids, data;
        std::vector<int> versions, own;
        s << "SELECT cursor, entity, entity_id, version, CASE WHEN device_id = $1 THEN 1 ELSE 0 END,"
             " CASE WHEN device_id = $2 THEN '' ELSE data END"
             " FROM change_log WHERE hall = $3 AND cursor > $4 ORDER BY cursor LIMIT $5",
            bind(deviceId), bind(deviceId), bind(hall), bind(cursor), bind(limit), into(cursors), into(entities),
            into(ids), into(versions), into(own), into(data), now;
        std::vector<LoggedChange> out;
        out.reserve(cursors.size());
        for (std::size_t i = 0; i < cursors.size(); ++i)
            out.push_back({cursors[i], entities[i], ids[i], versions[i], std::move(data[i]), own[i] != 0});
        return out;
    });
}

std::optional<std::vector<std::string>> SyncStore::caseAttachments(const std::string& hall, const std::string& caseId) {
    const auto body = m_db.read([&](Session& s) {
        std::vector<std::string> bodies;
        s << "SELECT body FROM cases WHERE id = $1 AND hall = $2", bind(caseId), bind(hall), into(bodies), now;
        return bodies;
    });
    if (body.empty())
        return std::nullopt;
    return attachmentsOf(caseFromJson(parseObject(body.front())));
}

std::map<std::string, int> SyncStore::lastCaseNumbers(const std::string& hall, const std::string& deviceCode,
                                                      const std::string& sinceDay) {
    const std::string prefix = upperCase(hall) + "-" + sinceDay; // numbers begin with their hall and day
    const auto numbers = m_db.read([&](Session& s) {
        std::vector<std::string> found;
        s << "SELECT case_no FROM cases WHERE hall = $1 AND case_no >= $2 AND case_no LIKE $3", bind(hall),
            bind(prefix), bind("%-" + deviceCode + "-%"), into(found), now;
        return found;
    });
    std::map<std::string, int> last;
    for (const std::string& text : numbers)
        if (const auto number = CaseNumber::parse(text);
            number && number->device == deviceCode && number->date >= sinceDay) {
            int& day = last[number->date];
            day = std::max(day, number->sequence);
        }
    return last;
}

SyncStore::Counts SyncStore::counts() {
    return m_db.read([&](Session& s) {
        Counts c;
        s << "SELECT COUNT(*) FROM cases", into(c.cases), now;
        s << "SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL", into(c.conflicts), now;
        s << "SELECT COUNT(*) FROM sync_applied WHERE status = 'rejected'", into(c.quarantined), now;
        s << "SELECT COUNT(*) FROM blobs", into(c.blobs), now;
        return c;
    });
}

} // namespace ow::server
