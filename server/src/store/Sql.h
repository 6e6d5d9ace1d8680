#pragma once

#include <Poco/Data/Session.h>
#include <Poco/JSON/Array.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// One parameter of a statement: NULL, an integer or text.
class SqlParam {
public:
    SqlParam() = default; // NULL
    SqlParam(std::int64_t value)
        : m_null(false)
        , m_integer(true)
        , m_text(std::to_string(value)) {}
    SqlParam(int value)
        : SqlParam(static_cast<std::int64_t>(value)) {}
    SqlParam(std::string value)
        : m_null(false)
        , m_text(std::move(value)) {}
    SqlParam(const char* value)
        : SqlParam(std::string(value)) {}
    template <typename T> SqlParam(const std::optional<T>& value) {
        if (value)
            *this = SqlParam(*value);
    }

    bool isNull() const { return m_null; }
    bool isInteger() const { return m_integer; }
    const std::string& text() const { return m_text; }

private:
    bool m_null = true;
    bool m_integer = false;
    std::string m_text;
};

// One statement and its parameters (`$1`, `$2`, … in its text). A parameter may appear more than once, but each must
// first appear in its number's order: SQLite numbers `$N` by first appearance, not by N.
struct SqlStatement {
    std::string sql;
    std::vector<SqlParam> params;
};

// Runs one statement (`$1`-style parameters) and returns its rows. On PostgreSQL in one round trip, prepared once
// per connection and then only executed — Poco's connector spends four round trips on every statement (prepare,
// describe, execute, deallocate), which is what a writer's hot statements cannot afford; on SQLite through Poco, in
// process.
// Errors are thrown as Poco's own (PostgreSQLException with "State: SQLSTATE", SQLiteException), so that
// isUniqueViolation and the writer's retries read them alike.
class SqlRows;
SqlRows runSql(Poco::Data::Session& session, const std::string& sql, const std::vector<SqlParam>& params = {});

// Runs the statements in order and returns each one's rows; the first that fails throws its error and the ones after
// it do not run. On PostgreSQL all of them in one round trip (libpq's pipeline mode): what a writer sends while it
// holds a lock others wait for. Inside a write they are all in its transaction; outside one, PostgreSQL runs them in
// one implicit transaction (a failure undoes the ones before it too), SQLite each on its own.
std::vector<SqlRows> runSqlTogether(Poco::Data::Session& session, const std::vector<SqlStatement>& statements);

// A whole number as the database wrote it in text; throws std::runtime_error for anything else.
std::int64_t parseSqlInteger(const std::string& text);

// Transaction control (BEGIN, COMMIT, SAVEPOINT …: no parameters, no rows) on either engine; on PostgreSQL in one
// round trip, several statements separated by ";" together.
void transactionControl(Poco::Data::Session& session, const std::string& sql);

// Placeholders for a multi-row VALUES list: `rows` rows of `columns`, numbered on from `$first`:
// sqlValueRows(2, 3, 1) is "($1, $2, $3), ($4, $5, $6)".
std::string sqlValueRows(std::size_t rows, std::size_t columns, std::size_t first = 1);

// The rows of `sql` as JSON objects with `names` as keys, in the columns' order: text, whole numbers for the
// `integers`, null for NULL — a table's rows as they travel between a hall server and its upstream.
Poco::JSON::Array::Ptr jsonRows(Poco::Data::Session& session, const std::string& sql,
                                const std::vector<SqlParam>& params, const std::vector<std::string>& names,
                                const std::vector<std::string>& integers = {});

// What a statement returned: its rows as text cells (nothing for NULL), and how many rows it changed.
class SqlRows {
public:
    SqlRows() = default;
    SqlRows(std::vector<std::vector<std::optional<std::string>>> rows, std::size_t affected)
        : m_rows(std::move(rows))
        , m_affected(affected) {}

    std::size_t size() const { return m_rows.size(); }
    std::size_t columns() const { return m_rows.empty() ? 0 : m_rows.front().size(); }
    bool empty() const { return m_rows.empty(); }
    std::size_t affected() const { return m_affected; }
    bool isNull(std::size_t row, std::size_t column) const { return !m_rows.at(row).at(column); }
    std::string text(std::size_t row, std::size_t column) const { return m_rows.at(row).at(column).value_or(""); }
    std::int64_t integer(std::size_t row, std::size_t column) const;
    std::optional<std::string> optionalText(std::size_t row, std::size_t column) const {
        return m_rows.at(row).at(column);
    }
    std::optional<std::int64_t> optionalInteger(std::size_t row, std::size_t column) const;

private:
    std::vector<std::vector<std::optional<std::string>>> m_rows;
    std::size_t m_affected = 0;
};

// A PostgreSQL connection was just opened (its address may be that of a closed one) or is about to be closed: it
// has prepared nothing (any more).
void forgetPreparedStatements(Poco::Data::Session& session);

} // namespace ow::server
