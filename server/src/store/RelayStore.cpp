#include "RelayStore.h"

#include "AccountSync.h"
#include "BookingRelay.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/Json.h"

#include <algorithm>
#include <map>

namespace ow::server {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string joined(const std::vector<std::string>& names, const std::string& prefix = {}) {
    std::string out;
    for (const auto& name : names) {
        if (!out.empty())
            out += ", ";
        out += prefix;
        out += name;
    }
    return out;
}

// How the upstream writes a change of `kind`: a keyed row replaced by what the hall wrote (a newer version only, and
// never a row of another hall), a row that is only ever added added once, the audit chain's entry under its hall.
std::string upsertOf(const RelayStore::Kind& kind) {
    std::vector<std::string> columns = kind.columns;
    if (kind.chained)
        columns.insert(columns.begin(), "chain");
    std::string sql =
        "INSERT INTO " + kind.upstreamTable + "(" + joined(columns) + ") VALUES" + sqlValueRows(1, columns.size());
    if (kind.chained) {
        sql += " ON CONFLICT(chain, seq) DO NOTHING";
    } else if (!kind.key.empty()) {
        const auto keys = kind.keyColumns();
        std::string updates;
        for (const auto& c : kind.columns)
            if (!contains(keys, c)) {
                if (!updates.empty())
                    updates += ", ";
                updates += c;
                updates += " = excluded.";
                updates += c;
            }
        if (updates.empty()) // every column is the key (which queues a counter calls): there or not
            return sql + " ON CONFLICT(" + kind.key + ") DO NOTHING";
        sql += " ON CONFLICT(" + kind.key + ") DO UPDATE SET " + updates;
        sql += " WHERE excluded.hall = " + kind.upstreamTable + ".hall";
        if (kind.versioned)
            sql += " AND excluded.version >= " + kind.upstreamTable + ".version";
    }
    return sql;
}

// Writes a change of `kind`; a row that breaks a rule of the upstream's table (a constraint) is refused in words,
// naming the change (`where`), not answered with a 500.
template <typename Write> void underTheRules(const std::string& where, const RelayStore::Kind& kind, Write&& write) {
    try {
        write();
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        if (!isConstraintViolation(e))
            throw;
        std::string why = where;
        why += ".row breaks a rule of the " + kind.upstreamTable + " table here: " + e.what();
        throw StoreError::invalid("invalid_field", why);
    }
}

// How the upstream deletes a row the hall deleted: by its key, in the hall's rows only.
std::string deleteOf(const RelayStore::Kind& kind) {
    std::string sql = "DELETE FROM " + kind.upstreamTable + " WHERE ";
    int n = 0;
    for (const auto& c : kind.keyColumns()) {
        if (n)
            sql += " AND ";
        sql += c + " = $" + std::to_string(++n);
    }
    return sql;
}

// The trigger's JSON of the row `which` (NEW or OLD), of `columns`.
std::string rowJson(const std::vector<std::string>& columns, const char* which) {
    std::string row = "json_object(";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        row += i ? ", '" : "'";
        row += columns[i];
        row += "', ";
        row += which;
        row += ".";
        row += columns[i];
    }
    return row;
}

// The trigger's id of the row `which`: its key's columns joined by ':' (the first column for a row only added).
std::string rowId(const RelayStore::Kind& kind, const char* which) {
    if (kind.key.empty())
        return std::string(which) + "." + kind.columns.front();
    std::string id;
    for (const auto& c : kind.keyColumns())
        id += (id.empty() ? "" : " || ':' || ") + std::string(which) + "." + c;
    return id;
}

} // namespace

