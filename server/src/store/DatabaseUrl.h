#pragma once

#include "Postgres.h"

#include <string>

namespace ow::server {

// The two engines the server runs on: SQLite embedded (one hall, one machine) and PostgreSQL (a city or a
// province, several server instances). The stores write one SQL text for both — `$1`-style parameters, which
// SQLite reads as named parameters in order of appearance, ON CONFLICT, RETURNING — and ask for the dialect only
// where the engines truly differ (JSON functions, date arithmetic, row locks).
enum class Dialect { SQLite, PostgreSQL };

// Where the database is, from --db: "sqlite:PATH", or
// "postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DBNAME[?schema=NAME&sslmode=...]" (postgres:// too).
struct DatabaseTarget {
    Dialect dialect = Dialect::SQLite;
    std::string sqlitePath;    // SQLite: the file
    postgres::Target postgres; // PostgreSQL: libpq's settings, the schema
    std::string display;       // for logs: the file, or the server and database without the password
};

// Throws std::invalid_argument with what is wrong and how the URL is written. A PostgreSQL URL is read whether or
// not this server was built with PostgreSQL (it is refused when connecting).
DatabaseTarget parseDatabaseUrl(const std::string& url);

} // namespace ow::server
