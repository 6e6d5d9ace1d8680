#include "ClientFixture.h"

#include "app/display/DisplayWindow.h"
#include "sync/HallFeed.h"
#include "widgets/Announcer.h"
#include "widgets/CallBoardWidget.h"

#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

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
    ASSERT_TRUE(waitFor([&] { return display->board().windowText(2) == QStringLiteral("A002"); }));
    EXPECT_EQ(display->board().windowText(1), QStringLiteral("A001"));
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
    EXPECT_EQ(display->board().windowText(1), QStringLiteral("A001"));
    EXPECT_EQ(display->board().windowText(2), QStringLiteral("—"));
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

// A checked-in appointment's number is marked under the big number; others not.
TEST(CallBoard, AnAppointmentsNumberIsMarked) {
    CallBoardWidget board;
    QueueSnapshot snapshot;
    snapshot.recentCalls = {{"t-2", "B002", 1, 2000, Priority::Appointment}, {"t-1", "A001", 2, 1000}};
    board.setSnapshot(snapshot);
    EXPECT_EQ(board.currentNumber(), QStringLiteral("B002"));
    EXPECT_EQ(board.counterText(), QStringLiteral("Counter 1 · appointment"));
    board.flashCall(QStringLiteral("A003"), 2);
    EXPECT_EQ(board.counterText(), QStringLiteral("Counter 2"));
}

namespace {

// A big hall's day: `counters` windows, each serving a number but the closed and the paused; numbers missed; the
// hall's notice.
QueueSnapshot bigHall(int counters) {
    QueueSnapshot snapshot;
    snapshot.hallName = "青白江区政务服务中心";
    snapshot.categories = {{"A", "综合业务", 12}, {"B", "企业开办", 3}};
    for (int n = 1; n <= counters; ++n) {
        QueueSnapshot::Counter c;
        c.number = n;
        c.categories = {"A"};
        c.closed = n == 3;
        c.paused = n == 4;
        if (n != 3 && n != 4) {
            Ticket t;
            t.number = "A0" + std::to_string(10 + n);
            t.counter = n;
            c.current = t;
        }
        snapshot.counters.push_back(c);
    }
    snapshot.recentCalls = {{"t-9", "A019", 9, 9000}};
    snapshot.missed = {{"A007", 7000}, {"A003", 3000}};
    snapshot.profile.notice = "请带齐材料、留意叫号；过号请到综合窗口咨询";
    return snapshot;
}

// The board alone on a 1920×1080 screen.
struct BoardOnScreen {
    BoardOnScreen() {
        screen.resize(1920, 1080);
        auto* layout = new QVBoxLayout(&screen);
        board = new CallBoardWidget;
        layout->addWidget(board);
        screen.show();
    }
    QWidget screen;
    CallBoardWidget* board = nullptr;
};

} // namespace

// Readable from the back of the hall on a 1920×1080 screen: no text under 56 px, the called number at least 30 % of
// the height; every open window with the number it serves (a paused one says so, a closed one is left out); the
// numbers missed; the hall's notice.
TEST(CallBoard, IsReadableAtTenMetresAndShowsEveryOpenWindow) {
    BoardOnScreen on;
    CallBoardWidget* board = on.board;
    board->setSnapshot(bigHall(6));
    QCoreApplication::processEvents();
    EXPECT_GE(board->smallestTextPx(), 56);
    EXPECT_GE(board->numberTextPx(), static_cast<int>(0.30 * 1080));
    EXPECT_EQ(board->currentNumber(), QStringLiteral("A019"));
    EXPECT_EQ(board->windowText(1), QStringLiteral("A011"));
    EXPECT_EQ(board->windowText(6), QStringLiteral("A016"));
    EXPECT_EQ(board->windowText(3), QString()); // closed today: not on the board
    EXPECT_EQ(board->windowText(4), QStringLiteral("Paused"));
    EXPECT_TRUE(board->missedText().contains(QStringLiteral("A007  A003"))) << board->missedText().toStdString();
    EXPECT_TRUE(board->waitingText().contains(QStringLiteral("15"))) << board->waitingText().toStdString();
    EXPECT_EQ(board->noticeText(), QStringLiteral("请带齐材料、留意叫号；过号请到综合窗口咨询"));
    EXPECT_EQ(board->pageCount(), 1);
}

// More windows than fit at a readable size: a page at a time, every window on one of them.
TEST(CallBoard, ABigHallsWindowsComeAPageAtATime) {
    BoardOnScreen on;
    CallBoardWidget* board = on.board;
    board->setSnapshot(bigHall(40));
    QCoreApplication::processEvents();
    ASSERT_GT(board->pageCount(), 1);
    EXPECT_GE(board->smallestTextPx(), 56);
    QSet<int> seen;
    for (int page = 0; page < board->pageCount(); ++page) {
        board->showPage(page);
        for (int n = 1; n <= 40; ++n)
            if (!board->windowText(n).isEmpty())
                seen.insert(n);
    }
    EXPECT_EQ(seen.size(), 39); // all but the closed one
}
