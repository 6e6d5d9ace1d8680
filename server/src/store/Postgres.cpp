#include "Postgres.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <libpq-fe.h>

#include <poll.h>

#include <mutex>
#include <stdexcept>
#include <unordered_map>

using namespace Poco::Data::Keywords;

namespace ow::server::postgres {
namespace {

// The statements each connection has prepared, by their text: a statement is parsed and planned once per
// connection and then only executed (the server's CPU goes to the work, not to parsing the same text again).
// Bounded per connection; beyond that, statements run unprepared. Prepared statements outlive a rolled-back
// transaction, so an entry stays true for as long as its connection lives.
class PreparedStatements {
public:
    // The name to execute `sql` by, and whether it must be prepared first; "" when the connection has enough.
    std::pair<std::string, bool> lookUp(PGconn* conn, const std::string& sql) {
        std::lock_guard lock(m_mutex);
        auto& names = m_byConnection[conn];
        if (auto it = names.find(sql); it != names.end())
            return {it->second, false};
        if (names.size() >= kMostPerConnection)
            return {"", false};
        return {"ow_" + std::to_string(++m_counter), true};
    }
    void prepared(PGconn* conn, const std::string& sql, const std::string& name) {
        std::lock_guard lock(m_mutex);
        m_byConnection[conn].emplace(sql, name);
    }
    void forget(PGconn* conn) {
        std::lock_guard lock(m_mutex);
        m_byConnection.erase(conn);
    }

private:
    static constexpr std::size_t kMostPerConnection = 200;
    std::mutex m_mutex;
    std::unordered_map<PGconn*, std::unordered_map<std::string, std::string>> m_byConnection;
    std::uint64_t m_counter = 0;
};

PreparedStatements& preparedStatements() {
    static PreparedStatements statements;
    return statements;
}

PGconn* connectionOf(Poco::Data::Session& session) {
    return static_cast<Poco::Data::PostgreSQL::SessionImpl*>(session.impl())->handle();
}

// Throws PostgreSQL's refusal of `sql` as Poco does, with its SQLSTATE ("State: 23505"); takes `result` (may be
// null: the connection failed).
[[noreturn]] void throwError(PGconn* conn, PGresult* result, const std::string& sql) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    // "08006" (connection failure) when the server's answer never came.
    message += std::string(" State: ") + (state ? state : "08006") + " (" + sql + ")";
    if (result)
        PQclear(result);
    throw Poco::Data::PostgreSQL::StatementException(message);
}

// A result's rows as text cells, and how many rows the statement changed (or returned).
SqlRows rowsOf(PGresult* result) {
    const int tuples = PQntuples(result);
    const int columns = PQnfields(result);
    std::vector<std::vector<std::optional<std::string>>> rows(static_cast<std::size_t>(tuples));
    for (int r = 0; r < tuples; ++r) {
        auto& row = rows[static_cast<std::size_t>(r)];
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c)
            row.push_back(PQgetisnull(result, r, c) ? std::nullopt
                                                    : std::optional<std::string>(PQgetvalue(result, r, c)));
    }
    const char* changed = PQcmdTuples(result);
    return SqlRows(std::move(rows), changed && *changed ? static_cast<std::size_t>(parseSqlInteger(changed))
                                                        : static_cast<std::size_t>(tuples));
}

