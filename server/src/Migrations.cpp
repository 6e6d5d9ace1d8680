#include "Database.h"

namespace ow::server {

const std::vector<std::vector<std::string>>& schemaMigrations() {
    static const std::vector<std::vector<std::string>> migrations = {
        // 1: halls, staff and devices, the queue. History (tickets, ticket_events) is never deleted.
        {
            "CREATE TABLE halls(id TEXT PRIMARY KEY, name TEXT NOT NULL, timezone TEXT NOT NULL,"
            " recall_limit INTEGER NOT NULL DEFAULT 3, created_at INTEGER NOT NULL)",
            "CREATE TABLE categories(hall TEXT NOT NULL REFERENCES halls(id), prefix TEXT NOT NULL,"
            " name TEXT NOT NULL, PRIMARY KEY(hall, prefix))",
            "CREATE TABLE counters(hall TEXT NOT NULL REFERENCES halls(id), number INTEGER NOT NULL,"
            " PRIMARY KEY(hall, number))",
            "CREATE TABLE counter_categories(hall TEXT NOT NULL, counter INTEGER NOT NULL, category TEXT NOT NULL,"
            " PRIMARY KEY(hall, counter, category),"
            " FOREIGN KEY(hall, counter) REFERENCES counters(hall, number),"
            " FOREIGN KEY(hall, category) REFERENCES categories(hall, prefix))",
            "CREATE TABLE staff(user TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id), role TEXT NOT NULL,"
            " name TEXT NOT NULL, password_hash TEXT NOT NULL, failed_logins INTEGER NOT NULL DEFAULT 0,"
            " locked_until INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE enroll_codes(code_hash TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " kind TEXT NOT NULL, counter INTEGER, created_at INTEGER NOT NULL, used_at INTEGER, device_id TEXT)",
            "CREATE TABLE devices(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id), kind TEXT NOT NULL,"
            " counter INTEGER, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, enrolled_at INTEGER NOT NULL,"
            " revoked_at INTEGER)",
            "CREATE TABLE sessions(token_hash TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES staff(user),"
            " device_id TEXT NOT NULL REFERENCES devices(id), created_at INTEGER NOT NULL,"
            " expires_at INTEGER NOT NULL)",
            "CREATE TABLE ticket_sequences(hall TEXT NOT NULL, business_day TEXT NOT NULL, category TEXT NOT NULL,"
            " last_seq INTEGER NOT NULL, PRIMARY KEY(hall, business_day, category))",
            "CREATE TABLE tickets(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " category TEXT NOT NULL, number TEXT NOT NULL, seq INTEGER NOT NULL, priority TEXT NOT NULL,"
            " priority_rank INTEGER NOT NULL, status TEXT NOT NULL, business_day TEXT NOT NULL,"
            " issued_at INTEGER NOT NULL, queued_at INTEGER NOT NULL, counter INTEGER, target_counter INTEGER,"
            " called_at INTEGER, started_at INTEGER, finished_at INTEGER, recall_count INTEGER NOT NULL DEFAULT 0,"
            " transferred_from TEXT REFERENCES tickets(id), served_by TEXT, version INTEGER NOT NULL DEFAULT 1,"
            " queue_seq INTEGER NOT NULL DEFAULT 0)",
            // A number is issued once per category and business day; a transfer re-queues the same number.
            "CREATE UNIQUE INDEX tickets_number ON tickets(hall, business_day, category, seq)"
            " WHERE transferred_from IS NULL",
            // A counter has at most one ticket called or in service.
            "CREATE UNIQUE INDEX tickets_active_counter ON tickets(hall, counter)"
            " WHERE status IN ('called', 'serving')",
            "CREATE INDEX tickets_waiting ON tickets(hall, business_day, status, priority_rank DESC, queued_at, queue_seq)",
            // People ahead of a new ticket: a range count within its category.
            "CREATE INDEX tickets_category_waiting ON tickets(hall, business_day, status, category, priority_rank,"
            " queued_at, target_counter)",
            "CREATE TABLE ticket_events(id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT NOT NULL,"
            " hall TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, counter INTEGER, staff TEXT,"
            " device_id TEXT)",
            "CREATE INDEX ticket_events_hall ON ticket_events(hall, kind, id)",
        },
        // 2: the versioned service catalog.
        {
            "CREATE TABLE catalogs(version INTEGER PRIMARY KEY, body TEXT NOT NULL, imported_at INTEGER NOT NULL)",
        },
        // 3: offline-first sync: cases pushed by devices, each change applied at most once, conflicts kept.
        {
            "CREATE TABLE sync_applied(device_id TEXT NOT NULL, seq INTEGER NOT NULL, status TEXT NOT NULL,"
            " reason TEXT NOT NULL, server_version INTEGER NOT NULL, at INTEGER NOT NULL,"
            " PRIMARY KEY(device_id, seq))",
            "CREATE TABLE cases(id TEXT PRIMARY KEY, hall TEXT NOT NULL, case_no TEXT NOT NULL, state TEXT NOT NULL,"
            " version INTEGER NOT NULL, body TEXT NOT NULL, updated_at INTEGER NOT NULL, device_id TEXT NOT NULL)",
            "CREATE INDEX cases_hall ON cases(hall, state)",
            "CREATE TABLE sync_conflicts(id INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL,"
            " seq INTEGER NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, base_version INTEGER NOT NULL,"
            " server_version INTEGER NOT NULL, data TEXT NOT NULL, created_at INTEGER NOT NULL, resolved_at INTEGER)",
            "CREATE TABLE change_log(cursor INTEGER PRIMARY KEY AUTOINCREMENT, hall TEXT NOT NULL,"
            " entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL,"
            " at INTEGER NOT NULL)",
            "CREATE INDEX change_log_hall ON change_log(hall, cursor)",
        },
        // 4: attachments, content-addressed; the bytes are files beside the database.
        {
            "CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, stored_at INTEGER NOT NULL)",
        },
        // 5: which device a logged change came from, so that a device is not sent its own changes back.
        {
            "ALTER TABLE change_log ADD COLUMN device_id TEXT",
        },
        // 6: the short code a device puts in its case numbers, handed out by the server so that two stations of a
        // hall never number cases alike (C<counter> for a counter, S001, S002 … for stations).
        {
            "ALTER TABLE devices ADD COLUMN code TEXT",
            "CREATE UNIQUE INDEX devices_code ON devices(hall, code) WHERE code IS NOT NULL",
        },
        // 7: 好差评 — one rating per service (the unique ticket is the rule, not a check before the insert),
        // with what the national interface links it to: counter, clerk, queue category, channel.
        {
            "CREATE TABLE ratings(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " ticket_id TEXT NOT NULL UNIQUE REFERENCES tickets(id), counter INTEGER, clerk TEXT, category TEXT NOT NULL,"
            " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), reasons TEXT NOT NULL, comment TEXT NOT NULL,"
            " channel TEXT NOT NULL, device_id TEXT NOT NULL, rated_at INTEGER NOT NULL)",
            "CREATE INDEX ratings_day ON ratings(hall, rated_at)",
        },
    };
    return migrations;
}

} // namespace ow::server
