#pragma once

#include "Database.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ow::server {

// What a database holds, table by table (every table of the schema, its rows).
using RowCounts = std::map<std::string, std::int64_t>;
RowCounts rowCounts(Database& db);

// A consistent copy of the database, taken while it serves, and what that copy holds.
struct Snapshot {
    Dialect dialect = Dialect::SQLite;
    std::string schema; // PostgreSQL: the schema copied ("" = public)
    int schemaVersion = 0;
    RowCounts rows;
    std::vector<std::string> blobs; // the attachments the copy records (their SHA-256 names)
};

// Copies the database into `file`. SQLite: the online backup API, every page in one step, so in one read
// transaction: writers go on meanwhile (WAL) and the copy is the database as of one moment. PostgreSQL: pg_dump
// (custom format) of the schema, in a snapshot a repeatable-read transaction exports and reads the counts in — the
// dump and its counts are the same moment. Throws std::runtime_error when the copy cannot be made.
Snapshot takeSnapshot(Database& db, const std::filesystem::path& file);

// Whether the database at `url` holds no table (a missing or empty SQLite file, an empty or missing schema).
bool holdsNothing(const std::string& url);

// Puts a copy made by takeSnapshot into the database at `url`, which must hold nothing (std::invalid_argument
// otherwise, untouched). SQLite: the file is written beside the target and renamed into place. PostgreSQL:
// pg_restore into the schema the copy was taken of, which must be the URL's (a restore goes to another database
// or server, not another schema).
void loadSnapshot(const std::string& url, const Snapshot& copied, const std::filesystem::path& file);

} // namespace ow::server
