#include "Database.h"

#include "Sql.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <libpq-fe.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/URI.h>

#include <algorithm>
#include <stdexcept>

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace ow::server {
namespace {

constexpr const char* kUsage = "use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME[?schema=NAME]";

bool plainWord(const std::string& value) {
    return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.' || c == '/';
    });
}

struct PostgresTarget {
    std::string connect; // libpq key=value pairs (Poco splits them on spaces: no value may hold one)
    std::string schema;
    std::string display;
};

PostgresTarget parsePostgresUrl(const std::string& url) {
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("bad database URL: " + e.message() + "; " + kUsage);
    }
    PostgresTarget target;
    std::string database = uri.getPath();
    if (!database.empty() && database.front() == '/')
        database.erase(0, 1);
    if (uri.getHost().empty() || database.empty())
        throw std::invalid_argument(std::string("a PostgreSQL URL names a host and a database; ") + kUsage);
    auto add = [&](const std::string& key, const std::string& value) {
        if (!plainWord(value))
            throw std::invalid_argument("the database URL's " + key + " may hold letters, digits and _-./ only");
        target.connect += (target.connect.empty() ? "" : " ") + key + "=" + value;
    };
    add("host", uri.getHost());
    add("port", std::to_string(uri.getPort() == 0 ? 5432 : uri.getPort()));
    add("dbname", database);
    const std::string userInfo = uri.getUserInfo();
    const auto colon = userInfo.find(':');
    if (!userInfo.empty())
        add("user", userInfo.substr(0, colon));
    if (colon != std::string::npos)
        add("password", userInfo.substr(colon + 1));
    for (const auto& [key, value] : uri.getQueryParameters()) {
        if (key == "schema") {
            if (!plainWord(value) || value.find_first_of("-./") != std::string::npos)
                throw std::invalid_argument("the schema name may hold letters, digits and _ only");
            target.schema = value;
        } else if (key == "sslmode" || key == "sslrootcert" || key == "sslcert" || key == "sslkey" ||
                   key == "connect_timeout" || key == "application_name" || key == "target_session_attrs") {
            add(key, value);
        } else {
            throw std::invalid_argument("unknown database URL parameter \"" + key + "\"");
        }
    }
    target.display = "postgresql://" + uri.getHost() + ":" + std::to_string(uri.getPort() == 0 ? 5432 : uri.getPort()) +
                     "/" + database + (target.schema.empty() ? "" : "?schema=" + target.schema);
    return target;
}

// Every PostgreSQL session of the server: the schema it works in, and no notices (libpq prints them on stderr).
void configurePostgres(Poco::Data::Session& session, const std::string& schema, bool writer) {
    if (!schema.empty())
        session << "SET search_path TO " + schema, now;
    session << "SET client_min_messages TO warning", now;
    // A writer's statements are prepared once and run thousands of times, each an equality lookup on an index
    // prefix: planned once for any parameters, not again at every run (PostgreSQL would plan the first five runs
    // anew and may keep doing so). Measured under pg_queue_bench: the queue's UPDATEs 0.22 → 0.16–0.18 ms each.
    // Readers keep custom plans: the supervisor's ranges want their values seen.
    if (writer)
        session << "SET plan_cache_mode TO force_generic_plan", now;
}

} // namespace

Dialect dialectOf(Poco::Data::Session& session) {
    return session.connector() == "postgresql" ? Dialect::PostgreSQL : Dialect::SQLite;
}

bool isUniqueViolation(const std::exception& e) {
    if (auto* lite = dynamic_cast<const Poco::Data::SQLite::ConstraintViolationException*>(&e))
        return lite->displayText().find("UNIQUE constraint failed") != std::string::npos;
    // Poco's PostgreSQL message carries the SQLSTATE ("State: 23505"), whatever language the server speaks.
    if (auto* pg = dynamic_cast<const Poco::Data::PostgreSQL::PostgreSQLException*>(&e))
        return pg->displayText().find("State: 23505") != std::string::npos;
    return false;
}

