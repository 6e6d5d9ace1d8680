#include "TestServer.h"
#include "WsClient.h"

#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

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

// Every open board on a request thread each was a limit of 96 screens per instance: the streams are served by one
// thread now, so a server with 8 request threads keeps 300 boards and still answers everyone else at once.
TEST(Events, HundredsOfOpenBoardsHoldNoRequestThreads) {
    server::ApiServer::Options options;
    options.connections.threads = 8;
    options.streams.maxPerDevice = 1000;
    TestServer server(options);
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    const std::string display = server.enroll("h1", DeviceKind::Display);
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    std::vector<std::unique_ptr<WsClient>> boards;
    for (int i = 0; i < 300; ++i) {
        boards.push_back(std::make_unique<WsClient>(server.port(), "/api/v1/halls/h1/events", display));
        ASSERT_EQ(boards.back()->next()->getValue<std::string>("type"), "snapshot");
    }
    EXPECT_EQ(server.context().events.subscriberCount(), 300u);
    HttpClient http(server.port());
    const auto t0 = std::chrono::steady_clock::now();
    ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
    for (auto& board : boards)
        EXPECT_EQ(board->next()->getValue<std::string>("event"), "issued");
}

TEST(Events, AStreamEndsWithItsSessionAndADeviceOpensOnlyAFew) {
    server::ApiServer::Options options;
    options.streams.recheckEvery = std::chrono::milliseconds(100);
    options.streams.maxPerDevice = 2;
    TestServer server(options);
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    const std::string clerk = server.clerkAt("h1", 1);
    WsClient counter(server.port(), "/api/v1/halls/h1/events", clerk);
    ASSERT_EQ(counter.next()->getValue<std::string>("type"), "snapshot");
    WsClient second(server.port(), "/api/v1/halls/h1/events", clerk);
    EXPECT_THROW(WsClient(server.port(), "/api/v1/halls/h1/events", clerk), Poco::Exception); // a third: 429
    EXPECT_EQ(counter.waitForClose(300), -1); // open while the session is good

    // The password is set again (the clerk's account taken over, say): every session ends, and so do its streams.
    server.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Clerk, "办事员1", "a new password");
    EXPECT_EQ(counter.waitForClose(3000), 1008);
    EXPECT_EQ(second.waitForClose(3000), 1008);
    for (int i = 0; i < 300 && server.context().events.subscriberCount() > 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    EXPECT_EQ(server.context().events.subscriberCount(), 0u);
}

TEST(Events, AStreamEndsWhenItsSessionExpires) {
    server::ApiServer::Options options;
    options.streams.recheckEvery = std::chrono::milliseconds(100);
    std::int64_t now = nowUtcMs(); // outlives the server, whose threads read it
    TestServer server(options);
    server.context().clock = [&] { return now; };
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    WsClient counter(server.port(), "/api/v1/halls/h1/events", server.clerkAt("h1", 1));
    ASSERT_EQ(counter.next()->getValue<std::string>("type"), "snapshot");
    now += 24LL * 3600 * 1000; // past the end of the shift's session
    EXPECT_EQ(counter.waitForClose(3000), 1008);
}
