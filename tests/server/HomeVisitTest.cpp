// Home visits (预约上门) through the API: a station asks for a villager over 80, sent again after a lost answer it is
// the same request; the supervisor sends a clerk on a date (the person told by text message, never their ID number),
// the station sees it scheduled, the clerk marks it done; every refusal in words (who, which state, which date).
#include "Bookings.h"
#include "TestServer.h"

#include "Notifier.h"
#include "SmsGateway.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/wire/HomeVisits.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace ow;
using namespace ow::testing;
using namespace ow::server;

namespace {

ApiServer::Options deliveredByHand() {
    ApiServer::Options options;
    options.notifyPeriodMs = 0; // the test runs the Notifier's rounds itself
    options.ruleSweepSeconds = 0;
    return options;
}

class HomeVisits : public ::testing::Test {
protected:
    void SetUp() override {
        now = parseUtcIso("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        station = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
        supervisor = server.supervisorAt("h1", "sup1");
        clerk = server.clerkAt("h1", 1);
    }
    std::string requestBody(const std::string& id, const std::string& reason = "elderly",
                            const std::string& note = "卧床，需上门") {
        return toJsonText(wire::HomeVisitRequest{id, "李秀英", idNumber(1), "138 0013 8000", "红星村三组12号",
                                                 "养老保险待遇领取资格认证", reason, note}
                              .toJson());
    }
    Poco::JSON::Array::Ptr visits(const std::string& token, const std::string& query = "") {
        const auto res = http.get("/api/v1/halls/h1/home-visits" + query, token);
        EXPECT_EQ(res.status, 200) << res.body;
        return res.status == 200 ? res.json()->getArray("visits") : Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    }

    std::int64_t now = 0;
    TestServer server{deliveredByHand()};
    HttpClient http{server.port()};
    std::string station, supervisor, clerk;
};

} // namespace

TEST_F(HomeVisits, AStationAsksTheSupervisorSendsAClerkTheStationSeesItAndTheClerkMarksItDone) {
    auto res = http.post("/api/v1/halls/h1/home-visits", requestBody("v-1"), station);
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("state"), "requested");
    EXPECT_EQ(res.json()->getValue<std::string>("phone"), "13800138000");
    EXPECT_EQ(res.body.find(idNumber(1)), std::string::npos); // the ID number masked
    EXPECT_EQ(res.json()->getValue<std::string>("requested_by"), "agent1");
    // The answer was lost; the station sends it again: the same request, not a second one.
    res = http.post("/api/v1/halls/h1/home-visits", requestBody("v-1"), station);
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(visits(supervisor)->size(), 1u);
    // Whom the supervisor may send: the hall's clerks.
    const auto listed = http.get("/api/v1/halls/h1/home-visits", supervisor).json();
    ASSERT_EQ(listed->getArray("clerks")->size(), 1u);
    EXPECT_EQ(listed->getArray("clerks")->getObject(0)->getValue<std::string>("user"), "clerk-h1-1");
    EXPECT_FALSE(http.get("/api/v1/halls/h1/home-visits", station).json()->has("clerks"));
    // Another device may not take that id.
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits", requestBody("v-1"), clerk).errorCode(), "id_taken");

    // Scheduled to the clerk for Wednesday; the person is told, without their ID number.
    res = http.post("/api/v1/halls/h1/home-visits/v-1/schedule", R"({"clerk":"clerk-h1-1","date":"2026-09-30"})",
                    supervisor);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("state"), "scheduled");
    EXPECT_EQ(res.json()->getValue<std::string>("clerk_name"), "办事员1");
    const auto mine = visits(station);
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->getObject(0)->getValue<std::string>("state"), "scheduled");
    EXPECT_EQ(mine->getObject(0)->getValue<std::string>("date"), "2026-09-30");
    EXPECT_EQ(visits(supervisor, "?date=2026-09-30")->size(), 1u);
    EXPECT_EQ(visits(supervisor, "?date=2026-09-29")->size(), 0u);
    EXPECT_EQ(visits(clerk, "?clerk=clerk-h1-1&state=scheduled")->size(), 1u); // the clerk's own
    EXPECT_EQ(visits(clerk, "?clerk=clerk-h1-2")->size(), 0u);
    std::ostringstream log;
    Notifier toLog(server.context().outbox, std::make_unique<LogSink>(log, "一窗通"), [this] { return now; });
    EXPECT_EQ(toLog.deliverDue(), 1);
    EXPECT_NE(log.str().find("您申请的上门服务「养老保险待遇领取资格认证」已安排"), std::string::npos) << log.str();
    EXPECT_NE(log.str().find("2026-09-30上门办理"), std::string::npos) << log.str();
    EXPECT_EQ(log.str().find(idNumber(1)), std::string::npos);

    // Done by its clerk, with what happened; not again.
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-1/done", R"({"outcome":""})", clerk).status, 400);
    res = http.post("/api/v1/halls/h1/home-visits/v-1/done", R"({"outcome":"已上门认证"})", clerk);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("state"), "done");
    EXPECT_EQ(res.json()->getValue<std::string>("outcome"), "已上门认证");
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-1/done", R"({"outcome":"again"})", clerk).errorCode(),
              "not_scheduled");
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-1/cancel", R"({"reason":"x"})", station).errorCode(),
              "not_open");
    EXPECT_EQ(visits(supervisor, "?state=done")->size(), 1u);

    // The supervisor's day counts it on its date.
    auto day = http.get("/api/v1/stats/daily?hall=h1&date=2026-09-30", supervisor);
    ASSERT_EQ(day.status, 200) << day.body;
    EXPECT_EQ(day.json()->getObject("home_visits")->getValue<int>("on_day"), 1);
    EXPECT_EQ(day.json()->getObject("home_visits")->getValue<int>("done"), 1);
    EXPECT_EQ(day.json()->getObject("home_visits")->getValue<int>("to_schedule"), 0);
    // Each step is in the hall's audit log.
    res = http.get("/api/v1/halls/h1/audit", supervisor);
    ASSERT_EQ(res.status, 200) << res.body;
    for (const char* action : {"home_visit.request", "home_visit.schedule", "home_visit.done"})
        EXPECT_NE(res.body.find(action), std::string::npos) << action;
}