const std::vector<RelayStore::Kind>& RelayStore::kinds() {
    static const std::vector<Kind> all = {
        // The hall's set-up, run at the hall once it has joined: kept upstream as the hall has it (the booking page
        // offers the hall's slots, the region's day judges silence by the hall's hours).
        {.name = "queue",
         .table = "categories",
         .upstreamTable = "categories",
         .columns = {"hall", "prefix", "name", "closed", "group_name"},
         .integers = {"closed"},
         .key = "hall, prefix"},
        {.name = "counter",
         .table = "counters",
         .upstreamTable = "counters",
         .columns = {"hall", "number", "name", "closed_on"},
         .integers = {"number"},
         .key = "hall, number"},
        {.name = "counter_queue",
         .table = "counter_categories",
         .upstreamTable = "counter_categories",
         .columns = {"hall", "counter", "category"},
         .integers = {"counter"},
         .key = "hall, counter, category",
         .deletable = true},
        // A counter's pauses: the region's day counts the time a hall's counters stood paused.
        {.name = "counter_pause",
         .table = "counter_pauses",
         .upstreamTable = "counter_pauses",
         .columns = {"hall", "counter", "business_day", "started_at", "ended_at", "paused_by", "resumed_by"},
         .integers = {"counter", "started_at", "ended_at"},
         .key = "hall, counter, started_at"},
        {.name = "hours",
         .table = "hall_hours",
         .upstreamTable = "hall_hours",
         .columns = {"hall", "body", "updated_at"},
         .integers = {"updated_at"},
         .key = "hall"},
        {.name = "rating_policy",
         .table = "rating_policies",
         .upstreamTable = "rating_policies",
         .columns = {"hall", "body", "updated_at", "updated_by"},
         .integers = {"updated_at"},
         .key = "hall"},
        {.name = "appointment_plan",
         .table = "appointment_plans",
         .upstreamTable = "appointment_plans",
         .columns = {"hall", "category", "body", "updated_at"},
         .integers = {"updated_at"},
         .key = "hall, category",
         .deletable = true},
        {.name = "appointment_policy",
         .table = "appointment_policies",
         .upstreamTable = "appointment_policies",
         .columns = {"hall", "body", "updated_at"},
         .integers = {"updated_at"},
         .key = "hall"},
        {"ticket",
         "tickets",
         "tickets",
         {"id",          "hall",          "category",         "number",       "seq",
          "priority",    "priority_rank", "status",           "business_day", "issued_at",
          "queued_at",   "counter",       "target_counter",   "called_at",    "started_at",
          "finished_at", "recall_count",  "transferred_from", "served_by",    "version",
          "queue_seq",   "holder"},
         {"seq", "priority_rank", "issued_at", "queued_at", "counter", "target_counter", "called_at", "started_at",
          "finished_at", "recall_count", "version", "queue_seq"},
         "id",
         true,
         false},
        {"rating",
         "ratings",
         "ratings",
         {"id", "hall", "ticket_id", "case_id", "counter", "clerk", "category", "level", "reasons", "comment",
          "channel", "device_id", "rated_at", "rated_day", "voided_as"},
         {"counter", "level", "rated_at"},
         "id",
         false,
         false},
        {"rectification",
         "rectifications",
         "rectifications",
         {"id",
          "rating_id",
          "hall",
          "follow_up_due",
          "fix_due",
          "follow_up_at",
          "follow_up_day",
          "follow_up_by",
          "follow_up_note",
          "fix_at",
          "fix_day",
          "fix_by",
          "fix_note",
          "appeal_kind",
          "appeal_reason",
          "appeal_by",
          "appeal_at",
          "appeal_upheld",
          "appeal_decided_by",
          "appeal_decision_note",
          "appeal_decided_at",
          "version"},
         {"follow_up_at", "fix_at", "appeal_at", "appeal_upheld", "appeal_decided_at", "version"},
         "id",
         true,
         false},
        {"case",
         "cases",
         "cases",
         {"id",
          "hall",
          "case_no",
          "state",
          "version",
          "body",
          "updated_at",
          "device_id",
          "item",
          "clerk",
          "ticket_id",
          "accepted_date",
          "promised_date",
          "decided_at",
          "completed_at",
          "waived_due",
          "approved_by",
          "clock_stopped_since",
          "query_code",
          "id_tail"},
         {"version", "updated_at", "decided_at", "completed_at"},
         "id",
         true,
         false},
        {"case_step",
         "case_steps",
         "case_steps",
         {"case_id", "hall", "action", "day", "at", "by_user", "on_time"},
         {"at", "on_time"},
         "",
         false,
         false},
        {"permit",
         "permits",
         "permits",
         {"id", "hall", "case_id", "item", "body", "valid_from", "valid_to", "issued_by", "issued_at", "revoked_at",
          "revoked_by", "revoke_reason"},
         {"issued_at", "revoked_at"},
         "id",
         false,
         false},
        // Merged field by field upstream (a change of the hall's administrator and one of the city's to one account
        // may both stand): not upserted, so no upsert of its own. Only the merged columns' changes go up, not a login.
        {"account",
         "staff",
         "staff",
         {"user_name", "hall", "role", "name", "password_hash", "must_change_password", "disabled_at"},
         {"must_change_password", "disabled_at"},
         "user_name",
         false,
         false,
         false,
         true},
        // Made on both sides (the city's booking page, the hall's desks): merged, not replaced; the phone stays.
        {.name = "appointment",
         .table = "appointments",
         .upstreamTable = "appointments",
         .columns = bookings::upColumns(),
         .integers = {"start_minute", "end_minute", "created_at", "changed_at", "checked_in_at"},
         .key = "id",
         .booking = true},
        // Before the cases that name them (a device uploads an attachment before it pushes its case).
        {"blob", "blobs", "blobs", {"sha256", "size"}, {"size"}, "sha256", false, false, true},
        {"audit",
         "audit_log",
         "hall_audit",
         {"seq", "at", "hall", "actor", "device_id", "action", "subject", "detail", "prev_hash", "hash"},
         {"seq", "at"},
         "",
         false,
         true},
    };
    return all;
}

