#include "Migrations.h"

#include "Database.h"
#include "Sql.h"

#include <algorithm>

using namespace Poco::Data::Keywords;

namespace ow::server {

namespace {

// 13 (both): failed enrollment codes and passwords, so that several instances count them together (RateLimiter);
// rows older than the limiter's window are deleted.
const std::vector<std::string> kFailedAttempts = {
    "CREATE TABLE failed_attempts(scope TEXT NOT NULL, key TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX failed_attempts_recent ON failed_attempts(scope, key, at)",
};

// 14 (both): who approved a case, as the server recorded it when the approval was pushed through the case rules
// (a permit is signed only for such a case); for cases from before, taken from their audit entries (an approved case
// was approved; a completed or delivered one may have been denied, so only its audit entry tells). And one case
// number per hall: numbers used twice before (no check then) keep the first case's, the others get their id added.
const std::vector<std::string> kCaseRules = {
    "ALTER TABLE cases ADD COLUMN approved_by TEXT",
    // One pass over the audit log's approvals joined to the cases (not a lookup per case: the audit log has no
    // index by subject, and a hall's history is long).
    "UPDATE cases SET approved_by = a.actor FROM (SELECT subject, MIN(actor) AS actor FROM audit_log"
    " WHERE action = 'case.approved' GROUP BY subject) AS a"
    " WHERE a.subject = 'case:' || cases.id AND cases.state IN ('approved', 'completed', 'delivered')",
    "UPDATE cases SET approved_by = clerk WHERE state = 'approved' AND approved_by IS NULL",
    "UPDATE cases SET case_no = case_no || '#' || id WHERE case_no <> '' AND EXISTS(SELECT 1 FROM cases o"
    " WHERE o.hall = cases.hall AND o.case_no = cases.case_no AND o.id < cases.id)",
    "CREATE UNIQUE INDEX cases_hall_case_no ON cases(hall, case_no) WHERE case_no <> ''",
};

// 15 (both): an attempt is written before it is checked and deleted again when it did not fail (RateLimiter):
// each row names its attempt.
const std::vector<std::string> kAttemptIds = {
    "ALTER TABLE failed_attempts ADD COLUMN attempt TEXT",
};

// 16 (both): the attachment bytes each device sent, for the quotas per device and per hall over 24 hours.
const std::vector<std::string> kBlobQuota = {
    "CREATE TABLE blob_received(device_id TEXT NOT NULL, hall TEXT NOT NULL, bytes BIGINT NOT NULL, at BIGINT NOT "
    "NULL)",
    "CREATE INDEX blob_received_device ON blob_received(device_id, at)",
    "CREATE INDEX blob_received_hall ON blob_received(hall, at)",
};

// 17 (both): each step of a case's life after intake (CaseLifeStore), one row per step, for the day's figures:
// corrections asked for, decisions, handovers at the window and by post. on_time: a completion by the promised date.
const std::vector<std::string> kCaseSteps = {
    "CREATE TABLE case_steps(hall TEXT NOT NULL, case_id TEXT NOT NULL, action TEXT NOT NULL, day TEXT NOT NULL,"
    " at BIGINT NOT NULL, by_user TEXT NOT NULL, on_time INTEGER)",
    "CREATE INDEX case_steps_day ON case_steps(hall, day)",
};

// 18 (both): since which day a case's clock stands still (a correction awaited, or a 公示 / 专家评审 stop), NULL while
// it runs: warnings and overdue counts leave such cases out. Cases waiting for a correction from before: since the
// day of their last step, or their acceptance.
const std::vector<std::string> kClockStopped = {
    "ALTER TABLE cases ADD COLUMN clock_stopped_since TEXT",
    "UPDATE cases SET clock_stopped_since = COALESCE((SELECT MAX(st.day) FROM case_steps st WHERE st.case_id = cases.id"
    " AND st.action = 'correction_requested'), accepted_date) WHERE state = 'supplement'",
};

// 19: what a progress lookup or a case's rating must be given with the case number (issue of enumeration: numbers
// follow a public pattern): the receipt's query code, kept from the first push that has one, and the last four
// characters of the applicant's ID number. NULL when the case has none, so that nothing matches an empty code.
// Backfilled from the bodies (each engine's JSON functions). Looked up by the number alone (cases_case_no).
const std::vector<std::string> kLookupSqlite = {
    "ALTER TABLE cases ADD COLUMN query_code TEXT",
    "ALTER TABLE cases ADD COLUMN id_tail TEXT",
    "UPDATE cases SET query_code = NULLIF(json_extract(body, '$.query_code'), ''),"
    " id_tail = CASE WHEN length(json_extract(body, '$.applicant.id_number')) >= 4"
    " THEN upper(substr(json_extract(body, '$.applicant.id_number'), -4)) END",
};
const std::vector<std::string> kLookupPostgres = {
    "ALTER TABLE cases ADD COLUMN query_code TEXT",
    "ALTER TABLE cases ADD COLUMN id_tail TEXT",
    "UPDATE cases SET query_code = NULLIF(body::jsonb ->> 'query_code', ''),"
    " id_tail = CASE WHEN length(body::jsonb -> 'applicant' ->> 'id_number') >= 4"
    " THEN upper(right(body::jsonb -> 'applicant' ->> 'id_number', 4)) END",
};

// 20 (both): a staff account disabled (someone who left the hall): no login, and its sessions end. Kept, not deleted:
// the audit log and the cases name it.
const std::vector<std::string> kStaffDisabled = {
    "ALTER TABLE staff ADD COLUMN disabled_at BIGINT",
};

// 21 (both): a real-name number's holder (实名取号), the ID number masked; NULL for the others. A citizen's cases
// found by the card laid at the kiosk: by the number's last four characters within the hall.
const std::vector<std::string> kTicketHolder = {
    "ALTER TABLE tickets ADD COLUMN holder TEXT",
    "CREATE INDEX cases_id_tail ON cases(hall, id_tail)",
};

// 22 (both): running the hall from the screens (管理). An account given a password by an administrator must change
// it at its next login; when each account last logged in. A session ended early says why (disabled, password_reset,
// device_revoked) instead of vanishing, so that its device can be told in words. When each device was last seen
// (written at most every two minutes). A queue closed (no new numbers); a counter's name and the day it is closed
// for. A hall's opening hours (domain/HallHours.h), one document. The audit log read by hall and person.
const std::vector<std::string> kHallAdmin = {
    "ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE staff ADD COLUMN last_login_at BIGINT",
    "ALTER TABLE sessions ADD COLUMN ended TEXT",
    "ALTER TABLE devices ADD COLUMN last_seen_at BIGINT",
    "ALTER TABLE categories ADD COLUMN closed INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE counters ADD COLUMN name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE counters ADD COLUMN closed_on TEXT",
    "CREATE TABLE hall_hours(hall TEXT PRIMARY KEY REFERENCES halls(id), body TEXT NOT NULL,"
    " updated_at BIGINT NOT NULL)",
    // The hall's record read by the administrator, by person and by time.
    "CREATE INDEX audit_log_hall ON audit_log(hall, seq)",
    "CREATE INDEX audit_log_actor ON audit_log(hall, actor, seq)",
};

// 23 (both): appointments (预约, AppointmentStore). A queue's plan; one row per booked slot whose count never passes
// its capacity (the booking's conditional UPDATE, backed by the CHECK); the bookings, one active per ID number, hall,
// day and queue, and an active code once per hall. ID numbers as a hash and their last four characters.
const std::vector<std::string> kAppointments = {
    "CREATE TABLE appointment_plans(hall TEXT NOT NULL REFERENCES halls(id), category TEXT NOT NULL,"
    " body TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY(hall, category))",
    "CREATE TABLE appointment_slots(hall TEXT NOT NULL, category TEXT NOT NULL, day TEXT NOT NULL,"
    " start_minute INTEGER NOT NULL, capacity INTEGER NOT NULL, booked INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY(hall, category, day, start_minute), CHECK(booked >= 0 AND booked <= capacity))",
    "CREATE TABLE appointments(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id), code TEXT NOT NULL,"
    " category TEXT NOT NULL, day TEXT NOT NULL, start_minute INTEGER NOT NULL, end_minute INTEGER NOT NULL,"
    " name TEXT NOT NULL, id_key TEXT NOT NULL, id_tail TEXT NOT NULL, phone TEXT NOT NULL, state TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, changed_at BIGINT NOT NULL, by_device TEXT)",
    "CREATE UNIQUE INDEX appointments_active_code ON appointments(hall, code) WHERE state IN ('booked', 'checked_in')",
    "CREATE UNIQUE INDEX appointments_one_active ON appointments(hall, day, category, id_key)"
    " WHERE state IN ('booked', 'checked_in')",
    "CREATE INDEX appointments_day ON appointments(hall, day, category, start_minute)",
};

// 24 (both): appointments' check-in and no-shows. A checked-in appointment's ticket goes before walk-ins, so the
// ranks move: green cards, elderly and disabled people from 1 to 2, appointments 1 (domain/Ticket.h). The booking
// keeps the ID number masked (the ticket's holder), its ticket and check-in time; a hall's no-show policy. The text
// messages owed (Outbox).
const std::vector<std::string> kCheckInAndMessages = {
    "UPDATE tickets SET priority_rank = 2 WHERE priority_rank = 1",
    "ALTER TABLE appointments ADD COLUMN id_masked TEXT",
    "ALTER TABLE appointments ADD COLUMN ticket_id TEXT",
    "ALTER TABLE appointments ADD COLUMN checked_in_at BIGINT",
    "CREATE INDEX appointments_person ON appointments(hall, id_key, state, day)",
    "CREATE INDEX appointments_open ON appointments(hall, state, day)",
    // An appointment's number waiting before its slot (rank 0 until then): found when the slot begins. Partial, so
    // it holds only those few; with every column the query names, so that SQLite's planner prefers it to
    // tickets_waiting (which would walk every waiting walk-in).
    "CREATE INDEX tickets_appointments_early ON tickets(hall, business_day, status, priority, priority_rank,"
    " queued_at) WHERE status = 'waiting' AND priority = 'appointment' AND priority_rank = 0",
    "CREATE TABLE appointment_policies(hall TEXT PRIMARY KEY REFERENCES halls(id), body TEXT NOT NULL,"
    " updated_at BIGINT NOT NULL)",
    "CREATE TABLE outbox(id TEXT PRIMARY KEY, dedupe_key TEXT NOT NULL UNIQUE, hall TEXT NOT NULL, kind TEXT NOT NULL,"
    " phone TEXT NOT NULL, params TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,"
    " created_at BIGINT NOT NULL, next_at BIGINT NOT NULL, leased_until BIGINT, sent_at BIGINT, last_error TEXT)",
    "CREATE INDEX outbox_due ON outbox(state, next_at)",
};

// 25 (both): home visits (预约上门, HomeVisitStore). The asking device's id makes a request sent again the same one;
// the ID number kept masked only. Read by hall and state, by the asking device, and by a clerk's date.
const std::vector<std::string> kHomeVisits = {
    "CREATE TABLE home_visits(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id), name TEXT NOT NULL,"
    " id_masked TEXT NOT NULL, phone TEXT NOT NULL, address TEXT NOT NULL, service TEXT NOT NULL,"
    " reason TEXT NOT NULL, note TEXT NOT NULL, state TEXT NOT NULL, requested_by TEXT NOT NULL,"
    " device TEXT NOT NULL, requested_at BIGINT NOT NULL, clerk TEXT, visit_date TEXT, outcome TEXT,"
    " changed_at BIGINT NOT NULL)",
    "CREATE INDEX home_visits_open ON home_visits(hall, state, visit_date)",
    "CREATE INDEX home_visits_device ON home_visits(hall, device, requested_at)",
};

// 26 (both): a phone left at the kiosk for a waiting number (QueueNotices), kept until its message is owed; the
// partial index holds only those numbers, for the notifier's look every few seconds.
const std::vector<std::string> kQueueNotices = {
    "ALTER TABLE tickets ADD COLUMN notify_phone TEXT",
    "CREATE INDEX tickets_notify ON tickets(notify_phone) WHERE notify_phone IS NOT NULL",
};

// 27: regions (区域) above the halls — a county, a city, a province — each with its parent; a hall belongs to at most
// one. A region's supervisor and the PC they use belong to the region instead of a hall, so staff, devices and
// enrollment codes have a hall or a region, never both, never neither. SQLite cannot drop a NOT NULL: those three
// tables are made again and their rows copied (migrateSchema turns foreign keys off around it and checks them before
// the commit); PostgreSQL changes them in place.
const std::vector<std::string> kRegionsCommon = {
    "CREATE TABLE regions(id TEXT PRIMARY KEY, name TEXT NOT NULL, parent TEXT REFERENCES regions(id),"
    " timezone TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE INDEX regions_parent ON regions(parent)",
    "ALTER TABLE halls ADD COLUMN region TEXT REFERENCES regions(id)",
    "CREATE INDEX halls_region ON halls(region)",
};
// 28: hall servers and their upstream (issue 31). On a hall server: its line to the upstream (the city's or province's
// server it joined) — where, as which device (its token: the hall server must present it), how it trusts the
// upstream's certificate, the signing key whose public half the upstream has confirmed (NULL until then) — and the
// changes still to relay, each row as it was written (filled by triggers RelayStore makes). On the upstream: how far
// each hall's relay has come.
const std::vector<std::string> kUpstreamCommon = {
    "CREATE TABLE upstream(hall TEXT PRIMARY KEY REFERENCES halls(id), url TEXT NOT NULL, device_id TEXT NOT NULL,"
    " token TEXT NOT NULL, ca_file TEXT, pin_sha256 TEXT, key_sent TEXT, joined_at BIGINT NOT NULL)",
    "CREATE TABLE hall_relays(hall TEXT PRIMARY KEY REFERENCES halls(id), relayed_seq BIGINT NOT NULL,"
    " relayed_at BIGINT NOT NULL, backlog BIGINT NOT NULL)",
};
std::vector<std::string> withRelayChanges(const char* key) {
    std::vector<std::string> all = kUpstreamCommon;
    all.push_back(std::string("CREATE TABLE relay_changes(seq ") + key +
                  ", kind TEXT NOT NULL, id TEXT NOT NULL, row TEXT NOT NULL)");
    return all;
}

// 29: the audit chains of the halls with servers of their own, as relayed (issue 31): each hall's entries as the hall
// wrote and chained them, under the hall (`chain`) — `verify-audit` walks each as it walks this server's own. Added
// to, never changed, like audit_log.
std::vector<std::string> hallAudit(const char* integer, bool postgres) {
    std::string table = "CREATE TABLE hall_audit(chain TEXT NOT NULL REFERENCES halls(id), seq ";
    table += integer;
    table += " NOT NULL, at ";
    table += integer;
    table += " NOT NULL, hall TEXT NOT NULL, actor TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL,"
             " subject TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,"
             " PRIMARY KEY(chain, seq))";
    std::vector<std::string> all = {table};
    for (const char* when : {"UPDATE", "DELETE"}) {
        std::string trigger = "CREATE TRIGGER hall_audit_no_";
        trigger += when[0] == 'U' ? "update" : "delete";
        trigger += " BEFORE ";
        trigger += when;
        trigger += postgres ? " ON hall_audit FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
                            : " ON hall_audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END";
        all.push_back(trigger);
    }
    return all;
}

// 30: on a hall server, what it has taken from its upstream that the hall may later undo (an account disabled
// upstream, as of the upstream's disabled_at): taken once, so that the hall's administrator enabling the account again
// is not overturned at the next round.
const std::vector<std::string> kUpstreamApplied = {
    "CREATE TABLE upstream_applied(what TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(what, key))",
};

// 31: on a hall server, the accounts as the upstream last said them (upstream_accounts: each field's value, NULL where
// not known — a hall joined before this version), the base against which the hall's and the upstream's changes are
// told apart; and the changes of one field on both sides, kept for the hall's administrator (account_conflicts). A
// disabling taken under version 30 is the base of its account's state; upstream_applied is not used any more.
const std::vector<std::string> kAccountsBothSides = {
    "CREATE TABLE upstream_accounts(user_name TEXT PRIMARY KEY, role TEXT, name TEXT, password_hash TEXT,"
    " must_change_password INTEGER, disabled TEXT)",
    "INSERT INTO upstream_accounts(user_name, disabled) SELECT key, '1' FROM upstream_applied"
    " WHERE what = 'staff_disabled'",
    "DROP TABLE upstream_applied",
    "CREATE TABLE account_conflicts(user_name TEXT NOT NULL, field TEXT NOT NULL, hall_value TEXT,"
    " upstream_value TEXT, upstream_row TEXT NOT NULL, seen_at BIGINT NOT NULL, PRIMARY KEY(user_name, field))",
};

// 32: a queue's department (部门: 公安, 税务, 社保 …), by which the kiosk of a big hall offers its queues; NULL for a
// queue of no department (a small hall's few queues are offered as they are).
const std::vector<std::string> kQueueGroups = {
    "ALTER TABLE categories ADD COLUMN group_name TEXT",
};

// 33: a counter's pauses (暂停服务): from when to when (ended_at NULL while it lasts), by whom, on which of the hall's
// days; at most one lasting pause per counter. A paused counter calls nobody; the supervisor's day counts the time.
// The clerk on duty at each counter, read with every snapshot, found by index.
const std::vector<std::string> kCounterPauses = {
    "CREATE TABLE counter_pauses(hall TEXT NOT NULL, counter BIGINT NOT NULL, business_day TEXT NOT NULL,"
    " started_at BIGINT NOT NULL, ended_at BIGINT, paused_by TEXT NOT NULL, resumed_by TEXT,"
    " PRIMARY KEY(hall, counter, started_at))",
    "CREATE UNIQUE INDEX counter_pauses_lasting ON counter_pauses(hall, counter) WHERE ended_at IS NULL",
    "CREATE INDEX counter_pauses_day ON counter_pauses(hall, business_day)",
    // Who is on duty at each counter is read with every snapshot of the queue: a hall's devices, their sessions.
    "CREATE INDEX devices_hall ON devices(hall, kind)",
    "CREATE INDEX sessions_device ON sessions(device_id, created_at)",
};

// 34: what the hall's papers and screens say of it (本厅信息: its county, telephones, 文号 prefix, the board's notice),
// and each staff member's number (工号), unique in the hall, shown where a clerk is named to the public.
const std::vector<std::string> kHallProfiles = {
    "CREATE TABLE hall_profiles(hall TEXT PRIMARY KEY REFERENCES halls(id), body TEXT NOT NULL,"
    " updated_at BIGINT NOT NULL)",
    "ALTER TABLE staff ADD COLUMN staff_no TEXT",
    "CREATE UNIQUE INDEX staff_numbers ON staff(hall, staff_no) WHERE staff_no IS NOT NULL",
};

const std::vector<std::string> kRegionsSqlite = [] {
    std::vector<std::string> all = kRegionsCommon;
    const std::vector<std::string> rebuilt = {
        "CREATE TABLE staff_v27(user_name TEXT PRIMARY KEY, hall TEXT REFERENCES halls(id),"
        " region TEXT REFERENCES regions(id), role TEXT NOT NULL, name TEXT NOT NULL, password_hash TEXT NOT NULL,"
        " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0, disabled_at BIGINT,"
        " must_change_password INTEGER NOT NULL DEFAULT 0, last_login_at BIGINT,"
        " CHECK ((hall IS NULL) <> (region IS NULL)))",
        "INSERT INTO staff_v27(user_name, hall, role, name, password_hash, failed_logins, locked_until, disabled_at,"
        " must_change_password, last_login_at) SELECT user_name, hall, role, name, password_hash, failed_logins,"
        " locked_until, disabled_at, must_change_password, last_login_at FROM staff",
        "DROP TABLE staff",
        "ALTER TABLE staff_v27 RENAME TO staff",
        "CREATE TABLE devices_v27(id TEXT PRIMARY KEY, hall TEXT REFERENCES halls(id),"
        " region TEXT REFERENCES regions(id), kind TEXT NOT NULL, counter INTEGER, name TEXT NOT NULL,"
        " token_hash TEXT NOT NULL UNIQUE, enrolled_at INTEGER NOT NULL, revoked_at INTEGER, code TEXT,"
        " last_seen_at BIGINT, CHECK ((hall IS NULL) <> (region IS NULL)))",
        "INSERT INTO devices_v27(id, hall, kind, counter, name, token_hash, enrolled_at, revoked_at, code,"
        " last_seen_at) SELECT id, hall, kind, counter, name, token_hash, enrolled_at, revoked_at, code,"
        " last_seen_at FROM devices",
        "DROP TABLE devices",
        "ALTER TABLE devices_v27 RENAME TO devices",
        "CREATE UNIQUE INDEX devices_code ON devices(hall, code) WHERE code IS NOT NULL",
        "CREATE TABLE enroll_codes_v27(code_hash TEXT PRIMARY KEY, hall TEXT REFERENCES halls(id),"
        " region TEXT REFERENCES regions(id), kind TEXT NOT NULL, counter INTEGER, created_at INTEGER NOT NULL,"
        " used_at INTEGER, device_id TEXT, CHECK ((hall IS NULL) <> (region IS NULL)))",
        "INSERT INTO enroll_codes_v27(code_hash, hall, kind, counter, created_at, used_at, device_id)"
        " SELECT code_hash, hall, kind, counter, created_at, used_at, device_id FROM enroll_codes",
        "DROP TABLE enroll_codes",
        "ALTER TABLE enroll_codes_v27 RENAME TO enroll_codes",
    };
    all.insert(all.end(), rebuilt.begin(), rebuilt.end());
    return all;
}();
const std::vector<std::string> kRegionsPostgres = [] {
    std::vector<std::string> all = kRegionsCommon;
    for (const char* table : {"staff", "devices", "enroll_codes"}) {
        const std::string t(table);
        all.push_back("ALTER TABLE " + t + " ALTER COLUMN hall DROP NOT NULL");
        all.push_back("ALTER TABLE " + t + " ADD COLUMN region TEXT REFERENCES regions(id)");
        std::string check = "ALTER TABLE " + t;
        check += " ADD CONSTRAINT " + t + "_hall_or_region CHECK ((hall IS NULL) <> (region IS NULL))";
        all.push_back(check);
    }
    return all;
}();

const std::vector<std::vector<std::string>>& sqliteMigrations() {
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
            "CREATE INDEX tickets_waiting ON tickets(hall, business_day, status, priority_rank DESC, queued_at, "
            "queue_seq)",
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
            " ticket_id TEXT NOT NULL UNIQUE REFERENCES tickets(id), counter INTEGER, clerk TEXT, category TEXT NOT "
            "NULL,"
            " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), reasons TEXT NOT NULL, comment TEXT NOT NULL,"
            " channel TEXT NOT NULL, device_id TEXT NOT NULL, rated_at INTEGER NOT NULL)",
            "CREATE INDEX ratings_day ON ratings(hall, rated_at)",
        },
        // 8: a rating of a case (scanned receipt) as well as of a ticket, "not rated" (level NULL: the pad asked and
        // nobody answered) that a later real rating replaces, a rating voided by an upheld appeal; rectifications of
        // bad ratings; each hall's rating policy; the append-only audit log (a hash chain; triggers refuse edits).
        // Ratings written before this migration get their local day as in China (UTC+8), the only zone in use.
        {
            "CREATE TABLE ratings_v8(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " ticket_id TEXT UNIQUE REFERENCES tickets(id), case_id TEXT UNIQUE, counter INTEGER, clerk TEXT,"
            " category TEXT NOT NULL, level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 5),"
            " reasons TEXT NOT NULL, comment TEXT NOT NULL, channel TEXT NOT NULL, device_id TEXT NOT NULL,"
            " rated_at INTEGER NOT NULL, rated_day TEXT NOT NULL, voided_as TEXT,"
            " CHECK (ticket_id IS NOT NULL OR case_id IS NOT NULL))",
            "INSERT INTO ratings_v8(id, hall, ticket_id, counter, clerk, category, level, reasons, comment, channel,"
            " device_id, rated_at, rated_day) SELECT id, hall, ticket_id, counter, clerk, category, level, reasons,"
            " comment, channel, device_id, rated_at, date(rated_at / 1000 + 8 * 3600, 'unixepoch') FROM ratings",
            "DROP TABLE ratings",
            "ALTER TABLE ratings_v8 RENAME TO ratings",
            "CREATE INDEX ratings_day ON ratings(hall, rated_day)",
            "CREATE TABLE rectifications(id TEXT PRIMARY KEY, rating_id TEXT NOT NULL UNIQUE REFERENCES ratings(id),"
            " hall TEXT NOT NULL REFERENCES halls(id), follow_up_due TEXT NOT NULL, fix_due TEXT NOT NULL,"
            " follow_up_at INTEGER, follow_up_day TEXT, follow_up_by TEXT, follow_up_note TEXT,"
            " fix_at INTEGER, fix_day TEXT, fix_by TEXT, fix_note TEXT,"
            " appeal_kind TEXT, appeal_reason TEXT, appeal_by TEXT, appeal_at INTEGER,"
            " appeal_upheld INTEGER, appeal_decided_by TEXT, appeal_decision_note TEXT, appeal_decided_at INTEGER,"
            " version INTEGER NOT NULL DEFAULT 1)",
            "CREATE INDEX rectifications_hall ON rectifications(hall, fix_due)",
            "CREATE TABLE rating_policies(hall TEXT PRIMARY KEY REFERENCES halls(id), body TEXT NOT NULL,"
            " updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL)",
            "CREATE TABLE audit_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, hall TEXT NOT NULL,"
            " actor TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,"
            " detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            // The case taken at a ticket's service, for figures by service item.
            "CREATE INDEX cases_ticket ON cases(json_extract(body, '$.ticket_id'))",
        },
        // 9: what the daily counts need of a case, kept beside its body on every applied change so that a day is
        // counted from indexed columns, not by reading every case's JSON: its first item, clerk, ticket, the
        // accepted and promised dates, when it was decided (一次性告知 / 不予受理, the device's time), when the
        // server first saw it completed, and the earliest supply date of a material accepted without (容缺).
        {
            "ALTER TABLE cases ADD COLUMN item TEXT",
            "ALTER TABLE cases ADD COLUMN clerk TEXT",
            "ALTER TABLE cases ADD COLUMN ticket_id TEXT",
            "ALTER TABLE cases ADD COLUMN accepted_date TEXT",
            "ALTER TABLE cases ADD COLUMN promised_date TEXT",
            "ALTER TABLE cases ADD COLUMN decided_at INTEGER",
            "ALTER TABLE cases ADD COLUMN completed_at INTEGER",
            "ALTER TABLE cases ADD COLUMN waived_due TEXT",
            "UPDATE cases SET item = json_extract(body, '$.items[0]'), clerk = json_extract(body, '$.clerk'),"
            " ticket_id = NULLIF(json_extract(body, '$.ticket_id'), ''),"
            " accepted_date = NULLIF(json_extract(body, '$.accepted_date'), ''),"
            " promised_date = NULLIF(json_extract(body, '$.promised_date'), ''),"
            " decided_at = CASE WHEN state IN ('notified', 'refused') THEN json_extract(body, '$.updated_at_ms') END,"
            " completed_at = CASE WHEN state IN ('completed', 'delivered') THEN updated_at END,"
            " waived_due = (SELECT MIN(json_extract(m.value, '$.due_date')) FROM json_each(body, '$.materials') m"
            "  WHERE json_extract(m.value, '$.state') = 'waived')",
            "DROP INDEX cases_ticket",
            "CREATE INDEX cases_ticket ON cases(ticket_id)",
            "CREATE INDEX cases_accepted ON cases(hall, accepted_date)",
            "CREATE INDEX cases_decided ON cases(hall, decided_at)",
            // Open cases only (the queries name the same states): those past their promise, those with a waived
            // material past its date.
            "CREATE INDEX cases_open ON cases(hall, promised_date)"
            " WHERE state IN ('accepted', 'in_review', 'supplement', 'approved')",
            "CREATE INDEX cases_waived ON cases(hall, waived_due)"
            " WHERE state IN ('accepted', 'in_review', 'supplement', 'approved') AND waived_due IS NOT NULL",
            "CREATE INDEX cases_completed ON cases(hall, completed_at)",
            // Cases completed on or after their promised day (a superset of the late ones, whatever the zone): those
            // overdue at the end of a past day are found among these, not among every case completed since.
            "CREATE INDEX cases_late ON cases(hall, completed_at, promised_date, accepted_date)"
            " WHERE completed_at >= (julianday(promised_date) - 2440588.5) * 86400000",
        },
        // 10: the public halves of the permit-signing keys (the private halves are files, mode 0600).
        {
            "CREATE TABLE permit_keys(kid TEXT PRIMARY KEY, issuer TEXT NOT NULL, public_jwk TEXT NOT NULL,"
            " created_at INTEGER NOT NULL, retired_at INTEGER)",
        },
        // 11: the permits issued for approved cases, with their signed codes; at most one standing (not revoked)
        // permit per case and item.
        {
            "CREATE TABLE permits(id TEXT PRIMARY KEY, hall TEXT NOT NULL, case_id TEXT NOT NULL, item TEXT NOT NULL,"
            " body TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, issued_by TEXT NOT NULL,"
            " issued_at INTEGER NOT NULL, revoked_at INTEGER, revoked_by TEXT, revoke_reason TEXT)",
            "CREATE UNIQUE INDEX permits_standing ON permits(case_id, item) WHERE revoked_at IS NULL",
            "CREATE INDEX permits_hall ON permits(hall, issued_at)",
            // A receipt's number is looked up by the public (case progress) and by the kiosk's rating.
            "CREATE INDEX cases_case_no ON cases(case_no)",
        },
        // 12: "user" is a reserved word in PostgreSQL: the staff member's login name is user_name in both.
        {
            "ALTER TABLE staff RENAME COLUMN user TO user_name",
            "ALTER TABLE sessions RENAME COLUMN user TO user_name",
        },
        kFailedAttempts,
        kCaseRules,
        kAttemptIds,
        kBlobQuota,
        kCaseSteps,
        kClockStopped,
        kLookupSqlite,
        kStaffDisabled,
        kTicketHolder,
        kHallAdmin,
        kAppointments,
        kCheckInAndMessages,
        kHomeVisits,
        kQueueNotices,
        kRegionsSqlite,
        withRelayChanges("INTEGER PRIMARY KEY AUTOINCREMENT"),
        hallAudit("INTEGER", false),
        kUpstreamApplied,
        kAccountsBothSides,
        kQueueGroups,
        kCounterPauses,
        kHallProfiles,
    };
    return migrations;
}