TEST_F(HomeVisits, EveryWrongRequestAndStepIsRefusedInWords) {
    auto refused = [&](const std::string& body, const std::string& code) {
        const auto res = http.post("/api/v1/halls/h1/home-visits", body, station);
        EXPECT_EQ(res.status, 400) << body;
        EXPECT_EQ(res.errorCode(), code) << res.body;
    };
    refused(requestBody("v-2", "reason?"), "invalid_field");
    refused(requestBody("v-2", "other", ""), "invalid_field"); // "other" says why
    auto wrongId = wire::HomeVisitRequest::fromJson(parseObject(requestBody("v-2")));
    wrongId.idNumber = "110105194912310021";
    refused(toJsonText(wrongId.toJson()), "invalid_id_number");
    auto wrongPhone = wrongId;
    wrongPhone.idNumber = idNumber(2);
    wrongPhone.phone = "12345";
    refused(toJsonText(wrongPhone.toJson()), "invalid_phone");
    refused("{not json", "malformed_json");
    EXPECT_EQ(visits(supervisor)->size(), 0u); // nothing kept of any of them

    ASSERT_EQ(http.post("/api/v1/halls/h1/home-visits", requestBody("v-3"), station).status, 201);
    auto schedule = [&](const std::string& body, const std::string& token) {
        return http.post("/api/v1/halls/h1/home-visits/v-3/schedule", body, token);
    };
    EXPECT_EQ(schedule(R"({"clerk":"clerk-h1-1","date":"2026-09-30"})", clerk).status, 403);
    EXPECT_EQ(schedule(R"({"clerk":"clerk-h1-1","date":"2026-09-27"})", supervisor).errorCode(), "date_past");
    EXPECT_EQ(schedule(R"({"clerk":"sup1","date":"2026-09-30"})", supervisor).errorCode(), "not_a_clerk");
    EXPECT_EQ(schedule(R"({"clerk":"nobody","date":"2026-09-30"})", supervisor).errorCode(), "not_a_clerk");
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-9/schedule", R"({"clerk":"clerk-h1-1","date":"2026-09-30"})",
                        supervisor)
                  .status,
              404);
    // Not done before it is scheduled; only by its own clerk.
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-3/done", R"({"outcome":"x"})", clerk).status, 403);
    ASSERT_EQ(schedule(R"({"clerk":"clerk-h1-1","date":"2026-09-28"})", supervisor).status, 200); // today
    const std::string otherClerk = server.clerkAt("h1", 2);
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-3/done", R"({"outcome":"x"})", otherClerk).status, 403);
    // Another hall's people see none of it.
    const std::string h2 = server.supervisorAt("h2", "sup2");
    EXPECT_EQ(http.get("/api/v1/halls/h1/home-visits", h2).status, 403);
    EXPECT_EQ(
        http.post("/api/v1/halls/h2/home-visits/v-3/schedule", R"({"clerk":"clerk-h1-1","date":"2026-09-30"})", h2)
            .status,
        404);
    // Cancelled where it was asked for, with why; the clerk's list no longer holds it as open.
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-3/cancel", R"({"reason":"x"})", otherClerk).status, 403);
    EXPECT_EQ(http.post("/api/v1/halls/h1/home-visits/v-3/cancel", R"({})", station).status, 400);
    const auto res = http.post("/api/v1/halls/h1/home-visits/v-3/cancel", R"({"reason":"家属已代为办理"})", station);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("state"), "cancelled");
    EXPECT_EQ(visits(supervisor, "?state=scheduled")->size(), 0u);
    EXPECT_EQ(http.get("/api/v1/halls/h1/home-visits?state=lost", supervisor).status, 400);
}

// A station reads what it asked for; the hall's people read everything.
TEST_F(HomeVisits, AStationSeesItsOwnRequestsOnly) {
    const std::string otherStation = server.staffAt("h1", "agent2", StaffRole::Agent, DeviceKind::Station);
    ASSERT_EQ(http.post("/api/v1/halls/h1/home-visits", requestBody("v-a"), station).status, 201);
    ASSERT_EQ(http.post("/api/v1/halls/h1/home-visits", requestBody("v-b"), otherStation).status, 201);
    ASSERT_EQ(http.post("/api/v1/halls/h1/home-visits", requestBody("v-c"), clerk).status, 201); // by telephone
    EXPECT_EQ(visits(station)->size(), 1u);
    EXPECT_EQ(visits(otherStation)->size(), 1u);
    EXPECT_EQ(visits(clerk)->size(), 3u);
    EXPECT_EQ(visits(supervisor)->size(), 3u);
    const auto day = http.get("/api/v1/stats/daily?hall=h1", supervisor);
    ASSERT_EQ(day.status, 200) << day.body;
    EXPECT_EQ(day.json()->getObject("home_visits")->getValue<int>("to_schedule"), 3);
}
