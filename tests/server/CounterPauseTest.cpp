// 暂停服务 (issue 32): the clerk at a counter pauses it and resumes it; a paused counter calls nobody, every screen of
// the hall is told (the snapshot names it paused, and the clerk on duty), the pad says so, and the supervisor's day
// counts the pauses and their time — per counter and per clerk, on the hall server and, relayed, upstream.
#include "JoinedHall.h"
#include "TestServer.h"
#include "WsClient.h"

#include "domain/DailyStats.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// 2026-12-07 10:00 in Shanghai.
constexpr std::int64_t kTen = 1796608800000;
constexpr std::int64_t kMinute = 60 * 1000;

class CounterPauseTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        clerk1 = server.clerkAt("h1", 1);
        clerk2 = server.clerkAt("h1", 2);
        boss = server.supervisorAt("h1", "boss");
    }
    HttpResult pause(int counter, const std::string& token) {
        return http.post("/api/v1/counters/" + std::to_string(counter) + "/pause", "", token);
    }
    HttpResult resume(int counter, const std::string& token) {
        return http.post("/api/v1/counters/" + std::to_string(counter) + "/resume", "", token);
    }
    void issue() { ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201); }
    QueueSnapshot::Counter counterInSnapshot(int number) {
        const auto snap = queueSnapshotFromJson(http.get("/api/v1/halls/h1/queue", kiosk).json());
        for (const auto& c : snap.counters)
            if (c.number == number)
                return c;
        ADD_FAILURE() << "no counter " << number;
        return {};
    }
    DayFigures counterFigures(const DailyStats& stats, const std::string& key) {
        for (const auto& f : stats.byCounter)
            if (f.key == key)
                return f;
        return {};
    }
    DailyStats day(const std::string& date) {
        const auto res = http.get("/api/v1/stats/daily?hall=h1&date=" + date, boss);
        EXPECT_EQ(res.status, 200) << res.body;
        return dailyStatsFromJson(res.json());
    }

    std::int64_t now = kTen;
    TestServer server;
    HttpClient http{server.port()};
    std::string kiosk, clerk1, clerk2, boss;
};

} // namespace

TEST_F(CounterPauseTest, APausedCounterCallsNobodyUntilResumed) {
    issue();
    issue();
    const auto paused = pause(1, clerk1);
    ASSERT_EQ(paused.status, 200) << paused.body;
    EXPECT_TRUE(paused.json()->getValue<bool>("paused"));
    EXPECT_EQ(paused.json()->getValue<std::string>("paused_since"), utcIso(kTen));

    const auto refused = http.post("/api/v1/counters/1/call-next", "", clerk1);
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.errorCode(), "counter_paused");
    // The other counter serves on.
    EXPECT_EQ(http.post("/api/v1/counters/2/call-next", "", clerk2).status, 200);

    // Asked again over a bad line: the same pause, from when it began.
    now += kMinute;
    EXPECT_EQ(pause(1, clerk1).json()->getValue<std::string>("paused_since"), utcIso(kTen));

    const auto resumed = resume(1, clerk1);
    ASSERT_EQ(resumed.status, 200) << resumed.body;
    EXPECT_FALSE(resumed.json()->getValue<bool>("paused"));
    EXPECT_FALSE(resumed.json()->has("paused_since"));
    EXPECT_EQ(resume(1, clerk1).status, 200) << "resumed again: it serves";
    EXPECT_EQ(http.post("/api/v1/counters/1/call-next", "", clerk1).status, 200);
}

TEST_F(CounterPauseTest, TheNumberBeingServedIsFinishedWhilePaused) {
    issue();
    const auto called = http.post("/api/v1/counters/1/call-next", "", clerk1);
    ASSERT_EQ(called.status, 200);
    const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
    ASSERT_EQ(pause(1, clerk1).status, 200);
    EXPECT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerk1).status, 200);
}

TEST_F(CounterPauseTest, OnlyTheClerkAtTheCounterPausesIt) {
    EXPECT_EQ(pause(1, clerk2).status, 403) << "counter 2's clerk";
    EXPECT_EQ(pause(1, kiosk).status, 403);
    EXPECT_EQ(pause(1, server.enroll("h1", DeviceKind::Counter, 1)).status, 403) << "nobody logged in";
    EXPECT_EQ(resume(1, boss).status, 403);
    EXPECT_FALSE(counterInSnapshot(1).paused);
}