// PostgreSQL came with schema version 12: its migration 1 creates the schema SQLite reached through 1-12 (same
// tables, columns, keys and indexes; integers are BIGINT, the counters are identities), 2-12 have nothing to do.
// From 13 on, each migration is written for both.
const std::vector<std::vector<std::string>>& postgresMigrations() {
    static const std::vector<std::vector<std::string>> migrations = [] {
        std::vector<std::vector<std::string>> all(12);
        all[0] = {
            "CREATE TABLE halls(id TEXT PRIMARY KEY, name TEXT NOT NULL, timezone TEXT NOT NULL,"
            " recall_limit BIGINT NOT NULL DEFAULT 3, created_at BIGINT NOT NULL)",
            "CREATE TABLE categories(hall TEXT NOT NULL REFERENCES halls(id), prefix TEXT NOT NULL,"
            " name TEXT NOT NULL, PRIMARY KEY(hall, prefix))",
            "CREATE TABLE counters(hall TEXT NOT NULL REFERENCES halls(id), number BIGINT NOT NULL,"
            " PRIMARY KEY(hall, number))",
            "CREATE TABLE counter_categories(hall TEXT NOT NULL, counter BIGINT NOT NULL, category TEXT NOT NULL,"
            " PRIMARY KEY(hall, counter, category),"
            " FOREIGN KEY(hall, counter) REFERENCES counters(hall, number),"
            " FOREIGN KEY(hall, category) REFERENCES categories(hall, prefix))",
            "CREATE TABLE staff(user_name TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " role TEXT NOT NULL, name TEXT NOT NULL, password_hash TEXT NOT NULL,"
            " failed_logins BIGINT NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0)",
            "CREATE TABLE enroll_codes(code_hash TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " kind TEXT NOT NULL, counter BIGINT, created_at BIGINT NOT NULL, used_at BIGINT, device_id TEXT)",
            "CREATE TABLE devices(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id), kind TEXT NOT NULL,"
            " counter BIGINT, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, enrolled_at BIGINT NOT NULL,"
            " revoked_at BIGINT, code TEXT)",
            "CREATE UNIQUE INDEX devices_code ON devices(hall, code) WHERE code IS NOT NULL",
            "CREATE TABLE sessions(token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES staff(user_name),"
            " device_id TEXT NOT NULL REFERENCES devices(id), created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
            "CREATE TABLE ticket_sequences(hall TEXT NOT NULL, business_day TEXT NOT NULL, category TEXT NOT NULL,"
            " last_seq BIGINT NOT NULL, PRIMARY KEY(hall, business_day, category))",
            "CREATE TABLE tickets(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " category TEXT NOT NULL, number TEXT NOT NULL, seq BIGINT NOT NULL, priority TEXT NOT NULL,"
            " priority_rank BIGINT NOT NULL, status TEXT NOT NULL, business_day TEXT NOT NULL,"
            " issued_at BIGINT NOT NULL, queued_at BIGINT NOT NULL, counter BIGINT, target_counter BIGINT,"
            " called_at BIGINT, started_at BIGINT, finished_at BIGINT, recall_count BIGINT NOT NULL DEFAULT 0,"
            " transferred_from TEXT REFERENCES tickets(id), served_by TEXT, version BIGINT NOT NULL DEFAULT 1,"
            " queue_seq BIGINT NOT NULL DEFAULT 0)",
            "CREATE SEQUENCE tickets_queue_seq",
            "CREATE UNIQUE INDEX tickets_number ON tickets(hall, business_day, category, seq)"
            " WHERE transferred_from IS NULL",
            "CREATE UNIQUE INDEX tickets_active_counter ON tickets(hall, counter)"
            " WHERE status IN ('called', 'serving')",
            "CREATE INDEX tickets_waiting ON tickets(hall, business_day, status, priority_rank DESC, queued_at, "
            "queue_seq)",
            "CREATE INDEX tickets_category_waiting ON tickets(hall, business_day, status, category, priority_rank,"
            " queued_at, target_counter)",
            "CREATE TABLE ticket_events(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, ticket_id TEXT NOT "
            "NULL,"
            " hall TEXT NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL, counter BIGINT, staff TEXT, device_id TEXT)",
            "CREATE INDEX ticket_events_hall ON ticket_events(hall, kind, id)",
            "CREATE TABLE catalogs(version BIGINT PRIMARY KEY, body TEXT NOT NULL, imported_at BIGINT NOT NULL)",
            "CREATE TABLE sync_applied(device_id TEXT NOT NULL, seq BIGINT NOT NULL, status TEXT NOT NULL,"
            " reason TEXT NOT NULL, server_version BIGINT NOT NULL, at BIGINT NOT NULL, PRIMARY KEY(device_id, seq))",
            "CREATE TABLE cases(id TEXT PRIMARY KEY, hall TEXT NOT NULL, case_no TEXT NOT NULL, state TEXT NOT NULL,"
            " version BIGINT NOT NULL, body TEXT NOT NULL, updated_at BIGINT NOT NULL, device_id TEXT NOT NULL,"
            " item TEXT, clerk TEXT, ticket_id TEXT, accepted_date TEXT, promised_date TEXT, decided_at BIGINT,"
            " completed_at BIGINT, waived_due TEXT)",
            "CREATE INDEX cases_hall ON cases(hall, state)",
            "CREATE INDEX cases_ticket ON cases(ticket_id)",
            "CREATE INDEX cases_accepted ON cases(hall, accepted_date)",
            "CREATE INDEX cases_decided ON cases(hall, decided_at)",
            "CREATE INDEX cases_open ON cases(hall, promised_date)"
            " WHERE state IN ('accepted', 'in_review', 'supplement', 'approved')",
            "CREATE INDEX cases_waived ON cases(hall, waived_due)"
            " WHERE state IN ('accepted', 'in_review', 'supplement', 'approved') AND waived_due IS NOT NULL",
            "CREATE INDEX cases_completed ON cases(hall, completed_at)",
            // SQLite's partial index of the cases completed on or after their promised day needs date arithmetic
            // that PostgreSQL does not allow in an index predicate (a text-to-date cast is not immutable).
            "CREATE INDEX cases_late ON cases(hall, completed_at, promised_date, accepted_date)",
            "CREATE INDEX cases_case_no ON cases(case_no)",
            "CREATE TABLE sync_conflicts(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, device_id TEXT NOT "
            "NULL,"
            " seq BIGINT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, base_version BIGINT NOT NULL,"
            " server_version BIGINT NOT NULL, data TEXT NOT NULL, created_at BIGINT NOT NULL, resolved_at BIGINT)",
            "CREATE TABLE change_log(cursor BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, hall TEXT NOT NULL,"
            " entity TEXT NOT NULL, entity_id TEXT NOT NULL, version BIGINT NOT NULL, data TEXT NOT NULL,"
            " at BIGINT NOT NULL, device_id TEXT)",
            "CREATE INDEX change_log_hall ON change_log(hall, cursor)",
            "CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, stored_at BIGINT NOT NULL)",
            "CREATE TABLE ratings(id TEXT PRIMARY KEY, hall TEXT NOT NULL REFERENCES halls(id),"
            " ticket_id TEXT UNIQUE REFERENCES tickets(id), case_id TEXT UNIQUE, counter BIGINT, clerk TEXT,"
            " category TEXT NOT NULL, level BIGINT CHECK (level IS NULL OR level BETWEEN 1 AND 5),"
            " reasons TEXT NOT NULL, comment TEXT NOT NULL, channel TEXT NOT NULL, device_id TEXT NOT NULL,"
            " rated_at BIGINT NOT NULL, rated_day TEXT NOT NULL, voided_as TEXT,"
            " CHECK (ticket_id IS NOT NULL OR case_id IS NOT NULL))",
            "CREATE INDEX ratings_day ON ratings(hall, rated_day)",
            "CREATE TABLE rectifications(id TEXT PRIMARY KEY, rating_id TEXT NOT NULL UNIQUE REFERENCES ratings(id),"
            " hall TEXT NOT NULL REFERENCES halls(id), follow_up_due TEXT NOT NULL, fix_due TEXT NOT NULL,"
            " follow_up_at BIGINT, follow_up_day TEXT, follow_up_by TEXT, follow_up_note TEXT,"
            " fix_at BIGINT, fix_day TEXT, fix_by TEXT, fix_note TEXT,"
            " appeal_kind TEXT, appeal_reason TEXT, appeal_by TEXT, appeal_at BIGINT,"
            " appeal_upheld BIGINT, appeal_decided_by TEXT, appeal_decision_note TEXT, appeal_decided_at BIGINT,"
            " version BIGINT NOT NULL DEFAULT 1)",
            "CREATE INDEX rectifications_hall ON rectifications(hall, fix_due)",
            "CREATE TABLE rating_policies(hall TEXT PRIMARY KEY REFERENCES halls(id), body TEXT NOT NULL,"
            " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)",
            "CREATE TABLE audit_log(seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, hall TEXT NOT NULL,"
            " actor TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,"
            " detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS"
            " $$BEGIN RAISE EXCEPTION 'the audit log is append-only'; END$$",
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
            " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
            " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            "CREATE TABLE permit_keys(kid TEXT PRIMARY KEY, issuer TEXT NOT NULL, public_jwk TEXT NOT NULL,"
            " created_at BIGINT NOT NULL, retired_at BIGINT)",
            "CREATE TABLE permits(id TEXT PRIMARY KEY, hall TEXT NOT NULL, case_id TEXT NOT NULL, item TEXT NOT NULL,"
            " body TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, issued_by TEXT NOT NULL,"
            " issued_at BIGINT NOT NULL, revoked_at BIGINT, revoked_by TEXT, revoke_reason TEXT)",
            "CREATE UNIQUE INDEX permits_standing ON permits(case_id, item) WHERE revoked_at IS NULL",
            "CREATE INDEX permits_hall ON permits(hall, issued_at)",
        };
        all.push_back(kFailedAttempts);
        all.push_back(kCaseRules);
        all.push_back(kAttemptIds);
        all.push_back(kBlobQuota);
        all.push_back(kCaseSteps);
        all.push_back(kClockStopped);
        all.push_back(kLookupPostgres);
        all.push_back(kStaffDisabled);
        all.push_back(kTicketHolder);
        all.push_back(kHallAdmin);
        all.push_back(kAppointments);
        all.push_back(kCheckInAndMessages);
        all.push_back(kHomeVisits);
        all.push_back(kQueueNotices);
        all.push_back(kRegionsPostgres);
        all.push_back(withRelayChanges("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        all.push_back(hallAudit("BIGINT", true));
        all.push_back(kUpstreamApplied);
        all.push_back(kAccountsBothSides);
        all.push_back(kQueueGroups);
        all.push_back(kCounterPauses);
        all.push_back(kHallProfiles);
        return all;
    }();
    return migrations;
}

} // namespace

const std::vector<std::vector<std::string>>& schemaMigrations(Dialect dialect) {
    return dialect == Dialect::SQLite ? sqliteMigrations() : postgresMigrations();
}

int schemaVersionOf(Poco::Data::Session& s, Dialect dialect) {
    int version = 0;
    if (dialect == Dialect::SQLite) {
        s << "PRAGMA user_version", into(version), now;
    } else {
        std::vector<int> versions;
        s << "SELECT version FROM schema_version", into(versions), now;
        version = versions.empty() ? 0 : versions.front();
    }
    return version;
}

void migrateSchema(Poco::Data::Session& w, Dialect dialect) {
    const auto& migrations = schemaMigrations(dialect);
    const bool pg = dialect == Dialect::PostgreSQL;
    auto control = [&w](const std::string& sql) { transactionControl(w, sql); };
    if (pg) {
        w << "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)", now;
        w << "SELECT pg_advisory_lock(hashtext(current_schema() || '.onewindow_migrate'))", now;
        w << "INSERT INTO schema_version(version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)", now;
    }
    struct Unlock {
        Poco::Data::Session& w;
        bool pg;
        ~Unlock() {
            if (!pg)
                return;
            try {
                w << "SELECT pg_advisory_unlock(hashtext(current_schema() || '.onewindow_migrate'))", now;
            } catch (const std::exception&) {
                // The lock goes with the connection anyway.
            }
        }
    } unlock{w, pg};
    const int version = schemaVersionOf(w, dialect);
    if (version > static_cast<int>(migrations.size()))
        throw std::runtime_error("the database schema (version " + std::to_string(version) +
                                 ") is newer than this server; upgrade the server");
    // SQLite makes a table again by copying it (migration 27): its foreign keys are off while migrating (the pragma
    // does nothing inside a transaction) and every reference is checked before each migration commits.
    struct ForeignKeysBack {
        Poco::Data::Session& w;
        bool lite;
        ~ForeignKeysBack() {
            if (lite)
                w << "PRAGMA foreign_keys=ON", now;
        }
    } foreignKeysBack{w, !pg && version < static_cast<int>(migrations.size())};
    if (foreignKeysBack.lite)
        w << "PRAGMA foreign_keys=OFF", now;
    for (auto index = static_cast<std::size_t>(version); index < migrations.size(); ++index) {
        control(Database::beginSql(dialect, Database::Isolation::Exclusive));
        try {
            for (const auto& statement : migrations[index])
                w << statement, now;
            const bool copiesTables =
                std::any_of(migrations[index].begin(), migrations[index].end(),
                            [](const std::string& sql) { return sql.rfind("DROP TABLE", 0) == 0; });
            if (!pg && copiesTables) {
                const SqlRows broken = runSql(w, "PRAGMA foreign_key_check");
                if (!broken.empty())
                    throw std::runtime_error("migration " + std::to_string(index + 1) + " left " +
                                             std::to_string(broken.size()) + " broken reference(s), the first in " +
                                             broken.text(0, 0));
            }
            const int next = static_cast<int>(index + 1);
            if (pg)
                w << "UPDATE schema_version SET version = $1", bind(next), now;
            else
                w << "PRAGMA user_version=" + std::to_string(next), now;
            control("COMMIT");
        } catch (...) {
            try {
                control("ROLLBACK");
            } catch (const std::exception&) {
                // Nothing to roll back: the failure came before the transaction was open.
            }
            throw;
        }
    }
}

} // namespace ow::server
