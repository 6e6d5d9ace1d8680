#include "Crypto.h"
#include "TestServer.h"

#include "domain/HallTime.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <thread>

using namespace ow;
using namespace ow::testing;

class AuthTest : public ::testing::Test {
protected:
    void SetUp() override { server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"}); }
    // Logins sent side by side from `device`, the i-th with bodyOf(i): their statuses.
    std::vector<int> loginsAtOnce(const std::string& device, std::size_t n,
                                  const std::function<std::string(std::size_t)>& bodyOf) {
        std::vector<int> statuses(n);
        std::vector<std::thread> senders;
        for (std::size_t i = 0; i < n; ++i)
            senders.emplace_back([&, i] {
                HttpClient own(server.port());
                statuses[i] = own.post("/api/v1/sessions", bodyOf(i), device).status;
            });
        for (auto& t : senders)
            t.join();
        return statuses;
    }
    // The hall's PBKDF2 count: these tests are of the hashing, and of guesses racing its quarter of a second.
    static server::ApiServer::Options hallKdf() {
        server::ApiServer::Options options;
        options.kdfIterations = server::kDefaultKdfIterations;
        return options;
    }
    TestServer server{hallKdf()};
    HttpClient http{server.port()};
};

TEST_F(AuthTest, HealthzAnswersOk) {
    auto res = http.get("/healthz");
    EXPECT_EQ(res.status, 200);
    EXPECT_EQ(res.json()->getValue<std::string>("status"), "ok");
}

TEST_F(AuthTest, EnrollmentCodeWorksOnce) {
    const std::string code = server.context().auth.createEnrollmentCode("h1", DeviceKind::Counter, 2, nowUtcMs());
    auto first = http.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"PC-2"})");
    ASSERT_EQ(first.status, 201) << first.body;
    auto j = first.json();
    EXPECT_EQ(j->getValue<std::string>("hall"), "h1");
    EXPECT_EQ(j->getValue<std::string>("kind"), "counter");
    EXPECT_EQ(j->getValue<int>("counter"), 2);
    EXPECT_EQ(j->getValue<std::string>("device_code"), "C2");
    EXPECT_FALSE(j->getValue<std::string>("device_token").empty());
    auto second = http.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"PC-x"})");
    EXPECT_EQ(second.status, 401);
    EXPECT_EQ(second.errorCode(), "invalid_code");
}

TEST_F(AuthTest, EachStationOfAHallGetsItsOwnCodeForCaseNumbers) {
    // Case numbers carry the device's code; two stations numbering offline must never make the same number.
    std::vector<std::string> codes;
    for (int i = 0; i < 3; ++i) {
        const std::string code =
            server.context().auth.createEnrollmentCode("h1", DeviceKind::Station, std::nullopt, nowUtcMs());
        auto res = http.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"村代办点"})");
        ASSERT_EQ(res.status, 201) << res.body;
        codes.push_back(res.json()->getValue<std::string>("device_code"));
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"S001", "S002", "S003"}));
    // A kiosk numbers no cases and gets no code.
    const std::string kiosk =
        server.context().auth.createEnrollmentCode("h1", DeviceKind::Kiosk, std::nullopt, nowUtcMs());
    EXPECT_FALSE(http.post("/api/v1/devices/enroll", R"({"code":")" + kiosk + R"("})").json()->has("device_code"));
}

TEST_F(AuthTest, EnrollmentCodeIgnoresCaseAndSeparators) {
    std::string code = server.context().auth.createEnrollmentCode("h1", DeviceKind::Kiosk, std::nullopt, nowUtcMs());
    std::string typed;
    for (char c : code)
        if (c != '-')
            typed.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    auto res = http.post("/api/v1/devices/enroll", R"({"code":")" + typed + R"("})");
    EXPECT_EQ(res.status, 201) << res.body;
}

TEST_F(AuthTest, LoginWithWrongPasswordIs401AndFiveFailuresLock) {
    server.context().auth.addStaff("h1", "clerk9", StaffRole::Clerk, "王五", TestServer::kPassword);
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    for (int i = 0; i < 5; ++i) {
        auto res = http.post("/api/v1/sessions", R"({"user":"clerk9","password":"wrong password"})", device);
        EXPECT_EQ(res.status, 401) << i;
    }
    auto locked = http.post("/api/v1/sessions", R"({"user":"clerk9","password":"correct horse"})", device);
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.errorCode(), "locked");
    // Fifteen minutes later the account opens again.
    server.context().clock = [] { return nowUtcMs() + 15 * 60 * 1000 + 1000; };
    auto later = http.post("/api/v1/sessions", R"({"user":"clerk9","password":"correct horse"})", device);
    EXPECT_EQ(later.status, 201) << later.body;
    EXPECT_EQ(later.json()->getObject("staff")->getValue<std::string>("role"), "clerk");
}

TEST_F(AuthTest, UnknownUserLooksLikeWrongPassword) {
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    auto res = http.post("/api/v1/sessions", R"({"user":"nobody","password":"whatever1"})", device);
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.errorCode(), "wrong_password");
}

