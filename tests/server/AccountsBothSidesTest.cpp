// The accounts of a hall with a server of its own are changed on both sides (issue 31): at the hall by its
// administrator, upstream by the city's command line. A change of one side reaches the other; the same field changed
// on both sides differently is kept for the hall's administrator, who settles it once; nothing is lost, nothing
// applied twice, and a name taken upstream never stalls the relay.
#include "JoinedHall.h"
#include "RelayStore.h"
#include "Sql.h"
#include "StaffStore.h"

#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

using Rows = std::vector<std::vector<std::string>>;

class AccountsBothSides : public JoinedHall {
protected:
    void SetUp() override {
        JoinedHall::SetUp();
        admin = hall.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
        ASSERT_TRUE(relayAll()) << relay->status().problem; // the hall's accounts are upstream, and known to be
    }
    // A round that also asks the upstream's side of the hall.
    void roundWithNews() {
        relay->askUpstreamAtNextRound();
        ASSERT_TRUE(relay->runOnce()) << relay->status().problem;
        ASSERT_EQ(relay->status().downProblem, "");
        ASSERT_TRUE(relayAll());
    }
    static Rows accountsOf(server::Database& db) {
        return tableRows(
            db, "SELECT user_name, hall, role, name, password_hash, must_change_password,"
                " CASE WHEN disabled_at IS NULL THEN 0 ELSE 1 END FROM staff WHERE hall = 'h1' ORDER BY user_name");
    }
    std::string fieldOf(server::Database& db, const std::string& user, const std::string& column) {
        return tableRows(db, "SELECT " + column + " FROM staff WHERE user_name = '" + user + "'").at(0).at(0);
    }
    // What the hall's 人员 page lists for `user` to settle.
    Poco::JSON::Array::Ptr conflictsOf(const std::string& user, const std::string& asking = {}) {
        const auto listed = http.get("/api/v1/halls/h1/staff", asking.empty() ? admin : asking);
        EXPECT_EQ(listed.status, 200) << listed.body;
        const auto staff = listed.json()->getArray("staff");
        for (unsigned i = 0; i < staff->size(); ++i)
            if (staff->getObject(i)->getValue<std::string>("user") == user)
                return staff->getObject(i)->getArray("upstream_conflicts");
        ADD_FAILURE() << "no account " << user;
        return new Poco::JSON::Array;
    }
    // The city's change of an account of the hall (an upstream administrator's StaffStore, as the API would use it).
    void changeUpstream(const std::string& user, const std::string& body) {
        server::Principal city;
        city.deviceId = "city-pc";
        city.hall = "h1";
        city.kind = DeviceKind::Supervisor;
        city.user = "city-admin";
        city.role = StaffRole::Admin;
        upstream.context().staff.change(city, user, wire::StaffChange::fromJson(parseObject(body)), nowUtcMs());
    }
    int auditCount(server::Database& db, const std::string& action) {
        return std::stoi(tableRows(db, "SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "'").at(0).at(0));
    }

    std::string admin;
};

} // namespace

TEST_F(AccountsBothSides, TheHallsChangesGoUpAndTheUpstreamsComeDown) {
    EXPECT_EQ(accountsOf(upstream.database()), accountsOf(hall.database())) << "the hall's accounts went up whole";
    // At the hall: a new person, a name corrected, a password reset by the administrator.
    const auto added =
        http.post("/api/v1/halls/h1/staff",
                  R"({"user":"newbie","name":"新人","role":"clerk","password":"Qingshui-River-88"})", admin);
    ASSERT_EQ(added.status, 201) << added.body;
    ASSERT_EQ(http.request("PATCH", "/api/v1/staff/clerk-h1-1", R"({"name":"窗口一"})", admin).status, 200);
    ASSERT_EQ(http.post("/api/v1/staff/newbie/password", R"({"password":"Longer-Pass-2026"})", admin).status, 204);
    ASSERT_TRUE(relayAll());
    EXPECT_EQ(accountsOf(upstream.database()), accountsOf(hall.database()));
    EXPECT_EQ(fieldOf(upstream.database(), "newbie", "name"), "新人");
    EXPECT_EQ(fieldOf(upstream.database(), "clerk-h1-1", "name"), "窗口一");

    // Upstream: the city's command line gives clerk-h1-1 a new role and password (add-staff on an existing name).
    upstream.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Supervisor, "窗口一", "City-Given-2026");
    roundWithNews();
    EXPECT_EQ(accountsOf(hall.database()), accountsOf(upstream.database())) << "taken at the hall";
    EXPECT_EQ(fieldOf(hall.database(), "clerk-h1-1", "role"), "supervisor");
    EXPECT_EQ(tableRows(hall.database(), "SELECT DISTINCT ended FROM sessions WHERE user_name = 'clerk-h1-1'"),
              (Rows{{"password_reset"}}))
        << "a new password ends the sessions here";
    const std::string counter = hall.enroll("h1", DeviceKind::Supervisor);
    EXPECT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk-h1-1","password":"City-Given-2026"})", counter).status,
              201);
    EXPECT_EQ(tableRows(hall.database(), "SELECT detail FROM audit_log WHERE action = 'staff.changed'"
                                         " AND actor <> 'admin1' ORDER BY seq DESC LIMIT 1"),
              (Rows{{R"({"from":"upstream","fields":["role","password"]})"}}));
    // Taken once: more rounds change nothing on either side, and nothing waits to be settled.
    const Rows settled = accountsOf(hall.database());
    roundWithNews();
    roundWithNews();
    EXPECT_EQ(accountsOf(hall.database()), settled);
    EXPECT_EQ(accountsOf(upstream.database()), settled);
    EXPECT_EQ(tableRows(hall.database(), "SELECT COUNT(*) FROM account_conflicts"), (Rows{{"0"}}));
    // A login at the hall is no change of the account: nothing of it goes up.
    const Rows before = tableRows(hall.database(), "SELECT COUNT(*) FROM relay_changes WHERE kind = 'account'");
    EXPECT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk-h1-1","password":"wrong one"})", counter).status, 401);
    EXPECT_EQ(tableRows(hall.database(), "SELECT COUNT(*) FROM relay_changes WHERE kind = 'account'"), before);
}