std::vector<std::string> RelayStore::Kind::keyColumns() const {
    std::vector<std::string> out;
    for (std::size_t from = 0; from < key.size();) {
        const std::size_t comma = key.find(',', from);
        const std::size_t end = comma == std::string::npos ? key.size() : comma;
        out.push_back(key.substr(from, end - from));
        from = end + 1;
        while (from < key.size() && key[from] == ' ')
            ++from;
    }
    return out;
}

const RelayStore::Kind* RelayStore::kind(const std::string& name) {
    for (const Kind& k : kinds())
        if (k.name == name)
            return &k;
    return nullptr;
}

std::string RelayStore::hallOnOwnServer(const std::string& hallColumn) {
    return "EXISTS (SELECT 1 FROM devices own WHERE own.hall = " + hallColumn +
           " AND own.kind = 'hall' AND own.revoked_at IS NULL)";
}

void RelayStore::installTriggers() {
    if (m_db.dialect() != Dialect::SQLite)
        throw StoreError::invalid("hall_server_sqlite", "a hall server keeps its database in SQLite");
    m_db.write([&](Poco::Data::Session& s) {
        for (const Kind& kind : kinds()) {
            std::string row = rowJson(kind.columns, "NEW");
            if (kind.merged)
                row.insert(row.size(), ", 'base', " + accounts::baseForTrigger());
            row += ")";
            for (const char* when : {"INSERT", "UPDATE", "DELETE"}) {
                const bool deleting = when[0] == 'D';
                std::string name = "relay_" + kind.name + "_";
                name += deleting ? "delete" : when[0] == 'I' ? "insert" : "update";
                runSql(s, "DROP TRIGGER IF EXISTS " + name);
                if ((when[0] == 'U' && kind.key.empty()) || (deleting && !kind.deletable))
                    continue; // added, never changed (the audit log refuses a change by itself), or never deleted
                std::string create = "CREATE TRIGGER " + name;
                create += std::string(" AFTER ") + when;
                if (kind.merged && when[0] == 'U') { // what is merged, not a login's count or time
                    create += " OF ";
                    for (const auto& column : kind.columns)
                        if (column != kind.key && column != "hall")
                            create += (create.back() == ' ' ? "" : ", ") + column;
                }
                create += " ON " + kind.table + " BEGIN";
                create += " INSERT INTO relay_changes(kind, id, row) VALUES('" + kind.name + "', ";
                create += rowId(kind, deleting ? "OLD" : "NEW") + ", ";
                // A deletion goes up as the row's key, marked.
                create += deleting ? rowJson(kind.keyColumns(), "OLD") + ", '_deleted', 1)" : row;
                create += "); END";
                runSql(s, create);
            }
        }
        // An account made at the hall is, once it has gone up, what the upstream has of it: the base of its later
        // changes (accounts::takeFromHall takes a change only against a known base).
        runSql(s, "DROP TRIGGER IF EXISTS relay_account_base");
        runSql(s, "CREATE TRIGGER relay_account_base AFTER INSERT ON staff BEGIN"
                  " INSERT INTO upstream_accounts(user_name, role, name, password_hash, must_change_password, disabled)"
                  " VALUES(NEW.user_name, NEW.role, NEW.name, NEW.password_hash, NEW.must_change_password,"
                  " CASE WHEN NEW.disabled_at IS NULL THEN '0' ELSE '1' END) ON CONFLICT(user_name) DO NOTHING; END");
    });
}

