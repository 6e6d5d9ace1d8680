// The screen above a counter (窗口屏) and pausing the counter (暂停服务, F11), offscreen against a real server: the
// clerk's F11 pauses the counter on the server, F1 is refused while paused, and the counter's screen and its pad say
// so; resumed, the screen names the clerk on duty and shows the number called.
#include "ClientFixture.h"

#include "app/counter/CounterWindow.h"
#include "app/display/CounterScreenWindow.h"
#include "app/pad/PadWindow.h"
#include "store/LocalStore.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/PadSession.h"
#include "widgets/RatingPad.h"

#include <QAction>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

TEST(CounterScreen, F11PausesTheCounterAndItsScreenAndPadSaySo) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    server.context().halls.addCounter("h1", 1, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);

    const auto screenApi = clientFor(server, server.enroll("h1", DeviceKind::Display));
    CounterScreenWindow screen(*screenApi, QStringLiteral("h1"), 1);
    screen.show();
    ASSERT_TRUE(waitFor([&] { return screen.text().contains(QStringLiteral("No one on duty")); }))
        << screen.text().toStdString();

    // 办事员1, 工号 0311: the screen shows the number the hall gave, never the account (clerk-h1-1).
    server.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Clerk, "办事员1", TestServer::kPassword, "0311");
    const std::string token = server.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("clerk-h1-1"), QStringLiteral("办事员1"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(server, token),
                         {QStringLiteral("h1"), 1, clerk, &local, deviceOf(server, token), dir.path(), {}, {}});
    window.show();
    const auto padApi = clientFor(server, server.enroll("h1", DeviceKind::Pad, 1));
    PadWindow pad(*padApi, PadWindow::Options{QStringLiteral("h1"), 1, nullptr, 0});
    pad.show();
    ASSERT_TRUE(waitFor([&] { return window.feed().isLive() && pad.session().isLive(); }));
    ASSERT_TRUE(waitFor([&] { return screen.text().contains(QStringLiteral("Staff number 0311")); }))
        << screen.text().toStdString();
    EXPECT_TRUE(screen.text().contains(QStringLiteral("Clerk on duty: 办事员1")));

    ASSERT_NE(actionFor(window, Qt::Key_F11), nullptr);
    actionFor(window, Qt::Key_F11)->trigger();
    ASSERT_TRUE(waitFor([&] { return window.service().isPaused(); }));
    EXPECT_EQ(window.currentNumberText(), QStringLiteral("Paused"));
    const auto snapshot = queueSnapshotFromJson(http.get("/api/v1/halls/h1/queue", kiosk).json());
    EXPECT_TRUE(snapshot.counters.front().paused) << "paused on the server, not only on the screen";
    ASSERT_TRUE(waitFor([&] { return screen.text().contains(QStringLiteral("Service paused")); }))
        << screen.text().toStdString();
    ASSERT_TRUE(waitFor([&] { return pad.pad().idleHint().contains(QStringLiteral("Service paused")); }));

    // F1 while paused calls nobody: the button is off, and the server refuses too.
    actionFor(window, Qt::Key_F1)->trigger();
    EXPECT_EQ(http.post("/api/v1/counters/1/call-next", "", token).errorCode(), "counter_paused");

    actionFor(window, Qt::Key_F11)->trigger();
    ASSERT_TRUE(waitFor([&] { return !window.service().isPaused(); }));
    ASSERT_TRUE(waitFor([&] { return !screen.text().contains(QStringLiteral("Service paused")); }));
    ASSERT_TRUE(waitFor([&] { return !pad.pad().idleHint().contains(QStringLiteral("Service paused")); }));
    auto next = [&] {
        for (QPushButton* b : window.findChildren<QPushButton*>())
            if (b->property("next").toString() == QLatin1String("true"))
                return b->objectName();
        return QString();
    };
    EXPECT_EQ(next(), QStringLiteral("callNextButton")) << "the next step stands out";
    actionFor(window, Qt::Key_F1)->trigger();
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("A001"); }));
    EXPECT_EQ(next(), QStringLiteral("startButton"));
    ASSERT_TRUE(waitFor([&] { return screen.text().contains(QStringLiteral("A001")); })) << screen.text().toStdString();
    EXPECT_TRUE(screen.text().contains(QStringLiteral("Now calling")));
}

TEST(CounterScreen, AClosedCounterSaysSoAndAnUnknownOneIsNotInService) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    const auto api = clientFor(server, server.enroll("h1", DeviceKind::Display));
    const std::string admin = server.staffAt("h1", "admin", StaffRole::Admin, DeviceKind::Supervisor);
    HttpClient http(server.port());
    ASSERT_EQ(
        http.request("PATCH", "/api/v1/halls/h1/counters/2", R"({"closed_today":true,"name":"不动产窗口"})", admin)
            .status,
        200);
    CounterScreenWindow closed(*api, QStringLiteral("h1"), 2);
    CounterScreenWindow unknown(*api, QStringLiteral("h1"), 9);
    closed.resize(1920, 480); // a strip
    closed.show();
    unknown.show();
    ASSERT_TRUE(waitFor([&] { return closed.text().contains(QStringLiteral("Closed today")); }))
        << closed.text().toStdString();
    EXPECT_TRUE(closed.text().contains(QStringLiteral("不动产窗口")));
    ASSERT_TRUE(waitFor([&] { return unknown.text().contains(QStringLiteral("Not in service")); }));
}
