// 全程留痕: logins, enrollments, ticket actions and case versions go into the hash-chained audit log, and walking
// the chain finds the first entry that was changed, removed or moved — even by someone who dropped the triggers
// that refuse edits.
#include "TestServer.h"

#include "AuditLog.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <set>
#include <sys/wait.h>
#include <thread>

using namespace ow;
using namespace ow::testing;
using namespace Poco::Data::Keywords;

namespace {

class AuditTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        clerk = server.clerkAt("h1", 1);
        HttpClient http(server.port());
        http.post("/api/v1/sessions", R"({"user":"clerk-h1-1","password":"not the password"})",
                  server.enroll("h1", DeviceKind::Counter, 1));
        const std::string id =
            http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).json()->getValue<std::string>("id");
        http.post("/api/v1/counters/1/call-next", "", clerk);
        http.post("/api/v1/tickets/" + id + "/start", "", clerk);
        http.post("/api/v1/tickets/" + id + "/finish", "", clerk);
        Case c;
        c.id = "c1";
        c.caseNo = CaseNumber{"H1", "20261127", "C1", 1}.text();
        c.hall = "h1";
        c.items = {"X"};
        c.state = CaseState::Accepted;
        c.applicant.name = "王磊";
        c.version = 1;
        const std::string device = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
        auto pushed = http.post("/api/v1/sync/push",
                                R"({"device_id":")" + device +
                                    R"(","changes":[{"seq":1,"entity":"case","id":"c1",)"
                                    R"("base_version":0,"op":"create","data":)" +
                                    toJsonText(caseToJson(c)) + "}]}",
                                clerk);
        ASSERT_EQ(pushed.status, 200) << pushed.body;
    }
    server::AuditLog::Verdict verify() {
        return server.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s); });
    }
    // What someone with the database file could do: the triggers that refuse edits dropped first.
    void tamper(const std::string& sql) {
        server.database().write([&](Poco::Data::Session& s) {
            const std::string on = server.onPostgres() ? " ON audit_log" : "";
            s << "DROP TRIGGER IF EXISTS audit_log_no_update" + on, now;
            s << "DROP TRIGGER IF EXISTS audit_log_no_delete" + on, now;
            s << sql, now;
        });
    }
    std::pair<int, std::string> admin(const std::string& args) {
        const std::string command = std::string(ONEWINDOW_SERVER_EXE) + " admin " + args + " --db '" +
                                    server.databaseUrl() + "' --data " + server.dataPath() + " 2>&1";
        FILE* pipe = popen(command.c_str(), "r");
        std::string out;
        std::array<char, 512> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe))
            out += buffer.data();
        return {WEXITSTATUS(pclose(pipe)), out};
    }

    TestServer server;
    std::string kiosk, clerk;
};

} // namespace

TEST_F(AuditTest, LoginsEnrollmentsTicketsAndCasesAreInTheChain) {
    std::set<std::string> actions;
    for (const auto& r :
         server.database().read([](Poco::Data::Session& s) { return server::AuditLog::recent(s, "h1", 100); }))
        actions.insert(r.action);
    for (const char* expected : {"device.enroll", "auth.login", "auth.login_failed", "ticket.issued", "ticket.called",
                                 "ticket.started", "ticket.finished", "case.accepted"})
        EXPECT_TRUE(actions.count(expected)) << expected;
    const auto v = verify();
    EXPECT_TRUE(v.intact) << v.problem;
    EXPECT_GE(v.entries, 8);
    const auto [code, out] = admin("verify-audit");
    EXPECT_EQ(code, 0) << out;
    EXPECT_NE(out.find("audit log intact: " + std::to_string(v.entries) + " entries"), std::string::npos) << out;
}

TEST_F(AuditTest, AChangedEntryIsFoundAndNamed) {
    tamper("UPDATE audit_log SET actor = 'someone else' WHERE seq = 4");
    const auto v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBad, 4);
    EXPECT_NE(v.problem.find("changed"), std::string::npos) << v.problem;
    const auto [code, out] = admin("verify-audit");
    EXPECT_EQ(code, 3) << out;
    EXPECT_NE(out.find("BROKEN at entry 4"), std::string::npos) << out;
}

TEST_F(AuditTest, ARemovedEntryIsFound) {
    tamper("DELETE FROM audit_log WHERE seq = 3");
    const auto v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBad, 4);
    EXPECT_NE(v.problem.find("missing"), std::string::npos) << v.problem;
}

TEST_F(AuditTest, SwappedEntriesAreFoundEvenWithTheirNumbersSwappedBack) {
    // Entries 2 and 3 exchange places, each keeping the number of the place it moves to.
    tamper("UPDATE audit_log SET seq = -2 WHERE seq = 2");
    tamper("UPDATE audit_log SET seq = 2 WHERE seq = 3");
    tamper("UPDATE audit_log SET seq = 3 WHERE seq = -2");
    const auto v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBad, 2);
    EXPECT_NE(v.problem.find("does not follow"), std::string::npos) << v.problem;
}

TEST_F(AuditTest, ARewrittenEntryWithARecomputedHashStillBreaksTheNextOne) {
    // A careful forger recomputes the changed entry's own hash; the entry after it still names the old one.
    const auto records =
        server.database().read([](Poco::Data::Session& s) { return server::AuditLog::recent(s, "h1", 100); });
    server::AuditRecord forged = records.back(); // the oldest of the hall: seq 1
    for (const auto& r : records)
        if (r.seq == 5)
            forged = r;
    forged.actor = "nobody";
    const std::string hash = server::AuditLog::entryHash(forged);
    tamper("UPDATE audit_log SET actor = 'nobody', hash = '" + hash + "' WHERE seq = 5");
    const auto v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBad, 6);
}

TEST_F(AuditTest, AWriteUndoneInABatchLeavesNoEntryAndTheChainHolds) {
    // Writes arrive together and share commits; every third one fails after it asked for its entry. Entries are
    // numbered where the batch commits: those of the failed writes must vanish with them, the rest chain on.
    const auto before = verify();
    ASSERT_TRUE(before.intact) << before.problem;
    server::Principal who;
    who.deviceId = "d-test";
    who.hall = "h1";
    std::atomic<int> failed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 12; ++i) {
                const int n = t * 12 + i;
                try {
                    server.database().write([&](Poco::Data::Session& s) {
                        server::AuditLog::append(s, who, "test.write", "n:" + std::to_string(n), nullptr, n);
                        if (n % 3 == 0)
                            throw std::runtime_error("undone");
                    });
                } catch (const std::runtime_error&) {
                    ++failed;
                }
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failed, 32);
    const auto after = verify();
    EXPECT_TRUE(after.intact) << after.problem << " at " << after.firstBad;
    EXPECT_EQ(after.entries, before.entries + 64);
    std::set<std::string> subjects;
    for (const auto& r :
         server.database().read([](Poco::Data::Session& s) { return server::AuditLog::recent(s, "h1", 200); }))
        if (r.action == "test.write")
            subjects.insert(r.subject);
    EXPECT_EQ(subjects.size(), 64u);
    for (int n = 0; n < 96; n += 3)
        EXPECT_FALSE(subjects.count("n:" + std::to_string(n))) << n;
}