TEST_F(AuthTest, PasswordsAreStoredWithASlowKdf) {
    server.context().auth.addStaff("h1", "clerk8", StaffRole::Clerk, "赵六", TestServer::kPassword);
    std::string stored;
    server.database().read([&](Poco::Data::Session& s) {
        using namespace Poco::Data::Keywords;
        s << "SELECT password_hash FROM staff WHERE user_name = 'clerk8'", into(stored), now;
    });
    EXPECT_EQ(stored.rfind("pbkdf2-sha256$600000$", 0), 0u) << stored;
    EXPECT_EQ(stored.find(TestServer::kPassword), std::string::npos);
}

TEST_F(AuthTest, AnOlderHashIsMadeAgainAtTheNextLogin) {
    // Accounts from before the iterations were raised keep working, and are brought up to today's count by the
    // first login that proves the password.
    server.context().auth.addStaff("h1", "clerk5", StaffRole::Clerk, "周九", TestServer::kPassword);
    const std::string older = ow::server::hashPassword(TestServer::kPassword, 120000);
    auto stored = [&] {
        std::string hash;
        server.database().read([&](Poco::Data::Session& s) {
            using namespace Poco::Data::Keywords;
            s << "SELECT password_hash FROM staff WHERE user_name = 'clerk5'", into(hash), now;
        });
        return hash;
    };
    server.database().write([&](Poco::Data::Session& s) {
        using namespace Poco::Data::Keywords;
        s << "UPDATE staff SET password_hash = $1 WHERE user_name = 'clerk5'", bind(older), now;
    });
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    auto wrong = http.post("/api/v1/sessions", R"({"user":"clerk5","password":"not the one"})", device);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(stored(), older); // a wrong password proves nothing
    auto right = http.post("/api/v1/sessions", R"({"user":"clerk5","password":"correct horse"})", device);
    ASSERT_EQ(right.status, 201) << right.body;
    EXPECT_EQ(stored().rfind("pbkdf2-sha256$600000$", 0), 0u) << stored();
    EXPECT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk5","password":"correct horse"})", device).status, 201);
}

TEST_F(AuthTest, SettingAPasswordAgainEndsTheAccountsSessions) {
    const std::string clerk = server.clerkAt("h1", 1);
    ASSERT_EQ(http.get("/api/v1/halls/h1/queue", clerk).status, 200);
    server.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Clerk, "办事员1", "a new password 2");
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", clerk).status, 401);
}

TEST_F(AuthTest, KioskAndDisplayCannotHostStaffSessions) {
    server.context().auth.addStaff("h1", "clerk7", StaffRole::Clerk, "钱七", TestServer::kPassword);
    for (auto kind : {DeviceKind::Kiosk, DeviceKind::Display}) {
        const std::string device = server.enroll("h1", kind);
        auto res = http.post("/api/v1/sessions", R"({"user":"clerk7","password":"correct horse"})", device);
        EXPECT_EQ(res.status, 403) << toString(kind);
    }
}

TEST_F(AuthTest, AnAccountOfAnotherHallIsUnknownThere) {
    // Looked up in the device's own hall only: the right password of another hall's account gets the answer a
    // made-up name gets, and guessing at it from here neither locks it nor writes in the other hall's audit.
    server.addHall("h2", {{"A", "综合"}}, 1, {"A"});
    server.context().auth.addStaff("h2", "other", StaffRole::Clerk, "外厅", TestServer::kPassword);
    const std::string here = server.enroll("h1", DeviceKind::Counter, 1);
    for (int i = 0; i < 6; ++i) {
        auto res = http.post("/api/v1/sessions", R"({"user":"other","password":"correct horse"})", here);
        EXPECT_EQ(res.status, 401) << i;
        EXPECT_EQ(res.errorCode(), "wrong_password") << i;
    }
    const std::string there = server.enroll("h2", DeviceKind::Counter, 1);
    auto own = http.post("/api/v1/sessions", R"({"user":"other","password":"correct horse"})", there);
    EXPECT_EQ(own.status, 201) << own.body;
    int failedThere = 0, failedHere = 0;
    server.database().read([&](Poco::Data::Session& s) {
        using namespace Poco::Data::Keywords;
        s << "SELECT COUNT(*) FROM audit_log WHERE hall = 'h2' AND action = 'auth.login_failed'", into(failedThere),
            now;
        s << "SELECT COUNT(*) FROM audit_log WHERE hall = 'h1' AND action = 'auth.login_failed'", into(failedHere), now;
    });
    EXPECT_EQ(failedThere, 0);
    EXPECT_EQ(failedHere, 6);
}

TEST_F(AuthTest, GuessesSentSideBySideAreCountedBeforeTheyAreChecked) {
    // Eight wrong passwords at once: each attempt is counted before the slow check, so no more than five are
    // checked and the rest are refused as locked — before, all eight passed a check made before any was counted.
    server.context().auth.addStaff("h1", "clerk6", StaffRole::Clerk, "孙八", TestServer::kPassword);
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    const auto statuses = loginsAtOnce(device, 8, [](std::size_t i) {
        return R"({"user":"clerk6","password":"guess )" + std::to_string(i) + R"("})";
    });
    EXPECT_LE(std::count(statuses.begin(), statuses.end(), 401), 5);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401) + std::count(statuses.begin(), statuses.end(), 429), 8);
    auto right = http.post("/api/v1/sessions", R"({"user":"clerk6","password":"correct horse"})", device);
    EXPECT_EQ(right.status, 429);
}

