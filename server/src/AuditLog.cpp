#include "AuditLog.h"

#include "Crypto.h"
#include "Database.h"
#include "Sql.h"

#include "domain/Json.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace ow::server {

std::string AuditLog::entryHash(const AuditRecord& r) {
    // Fields joined by the unit separator, which none of them contains (JSON escapes control characters).
    const char sep = '\x1f';
    std::string content = r.prevHash;
    for (const std::string& field : {std::to_string(r.seq), std::to_string(r.atMs), r.hall, r.actor, r.deviceId,
                                     r.action, r.subject, r.detail})
        content.append(1, sep).append(field);
    return sha256Hex(content);
}

void AuditLog::append(Poco::Data::Session& s, const Principal& who, const std::string& action,
                      const std::string& subject, const Poco::JSON::Object::Ptr& detail, std::int64_t nowMs) {
    AuditRecord r;
    // The chain's head is read once per write transaction; the entries appended in it follow on from the last.
    thread_local struct {
        std::uint64_t stamp = 0;
        std::int64_t seq = 0;
        std::string hash;
    } head;
    const std::uint64_t stamp = Database::writeStamp();
    if (stamp == 0 || head.stamp != stamp) {
        const SqlRows last = runSql(s, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        head = {stamp, last.empty() ? 0 : last.integer(0, 0), last.empty() ? std::string() : last.text(0, 1)};
    }
    const std::int64_t last = head.seq;
    const std::string prev = head.hash;
    // The writer is alone in its transaction — on PostgreSQL too, where the instances' writers take turns (Database::
    // begin) — so the head just read is the newest committed one and nobody takes this number in between.
    r.seq = last + 1;
    r.atMs = nowMs;
    r.hall = who.hall;
    r.actor = who.user.value_or("device:" + who.deviceId);
    r.deviceId = who.deviceId;
    r.action = action;
    r.subject = subject;
    r.detail = detail ? toJsonText(detail) : std::string("{}");
    r.prevHash = prev.empty() ? std::string(64, '0') : prev;
    r.hash = entryHash(r);
    runSql(s,
           "INSERT INTO audit_log(seq, at, hall, actor, device_id, action, subject, detail, prev_hash, hash)"
           " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
           {r.seq, r.atMs, r.hall, r.actor, r.deviceId, r.action, r.subject, r.detail, r.prevHash, r.hash});
    head.seq = r.seq;
    head.hash = r.hash;
}

namespace {

AuditRecord recordOf(Poco::Data::RecordSet& rs) {
    AuditRecord r;
    r.seq = rs["seq"].convert<std::int64_t>();
    r.atMs = rs["at"].convert<std::int64_t>();
    r.hall = rs["hall"].convert<std::string>();
    r.actor = rs["actor"].convert<std::string>();
    r.deviceId = rs["device_id"].convert<std::string>();
    r.action = rs["action"].convert<std::string>();
    r.subject = rs["subject"].convert<std::string>();
    r.detail = rs["detail"].convert<std::string>();
    r.prevHash = rs["prev_hash"].convert<std::string>();
    r.hash = rs["hash"].convert<std::string>();
    return r;
}

constexpr const char* kColumns = "SELECT seq, at, hall, actor, device_id, action, subject, detail, prev_hash, hash"
                                 " FROM audit_log";

} // namespace

AuditLog::Verdict AuditLog::verify(Poco::Data::Session& s) {
    Verdict v;
    std::int64_t expectedSeq = 1;
    std::string prev(64, '0');
    constexpr int kPage = 5000;
    for (std::int64_t after = 0;;) {
        Poco::Data::Statement st(s);
        st << std::string(kColumns) + " WHERE seq > $1 ORDER BY seq LIMIT $2", bind(after), bind(kPage);
        st.execute();
        Poco::Data::RecordSet rs(st);
        int read = 0;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext(), ++read) {
            const AuditRecord r = recordOf(rs);
            after = r.seq;
            ++v.entries;
            std::string problem;
            if (r.seq != expectedSeq)
                problem = "entries are missing before it (expected number " + std::to_string(expectedSeq) + ")";
            else if (r.prevHash != prev)
                problem = "it does not follow the entry before it: removed, inserted or reordered entries";
            else if (entryHash(r) != r.hash)
                problem = "its content was changed after it was written";
            if (!problem.empty()) {
                v.intact = false;
                v.firstBad = r.seq;
                v.problem = problem;
                return v;
            }
            prev = r.hash;
            v.lastHash = r.hash;
            ++expectedSeq;
        }
        if (read < kPage)
            return v;
    }
}

std::vector<AuditRecord> AuditLog::recent(Poco::Data::Session& s, const std::string& hall, int limit) {
    Poco::Data::Statement st(s);
    st << std::string(kColumns) + " WHERE hall = $1 ORDER BY seq DESC LIMIT $2", useRef(hall), use(limit);
    st.execute();
    Poco::Data::RecordSet rs(st);
    std::vector<AuditRecord> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext())
        out.push_back(recordOf(rs));
    return out;
}

} // namespace ow::server
