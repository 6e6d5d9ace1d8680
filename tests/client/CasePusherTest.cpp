#include "ClientFixture.h"

#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/CasePusher.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// A case counter 1 accepted, not yet saved on this device.
Case newCase(const std::string& id) {
    Case c = acceptedCase(id);
    c.version = 0;
    return c;
}

} // namespace

TEST(CasePusher, TheOutboxEmptiesOnlyAsTheServerAcknowledges) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    const std::string token = server.clerkAt("h1", 1);
    const QString deviceId = QString::fromStdString(server.context().auth.authenticate(token, nowUtcMs())->deviceId);
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CaseStore cases(local);
    for (const char* id : {"case-1", "case-2", "case-3"}) {
        Case c = newCase(id);
        cases.save(c, 1000);
    }
    Case edited = *cases.find(QStringLiteral("case-2"));
    edited.state = CaseState::InReview;
    cases.save(edited, 2000);
    ASSERT_EQ(cases.pendingOutbox(), 4);

    // The server is down: nothing leaves the outbox, and the clerk is told.
    {
        ApiClient dead(deadServerUrl());
        dead.setToken(QByteArray::fromStdString(token));
        CasePusher pusher(dead, cases, deviceId);
        QString error;
        QObject::connect(&pusher, &CasePusher::failed, [&](const QString& m) { error = m; });
        pusher.pushOnce();
        ASSERT_TRUE(waitFor([&] { return !error.isEmpty(); }));
        EXPECT_EQ(cases.pendingOutbox(), 4);
    }

    auto api = clientFor(server, token);
    CasePusher pusher(*api, cases, deviceId);
    std::optional<std::tuple<int, int, int>> done;
    QObject::connect(&pusher, &CasePusher::finished, [&](int a, int s, int p) { done = std::make_tuple(a, s, p); });
    pusher.pushOnce(3); // a batch smaller than the outbox: the rest waits its turn
    ASSERT_TRUE(waitFor([&] { return done.has_value(); }));
    EXPECT_EQ(*done, std::make_tuple(3, 0, 1));
    done.reset();
    pusher.pushOnce();
    ASSERT_TRUE(waitFor([&] { return done.has_value(); }));
    EXPECT_EQ(*done, std::make_tuple(1, 0, 0));
    EXPECT_EQ(server.context().sync.counts().cases, 3);

    // A change the server cannot apply is set aside with its reason; it does not block what follows.
    Case stale = *cases.find(QStringLiteral("case-1"));
    stale.version = 5; // pretend it was edited from an old copy
    cases.save(stale, 3000);
    Case fresh = newCase("case-4");
    cases.save(fresh, 3000);
    done.reset();
    pusher.pushOnce();
    ASSERT_TRUE(waitFor([&] { return done.has_value(); }));
    EXPECT_EQ(*done, std::make_tuple(1, 1, 0));
    EXPECT_EQ(cases.syncIssues(), 1);
    EXPECT_EQ(server.context().sync.counts().cases, 4);
    EXPECT_EQ(server.context().sync.counts().conflicts, 1);
}
