#include "SyncStore.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <Poco/Data/SQLite/SQLiteException.h>

#include <algorithm>

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace ow::server {
namespace {

struct Outcome {
    PushResult::Status status;
    std::string reason;
    int serverVersion = 0;
};

// Thrown inside the write so that the claim of (device, seq) is undone with everything else.
struct MissingBlobs {
    std::vector<std::string> names;
};

std::vector<std::string> attachmentsOf(const Case& c) {
    std::vector<std::string> names;
    for (const auto& m : c.materials)
        for (const auto& a : m.attachments)
            if (std::find(names.begin(), names.end(), a) == names.end())
                names.push_back(a);
    return names;
}

std::string statusName(PushResult::Status s) { return std::string(toString(s)); }

// Checks and applies one case change inside the caller's transaction.
Outcome applyCase(Session& s, const Principal& device, const PushedChange& change, std::int64_t nowMs) {
    Case c;
    try {
        c = caseFromJson(parseObject(change.data));
    } catch (const BadInput& e) {
        return {PushResult::Status::Rejected, std::string("the case is not valid: ") + e.what()};
    }
    if (c.id != change.id)
        return {PushResult::Status::Rejected, "the case id does not match the change"};
    if (c.hall != device.hall)
        return {PushResult::Status::Rejected, "the case belongs to another hall"};
    if (change.op != "create" && change.op != "update")
        return {PushResult::Status::Rejected, "unknown operation \"" + change.op + "\""};
    if (c.version != change.baseVersion + 1)
        return {PushResult::Status::Rejected, "the case version must be the base version + 1"};
    // A record is applied only with its attachments: never a case whose scans silently went missing.
    MissingBlobs missing;
    for (const auto& name : attachmentsOf(c)) {
        int held = 0;
        s << "SELECT COUNT(*) FROM blobs WHERE sha256 = ?", bind(name), into(held), now;
        if (held == 0)
            missing.names.push_back(name);
    }
    if (!missing.names.empty())
        throw missing;

    std::vector<int> versions;
    std::vector<std::string> bodies;
    s << "SELECT version, body FROM cases WHERE id = ?", bind(c.id), into(versions), into(bodies), now;
    const int serverVersion = versions.empty() ? 0 : versions.front();
    if (serverVersion != change.baseVersion) {
        s << "INSERT INTO sync_conflicts(device_id, seq, entity, entity_id, base_version, server_version, data,"
             " created_at) VALUES(?, ?, 'case', ?, ?, ?, ?, ?)",
            bind(device.deviceId), bind(change.seq), bind(c.id), bind(change.baseVersion), bind(serverVersion),
            bind(change.data), bind(nowMs), now;
        return {PushResult::Status::Conflict,
                "the server has version " + std::to_string(serverVersion) + " of this case, the change was based on " +
                    std::to_string(change.baseVersion),
                serverVersion};
    }
    const std::string state(toString(c.state));
    if (versions.empty())
        s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id)"
             " VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            bind(c.id), bind(c.hall), bind(c.caseNo), bind(state), bind(c.version), bind(change.data), bind(nowMs),
            bind(device.deviceId), now;
    else
        s << "UPDATE cases SET case_no = ?, state = ?, version = ?, body = ?, updated_at = ? WHERE id = ?",
            bind(c.caseNo), bind(state), bind(c.version), bind(change.data), bind(nowMs), bind(c.id), now;
    s << "INSERT INTO change_log(hall, entity, entity_id, version, data, at) VALUES(?, 'case', ?, ?, ?, ?)",
        bind(c.hall), bind(c.id), bind(c.version), bind(change.data), bind(nowMs), now;
    return {PushResult::Status::Applied, {}, c.version};
}

} // namespace

std::string_view toString(PushResult::Status status) {
    switch (status) {
    case PushResult::Status::Applied: return "applied";
    case PushResult::Status::Conflict: return "conflict";
    case PushResult::Status::Rejected: return "rejected";
    case PushResult::Status::Waiting: return "waiting";
    }
    return {};
}

PushResult SyncStore::apply(const Principal& device, const PushedChange& change, std::int64_t nowMs) {
    return applyAll(device, {change}, nowMs).front();
}

