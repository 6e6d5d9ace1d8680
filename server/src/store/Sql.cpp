#include "Sql.h"

#include "Database.h"
#include "Postgres.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>
#include <Poco/JSON/Object.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

// SQLite's answer (through Poco) as rows of text cells.
SqlRows rowsOf(Poco::Data::Statement& statement, std::size_t affected) {
    std::vector<std::vector<std::optional<std::string>>> rows;
    if (statement.columnsExtracted() > 0) {
        Poco::Data::RecordSet rs(statement);
        const std::size_t columns = rs.columnCount();
        rows.resize(rs.rowCount());
        for (std::size_t r = 0; r < rs.rowCount(); ++r)
            for (std::size_t c = 0; c < columns; ++c) {
                const Poco::Dynamic::Var& v = rs.value(c, r);
                rows[r].push_back(v.isEmpty() ? std::nullopt : std::optional<std::string>(v.convert<std::string>()));
            }
    }
    return SqlRows(std::move(rows), affected);
}

} // namespace

std::int64_t SqlRows::integer(std::size_t row, std::size_t column) const {
    const auto& cell = m_rows.at(row).at(column);
    if (!cell)
        throw std::runtime_error("the database returned NULL where a whole number belongs");
    return parseSqlInteger(*cell);
}

std::optional<std::int64_t> SqlRows::optionalInteger(std::size_t row, std::size_t column) const {
    if (isNull(row, column))
        return std::nullopt;
    return integer(row, column);
}

std::int64_t parseSqlInteger(const std::string& text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw std::runtime_error("the database returned \"" + text + "\" where a whole number belongs");
    return value;
}

void transactionControl(Poco::Data::Session& session, const std::string& sql) {
    if (dialectOf(session) == Dialect::PostgreSQL)
        postgres::control(session, sql);
    else
        session << sql, now;
}

void forgetPreparedStatements(Poco::Data::Session& session) { postgres::forgetPrepared(session); }

std::vector<SqlRows> runSqlTogether(Poco::Data::Session& session, const std::vector<SqlStatement>& statements) {
    std::vector<SqlRows> out(statements.size());
    if (statements.empty())
        return out;
    if (dialectOf(session) == Dialect::PostgreSQL) {
        postgres::runTogether(session, statements, out);
        return out;
    }
    for (std::size_t i = 0; i < statements.size(); ++i) {
        Poco::Data::Statement statement(session);
        statement << statements[i].sql;
        for (const SqlParam& p : statements[i].params) {
            if (p.isNull())
                statement, bind(Poco::Nullable<std::string>());
            else if (p.isInteger())
                statement, bind(parseSqlInteger(p.text()));
            else
                statement, bind(p.text());
        }
        const std::size_t affected = statement.execute();
        out[i] = rowsOf(statement, affected);
    }
    return out;
}

SqlRows runSql(Poco::Data::Session& session, const std::string& sql, const std::vector<SqlParam>& params) {
    return std::move(runSqlTogether(session, {{sql, params}}).front());
}

Poco::JSON::Array::Ptr jsonRows(Poco::Data::Session& session, const std::string& sql,
                                const std::vector<SqlParam>& params, const std::vector<std::string>& names,
                                const std::vector<std::string>& integers) {
    const SqlRows rows = runSql(session, sql, params);
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
        for (std::size_t c = 0; c < names.size(); ++c) {
            if (rows.isNull(r, c))
                o->set(names[c], Poco::Dynamic::Var());
            else if (std::find(integers.begin(), integers.end(), names[c]) != integers.end())
                o->set(names[c], rows.integer(r, c));
            else
                o->set(names[c], rows.text(r, c));
        }
        out->add(o);
    }
    return out;
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
