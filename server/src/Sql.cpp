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

void runPostgres(PGconn* conn, const std::string& sql, const std::vector<SqlParam>& params,
                 std::vector<std::vector<std::optional<std::string>>>& rows, std::size_t& affected) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const SqlParam& p : params)
        values.push_back(p.isNull() ? nullptr : p.text().c_str());
    const int count = static_cast<int>(params.size());
    auto [name, prepare] = preparedStatements().lookUp(conn, sql);
    if (prepare) {
        PGresult* result = PQprepare(conn, name.c_str(), sql.c_str(), count, nullptr);
        if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
            throwPostgresError(conn, result, sql);
        PQclear(result);
        preparedStatements().prepared(conn, sql, name);
    }
    PGresult* result = name.empty()
                           ? PQexecParams(conn, sql.c_str(), count, nullptr, values.data(), nullptr, nullptr, 0)
                           : PQexecPrepared(conn, name.c_str(), count, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwPostgresError(conn, result, sql);
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
    PQclear(result);
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

std::string quoteLiteral(Poco::Data::Session& session, const std::string& text) {
    PGconn* conn = connectionOf(session);
    char* quoted = PQescapeLiteral(conn, text.data(), text.size());
    if (!quoted)
        throw std::runtime_error(std::string("cannot quote a text for PostgreSQL: ") + PQerrorMessage(conn));
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

void forgetPreparedStatements(Poco::Data::Session& session) {
    if (dialectOf(session) == Dialect::PostgreSQL)
        preparedStatements().forget(connectionOf(session));
}

SqlRows runSql(Poco::Data::Session& session, const std::string& sql, const std::vector<SqlParam>& params) {
    SqlRows out;
    if (dialectOf(session) == Dialect::PostgreSQL) {
        runPostgres(connectionOf(session), sql, params, out.m_rows, out.m_affected);
        return out;
    }
    Poco::Data::Statement statement(session);
    statement << sql;
    for (const SqlParam& p : params) {
        if (p.isNull())
            statement, bind(Poco::Nullable<std::string>());
        else if (p.isInteger())
            statement, bind(toInteger(p.text()));
        else
            statement, bind(p.text());
    }
    out.m_affected = statement.execute();
    if (statement.columnsExtracted() == 0)
        return out;
    Poco::Data::RecordSet rs(statement);
    const std::size_t columns = rs.columnCount();
    out.m_rows.resize(rs.rowCount());
    for (std::size_t r = 0; r < rs.rowCount(); ++r)
        for (std::size_t c = 0; c < columns; ++c) {
            const Poco::Dynamic::Var& v = rs.value(c, r);
            out.m_rows[r].push_back(v.isEmpty() ? std::nullopt : std::optional<std::string>(v.convert<std::string>()));
        }
    return out;
}

} // namespace ow::server
