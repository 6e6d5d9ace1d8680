#include "Database.h"

#include "Migrations.h"
#include "Postgres.h"
#include "Sql.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>

#include <algorithm>
#include <stdexcept>

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace ow::server {

Dialect dialectOf(Poco::Data::Session& session) {
    return session.connector() == "postgresql" ? Dialect::PostgreSQL : Dialect::SQLite;
}

bool isUniqueViolation(const std::exception& e) {
    if (auto* lite = dynamic_cast<const Poco::Data::SQLite::ConstraintViolationException*>(&e))
        return lite->displayText().find("UNIQUE constraint failed") != std::string::npos;
    return postgres::isUniqueViolation(e);
}

bool isConstraintViolation(const std::exception& e) {
    return dynamic_cast<const Poco::Data::SQLite::ConstraintViolationException*>(&e) != nullptr ||
           postgres::isConstraintViolation(e);
}

Database::Database(const std::string& url, const std::string& files)
    : m_target(parseDatabaseUrl(url)) {
    m_dialect = m_target.dialect;
    m_fileDirectories = fileDirectories(url, files);
    if (m_dialect == Dialect::SQLite)
        Poco::Data::SQLite::Connector::registerConnector();
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
    migrateSchema(*m_writers.front(), m_dialect); // before any write
}

Database::~Database() {
    for (auto& session : m_writers)
        forgetPreparedStatements(*session);
    for (auto& session : m_idle)
        forgetPreparedStatements(*session);
}

std::pair<std::string, std::string> Database::fileDirectories(const std::string& url, const std::string& files) {
    const DatabaseTarget target = parseDatabaseUrl(url);
    if (files.empty() && target.dialect == Dialect::PostgreSQL)
        throw std::invalid_argument("on PostgreSQL, --data DIR names where attachments and permit keys are kept");
    if (files.empty())
        return {target.sqlitePath + ".blobs", target.sqlitePath + ".keys"};
    return {files + "/blobs", files + "/keys"};
}

void Database::execute(const std::string& url, const std::string& sql) {
    const DatabaseTarget target = parseDatabaseUrl(url);
    if (target.dialect == Dialect::SQLite) {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session session("SQLite", target.sqlitePath);
        session << sql, now;
        return;
    }
    *postgres::connect(target.postgres, false) << sql, now;
}

std::unique_ptr<Poco::Data::Session> Database::open(bool writer) {
    if (m_dialect == Dialect::PostgreSQL)
        return postgres::connect(m_target.postgres, writer);
    auto session = std::make_unique<Poco::Data::Session>("SQLite", m_target.sqlitePath);
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
    const auto next =
        std::find_if(m_queue.begin(), m_queue.end(), [&](const PendingWrite* op) { return op != caller; });
    if (next != m_queue.end())
        (*next)->wake.notify_one();
}

void Database::control(Session& s, const std::string& sql) { transactionControl(s, sql); }

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
        if (round == 3 || !postgres::isRetryable(op.error))
            return;
    }
}

// A write alone in its batch needs no savepoint: its transaction is undone as a whole when it fails, and run again
// (three times at most) when PostgreSQL gave it up to a deadlock or a serialization failure.
void Database::runAlone(Session& s, PendingWrite& op) {
    for (int round = 1; round <= 3; ++round) {
        runTogether(s, {&op});
        if (!op.error || !postgres::isRetryable(op.error))
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

std::string Database::beginSql(Dialect dialect, Isolation isolation) {
    if (dialect == Dialect::SQLite)
        return "BEGIN IMMEDIATE";
    // Across all the instances on this database, an exclusive write is alone — as SQLite's one writer — and
    // row-locked writes run side by side (docs/decisions.md).
    const char* lock = isolation == Isolation::Exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
    return std::string("BEGIN; SELECT ") + lock + "(hashtext(current_schema() || '.onewindow_write'))";
}

void Database::begin(Session& s, bool savepoint, Isolation isolation) {
    if (m_dialect == Dialect::SQLite) { // Poco runs one SQLite statement at a time
        control(s, beginSql(m_dialect, isolation));
        if (savepoint)
            control(s, "SAVEPOINT write_op");
        return;
    }
    control(s, beginSql(m_dialect, isolation) + (savepoint ? "; SAVEPOINT write_op" : "")); // one round trip
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

int Database::schemaVersion() {
    return read([&](Session& s) { return schemaVersionOf(s, m_dialect); });
}

} // namespace ow::server