TEST_F(AccountsBothSides, AFieldChangedOnBothSidesIsKeptForTheAdministratorAndSettledOnce) {
    // The name: 甲 at the hall, 乙 upstream.
    ASSERT_EQ(http.request("PATCH", "/api/v1/staff/clerk-h1-1", R"({"name":"甲"})", admin).status, 200);
    changeUpstream("clerk-h1-1", R"({"name":"乙"})");
    roundWithNews();
    EXPECT_EQ(fieldOf(hall.database(), "clerk-h1-1", "name"), "甲") << "the hall's stays at the hall";
    EXPECT_EQ(fieldOf(upstream.database(), "clerk-h1-1", "name"), "乙") << "and the upstream's upstream";
    auto conflicts = conflictsOf("clerk-h1-1");
    ASSERT_EQ(conflicts->size(), 1u);
    EXPECT_EQ(conflicts->getObject(0)->getValue<std::string>("field"), "name");
    EXPECT_EQ(conflicts->getObject(0)->getValue<std::string>("hall_value"), "甲");
    EXPECT_EQ(conflicts->getObject(0)->getValue<std::string>("upstream_value"), "乙");
    roundWithNews();
    EXPECT_EQ(auditCount(hall.database(), "staff.conflict"), 1) << "kept once, not at every round";
    EXPECT_EQ(fieldOf(upstream.database(), "clerk-h1-1", "name"), "乙");

    // Settled for the hall's: it goes up, and the next round finds both alike.
    const auto kept = http.post("/api/v1/staff/clerk-h1-1/upstream-conflicts/name", R"({"keep":"hall"})", admin);
    ASSERT_EQ(kept.status, 200) << kept.body;
    EXPECT_EQ(kept.json()->getArray("upstream_conflicts")->size(), 0u);
    roundWithNews();
    EXPECT_EQ(fieldOf(upstream.database(), "clerk-h1-1", "name"), "甲");
    EXPECT_EQ(conflictsOf("clerk-h1-1")->size(), 0u);

    // The role: supervisor at the hall, approver upstream; settled for the upstream's.
    ASSERT_EQ(http.request("PATCH", "/api/v1/staff/clerk-h1-1", R"({"role":"supervisor"})", admin).status, 200);
    changeUpstream("clerk-h1-1", R"({"role":"approver"})");
    roundWithNews();
    ASSERT_EQ(conflictsOf("clerk-h1-1")->size(), 1u);
    ASSERT_EQ(http.post("/api/v1/staff/clerk-h1-1/upstream-conflicts/role", R"({"keep":"upstream"})", admin).status,
              200);
    EXPECT_EQ(fieldOf(hall.database(), "clerk-h1-1", "role"), "approver");
    roundWithNews();
    EXPECT_EQ(accountsOf(hall.database()), accountsOf(upstream.database()));
    EXPECT_EQ(conflictsOf("clerk-h1-1")->size(), 0u);

    // The password, reset on both sides: kept without showing either, settled for the upstream's (sessions end).
    ASSERT_EQ(http.post("/api/v1/staff/clerk-h1-1/password", R"({"password":"Hall-Reset-2026"})", admin).status, 204);
    upstream.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Approver, "甲", "City-Reset-2026");
    roundWithNews();
    conflicts = conflictsOf("clerk-h1-1");
    ASSERT_EQ(conflicts->size(), 1u);
    EXPECT_EQ(conflicts->getObject(0)->getValue<std::string>("field"), "password");
    EXPECT_TRUE(conflicts->getObject(0)->isNull("hall_value"));
    EXPECT_TRUE(conflicts->getObject(0)->isNull("upstream_value"));
    ASSERT_EQ(http.post("/api/v1/staff/clerk-h1-1/upstream-conflicts/password", R"({"keep":"upstream"})", admin).status,
              200);
    const std::string pc = hall.enroll("h1", DeviceKind::Supervisor);
    EXPECT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk-h1-1","password":"City-Reset-2026"})", pc).status, 201);
    roundWithNews();
    EXPECT_EQ(accountsOf(hall.database()), accountsOf(upstream.database()));

    // The same value on both sides is no conflict.
    ASSERT_EQ(http.request("PATCH", "/api/v1/staff/clerk-h1-1", R"({"name":"丙"})", admin).status, 200);
    changeUpstream("clerk-h1-1", R"({"name":"丙"})");
    roundWithNews();
    EXPECT_EQ(conflictsOf("clerk-h1-1")->size(), 0u);
    EXPECT_EQ(auditCount(hall.database(), "staff.conflict"), 3) << "name, role, password: each once";
    EXPECT_EQ(auditCount(hall.database(), "staff.settled"), 3);
}