std::vector<RelayStore::Change> RelayStore::pending(std::size_t limit) {
    return m_db.read([&](Poco::Data::Session& s) {
        const SqlRows rows = runSql(s, "SELECT seq, kind, id, row FROM relay_changes ORDER BY seq LIMIT $1",
                                    {static_cast<std::int64_t>(limit)});
        std::vector<Change> out;
        out.reserve(rows.size());
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

std::int64_t RelayStore::apply(const Principal& hallServer, AuthStore& auth, const Poco::JSON::Array::Ptr& changes,
                               std::int64_t backlog, std::int64_t nowMs) {
    const std::string& hall = hallServer.hall;
    std::map<std::string, std::string> upserts;
    for (const Kind& k : kinds())
        upserts[k.name] = upsertOf(k);
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
            const Kind* kind = RelayStore::kind(optionalString(change, "kind").value_or(""));
            if (!kind)
                throw StoreError::invalid("invalid_field", where + ".kind is not one relayed here");
            const auto row = optionalObject(change, "row");
            // The audit chain holds the hall's every entry (the hall's own administrator's too), an attachment is
            // named by its bytes; everything else is the hall's own row.
            if (!row || !(kind->chained || kind->sentAhead || optionalString(row, "hall").value_or("") == hall)) {
                std::string why = where;
                why += ".row is not a " + kind->name + " of hall " + hall;
                throw StoreError::invalid("invalid_field", why);
            }
            if (kind->merged || kind->booking) {
                underTheRules(where, *kind, [&] {
                    if (kind->merged)
                        accounts::takeFromHall(s, auth, hallServer, row, nowMs);
                    else
                        bookings::take(s, row, nowMs);
                });
                relayedSeq = *seq;
                continue;
            }
            if (kind->sentAhead) {
                // The bytes came up by the blob routes before this change: the upstream holds them whole, or the
                // hall has sent a change it cannot stand behind.
                const std::string sha = optionalString(row, "sha256").value_or("");
                if (runSql(s, "SELECT 1 FROM blobs WHERE sha256 = $1", {sha}).empty()) {
                    std::string why = where;
                    why += ": attachment " + sha + " has not come up whole; send its bytes first";
                    throw StoreError(StoreError::Kind::Conflict, "blob_missing", why);
                }
                relayedSeq = *seq;
                continue;
            }
            const bool deleting = kind->deletable && row->has("_deleted");
            std::vector<SqlParam> params;
            if (kind->chained)
                params.emplace_back(hall);
            for (const auto& column : deleting ? kind->keyColumns() : kind->columns) {
                if (!row->has(column) || row->isNull(column)) {
                    params.emplace_back();
                } else if (contains(kind->integers, column)) {
                    try {
                        params.emplace_back(*optionalInt(row, column));
                    } catch (const std::exception&) {
                        std::string why = where;
                        why += ".row." + column + " is a whole number";
                        throw StoreError::invalid("invalid_field", why);
                    }
                } else {
                    params.emplace_back(row->get(column).convert<std::string>());
                }
            }
            underTheRules(where, *kind, [&] { runSql(s, deleting ? deleteOf(*kind) : upserts[kind->name], params); });
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

std::vector<std::pair<std::string, RelayStore::HallRelay>> RelayStore::relays() {
    return m_db.read([](Poco::Data::Session& s) {
        const SqlRows rows = runSql(s, "SELECT hall, relayed_seq, relayed_at, backlog FROM hall_relays ORDER BY hall");
        std::vector<std::pair<std::string, HallRelay>> out;
        out.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.emplace_back(rows.text(i, 0), HallRelay{rows.integer(i, 1), rows.integer(i, 2), rows.integer(i, 3)});
        return out;
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
