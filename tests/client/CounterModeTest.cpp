#include "ClientFixture.h"

#include "app/CounterWindow.h"
#include "store/LocalStore.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"

#include "domain/Json.h"

#include <QAction>
#include <QTemporaryDir>

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
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(server, clerk.token.toStdString()),
                         {QStringLiteral("h1"), 2, clerk, &local, deviceOf(server, clerk.token.toStdString()), dir.path()});
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
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(server, token), {QStringLiteral("h1"), 1, clerk, &local, deviceOf(server, token), dir.path()});
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("A001"); }));
}

TEST(CounterMode, TransferSendsTheCitizenToAnotherQueue) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A"});
    server.context().halls.addCounter("h1", 2, {"B"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    const std::string token = server.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(server, token), {QStringLiteral("h1"), 1, clerk, &local, deviceOf(server, token), dir.path()});
    ASSERT_TRUE(waitFor([&] { return window.feed().isLive(); }));
    window.service().callNext();
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("A001"); }));
    window.service().transferToCategory(QStringLiteral("B"));
    ASSERT_TRUE(waitFor([&] { return !window.service().current().has_value(); }));
    // Counter 2 serves B and now calls A001.
    const std::string clerk2 = server.clerkAt("h1", 2);
    auto called = http.post("/api/v1/counters/2/call-next", "", clerk2);
    ASSERT_EQ(called.status, 200);
    EXPECT_EQ(called.json()->getObject("ticket")->getValue<std::string>("number"), "A001");
}

TEST(CounterMode, ALateSnapshotDoesNotUndoTheClerksLastAction) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    HttpClient http(server.port());
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", server.enroll("h1", DeviceKind::Kiosk));
    const std::string token = server.clerkAt("h1", 1);
    auto stale = http.get("/api/v1/halls/h1/queue", token); // counter 1 idle, one waiting
    ASSERT_EQ(stale.status, 200);

    // A feed that is not streaming: the test decides what arrives, and when.
    auto api = clientFor(server, token);
    HallFeed feed(*api, QStringLiteral("h1"));
    CounterService service(*api, feed, 1);
    service.callNext();
    ASSERT_TRUE(waitFor([&] { return service.current().has_value(); }));
    EXPECT_EQ(service.current()->number, "A001");

    // The snapshot from before the call arrives late: the clerk's ticket stays.
    auto message = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    message->set("type", std::string("snapshot"));
    message->set("seq", stale.json()->getValue<std::int64_t>("seq"));
    message->set("snapshot", stale.json());
    feed.handleMessage(QByteArray::fromStdString(toJsonText(message)));
    EXPECT_EQ(feed.snapshot().waitingTotal(), 1); // the feed took it: it had nothing newer
    ASSERT_TRUE(service.current().has_value());
    EXPECT_EQ(service.current()->number, "A001");

    // A newer snapshot that says the counter is free (finished elsewhere) is adopted.
    ASSERT_EQ(http.post("/api/v1/tickets/" + service.current()->id + "/finish", "", token).status, 200);
    auto fresh = http.get("/api/v1/halls/h1/queue", token);
    message->set("seq", fresh.json()->getValue<std::int64_t>("seq"));
    message->set("snapshot", fresh.json());
    feed.handleMessage(QByteArray::fromStdString(toJsonText(message)));
    EXPECT_FALSE(service.current().has_value());
}
