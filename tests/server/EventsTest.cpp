#include "TestServer.h"
#include "WsClient.h"

#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

TEST(Events, KioskToCounterToDisplayOverHttpAndWebSocket) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const std::string display = server.enroll("h1", DeviceKind::Display);
    const std::string clerk = server.clerkAt("h1", 2);

    WsClient board(server.port(), "/api/v1/halls/h1/events", display);
    auto first = board.next();
    EXPECT_EQ(first->getValue<std::string>("type"), "snapshot");
    EXPECT_EQ(queueSnapshotFromJson(first->getObject("snapshot")).waitingTotal(), 0);

    auto issued = http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    ASSERT_EQ(issued.status, 201);
    auto e1 = board.next();
    EXPECT_EQ(e1->getValue<std::string>("event"), "issued");
    EXPECT_EQ(queueSnapshotFromJson(e1->getObject("snapshot")).waitingTotal(), 1);

    auto called = http.post("/api/v1/counters/2/call-next", "", clerk);
    ASSERT_EQ(called.status, 200);
    auto e2 = board.next();
    EXPECT_EQ(e2->getValue<std::string>("event"), "called");
    Ticket t = ticketFromJson(e2->getObject("ticket"));
    EXPECT_EQ(t.number, "A001");
    EXPECT_EQ(t.counter, 2);
    EXPECT_GT(e2->getValue<std::int64_t>("seq"), e1->getValue<std::int64_t>("seq"));
    QueueSnapshot s = queueSnapshotFromJson(e2->getObject("snapshot"));
    ASSERT_FALSE(s.recentCalls.empty());
    EXPECT_EQ(s.recentCalls.front().number, "A001");

    ASSERT_EQ(http.post("/api/v1/tickets/" + t.id + "/recall", "", clerk).status, 200);
    EXPECT_EQ(board.next()->getValue<std::string>("event"), "recalled");
    ASSERT_EQ(http.post("/api/v1/tickets/" + t.id + "/finish", "", clerk).status, 200);
    EXPECT_EQ(board.next()->getValue<std::string>("event"), "finished");
}

TEST(Events, OtherHallsDevicesCannotListen) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
    const std::string display = server.enroll("h2", DeviceKind::Display);
    EXPECT_THROW(WsClient(server.port(), "/api/v1/halls/h1/events", display), Poco::Exception);
    EXPECT_THROW(WsClient(server.port(), "/api/v1/halls/h1/events", "dev_nope"), Poco::Exception);
    HttpClient http(server.port());
    EXPECT_EQ(http.get("/api/v1/halls/h2/events", display).status, 400); // not a WebSocket upgrade
}
