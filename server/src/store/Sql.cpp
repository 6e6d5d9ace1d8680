#include "Sql.h"

#include "Database.h"

#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>
#include <libpq-fe.h>

#include <charconv>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

using namespace Poco::Data::Keywords;

namespace ow::server {

// Fills SqlRows from either engine's answer.
class SqlRowsFiller {
public:
    static void fill(SqlRows& rows, PGresult* result);
    static void fill(SqlRows& rows, Poco::Data::Statement& statement, std::size_t affected);
};

namespace {

std::int64_t toInteger(const std::string& text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw std::runtime_error("the database returned \"" + text + "\" where a whole number belongs");
    return value;
}

// The statements each PostgreSQL connection has prepared, by their text: a statement is parsed and planned once
// per connection and then only executed (the server's CPU goes to the work, not to parsing the same text again).
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

// A result's rows as text cells, and how many rows the statement changed (or returned).
void readRows(PGresult* result, std::vector<std::vector<std::optional<std::string>>>& rows, std::size_t& affected) {
    const int tuples = PQntuples(result);
    const int columns = PQnfields(result);
    rows.resize(static_cast<std::size_t>(tuples));
    for (int r = 0; r < tuples; ++r) {
        auto& row = rows[static_cast<std::size_t>(r)];
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c)
            row.push_back(PQgetisnull(result, r, c) ? std::nullopt
                                                     : std::optional<std::string>(PQgetvalue(result, r, c)));
    }
    const char* changed = PQcmdTuples(result);
    affected = changed && *changed ? static_cast<std::size_t>(toInteger(changed)) : static_cast<std::size_t>(tuples);
}

// The statements in libpq's pipeline mode: each one prepared (the first time on this connection) and executed, one
// Sync after the last, the answers read in order. After a failure the server skips the rest up to the Sync
// (PGRES_PIPELINE_ABORTED); the first failure is thrown once every answer has been read, so that the connection
// leaves pipeline mode ready for the next statement.
void runPostgres(PGconn* conn, const std::vector<SqlStatement>& statements, std::vector<SqlRows>& out) {
    struct Sent {
        std::string name;
        bool preparing = false;
    };
    std::vector<Sent> sent;
    sent.reserve(statements.size());
    if (PQenterPipelineMode(conn) != 1)
        throwPostgresError(conn, nullptr, statements.front().sql);
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
            throwPostgresError(conn, nullptr, st.sql);
        sent.push_back({std::move(name), prepare});
    }
    if (PQpipelineSync(conn) != 1)
        throwPostgresError(conn, nullptr, statements.front().sql);

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
            SqlRowsFiller::fill(out[i], result);
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
        throwPostgresError(conn, failure, failedSql);
    if (lost)
        throwPostgresError(conn, nullptr, statements.front().sql);
}

} // namespace

std::int64_t SqlRows::integer(std::size_t row, std::size_t column) const {
    const auto& cell = m_rows.at(row).at(column);
    if (!cell)
        throw std::runtime_error("the database returned NULL where a whole number belongs");
    return toInteger(*cell);
}

std::optional<std::int64_t> SqlRows::optionalInteger(std::size_t row, std::size_t column) const {
    if (isNull(row, column))
        return std::nullopt;
    return integer(row, column);
}

void throwPostgresError(void* connection, void* resultHandle, const std::string& sql) {
    auto* conn = static_cast<PGconn*>(connection);
    auto* result = static_cast<PGresult*>(resultHandle);
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    // "08006" (connection failure) when the server's answer never came.
    message += std::string(" State: ") + (state ? state : "08006") + " (" + sql + ")";
    if (result)
        PQclear(result);
    throw Poco::Data::PostgreSQL::StatementException(message);
}

void forgetPreparedStatements(Poco::Data::Session& session) {
    if (dialectOf(session) == Dialect::PostgreSQL)
        preparedStatements().forget(connectionOf(session));
}

void SqlRowsFiller::fill(SqlRows& rows, PGresult* result) { readRows(result, rows.m_rows, rows.m_affected); }

void SqlRowsFiller::fill(SqlRows& rows, Poco::Data::Statement& statement, std::size_t affected) {
    rows.m_affected = affected;
    if (statement.columnsExtracted() == 0)
        return;
    Poco::Data::RecordSet rs(statement);
    const std::size_t columns = rs.columnCount();
    rows.m_rows.resize(rs.rowCount());
    for (std::size_t r = 0; r < rs.rowCount(); ++r)
        for (std::size_t c = 0; c < columns; ++c) {
            const Poco::Dynamic::Var& v = rs.value(c, r);
            rows.m_rows[r].push_back(v.isEmpty() ? std::nullopt : std::optional<std::string>(v.convert<std::string>()));
        }
}

std::vector<SqlRows> runSqlTogether(Poco::Data::Session& session, const std::vector<SqlStatement>& statements) {
    std::vector<SqlRows> out(statements.size());
    if (statements.empty())
        return out;
    if (dialectOf(session) == Dialect::PostgreSQL) {
        runPostgres(connectionOf(session), statements, out);
        return out;
    }
    for (std::size_t i = 0; i < statements.size(); ++i) {
        Poco::Data::Statement statement(session);
        statement << statements[i].sql;
        for (const SqlParam& p : statements[i].params) {
            if (p.isNull())
                statement, bind(Poco::Nullable<std::string>());
            else if (p.isInteger())
                statement, bind(toInteger(p.text()));
            else
                statement, bind(p.text());
        }
        const std::size_t affected = statement.execute();
        SqlRowsFiller::fill(out[i], statement, affected);
    }
    return out;
}

SqlRows runSql(Poco::Data::Session& session, const std::string& sql, const std::vector<SqlParam>& params) {
    return std::move(runSqlTogether(session, {{sql, params}}).front());
}

std::string sqlValueRows(std::size_t rows, std::size_t columns, std::size_t first) {
    std::string out;
    for (std::size_t r = 0; r < rows; ++r) {
        out += r ? ", (" : "(";
        for (std::size_t c = 0; c < columns; ++c)
            out += (c ? ", $" : "$") + std::to_string(first++);
        out += ")";
    }
    return out;
}

} // namespace ow::server
