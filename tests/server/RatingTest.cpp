// 好差评 over HTTP: a finished service is rated once, by the citizen, on the pad of the counter that served them
// or a kiosk of the hall — every rule has a test that fails if the rule breaks.
#include "TestServer.h"

#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

class RatingTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 3, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        pad2 = server.enroll("h1", DeviceKind::Pad, 2);
        pad3 = server.enroll("h1", DeviceKind::Pad, 3);
        otherHallKiosk = server.enroll("h2", DeviceKind::Kiosk);
        clerk2 = server.clerkAt("h1", 2);
        supervisor = server.supervisorAt("h1", "boss");
    }

    // A citizen served at counter 2 from number to finish; the ticket's id.
    std::string servedAtCounter2(bool finish = true) {
        auto issued = http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
        EXPECT_EQ(issued.status, 201) << issued.body;
        auto called = http.post("/api/v1/counters/2/call-next", "", clerk2);
        EXPECT_EQ(called.status, 200) << called.body;
        const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
        if (finish) {
            EXPECT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerk2).status, 200);
        }
        return id;
    }
    HttpResult rate(const std::string& ticket, int level, const std::string& token, const std::string& extra = {}) {
        return http.post("/api/v1/ratings",
                         R"({"ticket_id":")" + ticket + R"(","level":)" + std::to_string(level) + extra + "}", token);
    }

    TestServer server;
    HttpClient http{server.port()};
    std::string kiosk, pad2, pad3, otherHallKiosk, clerk2, supervisor;
};

TEST_F(RatingTest, AFinishedServiceIsRatedOnceOnItsCountersPad) {
    const std::string ticket = servedAtCounter2();
    auto first = rate(ticket, 5, pad2);
    ASSERT_EQ(first.status, 201) << first.body;
    EXPECT_EQ(first.json()->getValue<int>("level"), 5);
    EXPECT_EQ(first.json()->getValue<int>("counter"), 2);
    EXPECT_EQ(first.json()->getValue<std::string>("channel"), "pad");
    EXPECT_FALSE(first.json()->has("clerk")); // the pad is the citizen's: who served is not sent back
    // Once per service: a second rating, from the pad or the kiosk, is refused, and the first stands.
    auto again = rate(ticket, 1, pad2, R"(,"reasons":["服务态度"])");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json()->getObject("error")->getValue<std::string>("code"), "already_rated");
    EXPECT_EQ(rate(ticket, 1, kiosk, R"(,"reasons":["服务态度"])").status, 409);
}

TEST_F(RatingTest, OnlyTheCitizensDevicesRateAndOnlyTheirOwnCountersServices) {
    const std::string ticket = servedAtCounter2();
    EXPECT_EQ(rate(ticket, 5, clerk2).status, 403);         // the clerk who served: never
    EXPECT_EQ(rate(ticket, 5, supervisor).status, 403);     // nor a supervisor
    EXPECT_EQ(rate(ticket, 5, pad3).status, 403);           // the pad of another counter
    EXPECT_EQ(rate(ticket, 5, otherHallKiosk).status, 404); // another hall's kiosk does not see it
    EXPECT_EQ(rate(ticket, 5, "not-a-token").status, 401);
    EXPECT_EQ(rate(ticket, 4, kiosk).status, 201); // the hall's kiosk, scanning the ticket
}

TEST_F(RatingTest, ABadRatingNeedsAReasonAndAServiceMustBeFinished) {
    const std::string unfinished = servedAtCounter2(false);
    EXPECT_EQ(rate(unfinished, 5, pad2).status, 409); // still being served
    http.post("/api/v1/tickets/" + unfinished + "/finish", "", clerk2);
    auto noReason = rate(unfinished, 2, pad2);
    EXPECT_EQ(noReason.status, 400);
    EXPECT_EQ(noReason.json()->getObject("error")->getValue<std::string>("code"), "invalid_rating");
    EXPECT_EQ(rate(unfinished, 2, pad2, R"(,"reasons":["天气"])").status, 400); // not on the list
    EXPECT_EQ(rate(unfinished, 6, pad2).status, 400);
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"ticket_id":")" + unfinished + R"(","level":"5"})", pad2).status, 400);
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"level":5})", pad2).status, 400);
    EXPECT_EQ(http.post("/api/v1/ratings", "{not json", pad2).status, 400);
    EXPECT_EQ(rate("no-such-ticket", 5, pad2).status, 404);
    // All of those left nothing behind: the right one still goes in.
    EXPECT_EQ(rate(unfinished, 2, pad2, R"(,"reasons":["多次跑动","其他"],"comment":"跑了三趟")").status, 201);
}