Database::Database(const std::string& url, std::string files) {
    if (url.rfind("sqlite:", 0) == 0 && url.size() > 7) {
        m_dialect = Dialect::SQLite;
        m_connect = url.substr(7);
        m_files = files.empty() ? m_connect : std::move(files);
        m_display = m_connect;
        Poco::Data::SQLite::Connector::registerConnector();
    } else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
        m_dialect = Dialect::PostgreSQL;
        PostgresTarget target = parsePostgresUrl(url);
        m_connect = std::move(target.connect);
        m_schema = std::move(target.schema);
        m_display = std::move(target.display);
        if (files.empty())
            throw std::invalid_argument("on PostgreSQL, --data DIR names where attachments and permit keys are kept");
        m_files = std::move(files);
        Poco::Data::PostgreSQL::Connector::registerConnector();
    } else {
        throw std::invalid_argument("unsupported database URL \"" + url + "\"; " + kUsage);
    }
    // SQLite writes one transaction at a time whatever the connections; PostgreSQL takes row-locked writes side by
    // side, and each connection carries one batch at a time.
    const std::size_t writers = m_dialect == Dialect::SQLite ? 1 : kPostgresWriters;
    for (std::size_t i = 0; i < writers; ++i)
        m_writers.push_back(open(true));
    m_busy.assign(writers, false);
    if (m_dialect == Dialect::SQLite) {
        *m_writers.front() << "PRAGMA journal_mode=WAL", now;
        // Checkpoint every ~40 MB of WAL instead of every 4 MB: each checkpoint syncs the database file, and a
        // busy hall writes a few thousand pages a second.
        *m_writers.front() << "PRAGMA wal_autocheckpoint=10000", now;
    }
    migrate();
}

Database::~Database() {
    for (auto& session : m_writers)
        forgetPreparedStatements(*session);
    for (auto& session : m_idle)
        forgetPreparedStatements(*session);
}

void Database::execute(const std::string& url, const std::string& sql) {
    if (url.rfind("sqlite:", 0) == 0) {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session session("SQLite", url.substr(7));
        session << sql, now;
        return;
    }
    Poco::Data::PostgreSQL::Connector::registerConnector();
    const PostgresTarget target = parsePostgresUrl(url);
    Poco::Data::Session session("PostgreSQL", target.connect);
    configurePostgres(session, target.schema, false);
    session << sql, now;
}

std::unique_ptr<Poco::Data::Session> Database::open(bool writer) {
    if (m_dialect == Dialect::PostgreSQL) {
        // Asked first with PQping: Poco's connector leaks libpq's connection object when a connection fails, and a
        // server that is down, refusing or unknown is the usual reason.
        switch (PQping(m_connect.c_str())) {
        case PQPING_OK:
            break;
        case PQPING_REJECT:
            throw std::runtime_error("cannot connect to " + m_display + ": the server is starting up or shutting down");
        case PQPING_NO_RESPONSE:
            throw std::runtime_error("cannot connect to " + m_display + ": no answer (is PostgreSQL running there?)");
        default:
            throw std::runtime_error("cannot connect to " + m_display + ": the connection settings are not usable");
        }
        std::unique_ptr<Poco::Data::Session> session;
        try {
            session = std::make_unique<Poco::Data::Session>("PostgreSQL", m_connect);
        } catch (const Poco::Exception& e) {
            throw std::runtime_error("cannot connect to " + m_display + ": " + e.displayText());
        }
        configurePostgres(*session, m_schema, writer);
        forgetPreparedStatements(*session);
        return session;
    }
    auto session = std::make_unique<Poco::Data::Session>("SQLite", m_connect);
    // WAL with synchronous=NORMAL: a commit is durable against a process crash; a power cut may lose
    // the last commits but never corrupts the database.
    *session << "PRAGMA busy_timeout=10000", now;
    *session << "PRAGMA synchronous=NORMAL", now;
    *session << "PRAGMA foreign_keys=ON", now;
    // Reads go through a memory map of the file (the supervisor's counts over a year-old database need it: a day in
    // 60 ms, 117 ms without it); the page cache keeps what the map does not serve — 16 MiB for the writer, 8 MiB for
    // each pooled reader (16 at most), so that the heap stays bounded however long the server runs.
    *session << (writer ? "PRAGMA cache_size=-16384" : "PRAGMA cache_size=-8192"), now;
    *session << "PRAGMA mmap_size=268435456", now;
    return session;
}

