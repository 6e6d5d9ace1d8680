#include "Outbox.h"

#include "Crypto.h"
#include "Sql.h"

#include "domain/Json.h"

namespace ow::server {

void Outbox::enqueue(Poco::Data::Session& s, const std::string& dedupeKey, const std::string& hall,
                     const std::string& kind, const std::string& phone, const Poco::JSON::Object::Ptr& params,
                     std::int64_t dueMs, std::int64_t nowMs) {
    runSql(s,
           "INSERT INTO outbox(id, dedupe_key, hall, kind, phone, params, state, attempts, created_at, next_at)"
           " VALUES($1, $2, $3, $4, $5, $6, 'pending', 0, $7, $8) ON CONFLICT(dedupe_key) DO NOTHING",
           {newUuid(), dedupeKey, hall, kind, phone, toJsonText(params), nowMs, dueMs});
}

std::vector<OutgoingMessage> Outbox::lease(std::int64_t nowMs, std::int64_t leaseMs, int limit) {
    return m_db.write([&](Poco::Data::Session& s) {
        // On PostgreSQL, rows another instance is leasing at this moment are passed over, not waited for and taken
        // again (SQLite has one writer at a time).
        const SqlRows rows =
            runSql(s,
                   std::string("UPDATE outbox SET leased_until = $1 WHERE id IN (SELECT id FROM outbox"
                               " WHERE state = 'pending' AND next_at <= $2 AND (leased_until IS NULL OR"
                               " leased_until <= $2) ORDER BY next_at LIMIT $3") +
                       (dialectOf(s) == Dialect::PostgreSQL ? " FOR UPDATE SKIP LOCKED" : "") +
                       ") RETURNING id, hall, kind, phone, params, attempts, created_at",
                   {nowMs + leaseMs, nowMs, limit});
        std::vector<OutgoingMessage> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.push_back({rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                           parseObject(rows.text(i, 4)), static_cast<int>(rows.integer(i, 5)), rows.integer(i, 6)});
        return out;
    });
}

void Outbox::delivered(const std::string& id, std::int64_t nowMs) {
    m_db.write([&](Poco::Data::Session& s) {
        runSql(s,
               "UPDATE outbox SET state = 'sent', sent_at = $1, attempts = attempts + 1, leased_until = NULL,"
               " last_error = NULL WHERE id = $2",
               {nowMs, id});
    });
}

void Outbox::failed(const std::string& id, const std::string& error, std::int64_t retryAtMs, bool giveUp) {
    m_db.write([&](Poco::Data::Session& s) {
        runSql(s,
               "UPDATE outbox SET state = $1, attempts = attempts + 1, next_at = $2, leased_until = NULL,"
               " last_error = $3 WHERE id = $4",
               {std::string(giveUp ? "failed" : "pending"), retryAtMs, error.substr(0, 500), id});
    });
}

Outbox::Counts Outbox::counts() {
    return m_db.read([&](Poco::Data::Session& s) {
        const SqlRows rows = runSql(s, "SELECT state, COUNT(*) FROM outbox GROUP BY state", {});
        Counts c;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string state = rows.text(i, 0);
            (state == "sent" ? c.sent : state == "failed" ? c.failed : c.pending) = rows.integer(i, 1);
        }
        return c;
    });
}

} // namespace ow::server