TEST_F(CounterPauseTest, EveryScreenOfTheHallSeesThePauseAndTheClerkOnDuty) {
    const std::string display = server.enroll("h1", DeviceKind::Display);
    WsClient board(server.port(), "/api/v1/halls/h1/events", display);
    board.next(); // the snapshot on connecting

    ASSERT_EQ(pause(1, clerk1).status, 200);
    auto message = board.next();
    EXPECT_EQ(message->getValue<std::string>("event"), "hall.changed");
    auto snap = queueSnapshotFromJson(message->getObject("snapshot"));
    ASSERT_EQ(snap.counters.size(), 2u);
    EXPECT_TRUE(snap.counters[0].paused);
    EXPECT_EQ(snap.counters[0].pausedSinceMs, kTen);
    ASSERT_TRUE(snap.counters[0].clerk);
    EXPECT_EQ(snap.counters[0].clerk->user, "clerk-h1-1");
    EXPECT_EQ(snap.counters[0].clerk->staffNo, ""); // the hall gave no 工号: the screens show the name alone
    EXPECT_EQ(snap.counters[0].clerk->name, "办事员1");
    EXPECT_FALSE(snap.counters[1].paused);

    // The pad of counter 1 says so too.
    const auto pad = http.get("/api/v1/counters/1/pad", server.enroll("h1", DeviceKind::Pad, 1));
    EXPECT_TRUE(pad.json()->getValue<bool>("paused")) << pad.body;

    // Another clerk logs in at counter 2's PC: the screens name them at once.
    server.context().auth.addStaff("h1", "c9", StaffRole::Clerk, "李娜", "secret-pass-9");
    const std::string pc2 = server.enroll("h1", DeviceKind::Counter, 2);
    now += kMinute;
    const auto login = http.post("/api/v1/sessions", R"({"user":"c9","password":"secret-pass-9"})", pc2);
    ASSERT_EQ(login.status, 201) << login.body;
    message = board.next();
    snap = queueSnapshotFromJson(message->getObject("snapshot"));
    ASSERT_TRUE(snap.counters[1].clerk);
    EXPECT_EQ(snap.counters[1].clerk->name, "李娜");

    // Asked again, the pause changes nothing and tells nobody; the resume tells everyone.
    ASSERT_EQ(pause(1, clerk1).status, 200);
    ASSERT_EQ(resume(1, clerk1).status, 200);
    message = board.next();
    EXPECT_FALSE(queueSnapshotFromJson(message->getObject("snapshot")).counters[0].paused);
}

TEST_F(CounterPauseTest, TheSupervisorsDayCountsPausesPerCounterAndClerk) {
    ASSERT_EQ(pause(1, clerk1).status, 200);
    now += 10 * kMinute;
    ASSERT_EQ(resume(1, clerk1).status, 200);
    now += 5 * kMinute;
    ASSERT_EQ(pause(1, clerk1).status, 200);
    now += 3 * kMinute; // still paused: counted to now
    ASSERT_EQ(pause(2, clerk2).status, 200);
    now += 2 * kMinute;

    const DailyStats stats = day("2026-12-07");
    EXPECT_EQ(stats.totals.pauses, 3);
    EXPECT_EQ(stats.totals.pausedSeconds, (10 + 5 + 2) * 60);
    EXPECT_EQ(counterFigures(stats, "1").pauses, 2);
    EXPECT_EQ(counterFigures(stats, "1").pausedSeconds, (10 + 5) * 60);
    EXPECT_EQ(counterFigures(stats, "2").pausedSeconds, 2 * 60);
    bool clerkSeen = false;
    for (const auto& f : stats.byClerk)
        if (f.key == "clerk-h1-1") {
            clerkSeen = true;
            EXPECT_EQ(f.pausedSeconds, 15 * 60);
        }
    EXPECT_TRUE(clerkSeen);
}

TEST_F(CounterPauseTest, APauseLeftOpenEndsWithTheHallsDay) {
    now = kTen + 13 * 60 * kMinute; // 23:00, the evening's clerk
    ASSERT_EQ(pause(1, server.clerkAt("h1", 1)).status, 200);
    now = kTen + 24 * 60 * kMinute; // the next day's 10:00: nobody resumed it
    kiosk = server.enroll("h1", DeviceKind::Kiosk);
    boss = server.supervisorAt("h1", "boss2");
    EXPECT_FALSE(counterInSnapshot(1).paused) << "a new day opens serving";
    issue();
    const std::string morning = server.clerkAt("h1", 1);
    EXPECT_EQ(http.post("/api/v1/counters/1/call-next", "", morning).status, 200);
    EXPECT_EQ(day("2026-12-07").totals.pausedSeconds, 60 * 60) << "counted to midnight";
    ASSERT_EQ(pause(1, morning).status, 200);
    EXPECT_EQ(tableRows(server.database(), "SELECT business_day, ended_at FROM counter_pauses ORDER BY started_at"),
              (std::vector<std::vector<std::string>>{{"2026-12-07", std::to_string(kTen + 14 * 60 * kMinute)},
                                                     {"2026-12-08", "NULL"}}));
}

class RelayedPauseTest : public JoinedHall {};

TEST_F(RelayedPauseTest, TheUpstreamsDayCountsTheHallsPauses) {
    ASSERT_EQ(http.post("/api/v1/counters/1/pause", "", clerk).status, 200);
    ASSERT_EQ(http.post("/api/v1/counters/1/resume", "", clerk).status, 200);
    ASSERT_TRUE(relayAll()) << relay->status().problem;
    EXPECT_EQ(relayedRows(upstream.database(), "counter_pause", "h1"),
              relayedRows(hall.database(), "counter_pause", "h1"));
    EXPECT_EQ(tableRows(upstream.database(), "SELECT counter, paused_by, resumed_by FROM counter_pauses"),
              (std::vector<std::vector<std::string>>{{"1", "clerk-h1-1", "clerk-h1-1"}}));
}
