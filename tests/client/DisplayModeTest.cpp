#include "ClientFixture.h"

#include "app/DisplayWindow.h"
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

class QuickSpeaker : public Speaker {
public:
    void speak(const QString& text) override {
        spoken << text;
        QTimer::singleShot(10, this, &Speaker::finished);
    }
    QString name() const override { return QStringLiteral("quick"); }
    QStringList spoken;
};

} // namespace

TEST(DisplayMode, ShowsAndAnnouncesEveryCallInOrder) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Display));
    auto speaker = std::make_unique<QuickSpeaker>();
    QuickSpeaker* spoken = speaker.get();
    DisplayWindow display(*api, QStringLiteral("h1"), std::make_unique<Announcer>(std::move(speaker)));
    display.show();
    ASSERT_TRUE(waitFor([&] { return display.feed().isLive(); }));

    const std::string clerk1 = server.clerkAt("h1", 1);
    const std::string clerk2 = server.clerkAt("h1", 2);
    for (int i = 0; i < 3; ++i)
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", clerk1).status, 200);
    ASSERT_EQ(http.post("/api/v1/counters/2/call-next", "", clerk2).status, 200);
    ASSERT_TRUE(waitFor([&] { return spoken->spoken.size() == 2; }));
    EXPECT_EQ(spoken->spoken[0], QStringLiteral("Number A001, please go to counter 1"));
    EXPECT_EQ(spoken->spoken[1], QStringLiteral("Number A002, please go to counter 2"));
    ASSERT_TRUE(waitFor([&] { return display.board().listedCalls() == 2; }));
    EXPECT_EQ(display.board().currentNumber(), QStringLiteral("A002"));
}

TEST(DisplayMode, ReconnectsByItselfAndRedrawsFromTheSnapshot) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const std::string clerk = server.clerkAt("h1", 1);
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Display));
    auto speaker = std::make_unique<QuickSpeaker>();
    QuickSpeaker* spoken = speaker.get();
    DisplayWindow display(*api, QStringLiteral("h1"), std::make_unique<Announcer>(std::move(speaker)));
    ASSERT_TRUE(waitFor([&] { return display.feed().isLive(); }));

    server.restart();
    ASSERT_TRUE(waitFor([&] { return !display.feed().isLive(); }));
    {
        // While the board is away, a number is issued and called.
        HttpClient http(server.port());
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
        ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", clerk).status, 200);
    }
    ASSERT_TRUE(waitFor([&] { return display.feed().isLive(); }, 20000));
    ASSERT_TRUE(waitFor([&] { return display.board().currentNumber() == QStringLiteral("A001"); }));
    EXPECT_EQ(display.board().listedCalls(), 1);
    // The call made while the board was away is announced once it is back, and only once.
    ASSERT_TRUE(waitFor([&] { return spoken->spoken.size() == 1; }));
    EXPECT_EQ(spoken->spoken.first(), QStringLiteral("Number A001, please go to counter 1"));
    waitFor([] { return false; }, 300);
    EXPECT_EQ(spoken->spoken.size(), 1);
}

TEST(DisplayMode, ARecallIsAnnouncedAgainButNothingTwice) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const std::string clerk = server.clerkAt("h1", 1);
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Display));
    auto speaker = std::make_unique<QuickSpeaker>();
    QuickSpeaker* spoken = speaker.get();
    DisplayWindow display(*api, QStringLiteral("h1"), std::make_unique<Announcer>(std::move(speaker)));
    ASSERT_TRUE(waitFor([&] { return display.feed().isLive(); }));
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
    const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
    ASSERT_TRUE(waitFor([&] { return spoken->spoken.size() == 1; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(5)); // a recall is a new moment
    ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/recall", "", clerk).status, 200);
    ASSERT_TRUE(waitFor([&] { return spoken->spoken.size() == 2; }));
    ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/start", "", clerk).status, 200); // more events, no call
    waitFor([] { return false; }, 300);
    EXPECT_EQ(spoken->spoken.size(), 2);
}
