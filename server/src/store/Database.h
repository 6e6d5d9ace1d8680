#pragma once

#include "DatabaseUrl.h"
#include "Sql.h"

#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Dynamic/Var.h>
#include <Poco/Nullable.h>

#include <any>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

Dialect dialectOf(Poco::Data::Session& session);

// True when e is the engine's refusal of a row that breaks a UNIQUE or PRIMARY KEY rule.
bool isUniqueViolation(const std::exception& e);
// A row refused by a rule of the schema (not null, a foreign key, unique, a check), on either engine.
bool isConstraintViolation(const std::exception& e);

// The server's storage through Poco::Data. On SQLite (WAL): one writer at a time, in an immediate transaction, so
// that issuing a number and calling a ticket are atomic; readers share a small pool and never wait for the writer.
// On PostgreSQL: a few writer connections per instance; exclusive writes take turns across the instances, and
// row-locked writes run side by side (see Isolation).
class Database {
public:
    // url: "sqlite:PATH", or "postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DBNAME[?schema=NAME&sslmode=...]".
    // Opens (creating an SQLite file if needed) and brings the schema up to date. files: the directory where
    // attachments and permit keys are kept ("blobs/", "keys/" in it); by default beside an SQLite file, and required
    // for PostgreSQL (several instances share it: a common mount).
    explicit Database(const std::string& url, const std::string& files = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one statement on the database at `url` without migrating it (for tools and tests: creating a schema).
    static void execute(const std::string& url, const std::string& sql);

    int schemaVersion();
    Dialect dialect() const { return m_dialect; }
    // Where attachments and permit-signing keys are kept: "DIR/blobs" and "DIR/keys" under --data DIR, else beside
    // the SQLite file ("hall.db.blobs", "hall.db.keys").
    const std::string& blobDirectory() const { return m_fileDirectories.first; }
    const std::string& keyDirectory() const { return m_fileDirectories.second; }
    // The same two for a database not opened (yet): {blobs, keys}.
    static std::pair<std::string, std::string> fileDirectories(const std::string& url, const std::string& files);
    const DatabaseTarget& target() const { return m_target; }
    // What to show of the database in logs: the file, or the server and database name without the password.
    const std::string& displayName() const { return m_target.display; }
    // PostgreSQL: libpq's connection string and the schema worked in (for a listening connection of its own).
    const std::string& connectInfo() const { return m_target.postgres.connect; }
    const std::string& schema() const { return m_target.postgres.schema; }

    // How a write stays right beside others. Exclusive (the default): alone on the database, across instances — as
    // SQLite's one writer; for every write whose reads decide what it writes. RowLocked: beside other row-locked
    // writes, on several connections and instances at once (PostgreSQL; SQLite has one writer anyway) — for
    // writes that guard what they change themselves, with row locks or the version they read (the queue's calls
    // and ticket actions). RowLockedAlone: row-locked, in a transaction of its own — for a write that locks a row
    // many writes want (the day's number of a queue category): two batches taking two such rows in opposite orders
    // would deadlock. All kinds number their audit entries and hall events in commit order (atCommit).
    enum class Isolation { Exclusive, RowLocked, RowLockedAlone };
    // What opens a write's transaction (for the schema's migrations too).
    static std::string beginSql(Dialect dialect, Isolation isolation);

    // Runs fn(session) as one atomic write and returns its result once it is committed; an exception from fn
    // undoes exactly fn's changes and is rethrown here. Concurrent writes are committed together: a thread that
    // finds a writer connection free runs the queued writes of one isolation in one transaction (group commit), so a
    // burst of calls pays for one commit instead of many. Should one of them fail, the batch is undone and runs
    // again with each write in its own SAVEPOINT, so fn may run twice (as it may after a deadlock): it must leave
    // nothing but its writes behind until it returns.
    template <typename Fn> auto write(Fn&& fn) { return write(Isolation::Exclusive, std::forward<Fn>(fn)); }
    template <typename Fn> auto write(Isolation isolation, Fn&& fn) {
        using Result = decltype(fn(std::declval<Poco::Data::Session&>()));
        PendingWrite op;
        op.isolation = isolation;
        if constexpr (std::is_void_v<Result>) {
            op.body = [&](Poco::Data::Session& s) { fn(s); };
            submit(op);
        } else {
            std::optional<Result> result;
            op.body = [&](Poco::Data::Session& s) { result.emplace(fn(s)); };
            submit(op);
            return std::move(*result);
        }
    }

    // Runs fn(session) on a pooled read-only connection.
    template <typename Fn> auto read(Fn&& fn) {
        Lease lease(*this);
        return fn(*lease.session);
    }

    // Work a write leaves for the end of its transaction, where one statement does it for the whole batch (the
    // batch's audit entries, its hall notices): `sink.flush` gets the items every standing write of the batch
    // queued for it, in their order, just before COMMIT — an undone write's items are dropped with it. Outside a
    // write, the item is flushed at once.
    class CommitSink {
    public:
        virtual ~CommitSink() = default;
        // A query (no parameters) whose rows flush needs, such as the head of a log: read just before flush, after
        // the batch is alone where it numbers (see flushAtCommit), in one round trip with the other sinks' and the
        // lock's. "" for none.
        virtual std::string lookUp() const { return {}; }
        virtual void flush(Poco::Data::Session& s, std::vector<std::any>& items, const SqlRows& lookedUp) = 0;
    };
    static void atCommit(Poco::Data::Session& s, CommitSink& sink, std::any item);
    // From a sink's flush: sends the statement (its rows are not wanted) with the COMMIT, in its round trip
    // (PostgreSQL; on SQLite, and outside a flush, it runs at once). If it fails, the batch fails with it.
    static void withCommit(Poco::Data::Session& s, std::string sql, std::vector<SqlParam> params = {});
    // From a sink's flush: inserts rows of `columns` values each (`values` row after row) into `into` ("table(a, b)"),
    // with the COMMIT as withCommit does, in as few statements as the engines' limits on parameters allow.
    static void insertWithCommit(Poco::Data::Session& s, const std::string& into, std::size_t columns,
                                 const std::vector<SqlParam>& values);

    // Writes per group commit, writer connections on PostgreSQL, and how many group commits ran (for the benchmark).
    static constexpr std::size_t kMaxBatch = 64;
    static constexpr std::size_t kPostgresWriters = 4;
    std::uint64_t commits() const { return m_commits; }

private:
    struct PendingWrite {
        std::function<void(Poco::Data::Session&)> body;
        Isolation isolation = Isolation::Exclusive;
        std::vector<std::pair<CommitSink*, std::any>> atCommit; // what the body left for the commit
        std::exception_ptr error;
        bool done = false;
        std::condition_variable wake; // done, or a writer is free for it to run the queue (m_queueMutex)
    };
    void submit(PendingWrite& op);
    bool takeBatch(std::size_t& writer, std::vector<PendingWrite*>& batch);
    void wakeNextRunner(const PendingWrite* caller);
    void runBatch(std::size_t writer, const std::vector<PendingWrite*>& batch);
    void attempt(Poco::Data::Session& s, PendingWrite& op);
    // Returns the statements the sinks left for the COMMIT's round trip.
    std::vector<SqlStatement> flushAtCommit(Poco::Data::Session& s, const std::vector<PendingWrite*>& batch);

    struct Lease {
        explicit Lease(Database& db);
        ~Lease();
        Database& db;
        std::unique_ptr<Poco::Data::Session> session;
    };

    std::unique_ptr<Poco::Data::Session> open(bool writer);
    void begin(Poco::Data::Session& s, bool savepoint, Isolation isolation);
    void commit(Poco::Data::Session& s, std::vector<SqlStatement> withCommit = {});
    void rollback(Poco::Data::Session& s);

    void runOp(Poco::Data::Session& s, PendingWrite& op);
    void runAlone(Poco::Data::Session& s, PendingWrite& op);
    bool runTogether(Poco::Data::Session& s, const std::vector<PendingWrite*>& batch);
    void commitBatch(Poco::Data::Session& s, const std::vector<PendingWrite*>& batch);
    void control(Poco::Data::Session& s, const std::string& sql);

    DatabaseTarget m_target;
    Dialect m_dialect = Dialect::SQLite;
    std::pair<std::string, std::string> m_fileDirectories; // blobs, keys
    std::vector<std::unique_ptr<Poco::Data::Session>> m_writers;
    std::mutex m_queueMutex; // guards the queue, which writers are busy, and each write's `done`
    std::vector<PendingWrite*> m_queue;
    std::vector<bool> m_busy;
    std::atomic<std::uint64_t> m_commits{0};
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<Poco::Data::Session>> m_idle;
};

// A column that may be NULL, as an optional; and an optional, bound as NULL when empty.
template <typename T> std::optional<T> optionalValue(const Poco::Dynamic::Var& value) {
    if (value.isEmpty())
        return std::nullopt;
    return value.convert<T>();
}

template <typename T> Poco::Nullable<T> nullable(const std::optional<T>& value) {
    return value ? Poco::Nullable<T>(*value) : Poco::Nullable<T>();
}

// True when `countSql` ("SELECT COUNT(*) FROM ... WHERE ...") counts at least one row for `args`.
template <typename... Args>
bool exists(Poco::Data::Session& session, const std::string& countSql, const Args&... args) {
    int count = 0;
    Poco::Data::Statement statement(session);
    statement << countSql;
    ((statement, Poco::Data::Keywords::bind(args)), ...);
    statement, Poco::Data::Keywords::into(count);
    statement.execute();
    return count > 0;
}

} // namespace ow::server
