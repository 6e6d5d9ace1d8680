#include "TestServer.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

#include <thread>

using namespace ow;
using namespace ow::testing;

namespace {

std::string caseJson(const std::string& id, int version, const std::string& hall = "h1",
                     const std::string& state = "accepted") {
    Case c = acceptedCase(id);
    c.hall = hall;
    c.state = *caseStateFromString(state);
    c.version = version;
    return toJsonText(caseToJson(c));
}

std::string change(std::int64_t seq, const std::string& id, int base, const std::string& op, const std::string& data) {
    return R"({"seq":)" + std::to_string(seq) + R"(,"entity":"case","id":")" + id + R"(","base_version":)" +
           std::to_string(base) + R"(,"op":")" + op + R"(","data":)" + data + "}";
}

class SyncPushTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        clerk = server.clerkAt("h1", 1);
        deviceId = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
    }
    HttpResult push(const std::string& token, const std::string& device, const std::vector<std::string>& changes) {
        std::string list;
        for (const auto& c : changes)
            list += (list.empty() ? "" : ",") + c;
        return http.post("/api/v1/sync/push", R"({"device_id":")" + device + R"(","changes":[)" + list + "]}", token);
    }
    std::string status(const HttpResult& res, unsigned i) {
        return res.json()->getArray("results")->getObject(i)->getValue<std::string>("status");
    }
    TestServer server;
    HttpClient http{server.port()};
    std::string clerk, deviceId;
};

} // namespace

TEST_F(SyncPushTest, AChangeIsAppliedOnceHoweverOftenItIsPushed) {
    const auto create = change(1, "case-1", 0, "create", caseJson("case-1", 1));
    auto first = push(clerk, deviceId, {create});
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(status(first, 0), "applied");
    EXPECT_FALSE(first.json()->getArray("results")->getObject(0)->getValue<bool>("replay"));
    EXPECT_GT(first.json()->getValue<std::int64_t>("cursor"), 0);
    for (int i = 0; i < 3; ++i) {
        auto again = push(clerk, deviceId, {create});
        EXPECT_EQ(status(again, 0), "applied");
        EXPECT_TRUE(again.json()->getArray("results")->getObject(0)->getValue<bool>("replay"));
    }
    EXPECT_EQ(server.context().sync.counts().cases, 1);
    EXPECT_EQ(server.context().sync.cursor("h1"), first.json()->getValue<std::int64_t>("cursor"));
}

TEST_F(SyncPushTest, AStaleChangeIsKeptAsAConflictAndABadOneQuarantinedWithoutBlockingTheRest) {
    ASSERT_EQ(status(push(clerk, deviceId, {change(1, "case-1", 0, "create", caseJson("case-1", 1))}), 0), "applied");
    // Another counter updates the case first.
    const std::string clerk2 = server.clerkAt("h1", 2);
    const std::string device2 = server.context().auth.authenticate(clerk2, nowUtcMs())->deviceId;
    ASSERT_EQ(
        status(push(clerk2, device2, {change(1, "case-1", 1, "update", caseJson("case-1", 2, "h1", "in_review"))}), 0),
        "applied");
    auto res = push(clerk, deviceId,
                    {change(2, "case-1", 1, "update", caseJson("case-1", 2, "h1", "completed")), // stale
                     change(3, "case-2", 0, "create", R"({"id":"case-2"})"),                     // invalid
                     change(4, "case-3", 0, "create", caseJson("case-3", 1, "other-hall")),      // wrong hall
                     change(5, "case-4", 0, "create", caseJson("case-4", 3)),                    // bad version
                     change(6, "case-5", 0, "create", caseJson("case-5", 1))});                  // fine
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(status(res, 0), "conflict");
    EXPECT_EQ(res.json()->getArray("results")->getObject(0)->getValue<int>("server_version"), 2);
    EXPECT_EQ(status(res, 1), "rejected");
    EXPECT_EQ(status(res, 2), "rejected");
    EXPECT_EQ(status(res, 3), "rejected");
    EXPECT_EQ(status(res, 4), "applied");
    EXPECT_EQ(res.json()->getArray("acks")->size(), 5u);
    const auto counts = server.context().sync.counts();
    EXPECT_EQ(counts.cases, 2);
    EXPECT_EQ(counts.conflicts, 1);
    EXPECT_EQ(counts.quarantined, 3);
    // The conflict did not overwrite the other counter's change.
    auto conflictAgain =
        push(clerk, deviceId, {change(2, "case-1", 1, "update", caseJson("case-1", 2, "h1", "completed"))});
    EXPECT_EQ(status(conflictAgain, 0), "conflict");
    EXPECT_EQ(server.context().sync.counts().conflicts, 1);
}