// Every session of the server: the schema it works in, and no notices (libpq prints them on stderr).
void configure(Poco::Data::Session& session, const std::string& schema, bool writer) {
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

bool built() { return true; }

std::unique_ptr<Poco::Data::Session> connect(const Target& target, bool writer) {
    Poco::Data::PostgreSQL::Connector::registerConnector();
    // Asked first with PQping: Poco's connector leaks libpq's connection object when a connection fails, and a
    // server that is down, refusing or unknown is the usual reason.
    switch (PQping(target.connect.c_str())) {
    case PQPING_OK: break;
    case PQPING_REJECT:
        throw std::runtime_error("cannot connect to " + target.display +
                                 ": the server is starting up or shutting down");
    case PQPING_NO_RESPONSE:
        throw std::runtime_error("cannot connect to " + target.display + ": no answer (is PostgreSQL running there?)");
    default:
        throw std::runtime_error("cannot connect to " + target.display + ": the connection settings are not usable");
    }
    std::unique_ptr<Poco::Data::Session> session;
    try {
        session = std::make_unique<Poco::Data::Session>("PostgreSQL", target.connect);
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("cannot connect to " + target.display + ": " + e.displayText());
    }
    configure(*session, target.schema, writer);
    forgetPrepared(*session);
    return session;
}

void control(Poco::Data::Session& session, const std::string& sql) {
    // One round trip with libpq instead of Poco's four (prepare, describe, execute, deallocate).
    PGconn* conn = connectionOf(session);
    PGresult* result = PQexec(conn, sql.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwError(conn, result, sql);
    PQclear(result);
}

// Each statement prepared (the first time on this connection) and executed, one Sync after the last, the answers
// read in order. After a failure the server skips the rest up to the Sync (PGRES_PIPELINE_ABORTED); the first
// failure is thrown once every answer has been read, so that the connection leaves pipeline mode ready for the next
// statement.
void runTogether(Poco::Data::Session& session, const std::vector<SqlStatement>& statements, std::vector<SqlRows>& out) {
    PGconn* conn = connectionOf(session);
    struct Sent {
        std::string name;
        bool preparing = false;
    };
    std::vector<Sent> sent;
    sent.reserve(statements.size());
    if (PQenterPipelineMode(conn) != 1)
        throwError(conn, nullptr, statements.front().sql);
    struct Leave {
        PGconn* conn;
        ~Leave() { PQexitPipelineMode(conn); } // refused only while answers are unread: the connection is lost then
    } leave{conn};
    for (const SqlStatement& st : statements) {
        std::vector<const char*> values;
        values.reserve(st.params.size());
        for (const SqlParam& p : st.params)
            values.push_back(p.isNull() ? nullptr : p.text().c_str());
        const int count = static_cast<int>(st.params.size());
        auto [name, prepare] = preparedStatements().lookUp(conn, st.sql);
        const bool queued =
            (!prepare || PQsendPrepare(conn, name.c_str(), st.sql.c_str(), count, nullptr) == 1) &&
            (name.empty() ? PQsendQueryParams(conn, st.sql.c_str(), count, nullptr, values.data(), nullptr, nullptr, 0)
                          : PQsendQueryPrepared(conn, name.c_str(), count, values.data(), nullptr, nullptr, 0)) == 1;
        if (!queued) // the connection is gone: nothing sent will be answered
            throwError(conn, nullptr, st.sql);
        sent.push_back({std::move(name), prepare});
    }
    if (PQpipelineSync(conn) != 1)
        throwError(conn, nullptr, statements.front().sql);

    PGresult* failure = nullptr; // the first refusal, kept to be thrown
    std::string failedSql;
    // One command's answer: its result, then the null that ends it. Null when the connection was lost.
    auto answer = [&]() -> PGresult* {
        PGresult* result = PQgetResult(conn);
        if (result)
            while (PGresult* extra = PQgetResult(conn))
                PQclear(extra);
        return result;
    };
    auto keep = [&](PGresult* result, const std::string& sql) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_PIPELINE_ABORTED || failure)
            return false;
        failure = result;
        failedSql = sql;
        return true;
    };
    bool lost = false;
    for (std::size_t i = 0; i < statements.size() && !lost; ++i) {
        if (sent[i].preparing) {
            PGresult* prepared = answer();
            if (!prepared) {
                lost = true;
                break;
            }
            if (PQresultStatus(prepared) == PGRES_COMMAND_OK)
                preparedStatements().prepared(conn, statements[i].sql, sent[i].name);
            if (!keep(prepared, statements[i].sql))
                PQclear(prepared);
        }
        PGresult* result = answer();
        if (!result) {
            lost = true;
            break;
        }
        if (!failure && (PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK)) {
            out[i] = rowsOf(result);
            PQclear(result);
        } else if (!keep(result, statements[i].sql)) {
            PQclear(result);
        }
    }
    if (!lost) {
        PGresult* sync = PQgetResult(conn); // PGRES_PIPELINE_SYNC
        lost = !sync || PQresultStatus(sync) != PGRES_PIPELINE_SYNC;
        if (sync)
            PQclear(sync);
    }
    if (failure)
        throwError(conn, failure, failedSql);
    if (lost)
        throwError(conn, nullptr, statements.front().sql);
}

void forgetPrepared(Poco::Data::Session& session) {
    if (session.connector() == "postgresql")
        preparedStatements().forget(connectionOf(session));
}

bool isUniqueViolation(const std::exception& e) {
    // Poco's PostgreSQL message carries the SQLSTATE ("State: 23505"), whatever language the server speaks.
    if (auto* pg = dynamic_cast<const Poco::Data::PostgreSQL::PostgreSQLException*>(&e))
        return pg->displayText().find("State: 23505") != std::string::npos;
    return false;
}

bool isConstraintViolation(const std::exception& e) {
    // SQLSTATE class 23: integrity constraint violations (not null, foreign key, unique, check).
    if (auto* pg = dynamic_cast<const Poco::Data::PostgreSQL::PostgreSQLException*>(&e))
        return pg->displayText().find("State: 23") != std::string::npos;
    return false;
}

bool isRetryable(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const Poco::Data::PostgreSQL::PostgreSQLException& e) {
        return e.message().find("State: 40P01") != std::string::npos ||
               e.message().find("State: 40001") != std::string::npos;
    } catch (...) {
        return false;
    }
}

Listener::Listener(std::string connectInfo, std::string channel)
    : m_connectInfo(std::move(connectInfo))
    , m_channel(std::move(channel)) {}

Listener::~Listener() { drop(); }

void Listener::drop() {
    if (m_conn)
        PQfinish(static_cast<PGconn*>(m_conn));
    m_conn = nullptr;
}

bool Listener::ensure(std::string& error) {
    if (m_conn)
        return true;
    PGconn* conn = PQconnectdb(m_connectInfo.c_str());
    m_conn = conn;
    const std::string listen = "LISTEN \"" + m_channel + "\"";
    PGresult* result = PQstatus(conn) == CONNECTION_OK ? PQexec(conn, listen.c_str()) : nullptr;
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    if (result)
        PQclear(result);
    if (!ok) {
        error = PQerrorMessage(conn);
        drop();
    }
    return ok;
}

bool Listener::wait(int ms, const std::function<void(const char*)>& notice) {
    auto* conn = static_cast<PGconn*>(m_conn);
    if (!conn)
        return false;
    pollfd fd{PQsocket(conn), POLLIN, 0};
    if (::poll(&fd, 1, ms) < 0)
        return true;
    if (PQconsumeInput(conn) == 0) {
        drop();
        return false;
    }
    while (PGnotify* n = PQnotifies(conn)) {
        notice(n->extra);
        PQfreemem(n);
    }
    return true;
}

} // namespace ow::server::postgres