TEST_F(AccountsBothSides, ASettlementThatCannotBeIsRefusedInWords) {
    const std::string admin2 = hall.staffAt("h1", "admin2", StaffRole::Admin, DeviceKind::Supervisor);
    ASSERT_TRUE(relayAll());
    roundWithNews();
    // admin1's role: made supervisor by admin2 at the hall, clerk upstream.
    ASSERT_EQ(http.request("PATCH", "/api/v1/staff/admin1", R"({"role":"supervisor"})", admin2).status, 200);
    changeUpstream("admin1", R"({"role":"clerk"})");
    roundWithNews();
    EXPECT_EQ(http.post("/api/v1/staff/clerk-h1-1/upstream-conflicts/name", R"({"keep":"hall"})", admin2).status, 404);
    EXPECT_EQ(http.post("/api/v1/staff/admin1/upstream-conflicts/colour", R"({"keep":"hall"})", admin2).status, 404);
    EXPECT_EQ(http.post("/api/v1/staff/admin1/upstream-conflicts/role", R"({"keep":"both"})", admin2).status, 400);
    EXPECT_EQ(http.post("/api/v1/staff/admin1/upstream-conflicts/role", R"({"keep":"hall"})", clerk).status, 403);
    // admin1 is a supervisor at the hall now, and settles nothing.
    EXPECT_EQ(http.post("/api/v1/staff/admin1/upstream-conflicts/role", R"({"keep":"hall"})", admin).status, 403);
    ASSERT_EQ(conflictsOf("admin1", admin2)->size(), 1u) << "nothing settled by a refusal";
    ASSERT_EQ(http.post("/api/v1/staff/admin1/upstream-conflicts/role", R"({"keep":"upstream"})", admin2).status, 200);
    EXPECT_EQ(fieldOf(hall.database(), "admin1", "role"), "clerk");
}

TEST_F(AccountsBothSides, ANameTakenUpstreamStaysAtTheHallAndTheRelayGoesOn) {
    upstream.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
    upstream.context().auth.addStaff("h2", "dup", StaffRole::Clerk, "另一厅的人", TestServer::kPassword);
    ASSERT_EQ(http.post("/api/v1/halls/h1/staff",
                        R"({"user":"dup","name":"本厅的人","role":"clerk","password":"Qingshui-River-88"})", admin)
                  .status,
              201);
    ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
    ASSERT_TRUE(relayAll()) << relay->status().problem;
    EXPECT_EQ(tableRows(upstream.database(), "SELECT hall, name FROM staff WHERE user_name = 'dup'"),
              (Rows{{"h2", "另一厅的人"}}));
    EXPECT_EQ(tableRows(upstream.database(),
                        "SELECT CASE WHEN actor LIKE 'device:%' THEN 1 ELSE 0 END, subject FROM audit_log"
                        " WHERE action = 'staff.refused'"),
              (Rows{{"1", "staff:dup"}}))
        << "told as the hall server's";
    EXPECT_EQ(tableRows(upstream.database(), "SELECT COUNT(*) FROM tickets WHERE hall = 'h1'"), (Rows{{"1"}}))
        << "what came after went up";
    EXPECT_EQ(fieldOf(hall.database(), "dup", "name"), "本厅的人") << "the person serves at the hall";
}
