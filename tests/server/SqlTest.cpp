// runSql / runSqlTogether on the engine the tests run on (SQLite, or PostgreSQL with ONEWINDOW_TEST_DB): on
// PostgreSQL the statements go out together in libpq's pipeline mode, so what matters is that each gets its own rows,
// that the first refusal is the one thrown, and that the connection is left as usable as before.
#include "TestServer.h"

#include "Sql.h"

#include <Poco/Exception.h>
#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;
using server::runSql;
using server::runSqlTogether;
using server::SqlRows;

TEST(Sql, StatementsSentTogetherGetTheirOwnRows) {
    TestServer hall;
    hall.database().read([](Poco::Data::Session& s) {
        const std::vector<SqlRows> rows = runSqlTogether(
            s, {{"SELECT $1 || 'b'", {"a"}}, {"SELECT 2 UNION ALL SELECT 3", {}}, {"SELECT $1 + 1", {41}}});
        ASSERT_EQ(rows.size(), 3u);
        EXPECT_EQ(rows[0].text(0, 0), "ab");
        ASSERT_EQ(rows[1].size(), 2u);
        EXPECT_EQ(rows[1].integer(1, 0), 3);
        EXPECT_EQ(rows[2].integer(0, 0), 42);
        EXPECT_TRUE(runSqlTogether(s, {}).empty());
    });
}

TEST(Sql, TheFirstRefusalIsThrownAndTheConnectionGoesOn) {
    TestServer hall;
    hall.database().read([](Poco::Data::Session& s) {
        for (int round = 0; round < 2; ++round) { // the second time the refused text must not pass for prepared
            try {
                runSqlTogether(s, {{"SELECT 1", {}}, {"SELECT x FROM no_such_table", {}}, {"SELEC 3", {}}});
                ADD_FAILURE() << "a statement on a table that does not exist was not refused";
            } catch (const Poco::Exception& e) { // both engines' refusals are Poco's
                EXPECT_NE(e.displayText().find("no_such_table"), std::string::npos) << e.displayText();
            }
            EXPECT_EQ(runSql(s, "SELECT 7").integer(0, 0), 7) << "the connection is still usable";
        }
    });
}

TEST(Sql, AUniqueViolationSentWithOthersIsKnownAsOne) {
    TestServer hall;
    hall.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    bool unique = false;
    try {
        hall.database().write([](Poco::Data::Session& s) {
            runSqlTogether(s, {{"SELECT id FROM halls WHERE id = $1", {"h1"}},
                               {"INSERT INTO categories(hall, prefix, name) VALUES ($1, 'A', 'again')", {"h1"}}});
        });
    } catch (const std::exception& e) {
        unique = server::isUniqueViolation(e);
    }
    EXPECT_TRUE(unique);
    // Undone as a whole, and the writer goes on.
    EXPECT_EQ(hall.database().write([](Poco::Data::Session& s) {
        return runSql(s, "SELECT name FROM categories WHERE hall = $1", {"h1"}).text(0, 0);
    }),
              "综合业务");
}

TEST(Sql, ValueRowsNumberTheirPlaceholders) {
    EXPECT_EQ(server::sqlValueRows(2, 3), "($1, $2, $3), ($4, $5, $6)");
    EXPECT_EQ(server::sqlValueRows(1, 2, 5), "($5, $6)");
    EXPECT_EQ(server::sqlValueRows(0, 4), "");
}
