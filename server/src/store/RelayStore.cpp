#include "RelayStore.h"

#include "Sql.h"
#include "StoreError.h"

#include "domain/Json.h"

#include <algorithm>

namespace ow::server {
namespace {

constexpr const char* kIntegerColumns[] = {"seq",         "priority_rank",  "issued_at", "queued_at",
                                           "counter",     "target_counter", "called_at", "started_at",
                                           "finished_at", "recall_count",   "version",   "queue_seq"};

bool isInteger(const std::string& column) {
    for (const char* c : kIntegerColumns)
        if (column == c)
            return true;
    return false;
}

// The upsert of a ticket as the hall wrote it: a newer version only, and never a row of another hall.
std::string ticketUpsert() {
    const auto& columns = RelayStore::ticketColumns();
    std::string names, updates;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        names += (i ? ", " : "") + columns[i];
        if (columns[i] != "id")
            updates += (updates.empty() ? "" : ", ") + columns[i] + " = excluded." + columns[i];
    }
    return "INSERT INTO tickets(" + names + ") VALUES" + sqlValueRows(1, columns.size()) +
           " ON CONFLICT(id) DO UPDATE SET " + updates +
           " WHERE excluded.version >= tickets.version AND excluded.hall = tickets.hall";
}

} // namespace

const std::vector<std::string>& RelayStore::ticketColumns() {
    static const std::vector<std::string> columns = {
        "id",          "hall",          "category",         "number",       "seq",
        "priority",    "priority_rank", "status",           "business_day", "issued_at",
        "queued_at",   "counter",       "target_counter",   "called_at",    "started_at",
        "finished_at", "recall_count",  "transferred_from", "served_by",    "version",
        "queue_seq",   "holder"};
    return columns;
}

void RelayStore::installTriggers() {
    if (m_db.dialect() != Dialect::SQLite)
        throw StoreError::invalid("hall_server_sqlite", "a hall server keeps its database in SQLite");
    std::string row = "json_object(";
    for (std::size_t i = 0; i < ticketColumns().size(); ++i)
        row += std::string(i ? ", " : "") + "'" + ticketColumns()[i] + "', NEW." + ticketColumns()[i];
    row += ")";
    m_db.write([&](Poco::Data::Session& s) {
        for (const char* when : {"INSERT", "UPDATE"}) {
            const std::string name = std::string("relay_ticket_") + (when[0] == 'I' ? "insert" : "update");
            runSql(s, "DROP TRIGGER IF EXISTS " + name);
            std::string create = "CREATE TRIGGER " + name;
            create += std::string(" AFTER ") + when + " ON tickets BEGIN";
            create += " INSERT INTO relay_changes(kind, id, row) VALUES('ticket', NEW.id, " + row + "); END";
            runSql(s, create);
        }
    });
}

std::vector<RelayStore::Change> RelayStore::pending(std::size_t limit) {
    return m_db.read([&](Poco::Data::Session& s) {
        const SqlRows rows = runSql(s, "SELECT seq, kind, id, row FROM relay_changes ORDER BY seq LIMIT $1",
                                    {static_cast<std::int64_t>(limit)});
        std::vector<Change> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.push_back({rows.integer(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3)});
        return out;
    });
}

std::int64_t RelayStore::pendingCount() {
    return m_db.read(
        [](Poco::Data::Session& s) { return runSql(s, "SELECT COUNT(*) FROM relay_changes").integer(0, 0); });
}

void RelayStore::relayed(std::int64_t seq) {
    m_db.write([&](Poco::Data::Session& s) { runSql(s, "DELETE FROM relay_changes WHERE seq <= $1", {seq}); });
}

std::int64_t RelayStore::apply(const std::string& hall, const Poco::JSON::Array::Ptr& changes, std::int64_t backlog,
                               std::int64_t nowMs) {
    const std::string upsert = ticketUpsert();
    return m_db.write([&](Poco::Data::Session& s) {
        const SqlRows kept = runSql(s, "SELECT relayed_seq FROM hall_relays WHERE hall = $1", {hall});
        std::int64_t relayedSeq = kept.empty() ? 0 : kept.integer(0, 0);
        for (unsigned i = 0; changes && i < changes->size(); ++i) {
            const auto change = changes->getObject(i);
            const std::string where = "changes[" + std::to_string(i) + "]";
            if (!change)
                throw StoreError::invalid("invalid_field", where + " is not an object");
            const auto seq = optionalInt(change, "seq");
            if (!seq || *seq <= 0)
                throw StoreError::invalid("invalid_field", where + ".seq is a positive whole number");
            if (*seq <= relayedSeq)
                continue; // applied before (an answer lost on the way back): once only
            if (optionalString(change, "kind").value_or("") != "ticket")
                throw StoreError::invalid("invalid_field", where + ".kind is not one relayed here");
            const auto row = optionalObject(change, "row");
            if (!row || optionalString(row, "hall").value_or("") != hall) {
                std::string why = where;
                why += ".row is not a ticket of hall " + hall;
                throw StoreError::invalid("invalid_field", why);
            }
            std::vector<SqlParam> params;
            for (const auto& column : ticketColumns()) {
                if (!row->has(column) || row->isNull(column)) {
                    params.emplace_back();
                } else if (isInteger(column)) {
                    const auto value = optionalInt(row, column);
                    params.emplace_back(*value);
                } else {
                    params.emplace_back(row->get(column).convert<std::string>());
                }
            }
            runSql(s, upsert, params);
            relayedSeq = *seq;
        }
        runSql(s,
               "INSERT INTO hall_relays(hall, relayed_seq, relayed_at, backlog) VALUES($1, $2, $3, $4)"
               " ON CONFLICT(hall) DO UPDATE SET relayed_seq = excluded.relayed_seq, relayed_at = excluded.relayed_at,"
               " backlog = excluded.backlog",
               {hall, relayedSeq, nowMs, std::max<std::int64_t>(0, backlog)});
        return relayedSeq;
    });
}

std::optional<RelayStore::HallRelay> RelayStore::relayOf(const std::string& hall) {
    return m_db.read([&](Poco::Data::Session& s) -> std::optional<HallRelay> {
        const SqlRows rows =
            runSql(s, "SELECT relayed_seq, relayed_at, backlog FROM hall_relays WHERE hall = $1", {hall});
        if (rows.empty())
            return std::nullopt;
        return HallRelay{rows.integer(0, 0), rows.integer(0, 1), rows.integer(0, 2)};
    });
}

} // namespace ow::server
