#include "Database.h"

#include <Poco/Data/SQLite/Connector.h>

#include <stdexcept>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

std::string sqlitePath(const std::string& url) {
    const std::string prefix = "sqlite:";
    if (url.rfind(prefix, 0) != 0 || url.size() == prefix.size())
        throw std::invalid_argument("unsupported database URL \"" + url + "\"; use sqlite:PATH");
    return url.substr(prefix.size());
}

} // namespace

Database::Database(const std::string& url)
    : m_path(sqlitePath(url)) {
    Poco::Data::SQLite::Connector::registerConnector();
    m_writer = open();
    *m_writer << "PRAGMA journal_mode=WAL", now;
    // Checkpoint every ~40 MB of WAL instead of every 4 MB: each checkpoint syncs the database file, and a
    // busy hall writes a few thousand pages a second.
    *m_writer << "PRAGMA wal_autocheckpoint=10000", now;
    migrate();
}

Database::~Database() = default;

std::unique_ptr<Poco::Data::Session> Database::open() {
    auto session = std::make_unique<Poco::Data::Session>("SQLite", m_path);
    // WAL with synchronous=NORMAL: a commit is durable against a process crash; a power cut may lose
    // the last commits but never corrupts the database.
    *session << "PRAGMA busy_timeout=10000", now;
    *session << "PRAGMA synchronous=NORMAL", now;
    *session << "PRAGMA foreign_keys=ON", now;
    *session << "PRAGMA cache_size=-32768", now; // 32 MiB of page cache per connection
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
        session = db.open();
}

Database::Lease::~Lease() {
    std::lock_guard lock(db.m_poolMutex);
    if (db.m_idle.size() < 16)
        db.m_idle.push_back(std::move(session));
}

void Database::submit(PendingWrite& op) {
    std::unique_lock lock(m_queueMutex);
    m_queue.push_back(&op);
    while (!op.done) {
        if (m_writerBusy) {
            m_queueChanged.wait(lock);
            continue;
        }
        m_writerBusy = true;
        const std::size_t take = std::min(m_queue.size(), kMaxBatch);
        std::vector<PendingWrite*> batch(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(take));
        m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(take));
        lock.unlock();
        runBatch(batch);
        lock.lock();
        for (PendingWrite* done : batch)
            done->done = true;
        m_writerBusy = false;
        m_queueChanged.notify_all();
    }
    if (op.error)
        std::rethrow_exception(op.error);
}

void Database::runBatch(const std::vector<PendingWrite*>& batch) {
    std::lock_guard writer(m_writeMutex);
    try {
        begin();
    } catch (...) {
        for (PendingWrite* op : batch)
            op->error = std::current_exception();
        return;
    }
    for (PendingWrite* op : batch) {
        try {
            *m_writer << "SAVEPOINT write_op", now;
            try {
                op->body(*m_writer);
                *m_writer << "RELEASE write_op", now;
            } catch (...) {
                op->error = std::current_exception();
                *m_writer << "ROLLBACK TO write_op", now;
                *m_writer << "RELEASE write_op", now;
            }
        } catch (...) {
            op->error = std::current_exception(); // the savepoint itself failed: the database is in trouble
        }
    }
    try {
        commit();
        ++m_commits;
    } catch (...) {
        rollback();
        for (PendingWrite* op : batch)
            if (!op->error)
                op->error = std::current_exception();
    }
}

void Database::begin() { *m_writer << "BEGIN IMMEDIATE", now; }
void Database::commit() { *m_writer << "COMMIT", now; }

void Database::rollback() {
    try {
        *m_writer << "ROLLBACK", now;
    } catch (const std::exception&) {
        // Nothing to roll back: the failure came before the transaction was open.
    }
}

int Database::schemaVersion() {
    int version = 0;
    *m_writer << "PRAGMA user_version", into(version), now;
    return version;
}

void Database::migrate() {
    std::lock_guard lock(m_writeMutex);
    const auto& migrations = schemaMigrations();
    int version = schemaVersion();
    if (version > static_cast<int>(migrations.size()))
        throw std::runtime_error("the database schema (version " + std::to_string(version) +
                                 ") is newer than this server; upgrade the server");
    for (auto index = static_cast<std::size_t>(version); index < migrations.size(); ++index) {
        begin();
        try {
            for (const auto& statement : migrations[index])
                *m_writer << statement, now;
            *m_writer << "PRAGMA user_version=" + std::to_string(index + 1), now;
            commit();
        } catch (...) {
            rollback();
            throw;
        }
    }
}

} // namespace ow::server