std::vector<PushResult> SyncStore::applyAll(const Principal& device, const std::vector<PushedChange>& changes,
                                            std::int64_t nowMs) {
    // One transaction for the whole push (one commit instead of one per change), each change in its own
    // savepoint so that one waiting for its attachments is undone alone.
    return m_db.write([&](Session& s) {
        std::vector<PushResult> results;
        for (const auto& change : changes) {
            s << "SAVEPOINT push_change", now;
            try {
                results.push_back(claimAndApply(s, device, change, nowMs));
                s << "RELEASE push_change", now;
            } catch (const MissingBlobs& m) {
                s << "ROLLBACK TO push_change", now;
                s << "RELEASE push_change", now;
                PushResult waiting;
                waiting.seq = change.seq;
                waiting.status = PushResult::Status::Waiting;
                waiting.reason = "waiting for " + std::to_string(m.names.size()) + " attachment(s)";
                waiting.missing = m.names;
                results.push_back(std::move(waiting));
            }
        }
        return results;
    });
}

PushResult SyncStore::claimAndApply(Session& s, const Principal& device, const PushedChange& change,
                                    std::int64_t nowMs) {
    PushResult result;
    result.seq = change.seq;
    // Claim (device, seq) first: the primary key makes a second claim fail, whoever gets there first.
    try {
        s << "INSERT INTO sync_applied(device_id, seq, status, reason, server_version, at)"
             " VALUES(?, ?, 'pending', '', 0, ?)",
            bind(device.deviceId), bind(change.seq), bind(nowMs), now;
    } catch (const Poco::Data::SQLite::ConstraintViolationException&) {
        std::vector<std::string> statuses, reasons;
        std::vector<int> serverVersions;
        s << "SELECT status, reason, server_version FROM sync_applied WHERE device_id = ? AND seq = ?",
            bind(device.deviceId), bind(change.seq), into(statuses), into(reasons), into(serverVersions), now;
        result.replay = true;
        result.status = statuses.front() == "conflict"   ? PushResult::Status::Conflict
                        : statuses.front() == "rejected" ? PushResult::Status::Rejected
                                                         : PushResult::Status::Applied;
        result.reason = reasons.front();
        result.serverVersion = serverVersions.front();
        return result;
    }
    const Outcome outcome = change.entity == "case"
                                ? applyCase(s, device, change, nowMs)
                                : Outcome{PushResult::Status::Rejected, "unknown entity \"" + change.entity + "\""};
    const std::string status = statusName(outcome.status);
    s << "UPDATE sync_applied SET status = ?, reason = ?, server_version = ? WHERE device_id = ? AND seq = ?",
        bind(status), bind(outcome.reason), bind(outcome.serverVersion), bind(device.deviceId), bind(change.seq),
        now;
    result.status = outcome.status;
    result.reason = outcome.reason;
    result.serverVersion = outcome.serverVersion;
    return result;
}

std::int64_t SyncStore::cursor(const std::string& hall) {
    return m_db.read([&](Session& s) {
        std::int64_t cursor = 0;
        s << "SELECT COALESCE(MAX(cursor), 0) FROM change_log WHERE hall = ?", bind(hall), into(cursor), now;
        return cursor;
    });
}

std::vector<LoggedChange> SyncStore::pull(const std::string& hall, std::int64_t cursor, int limit) {
    return m_db.read([&](Session& s) {
        std::vector<std::int64_t> cursors;
        std::vector<std::string> entities, ids, data;
        std::vector<int> versions;
        s << "SELECT cursor, entity, entity_id, version, data FROM change_log WHERE hall = ? AND cursor > ?"
             " ORDER BY cursor LIMIT ?",
            bind(hall), bind(cursor), bind(limit), into(cursors), into(entities), into(ids), into(versions),
            into(data), now;
        std::vector<LoggedChange> out;
        for (std::size_t i = 0; i < cursors.size(); ++i)
            out.push_back({cursors[i], entities[i], ids[i], versions[i], data[i]});
        return out;
    });
}

std::optional<std::vector<std::string>> SyncStore::caseAttachments(const std::string& hall, const std::string& caseId) {
    const auto body = m_db.read([&](Session& s) {
        std::vector<std::string> bodies;
        s << "SELECT body FROM cases WHERE id = ? AND hall = ?", bind(caseId), bind(hall), into(bodies), now;
        return bodies;
    });
    if (body.empty())
        return std::nullopt;
    return attachmentsOf(caseFromJson(parseObject(body.front())));
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
