#include "ClientFixture.h"

#include "app/CounterWindow.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"

#include "domain/Json.h"

#include <QAction>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

QAction* actionFor(QWidget& window, Qt::Key key) {
    for (QAction* action : window.actions())
        if (action->shortcut() == QKeySequence(key))
            return action;
    return nullptr;
}

} // namespace

TEST(CounterMode, F1CallsTheNextTicketFromARealServer) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto issued = ticketFromJson(http.post("/api/v1/halls/h1/tickets", R"({"category":"B"})", kiosk).json());

    StaffSession clerk{QByteArray::fromStdString(server.clerkAt("h1", 2)), QStringLiteral("c2"), QStringLiteral("李娜"),
                       QStringLiteral("clerk")};
    CounterWindow window(clientFor(server, clerk.token.toStdString()), QStringLiteral("h1"), QStringLiteral("大厅"), 2,
                         clerk);
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.feed().isLive() && window.feed().snapshot().waitingTotal() == 1; }));
    EXPECT_EQ(window.currentNumberText(), QStringLiteral("—"));

    for (Qt::Key key : {Qt::Key_F1, Qt::Key_F2, Qt::Key_F3, Qt::Key_F4, Qt::Key_F5, Qt::Key_F6})
        ASSERT_NE(actionFor(window, key), nullptr) << "no action on key " << key;
    actionFor(window, Qt::Key_F1)->trigger();
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("B001"); }));
    auto onServer = ticketFromJson(http.get("/api/v1/tickets/" + issued.id, kiosk).json()->getObject("ticket"));
    EXPECT_EQ(onServer.status, TicketStatus::Called);
    EXPECT_EQ(onServer.counter, 2);

    // F1 again while the citizen has not come: a sentence for the clerk, nothing lost.
    actionFor(window, Qt::Key_F5)->trigger();
    ASSERT_TRUE(waitFor([&] { return window.service().current()->status == TicketStatus::Serving; }));
    actionFor(window, Qt::Key_F6)->trigger();
    ASSERT_TRUE(waitFor([&] { return !window.service().current().has_value(); }));
    actionFor(window, Qt::Key_F1)->trigger();
    ASSERT_TRUE(waitFor([&] { return !window.messageText().isEmpty(); }));
    EXPECT_EQ(window.messageText(), QStringLiteral("Nobody is waiting for this counter."));
    onServer = ticketFromJson(http.get("/api/v1/tickets/" + issued.id, kiosk).json()->getObject("ticket"));
    EXPECT_EQ(onServer.status, TicketStatus::Done);
}

TEST(CounterMode, PicksUpItsCurrentTicketAfterARestart) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    const std::string token = server.clerkAt("h1", 1);
    ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", token).status, 200);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                       QStringLiteral("clerk")};
    CounterWindow window(clientFor(server, token), QStringLiteral("h1"), QStringLiteral("大厅"), 1, clerk);
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("A001"); }));
}