TEST_F(SyncPushTest, TheSameBatchPushedTwiceAtOnceIsAppliedOnce) {
    std::vector<std::string> batch;
    for (int i = 1; i <= 100; ++i)
        batch.push_back(change(i, "case-" + std::to_string(i), 0, "create", caseJson("case-" + std::to_string(i), 1)));
    std::vector<std::thread> pushers;
    std::vector<int> applied(2, 0);
    for (int t = 0; t < 2; ++t)
        pushers.emplace_back([&, t] {
            HttpClient own(server.port());
            std::string list;
            for (const auto& c : batch)
                list += (list.empty() ? "" : ",") + c;
            auto res =
                own.post("/api/v1/sync/push", R"({"device_id":")" + deviceId + R"(","changes":[)" + list + "]}", clerk);
            const auto results = res.json()->getArray("results");
            for (unsigned i = 0; i < results->size(); ++i)
                applied[static_cast<std::size_t>(t)] += results->getObject(i)->getValue<bool>("replay") ? 0 : 1;
        });
    for (auto& p : pushers)
        p.join();
    EXPECT_EQ(applied[0] + applied[1], 100);
    EXPECT_EQ(server.context().sync.counts().cases, 100);
}

TEST_F(SyncPushTest, OnlyAStaffedCounterOrStationPushesItsOwnChanges) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    EXPECT_EQ(push(kiosk, deviceId, {}).status, 403);
    EXPECT_EQ(push(clerk, "someone-else", {}).status, 403);
    EXPECT_EQ(http.post("/api/v1/sync/push", "{", clerk).status, 400);
    EXPECT_EQ(http.post("/api/v1/sync/push", R"({"device_id":")" + deviceId + R"(","changes":[1]})", clerk).status,
              400);
    EXPECT_EQ(
        http.post("/api/v1/sync/push", R"({"device_id":")" + deviceId + R"(","changes":[{"seq":"1"}]})", clerk).status,
        400);
    EXPECT_EQ(push(clerk, deviceId, {}).status, 200);
}

TEST_F(SyncPushTest, ASupervisorPullsCasesWithIdAndPhoneNumbersMaskedACounterWhole) {
    Case c = acceptedCase("case-p");
    c.applicant = {Applicant::Kind::Person, "王磊", "11010519491231002X", "", "13812345678"};
    c.formValues = parseObject(R"({"mother":{"name":"李秀英","id_number":"510104199001011234"},
        "contact_phone":"13900001111","shareholders":[{"name":"王磊","id_number":"11010519491231002X"}]})");
    c.state = CaseState::Accepted;
    c.version = 1;
    ASSERT_EQ(status(push(clerk, deviceId, {change(1, "case-p", 0, "create", toJsonText(caseToJson(c)))}), 0),
              "applied");

    auto supervisor = http.get("/api/v1/sync/pull?cursor=0", server.supervisorAt("h1", "boss"));
    ASSERT_EQ(supervisor.status, 200) << supervisor.body;
    for (const char* whole : {"11010519491231002X", "510104199001011234", "13812345678", "13900001111"})
        EXPECT_EQ(supervisor.body.find(whole), std::string::npos) << whole << " in " << supervisor.body;
    EXPECT_NE(supervisor.body.find("110105********002X"), std::string::npos);
    EXPECT_NE(supervisor.body.find("138****5678"), std::string::npos);
    EXPECT_NE(supervisor.body.find("510104********1234"), std::string::npos);

    auto counter = http.get("/api/v1/sync/pull?cursor=0", server.clerkAt("h1", 2)); // works the case: whole numbers
    EXPECT_NE(counter.body.find("11010519491231002X"), std::string::npos);
    EXPECT_NE(counter.body.find("13900001111"), std::string::npos);
}