Database::Lease::Lease(Database& database)
    : db(database) {
    std::lock_guard lock(db.m_poolMutex);
    if (!db.m_idle.empty()) {
        session = std::move(db.m_idle.back());
        db.m_idle.pop_back();
    }
    if (!session)
        session = db.open(false);
}

Database::Lease::~Lease() {
    std::lock_guard lock(db.m_poolMutex);
    if (db.m_idle.size() < 16 && session->isConnected())
        db.m_idle.push_back(std::move(session));
    else
        forgetPreparedStatements(*session); // closed with this lease
}

namespace {

// The write the calling thread is running: where atCommit queues its items.
thread_local std::vector<std::pair<Database::CommitSink*, std::any>>* t_atCommit = nullptr;
// Where the sinks of a committing batch leave statements for the COMMIT's round trip.
thread_local std::vector<SqlStatement>* t_withCommit = nullptr;

// A sink's items written at once, outside a batch.
void flushNow(Session& s, Database::CommitSink& sink, std::vector<std::any>& items) {
    const std::string lookUp = sink.lookUp();
    sink.flush(s, items, lookUp.empty() ? SqlRows() : runSql(s, lookUp));
}

// PostgreSQL gave up one side of a lock cycle between instances (40P01) or could not serialize (40001): the
// write did nothing and may simply run again.
bool worthRetrying(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const Poco::Data::PostgreSQL::PostgreSQLException& e) {
        return e.message().find("State: 40P01") != std::string::npos ||
               e.message().find("State: 40001") != std::string::npos;
    } catch (...) {
        return false;
    }
}

} // namespace

