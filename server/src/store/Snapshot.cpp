#include "Snapshot.h"

#include "Migrations.h"
#include "Sql.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <sqlite3.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace ow::server {
namespace {

namespace fs = std::filesystem;
using Poco::Data::Session;

// The tables of the schema the session works in, and their rows.
RowCounts countRows(Session& s, Dialect dialect) {
    const SqlRows tables =
        dialect == Dialect::SQLite
            ? runSql(s,
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            : runSql(s, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        "AND table_type = 'BASE TABLE' ORDER BY table_name");
    RowCounts rows;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const std::string table = tables.text(i, 0);
        rows[table] = runSql(s, "SELECT COUNT(*) FROM \"" + table + "\"").integer(0, 0);
    }
    return rows;
}

void readHoldings(Session& s, Dialect dialect, Snapshot& snapshot) {
    snapshot.schemaVersion = schemaVersionOf(s, dialect);
    snapshot.rows = countRows(s, dialect);
    if (snapshot.rows.count("blobs")) {
        const SqlRows blobs = runSql(s, "SELECT sha256 FROM blobs ORDER BY sha256");
        for (std::size_t i = 0; i < blobs.size(); ++i)
            snapshot.blobs.push_back(blobs.text(i, 0));
    }
}

// libpq's settings without the password, which goes to the child in its environment (not on its command line,
// where every user of the machine could read it).
std::pair<std::string, std::string> splitPassword(const std::string& connect) {
    std::istringstream words(connect);
    std::string word, rest, password;
    while (words >> word) {
        if (word.rfind("password=", 0) == 0)
            password = word.substr(9);
        else
            rest += (rest.empty() ? "" : " ") + word;
    }
    return {rest, password};
}

// Runs pg_dump or pg_restore (against `target` unless it is null) and returns what it wrote; throws
// std::runtime_error with what the tool said when it fails.
std::string runPostgresTool(const std::string& tool, std::vector<std::string> args, const postgres::Target* target) {
    Poco::Process::Env env;
    if (target) {
        const auto [connect, password] = splitPassword(target->connect);
        args.push_back("--dbname=" + connect);
        if (!password.empty())
            env["PGPASSWORD"] = password;
    }
    Poco::Pipe output, errors;
    int status = 0;
    std::string wrote, said;
    try {
        Poco::ProcessHandle child = Poco::Process::launch(tool, args, nullptr, &output, &errors, env);
        Poco::PipeInputStream out(output), err(errors);
        wrote.assign(std::istreambuf_iterator<char>(out), {}); // what the tools say on stderr fits in its pipe
        said.assign(std::istreambuf_iterator<char>(err), {});
        status = child.wait();
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(tool + " could not be started (" + e.displayText() +
                                 "): install postgresql-client of the server's major version");
    }
    if (status != 0)
        throw std::runtime_error(tool + " failed (exit " + std::to_string(status) + "): " + said);
    return wrote;
}

Session openSqlite(const std::string& path) {
    Poco::Data::SQLite::Connector::registerConnector();
    return Session("SQLite", path);
}

void copySqlite(const std::string& from, const std::string& to) {
    sqlite3* source = nullptr;
    sqlite3* copy = nullptr;
    const auto close = [&] {
        sqlite3_close(copy);
        sqlite3_close(source);
    };
    if (sqlite3_open_v2(from.c_str(), &source, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_open_v2(to.c_str(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const std::string why = sqlite3_errmsg(copy ? copy : source);
        close();
        throw std::runtime_error("cannot open " + from + " or " + to + ": " + why);
    }
    sqlite3_busy_timeout(source, 10000);
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(copy);
    if (backup)
        sqlite3_backup_finish(backup);
    const std::string why = sqlite3_errmsg(copy);
    close();
    if (rc != SQLITE_DONE)
        throw std::runtime_error("the copy of " + from + " failed: " + why);
}

} // namespace

RowCounts rowCounts(Database& db) {
    return db.read([&](Session& s) { return countRows(s, db.dialect()); });
}

Snapshot takeSnapshot(Database& db, const fs::path& file) {
    Snapshot snapshot;
    snapshot.dialect = db.dialect();
    fs::remove(file);
    if (db.dialect() == Dialect::SQLite) {
        copySqlite(db.target().sqlitePath, file.string());
        Session copy = openSqlite(file.string());
        readHoldings(copy, Dialect::SQLite, snapshot);
        return snapshot;
    }
    snapshot.schema = db.schema();
    db.read([&](Session& s) {
        transactionControl(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        try {
            const std::string exported = runSql(s, "SELECT pg_export_snapshot()").text(0, 0);
            readHoldings(s, Dialect::PostgreSQL, snapshot);
            runPostgresTool("pg_dump",
                            {"--format=custom", "--no-owner", "--no-privileges", "--snapshot=" + exported,
                             "--schema=" + (snapshot.schema.empty() ? std::string("public") : snapshot.schema),
                             "--file=" + file.string()},
                            &db.target().postgres);
            transactionControl(s, "COMMIT");
        } catch (...) {
            transactionControl(s, "ROLLBACK");
            throw;
        }
    });
    return snapshot;
}

bool holdsNothing(const std::string& url) {
    const DatabaseTarget target = parseDatabaseUrl(url);
    if (target.dialect == Dialect::SQLite) {
        std::error_code error;
        if (!fs::exists(target.sqlitePath, error) || fs::file_size(target.sqlitePath, error) == 0)
            return true;
        Session s = openSqlite(target.sqlitePath);
        return countRows(s, Dialect::SQLite).empty();
    }
    const auto session = postgres::connect(target.postgres, false);
    const std::string schema = target.postgres.schema.empty() ? "public" : target.postgres.schema;
    return runSql(*session, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = $1", {schema})
               .integer(0, 0) == 0;
}

void loadSnapshot(const std::string& url, const Snapshot& copied, const fs::path& file) {
    const DatabaseTarget target = parseDatabaseUrl(url);
    if (target.dialect != copied.dialect)
        throw std::invalid_argument(std::string("the backup is of ") +
                                    (copied.dialect == Dialect::SQLite ? "an SQLite" : "a PostgreSQL") +
                                    " database: restore it to one of the same kind");
    if (!holdsNothing(url))
        throw std::invalid_argument("the database " + target.display +
                                    " already holds tables: a backup is restored into an empty database only");
    if (target.dialect == Dialect::SQLite) {
        const fs::path into = target.sqlitePath;
        if (into.has_parent_path())
            fs::create_directories(into.parent_path());
        const fs::path partial = into.string() + ".restoring";
        fs::copy_file(file, partial, fs::copy_options::overwrite_existing);
        fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        fs::remove(into.string() + "-wal");
        fs::remove(into.string() + "-shm");
        fs::rename(partial, into);
        return;
    }
    const std::string schema = target.postgres.schema.empty() ? "public" : target.postgres.schema;
    const std::string copiedSchema = copied.schema.empty() ? "public" : copied.schema;
    if (schema != copiedSchema)
        throw std::invalid_argument("the backup is of schema \"" + copiedSchema + "\"; restore it to a URL with " +
                                    (copied.schema.empty() ? "no schema" : "?schema=" + copied.schema) +
                                    " (on another database or server)");
    std::vector<std::string> args = {"--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"};
    if (schema != "public") { // pg_restore creates the schema; an empty one left by an earlier try goes first
        *postgres::connect(target.postgres, false) << "DROP SCHEMA IF EXISTS " + schema + " RESTRICT",
            Poco::Data::Keywords::now;
    } else { // every database has "public": all of the copy but its CREATE SCHEMA, by pg_restore's own list
        std::istringstream contents(runPostgresTool("pg_restore", {"--list", file.string()}, nullptr));
        const fs::path list = file.string() + ".list";
        std::ofstream kept(list);
        for (std::string line; std::getline(contents, line);)
            if (line.find(" SCHEMA - public ") == std::string::npos)
                kept << line << "\n";
        args.push_back("--use-list=" + list.string());
    }
    args.push_back(file.string());
    runPostgresTool("pg_restore", args, &target.postgres);
}

} // namespace ow::server
