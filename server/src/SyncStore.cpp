#include "SyncStore.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <Poco/Data/Statement.h>

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

// The statements of one push, prepared once and run for every change: a push of a hundred cases runs each of
// them a hundred times (preparing them per change was most of a push's time). Values are bound by reference
// to the members below, set before each run.
class PushBatch {
public:
    PushBatch(Session& s, const Principal& device, std::int64_t nowMs)
        : m_deviceId(device.deviceId)
        , m_hall(device.hall)
        , m_now(nowMs)
        , m_savepoint(s)
        , m_release(s)
        , m_rollbackTo(s)
        , m_claim(s)
        , m_replay(s)
        , m_settle(s)
        , m_blobHeld(s)
        , m_caseVersion(s)
        , m_insertCase(s)
        , m_updateCase(s)
        , m_log(s)
        , m_conflict(s) {
        m_savepoint << "SAVEPOINT push_change";
        m_release << "RELEASE push_change";
        m_rollbackTo << "ROLLBACK TO push_change";
        // Claim (device, seq) first: the primary key lets only one claim in, whoever gets there first.
        m_claim << "INSERT OR IGNORE INTO sync_applied(device_id, seq, status, reason, server_version, at)"
                   " VALUES(?, ?, 'pending', '', 0, ?)",
            use(m_deviceId), use(m_seq), use(m_now);
        m_replay << "SELECT status, reason, server_version FROM sync_applied WHERE device_id = ? AND seq = ?",
            use(m_deviceId), use(m_seq), into(m_statuses), into(m_reasons), into(m_versions);
        m_settle << "UPDATE sync_applied SET status = ?, reason = ?, server_version = ? WHERE device_id = ? AND seq = ?",
            use(m_status), use(m_reason), use(m_version), use(m_deviceId), use(m_seq);
        m_blobHeld << "SELECT COUNT(*) FROM blobs WHERE sha256 = ?", use(m_blob), into(m_count);
        m_caseVersion << "SELECT version FROM cases WHERE id = ?", use(m_caseId), into(m_caseVersions);
        m_insertCase << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id)"
                        " VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            use(m_caseId), use(m_hall), use(m_caseNo), use(m_state), use(m_version), use(m_data), use(m_now),
            use(m_deviceId);
        m_updateCase << "UPDATE cases SET case_no = ?, state = ?, version = ?, body = ?, updated_at = ? WHERE id = ?",
            use(m_caseNo), use(m_state), use(m_version), use(m_data), use(m_now), use(m_caseId);
        m_log << "INSERT INTO change_log(hall, entity, entity_id, version, data, at) VALUES(?, 'case', ?, ?, ?, ?)",
            use(m_hall), use(m_caseId), use(m_version), use(m_data), use(m_now);
        m_conflict << "INSERT INTO sync_conflicts(device_id, seq, entity, entity_id, base_version, server_version,"
                      " data, created_at) VALUES(?, ?, 'case', ?, ?, ?, ?, ?)",
            use(m_deviceId), use(m_seq), use(m_caseId), use(m_baseVersion), use(m_version), use(m_data), use(m_now);
    }

    // One change in its own savepoint, so that one waiting for its attachments is undone alone.
    PushResult apply(const PushedChange& change) {
        m_savepoint.execute();
        try {
            PushResult result = claimAndApply(change);
            m_release.execute();
            return result;
        } catch (const MissingBlobs& m) {
            m_rollbackTo.execute();
            m_release.execute();
            PushResult waiting;
            waiting.seq = change.seq;
            waiting.status = PushResult::Status::Waiting;
            waiting.reason = "waiting for " + std::to_string(m.names.size()) + " attachment(s)";
            waiting.missing = m.names;
            return waiting;
        }
    }

private:
    PushResult claimAndApply(const PushedChange& change) {
        PushResult result;
        result.seq = m_seq = change.seq;
        if (m_claim.execute() == 0) { // claimed before: answer as the first time
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
        const Outcome outcome = change.entity == "case"
                                    ? applyCase(change)
                                    : Outcome{PushResult::Status::Rejected, "unknown entity \"" + change.entity + "\""};
        m_status = statusName(outcome.status);
        m_reason = outcome.reason;
        m_version = outcome.serverVersion;
        m_settle.execute();
        result.status = outcome.status;
        result.reason = outcome.reason;
        result.serverVersion = outcome.serverVersion;
        return result;
    }

    // Checks and applies one case change.
    Outcome applyCase(const PushedChange& change) {
        Case c;
        try {
            c = caseFromJson(parseObject(change.data));
        } catch (const BadInput& e) {
            return {PushResult::Status::Rejected, std::string("the case is not valid: ") + e.what()};
        }
        if (c.id != change.id)
            return {PushResult::Status::Rejected, "the case id does not match the change"};
        if (c.hall != m_hall)
            return {PushResult::Status::Rejected, "the case belongs to another hall"};
        if (change.op != "create" && change.op != "update")
            return {PushResult::Status::Rejected, "unknown operation \"" + change.op + "\""};
        if (c.version != change.baseVersion + 1)
            return {PushResult::Status::Rejected, "the case version must be the base version + 1"};
        // A record is applied only with its attachments: never a case whose scans silently went missing.
        MissingBlobs missing;
        for (const auto& name : attachmentsOf(c)) {
            m_blob = name;
            m_blobHeld.execute();
            if (m_count == 0)
                missing.names.push_back(name);
        }
        if (!missing.names.empty())
            throw missing;

        m_caseId = c.id;
        m_data = change.data;
        m_caseVersions.clear(); // an execution that finds no row leaves the last one's result
        m_caseVersion.execute();
        const int serverVersion = m_caseVersions.empty() ? 0 : m_caseVersions.front();
        if (serverVersion != change.baseVersion) {
            m_baseVersion = change.baseVersion;
            m_version = serverVersion;
            m_conflict.execute();
            return {PushResult::Status::Conflict,
                    "the server has version " + std::to_string(serverVersion) + " of this case, the change was based on " +
                        std::to_string(change.baseVersion),
                    serverVersion};
        }
        m_caseNo = c.caseNo;
        m_state = std::string(toString(c.state));
        m_version = c.version;
        (m_caseVersions.empty() ? m_insertCase : m_updateCase).execute();
        m_log.execute();
        return {PushResult::Status::Applied, {}, c.version};
    }

    // Bound values.
    std::string m_deviceId, m_hall;
    std::int64_t m_now;
    std::int64_t m_seq = 0;
    std::string m_status, m_reason, m_blob, m_caseId, m_caseNo, m_state, m_data;
    int m_version = 0, m_baseVersion = 0, m_count = 0;
    std::vector<std::string> m_statuses, m_reasons;
    std::vector<int> m_versions, m_caseVersions;

    Poco::Data::Statement m_savepoint, m_release, m_rollbackTo, m_claim, m_replay, m_settle, m_blobHeld, m_caseVersion,
        m_insertCase, m_updateCase, m_log, m_conflict;
};

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
    // One transaction for the whole push: one commit instead of one per change.
    return m_db.write([&](Session& s) {
        PushBatch batch(s, device, nowMs);
        std::vector<PushResult> results;
        results.reserve(changes.size());
        for (const auto& change : changes)
            results.push_back(batch.apply(change));
        return results;
    });
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