// Takes the first queued write and those after it of the same isolation (up to kMaxBatch) for a free writer.
// Called with m_queueMutex held; returns false when there is nothing to run or no writer free.
bool Database::takeBatch(std::size_t& writer, std::vector<PendingWrite*>& batch) {
    const auto free = std::find(m_busy.begin(), m_busy.end(), false);
    if (free == m_busy.end() || m_queue.empty())
        return false;
    writer = static_cast<std::size_t>(free - m_busy.begin());
    const Isolation isolation = m_queue.front()->isolation;
    batch.clear();
    // SQLite runs every write alone on the database anyway: one kind of batch, and no lock to deadlock on.
    const bool sqlite = m_dialect == Dialect::SQLite;
    const std::size_t most = isolation == Isolation::RowLockedAlone && !sqlite ? 1 : kMaxBatch;
    for (auto it = m_queue.begin(); it != m_queue.end() && batch.size() < most;) {
        if (sqlite || (*it)->isolation == isolation) {
            batch.push_back(*it);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    m_busy[writer] = true;
    return true;
}

// The calling thread runs batches while a writer is free and its write waits; otherwise it sleeps until its write
// is done or it is woken to run the next batch. Each wake-up is aimed: a batch's writers are told that they are
// done, and the thread of the first write still queued that a writer is free — nobody else stirs (with many
// requests waiting, waking them all at every commit cost more than the commits).
void Database::submit(PendingWrite& op) {
    std::unique_lock lock(m_queueMutex);
    m_queue.push_back(&op);
    std::vector<PendingWrite*> batch;
    while (!op.done) {
        std::size_t writer = 0;
        if (!takeBatch(writer, batch)) {
            op.wake.wait(lock);
            continue;
        }
        wakeNextRunner(&op); // another writer may be free for the writes left queued
        lock.unlock();
        runBatch(writer, batch);
        lock.lock();
        for (PendingWrite* done : batch) {
            done->done = true;
            if (done != &op)
                done->wake.notify_one();
        }
        m_busy[writer] = false;
        wakeNextRunner(&op);
    }
    if (op.error)
        std::rethrow_exception(op.error);
}

// With m_queueMutex held: when writes are queued and a writer is free, the thread of the first queued write (not
// the caller's own: the caller is awake and looks again) runs them.
void Database::wakeNextRunner(const PendingWrite* caller) {
    if (std::find(m_busy.begin(), m_busy.end(), false) == m_busy.end())
        return;
    const auto next = std::find_if(m_queue.begin(), m_queue.end(), [&](const PendingWrite* op) { return op != caller; });
    if (next != m_queue.end())
        (*next)->wake.notify_one();
}

void Database::control(Session& s, const std::string& sql) {
    if (m_dialect == Dialect::SQLite) {
        s << sql, now;
        return;
    }
    // Transaction control has no parameters and no rows: one round trip with libpq instead of Poco's four
    // (prepare, describe, execute, deallocate) — and several statements may share it.
    PGconn* conn = static_cast<Poco::Data::PostgreSQL::SessionImpl*>(s.impl())->handle();
    PGresult* result = PQexec(conn, sql.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwPostgresError(conn, result, sql);
    PQclear(result);
}

void Database::atCommit(Session& s, CommitSink& sink, std::any item) {
    if (t_atCommit) {
        t_atCommit->emplace_back(&sink, std::move(item));
        return;
    }
    std::vector<std::any> items{std::move(item)};
    flushNow(s, sink, items);
}

// Runs the body (again, after a deadlock or a serialization failure) with its own items for the commit.
void Database::attempt(Session& s, PendingWrite& op) {
    op.atCommit.clear();
    t_atCommit = &op.atCommit;
    struct Reset {
        ~Reset() { t_atCommit = nullptr; }
    } reset;
    op.body(s);
}

// The items of the batch's standing writes, to each sink in one call, sinks in the order they were first used.
// What the sinks number (audit entries, hall events) must be numbered in commit order: row-locked batches, which
// run side by side, take turns here — a cluster-wide lock held through their COMMIT — while an exclusive batch is
// alone anyway. The lock and what the sinks look up share one round trip, and what they write goes with the COMMIT:
// two round trips under the lock.
std::vector<SqlStatement> Database::flushAtCommit(Session& s, const std::vector<PendingWrite*>& batch) {
    std::vector<std::pair<CommitSink*, std::vector<std::any>>> sinks;
    for (PendingWrite* op : batch) {
        if (op->error)
            continue;
        for (auto& queued : op->atCommit) {
            CommitSink* sink = queued.first; // not a structured binding: clang 14 cannot capture one
            auto it = std::find_if(sinks.begin(), sinks.end(), [&](const auto& entry) { return entry.first == sink; });
            if (it == sinks.end())
                it = sinks.insert(sinks.end(), {sink, {}});
            it->second.push_back(std::move(queued.second));
        }
    }
    std::vector<SqlStatement> withCommit;
    if (sinks.empty())
        return withCommit;
    std::vector<SqlStatement> reads;
    if (m_dialect == Dialect::PostgreSQL && batch.front()->isolation != Isolation::Exclusive)
        reads.push_back({"SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.onewindow_commit'))", {}});
    std::vector<std::optional<std::size_t>> lookedUpAt;
    for (const auto& entry : sinks) {
        std::string lookUp = entry.first->lookUp();
        lookedUpAt.push_back(lookUp.empty() ? std::nullopt : std::optional(reads.size()));
        if (!lookUp.empty())
            reads.push_back({std::move(lookUp), {}});
    }
    const std::vector<SqlRows> read = runSqlTogether(s, reads);
    t_withCommit = &withCommit;
    struct Reset {
        ~Reset() { t_withCommit = nullptr; }
    } reset;
    for (std::size_t i = 0; i < sinks.size(); ++i)
        sinks[i].first->flush(s, sinks[i].second, lookedUpAt[i] ? read[*lookedUpAt[i]] : SqlRows());
    return withCommit;
}

void Database::withCommit(Session& s, std::string sql, std::vector<SqlParam> params) {
    if (t_withCommit && dialectOf(s) == Dialect::PostgreSQL) {
        t_withCommit->push_back({std::move(sql), std::move(params)});
        return;
    }
    runSql(s, sql, params);
}

void Database::insertWithCommit(Session& s, const std::string& into, std::size_t columns,
                                const std::vector<SqlParam>& values) {
    constexpr std::size_t kRowsPerStatement = 500; // well below either engine's limit of parameters
    const std::size_t rows = values.size() / columns;
    for (std::size_t from = 0; from < rows; from += kRowsPerStatement) {
        const std::size_t count = std::min(rows - from, kRowsPerStatement);
        const auto first = values.begin() + static_cast<std::ptrdiff_t>(from * columns);
        withCommit(s, "INSERT INTO " + into + " VALUES " + sqlValueRows(count, columns),
                   std::vector<SqlParam>(first, first + static_cast<std::ptrdiff_t>(count * columns)));
    }
}

// Inside a batch the writes run one after the other, each in the savepoint `write_op`, opened with the
// transaction (or with the release of the one before: one round trip), so that a failing write undoes only itself.
void Database::runOp(Session& s, PendingWrite& op) {
    for (int round = 1;; ++round) {
        op.error = nullptr;
        try {
            attempt(s, op);
            return;
        } catch (...) {
            op.error = std::current_exception();
            control(s, "ROLLBACK TO write_op"); // the savepoint stays, for the next attempt or the next write
        }
        if (round == 3 || !worthRetrying(op.error))
            return;
    }
}

// A write alone in its batch needs no savepoint: its transaction is undone as a whole when it fails, and run again
// (three times at most) when PostgreSQL gave it up to a deadlock or a serialization failure.
void Database::runAlone(Session& s, PendingWrite& op) {
    for (int round = 1; round <= 3; ++round) {
        runTogether(s, {&op});
        if (!op.error || !worthRetrying(op.error))
            return;
    }
}

// The batch in one transaction without a savepoint per write (a savepoint costs a round trip and, on PostgreSQL, a
// subtransaction per write): true when every write succeeded and the batch committed, or when the commit itself
// failed (each write then has that error). When a write fails, the transaction is undone and false returned: the
// batch runs again with savepoints, so that the failing write undoes only itself. Writes rarely fail. The write
// that failed (the first, when the transaction could not begin) keeps its error, for a caller that runs it alone.
bool Database::runTogether(Session& s, const std::vector<PendingWrite*>& batch) {
    std::size_t ran = 0;
    try {
        begin(s, false, batch.front()->isolation);
        for (; ran < batch.size(); ++ran) {
            batch[ran]->error = nullptr;
            attempt(s, *batch[ran]);
        }
    } catch (...) {
        batch[std::min(ran, batch.size() - 1)]->error = std::current_exception();
        rollback(s);
        return false;
    }
    commitBatch(s, batch);
    return true;
}

// Commits what the batch's standing writes did; when the commit fails, each of them fails with it.
void Database::commitBatch(Session& s, const std::vector<PendingWrite*>& batch) {
    try {
        commit(s, flushAtCommit(s, batch));
        ++m_commits;
    } catch (...) {
        const std::exception_ptr error = std::current_exception();
        rollback(s);
        for (PendingWrite* op : batch)
            if (!op->error)
                op->error = error;
    }
}

void Database::runBatch(std::size_t writer, const std::vector<PendingWrite*>& batch) {
    try {
        if (!m_writers[writer]->isConnected()) { // PostgreSQL restarted, or the connection was cut: reconnect
            forgetPreparedStatements(*m_writers[writer]);
            m_writers[writer] = open(true);
        }
    } catch (...) {
        for (PendingWrite* op : batch)
            op->error = std::current_exception();
        return;
    }
    Session& s = *m_writers[writer];
    if (batch.size() == 1) {
        runAlone(s, *batch.front());
        return;
    }
    if (runTogether(s, batch))
        return;
    try {
        begin(s, true, batch.front()->isolation);
    } catch (...) {
        rollback(s);
        for (PendingWrite* op : batch)
            op->error = std::current_exception();
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        try {
            if (i > 0 && m_dialect == Dialect::PostgreSQL) {
                control(s, "RELEASE write_op; SAVEPOINT write_op");
            } else if (i > 0) {
                control(s, "RELEASE write_op");
                control(s, "SAVEPOINT write_op");
            }
            runOp(s, *batch[i]);
        } catch (...) {
            batch[i]->error = std::current_exception(); // the savepoint itself failed: the database is in trouble
        }
    }
    commitBatch(s, batch);
}

void Database::begin(Session& s, bool savepoint, Isolation isolation) {
    if (m_dialect == Dialect::SQLite) {
        control(s, "BEGIN IMMEDIATE");
        if (savepoint)
            control(s, "SAVEPOINT write_op");
        return;
    }
    // Across all the instances on this database, an exclusive write is alone — as SQLite's one writer — and
    // row-locked writes run side by side (docs/decisions.md); sent with the first savepoint, in one round trip.
    const char* lock = isolation == Isolation::Exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
    control(s, std::string("BEGIN; SELECT ") + lock + "(hashtext(current_schema() || '.onewindow_write'))" +
                   (savepoint ? "; SAVEPOINT write_op" : ""));
}

void Database::commit(Session& s, std::vector<SqlStatement> withCommit) {
    if (withCommit.empty()) {
        control(s, "COMMIT");
        return;
    }
    withCommit.push_back({"COMMIT", {}}); // PostgreSQL only: SQLite's sinks wrote at once
    runSqlTogether(s, withCommit);
}

void Database::rollback(Session& s) {
    try {
        control(s, "ROLLBACK");
    } catch (const std::exception&) {
        // Nothing to roll back: the failure came before the transaction was open.
    }
}

int Database::readVersion(Session& s) {
    int version = 0;
    if (m_dialect == Dialect::SQLite) {
        s << "PRAGMA user_version", into(version), now;
    } else {
        std::vector<int> versions;
        s << "SELECT version FROM schema_version", into(versions), now;
        version = versions.empty() ? 0 : versions.front();
    }
    return version;
}

void Database::writeVersion(Session& s, int version) {
    if (m_dialect == Dialect::SQLite)
        s << "PRAGMA user_version=" + std::to_string(version), now;
    else
        s << "UPDATE schema_version SET version = $1", bind(version), now;
}

int Database::schemaVersion() {
    return read([&](Session& s) { return readVersion(s); });
}

void Database::migrate() {
    Session& w = *m_writers.front(); // before any write: the constructor runs it
    const auto& migrations = schemaMigrations(m_dialect);
    if (m_dialect == Dialect::PostgreSQL) {
        // Several instances may start at once: the first migrates, the others wait for it here and find the
        // schema up to date.
        w << "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)", now;
        w << "SELECT pg_advisory_lock(hashtext(current_schema() || '.onewindow_migrate'))", now;
        w << "INSERT INTO schema_version(version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)",
            now;
    }
    struct Unlock {
        Database& db;
        ~Unlock() {
            if (db.m_dialect == Dialect::PostgreSQL) {
                try {
                    *db.m_writers.front() << "SELECT pg_advisory_unlock(hashtext(current_schema() || '.onewindow_migrate'))",
                        now;
                } catch (const std::exception&) {
                    // The lock goes with the connection anyway.
                }
            }
        }
    } unlock{*this};
    const int version = readVersion(w);
    if (version > static_cast<int>(migrations.size()))
        throw std::runtime_error("the database schema (version " + std::to_string(version) +
                                 ") is newer than this server; upgrade the server");
    for (auto index = static_cast<std::size_t>(version); index < migrations.size(); ++index) {
        begin(w, false, Isolation::Exclusive);
        try {
            for (const auto& statement : migrations[index])
                w << statement, now;
            writeVersion(w, static_cast<int>(index + 1));
            commit(w);
        } catch (...) {
            rollback(w);
            throw;
        }
    }
}

} // namespace ow::server
