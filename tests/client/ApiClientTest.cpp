#include "ClientFixture.h"

#include "app/LoginDialog.h"
#include "sync/HallFeed.h"


#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

TEST(ApiClient, ADeadServerIsReportedInPlainWordsWithoutBlocking) {
    ApiClient api(deadServerUrl());
    std::optional<ApiReply> reply;
    bool reachable = true;
    QObject::connect(&api, &ApiClient::reachabilityChanged, [&](bool r) { reachable = r; });
    api.queue(QStringLiteral("demo"), [&](const ApiReply& r) { reply = r; });
    EXPECT_FALSE(reply); // asynchronous: nothing yet
    ASSERT_TRUE(waitFor([&] { return reply.has_value(); }));
    EXPECT_TRUE(reply->offline());
    EXPECT_FALSE(reachable);
    EXPECT_FALSE(reply->userMessage().isEmpty());
    EXPECT_FALSE(reply->userMessage().contains(QLatin1String("Exception")));
}

TEST(ApiClient, ServerErrorsBecomeSentences) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    std::optional<ApiReply> reply;
    api->callNext(1, [&](const ApiReply& r) { reply = r; });
    ASSERT_TRUE(waitFor([&] { return reply.has_value(); }));
    EXPECT_EQ(reply->status, 403);
    EXPECT_EQ(reply->userMessage(), QStringLiteral("This device is not allowed to do that."));
}

TEST(HallFeed, AStaleSnapshotNeverRollsTheScreenBack) {
    ApiClient api(QStringLiteral("http://127.0.0.1:1"));
    HallFeed feed(api, QStringLiteral("h1"));
    auto message = [](int seq, int waiting) -> QByteArray {
        return QByteArray(R"({"type":"event","event":"issued","seq":)") + QByteArray::number(seq) +
               R"(,"snapshot":{"hall":"h1","categories":[{"prefix":"A","name":"x","waiting":)" +
               QByteArray::number(waiting) + "}]}}";
    };
    feed.handleMessage(message(5, 3));
    EXPECT_EQ(feed.snapshot().waitingTotal(), 3);
    feed.handleMessage(message(4, 2)); // late
    EXPECT_EQ(feed.snapshot().waitingTotal(), 3);
    feed.handleMessage(message(6, 1));
    EXPECT_EQ(feed.snapshot().waitingTotal(), 1);
    feed.handleMessage("garbage");
    feed.handleMessage(R"({"type":"event","snapshot":{"nohall":1}})");
    EXPECT_EQ(feed.snapshot().waitingTotal(), 1);
}

TEST(LoginDialog, AForgottenDeviceIsToldToEnrollAgain) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto api = clientFor(server, "dev_this_device_was_forgotten");
    LoginDialog dialog(*api, QStringLiteral("Counter 1"), QStringLiteral("clerk1"));
    dialog.setPassword(QStringLiteral("whatever1"));
    dialog.submit();
    ASSERT_TRUE(waitFor([&] { return dialog.deviceRejected(); }));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST(LoginDialog, AClerkLogsIn) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.context().auth.addStaff("h1", "clerk1", StaffRole::Clerk, "张敏", TestServer::kPassword);
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Counter, 1));
    LoginDialog dialog(*api, QStringLiteral("Counter 1"), QStringLiteral("clerk1"));
    dialog.setPassword(QString::fromLatin1(TestServer::kPassword));
    dialog.submit();
    ASSERT_TRUE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    EXPECT_EQ(dialog.session().name, QStringLiteral("张敏"));
    EXPECT_FALSE(dialog.session().token.isEmpty());
    EXPECT_FALSE(dialog.deviceRejected());
}
