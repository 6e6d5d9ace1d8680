#include "ClientFixture.h"

#include "app/display/DisplayWindow.h"
#include "sync/HallFeed.h"
#include "widgets/Announcer.h"
#include "widgets/CallBoardWidget.h"

#include <QTimer>

#include <chrono>
#include <thread>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// A call board on a hall with two counters of queue A, a kiosk, and a speaker that records what it says.
class DisplayMode : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        api = clientFor(server, server.enroll("h1", DeviceKind::Display));
        auto owned = std::make_unique<RecordingSpeaker>();
        speaker = owned.get();
        display =
            std::make_unique<DisplayWindow>(*api, QStringLiteral("h1"), std::make_unique<Announcer>(std::move(owned)));
        display->show();
        ASSERT_TRUE(waitFor([&] { return display->feed().isLive(); }));
    }
    void TearDown() override { display.reset(); }

    TestServer server;
    std::string kiosk;
    std::unique_ptr<ApiClient> api;
    RecordingSpeaker* speaker = nullptr;
    std::unique_ptr<DisplayWindow> display;
};

} // namespace

TEST_F(DisplayMode, ShowsAndAnnouncesEveryCallInOrder) {
    HttpClient http(server.port());
    const std::string clerk1 = server.clerkAt("h1", 1);
    const std::string clerk2 = server.clerkAt("h1", 2);
    for (int i = 0; i < 3; ++i)
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", clerk1).status, 200);
    ASSERT_EQ(http.post("/api/v1/counters/2/call-next", "", clerk2).status, 200);
    ASSERT_TRUE(waitFor([&] { return speaker->said.size() == 2; }));
    EXPECT_EQ(speaker->said[0], QStringLiteral("Number A001, please go to counter 1"));
    EXPECT_EQ(speaker->said[1], QStringLiteral("Number A002, please go to counter 2"));
    ASSERT_TRUE(waitFor([&] { return display->board().listedCalls() == 2; }));
    EXPECT_EQ(display->board().currentNumber(), QStringLiteral("A002"));
}

TEST_F(DisplayMode, ReconnectsByItselfAndRedrawsFromTheSnapshot) {
    const std::string clerk = server.clerkAt("h1", 1);
    server.restart();
    ASSERT_TRUE(waitFor([&] { return !display->feed().isLive(); }));
    {
        // While the board is away, a number is issued and called.
        HttpClient http(server.port());
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
        ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", clerk).status, 200);
    }
    ASSERT_TRUE(waitFor([&] { return display->feed().isLive(); }, 20000));
    ASSERT_TRUE(waitFor([&] { return display->board().currentNumber() == QStringLiteral("A001"); }));
    EXPECT_EQ(display->board().listedCalls(), 1);
    // The call made while the board was away is announced once it is back, and only once.
    ASSERT_TRUE(waitFor([&] { return speaker->said.size() == 1; }));
    EXPECT_EQ(speaker->said.first(), QStringLiteral("Number A001, please go to counter 1"));
    waitFor([] { return false; }, 300);
    EXPECT_EQ(speaker->said.size(), 1);
}

TEST_F(DisplayMode, ARecallIsAnnouncedAgainButNothingTwice) {
    HttpClient http(server.port());
    const std::string clerk = server.clerkAt("h1", 1);
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
    const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
    ASSERT_TRUE(waitFor([&] { return speaker->said.size() == 1; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(5)); // a recall is a new moment
    ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/recall", "", clerk).status, 200);
    ASSERT_TRUE(waitFor([&] { return speaker->said.size() == 2; }));
    ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/start", "", clerk).status, 200); // more events, no call
    waitFor([] { return false; }, 300);
    EXPECT_EQ(speaker->said.size(), 2);
}

// A checked-in appointment's number is marked on the board (the call line and under the big number); others not.
TEST(CallBoard, AnAppointmentsNumberIsMarked) {
    CallBoardWidget board;
    QueueSnapshot snapshot;
    snapshot.recentCalls = {{"t-2", "B002", 1, 2000, Priority::Appointment}, {"t-1", "A001", 2, 1000}};
    board.setSnapshot(snapshot);
    EXPECT_EQ(board.callText(0), QStringLiteral("B002 (appointment)  →  Counter 1"));
    EXPECT_EQ(board.callText(1), QStringLiteral("A001  →  Counter 2"));
    EXPECT_EQ(board.counterText(), QStringLiteral("Counter 1 · appointment"));
    board.flashCall(QStringLiteral("A003"), 2);
    EXPECT_EQ(board.counterText(), QStringLiteral("Counter 2"));
}
