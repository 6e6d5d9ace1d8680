#pragma once

#include "Sql.h"

#include <Poco/Data/Session.h>

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

// Everything the server does through libpq and Poco's PostgreSQL connector, in one place: Postgres.cpp when the
// server is built with PostgreSQL (ONEWINDOW_WITH_POSTGRESQL, the default), PostgresOff.cpp when it is not — then
// a postgresql:// database is refused with a sentence saying so, and SQLite works as ever.
namespace ow::server::postgres {

bool built(); // this server was built with PostgreSQL

// Where to connect: libpq's key=value pairs, the schema to work in ("" = the default search path), and what to
// show in logs (no password). From parseDatabaseUrl.
struct Target {
    std::string connect;
    std::string schema;
    std::string display;
};

// A new session at `target`: asked first whether the server answers (a clear error when it does not), then
// connected and set up — the schema, no notices, and for a writer generic plans for its prepared statements.
std::unique_ptr<Poco::Data::Session> connect(const Target& target, bool writer);

// Transaction control (no parameters, no rows; several statements may share it) in one round trip.
void control(Poco::Data::Session& session, const std::string& sql);
// The statements in libpq's pipeline mode, each prepared once per connection: one round trip for all of them. The
// first failure is thrown as Poco's StatementException with "State: SQLSTATE"; out gets each one's rows.
void runTogether(Poco::Data::Session& session, const std::vector<SqlStatement>& statements, std::vector<SqlRows>& out);
// The connection was just opened (its address may be a closed one's) or is about to close: nothing is prepared.
void forgetPrepared(Poco::Data::Session& session);

bool isUniqueViolation(const std::exception& e);     // SQLSTATE 23505
bool isConstraintViolation(const std::exception& e); // SQLSTATE class 23
bool isRetryable(const std::exception_ptr& error);   // a deadlock (40P01) or serialization failure (40001)

// A connection of its own that LISTENs on one channel (hall events between instances).
class Listener {
public:
    Listener(std::string connectInfo, std::string channel);
    ~Listener();
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    // Connects and listens unless it does already; false with the reason when it cannot.
    bool ensure(std::string& error);
    // Waits up to `ms` for notices and hands each payload over; false when the connection broke (ensure again).
    bool wait(int ms, const std::function<void(const char* payload)>& notice);

private:
    void drop();

    std::string m_connectInfo;
    std::string m_channel;
    void* m_conn = nullptr; // PGconn*
};

} // namespace ow::server::postgres
