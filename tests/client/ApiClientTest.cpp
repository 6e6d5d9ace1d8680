#include "ClientFixture.h"

#include "app/common/LoginDialog.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/HallFeed.h"

#include "domain/CaseNumber.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

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

// A counter PC replaced in mid-day: the new one, enrolled at the same counter (the same code in case numbers), is
// told the numbers the old one gave today and carries on after them instead of giving 0001 again.
TEST(ApiClient, AReplacedCounterPcCarriesOnAfterTheNumbersItsCodeHasGiven) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    const std::string today = [] {
        std::string day = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
        day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
        return day;
    }();
    const std::string oldPc = server.clerkAt("h1", 1);
    int seq = 0;
    for (const auto& [id, counter, sequence, day] : std::vector<std::tuple<std::string, int, int, std::string>>{
             {"a", 1, 5, today}, {"b", 1, 7, today}, {"c", 2, 9, today}, {"d", 1, 30, "20200101"}}) {
        Case c = acceptedCase(id, "h1", counter);
        c.caseNo = CaseNumber{"H1", day, "C" + std::to_string(counter), sequence}.text();
        pushNewCase(server, counter == 1 ? oldPc : server.clerkAt("h1", 2), c, ++seq);
    }

    ApiClient api(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const std::string code = server.context().auth.createEnrollmentCode("h1", DeviceKind::Counter, 1, nowUtcMs());
    std::optional<ApiReply> reply;
    api.enroll(QString::fromStdString(code), QStringLiteral("new pc"), [&](const ApiReply& r) { reply = r; });
    ASSERT_TRUE(waitFor([&] { return reply.has_value(); }));
    ASSERT_TRUE(reply->ok()) << reply->body.toStdString();
    const DeviceRegistration reg = ApiClient::registrationFromEnrollment(api.baseUrl(), reply->body);
    EXPECT_EQ(reg.code, QStringLiteral("C1"));
    EXPECT_EQ(reg.caseNumbersUsed, (std::map<QString, int>{{QString::fromStdString(today), 7}}));

    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("device.db")));
    store.saveRegistration(reg);
    CaseStore cases(store);
    const QString next = cases.nextCaseNumber(QStringLiteral("h1"), QString::fromStdString(today), caseNumberCode(reg));
    EXPECT_TRUE(next.startsWith(QStringLiteral("H1-%1-C1-0008-").arg(QString::fromStdString(today))))
        << next.toStdString();
}