TEST_F(AuthTest, GuessesAtManyAccountsSideBySideAreCountedAgainstTheDeviceBeforeTheyAreChecked) {
    // Twenty-four wrong passwords at once, each for another name: no account locks, but the device's limit (ten in
    // ten minutes) holds, because each attempt is reserved before the slow check. Before, all passed a limiter
    // that counted only failures already made.
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    const auto statuses = loginsAtOnce(
        device, 24, [](std::size_t i) { return R"({"user":"name)" + std::to_string(i) + R"(","password":"guess"})"; });
    EXPECT_LE(std::count(statuses.begin(), statuses.end(), 401), 10);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401) + std::count(statuses.begin(), statuses.end(), 429),
              24);
    server.context().auth.addStaff("h1", "clerk7", StaffRole::Clerk, "周九", TestServer::kPassword);
    EXPECT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk7","password":"correct horse"})", device).status, 429);
}

TEST_F(AuthTest, LoginsThatSucceedAreNotCounted) {
    // A reserved attempt is released when it does not fail: a busy counter logging people in all day is never
    // slowed down.
    server.context().auth.addStaff("h1", "clerk8", StaffRole::Clerk, "吴十", TestServer::kPassword);
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    for (int i = 0; i < 12; ++i)
        ASSERT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk8","password":"correct horse"})", device).status, 201);
    EXPECT_EQ(http.post("/api/v1/sessions", R"({"user":"clerk8","password":"wrong"})", device).status, 401);
}

TEST_F(AuthTest, MissingOrUnknownTokenIs401) {
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue").status, 401);
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", "dev_0000").status, 401);
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", "dev_0000").errorCode(), "invalid_token");
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", "garbage").status, 401);
}

TEST_F(AuthTest, ExpiredSessionIs401) {
    const std::string clerk = server.clerkAt("h1", 1);
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", clerk).status, 200);
    server.context().clock = [] { return nowUtcMs() + 13 * 3600 * 1000; };
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", clerk).status, 401);
}

TEST(AuthLimits, WrongCodesAndPasswordsFromOnePlaceAreSlowedDownAndOldCodesExpire) {
    std::int64_t now = nowUtcMs(); // outlives the server, whose threads read it
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.context().clock = [&] { return now; };
    HttpClient http(server.port());
    // Ten wrong codes from this address; the eleventh attempt — even with a good code — waits.
    const std::string good = server.context().auth.createEnrollmentCode("h1", DeviceKind::Kiosk, std::nullopt, now);
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(http.post("/api/v1/devices/enroll", R"({"code":"WRNG-CODE-0000"})").errorCode(), "invalid_code");
    auto blocked = http.post("/api/v1/devices/enroll", R"({"code":")" + good + "\"}");
    EXPECT_EQ(blocked.status, 429) << blocked.body;
    EXPECT_EQ(blocked.errorCode(), "rate_limited");
    now += 10 * 60 * 1000 + 1; // the window has passed
    EXPECT_EQ(http.post("/api/v1/devices/enroll", R"({"code":")" + good + "\"}").status, 201);

    // A code unused for more than a week has expired.
    const std::string old = server.context().auth.createEnrollmentCode("h1", DeviceKind::Kiosk, std::nullopt, now);
    now += 7LL * 24 * 3600 * 1000 + 1;
    auto expired = http.post("/api/v1/devices/enroll", R"({"code":")" + old + "\"}");
    EXPECT_EQ(expired.status, 401);
    EXPECT_NE(expired.body.find("expired"), std::string::npos) << expired.body;

    // Wrong passwords: the account locks after five (as before); the device is slowed after ten, whichever account.
    server.context().auth.addStaff("h1", "a1", StaffRole::Clerk, "甲", TestServer::kPassword);
    server.context().auth.addStaff("h1", "a2", StaffRole::Clerk, "乙", TestServer::kPassword);
    server.context().auth.addStaff("h1", "a3", StaffRole::Clerk, "丙", TestServer::kPassword);
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    for (int i = 0; i < 10; ++i)
        http.post("/api/v1/sessions",
                  std::string(R"({"user":"a)") + (i < 5 ? "1" : "2") + R"(","password":"guess)" + std::to_string(i) +
                      "\"}",
                  device);
    auto slowed = http.post("/api/v1/sessions",
                            std::string(R"({"user":"a3","password":")") + TestServer::kPassword + "\"}", device);
    EXPECT_EQ(slowed.status, 429) << slowed.body;
    now += 10 * 60 * 1000 + 1;
    EXPECT_EQ(http.post("/api/v1/sessions", std::string(R"({"user":"a3","password":")") + TestServer::kPassword + "\"}",
                        device)
                  .status,
              201);
}
