#pragma once

#include <Poco/Data/Session.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ow::server {

// The server's storage: a Poco::Data session on SQLite (WAL). One writer at a time, in an immediate
// transaction, so that issuing a number and calling a ticket are atomic; readers share a small pool and
// never wait for the writer (WAL).
class Database {
public:
    // url: "sqlite:PATH". Opens (creating if needed) and brings the schema up to date.
    explicit Database(const std::string& url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    int schemaVersion();
    const std::string& path() const { return m_path; }

    // Runs fn(session) inside BEGIN IMMEDIATE ... COMMIT; rolls back and rethrows on any exception.
    template <typename Fn>
    auto write(Fn&& fn) {
        std::lock_guard lock(m_writeMutex);
        begin();
        try {
            if constexpr (std::is_void_v<decltype(fn(*m_writer))>) {
                fn(*m_writer);
                commit();
            } else {
                auto result = fn(*m_writer);
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    // Runs fn(session) on a pooled read-only connection.
    template <typename Fn>
    auto read(Fn&& fn) {
        Lease lease(*this);
        return fn(*lease.session);
    }

private:
    struct Lease {
        explicit Lease(Database& db);
        ~Lease();
        Database& db;
        std::unique_ptr<Poco::Data::Session> session;
    };

    std::unique_ptr<Poco::Data::Session> open();
    void migrate();
    void begin();
    void commit();
    void rollback();

    std::string m_path;
    std::mutex m_writeMutex;
    std::unique_ptr<Poco::Data::Session> m_writer;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<Poco::Data::Session>> m_idle;
};

// Versioned schema: migration N brings the schema from version N-1 to N.
const std::vector<std::vector<std::string>>& schemaMigrations();

} // namespace ow::server
