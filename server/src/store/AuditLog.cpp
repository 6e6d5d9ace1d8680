#include "AuditLog.h"

#include "Crypto.h"
#include "Database.h"
#include "Sql.h"

#include "domain/Json.h"

#include <Poco/Data/RecordSet.h>

#include <algorithm>

using namespace Poco::Data::Keywords;

namespace ow::server {

std::string AuditLog::entryHash(const AuditRecord& r) {
    // Fields joined by the unit separator, which none of them contains (JSON escapes control characters).
    const char sep = '\x1f';
    std::string content = r.prevHash;
    for (const std::string& field :
         {std::to_string(r.seq), std::to_string(r.atMs), r.hall, r.actor, r.deviceId, r.action, r.subject, r.detail})
        content.append(1, sep).append(field);
    return sha256Hex(content);
}

namespace {

// Numbers and chains the entries of a batch where it commits, in one statement sent with the COMMIT: the batch is
// alone there — an exclusive one on the whole database, a row-locked one under the commit lock it holds through its
// COMMIT (Database::flushAtCommit) — so the head looked up after that is the newest and nobody takes these numbers
// in between.
class Appender : public Database::CommitSink {
public:
    std::string lookUp() const override { return "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"; }

    void flush(Poco::Data::Session& s, std::vector<std::any>& items, const SqlRows& head) override {
        std::int64_t seq = head.empty() ? 0 : head.integer(0, 0);
        std::string prev = head.empty() ? std::string(64, '0') : head.text(0, 1);
        std::vector<SqlParam> values;
        for (std::any& item : items) {
            auto& r = std::any_cast<AuditRecord&>(item);
            r.seq = ++seq;
            r.prevHash = prev;
            r.hash = AuditLog::entryHash(r);
            prev = r.hash;
            for (SqlParam p :
                 {SqlParam(r.seq), SqlParam(r.atMs), SqlParam(r.hall), SqlParam(r.actor), SqlParam(r.deviceId),
                  SqlParam(r.action), SqlParam(r.subject), SqlParam(r.detail), SqlParam(r.prevHash), SqlParam(r.hash)})
                values.push_back(std::move(p));
        }
        Database::insertWithCommit(
            s, "audit_log(seq, at, hall, actor, device_id, action, subject, detail, prev_hash, hash)", 10, values);
    }
};

Appender g_appender;

} // namespace

void AuditLog::append(Poco::Data::Session& s, const Principal& who, const std::string& action,
                      const std::string& subject, const Poco::JSON::Object::Ptr& detail, std::int64_t nowMs) {
    AuditRecord r;
    r.atMs = nowMs;
    r.hall = who.hall;
    r.actor = who.user.value_or("device:" + who.deviceId);
    r.deviceId = who.deviceId;
    r.action = action;
    r.subject = subject;
    r.detail = detail ? toJsonText(detail) : std::string("{}");
    Database::atCommit(s, g_appender, std::move(r));
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

constexpr const char* kFields = "SELECT seq, at, hall, actor, device_id, action, subject, detail, prev_hash, hash";

} // namespace

AuditLog::Verdict AuditLog::verify(Poco::Data::Session& s, const std::optional<std::string>& chain) {
    Verdict v;
    std::int64_t expectedSeq = 1;
    std::string prev(64, '0');
    constexpr int kPage = 5000;
    const std::string hall = chain.value_or("");
    std::string page = kFields;
    page += chain ? " FROM hall_audit WHERE seq > $1 AND chain = $2 ORDER BY seq LIMIT $3"
                  : " FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2";
    for (std::int64_t after = 0;;) {
        Poco::Data::Statement st(s);
        if (chain)
            st << page, bind(after), useRef(hall), bind(kPage);
        else
            st << page, bind(after), bind(kPage);
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

std::vector<std::string> AuditLog::relayedChains(Poco::Data::Session& s) {
    std::vector<std::string> chains;
    s << "SELECT DISTINCT chain FROM hall_audit ORDER BY chain", into(chains), now;
    return chains;
}

std::vector<AuditRecord> AuditLog::recent(Poco::Data::Session& s, const std::string& hall, int limit) {
    return find(s, {hall, std::nullopt, std::nullopt, std::nullopt, std::nullopt, limit});
}

std::vector<AuditRecord> AuditLog::find(Poco::Data::Session& s, const Query& q) {
    // Every condition is always bound; an absent one is written so that it holds for every entry.
    Poco::Data::Statement st(s);
    const std::string actor = q.actor.value_or("");
    const std::int64_t from = q.fromMs.value_or(INT64_MIN);
    const std::int64_t to = q.toMs.value_or(INT64_MAX);
    const std::int64_t before = q.beforeSeq.value_or(INT64_MAX);
    const int anyActor = q.actor ? 0 : 1;
    const int limit = q.limit;
    st << std::string(kFields) +
              " FROM audit_log WHERE hall = $1 AND (actor = $2 OR $3 = 1) AND at >= $4 AND at < $5 AND seq < $6"
              " ORDER BY seq DESC LIMIT $7",
        useRef(q.hall), bind(actor), bind(anyActor), bind(from), bind(to), bind(before), bind(limit);
    st.execute();
    Poco::Data::RecordSet rs(st);
    std::vector<AuditRecord> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext())
        out.push_back(recordOf(rs));
    return out;
}

} // namespace ow::server
