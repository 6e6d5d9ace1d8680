#include "Database.h"
#include "Migrations.h"

#include "TestServer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

using namespace ow;
using namespace Poco::Data::Keywords;

namespace {

using Names = std::set<std::string>;

// "table.column" for every column of the server's tables, and the names of the indexes it made itself.
std::pair<Names, Names> shapeOf(server::Database& db) {
    return db.read([&](Poco::Data::Session& s) {
        std::vector<std::string> columns, indexes;
        if (db.dialect() == server::Dialect::SQLite) {
            s << "SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_info(m.name) c"
                 " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
                into(columns), now;
            s << "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", into(indexes), now;
        } else {
            s << "SELECT table_name || '.' || column_name FROM information_schema.columns"
                 " WHERE table_schema = current_schema() AND table_name <> 'schema_version'",
                into(columns), now;
            // Those PostgreSQL names itself for primary keys and UNIQUE columns are SQLite's automatic ones.
            s << "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                 " AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'",
                into(indexes), now;
        }
        return std::pair{Names(columns.begin(), columns.end()), Names(indexes.begin(), indexes.end())};
    });
}

} // namespace

TEST(PostgresSchema, HasTheTablesColumnsAndIndexesOfSQLite) {
    ow::testing::TestServer hall; // on PostgreSQL when ONEWINDOW_TEST_DB is set
    ASSERT_TRUE(hall.onPostgres()) << "compares with PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    const auto lite = std::filesystem::temp_directory_path() / ("onewindow-schema-" + std::to_string(::getpid()));
    std::filesystem::remove(lite);
    server::Database sqlite("sqlite:" + lite.string());
    EXPECT_EQ(sqlite.schemaVersion(), hall.database().schemaVersion());
    EXPECT_EQ(server::schemaMigrations(server::Dialect::SQLite).size(),
              server::schemaMigrations(server::Dialect::PostgreSQL).size());
    const auto [liteColumns, liteIndexes] = shapeOf(sqlite);
    const auto [pgColumns, pgIndexes] = shapeOf(hall.database());
    EXPECT_GT(liteColumns.size(), 150u);
    EXPECT_EQ(liteColumns, pgColumns);
    EXPECT_EQ(liteIndexes, pgIndexes);
    std::filesystem::remove(lite);
    std::filesystem::remove(lite.string() + "-wal");
    std::filesystem::remove(lite.string() + "-shm");
}

TEST(Schema, ADatabaseUrlThatCannotWorkIsRefusedWithItsReason) {
    auto refused = [](const std::string& url, const std::string& data, const std::string& words) {
        try {
            server::Database db(url, data);
            ADD_FAILURE() << url << " was accepted";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << url << ": " << e.what();
        }
    };
    refused("mysql://h/db", "/tmp/x", "unsupported database URL");
    refused("sqlite:", "", "unsupported database URL");
    refused("postgresql://127.0.0.1:5432", "/tmp/x", "names a host and a database");
    refused("postgresql://127.0.0.1/db", "", "--data DIR");
    refused("postgresql://127.0.0.1/db?schema=a;drop", "/tmp/x", "schema name");
    refused("postgresql://127.0.0.1/db?options=-c%20x", "/tmp/x", "unknown database URL parameter");
    refused("postgresql://us%20er@127.0.0.1/db", "/tmp/x", "letters, digits");
}

TEST(Schema, ADeadPostgreSQLIsACleanErrorNamingTheServerWithoutThePassword) {
    try {
        server::Database db("postgresql://ow:secret@127.0.0.1:9/db?connect_timeout=2", "/tmp/x");
        ADD_FAILURE() << "connected to port 9";
    } catch (const std::runtime_error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("cannot connect to postgresql://127.0.0.1:9/db"), std::string::npos) << what;
        EXPECT_EQ(what.find("secret"), std::string::npos) << what;
    }
}
