// The client sync engine against a real server in this process: a device offline for days catches up, changes
// made elsewhere arrive by pull without overwriting what is still waiting to go up, a dead server loses nothing,
// and the retry waits grow with jitter.
#include "ClientFixture.h"

#include "BlobStore.h"

#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace ow;
using namespace ow::testing;

namespace {

// A case counter 1 accepted, not yet saved on this device.
Case makeCase(int n) {
    Case c = acceptedCase("case-" + std::to_string(n));
    c.applicant.name = "村民" + std::to_string(n);
    c.version = 0;
    return c;
}

bool runRound(SyncEngine& engine, int ms = 300000) {
    std::optional<bool> ok;
    QObject::connect(
        &engine, &SyncEngine::roundFinished, &engine, [&](bool done, const QString&) { ok = done; },
        Qt::SingleShotConnection);
    engine.syncNow();
    waitFor([&] { return ok.has_value(); }, ms);
    return ok.value_or(false);
}

struct Device {
    Device(TestServer& server, const std::string& token)
        : local(dir.filePath(QStringLiteral("device.db")))
        , api(clientFor(server, token))
        , engine(*api, local, deviceOf(server, token)) {}
    QTemporaryDir dir;
    LocalStore local;
    std::unique_ptr<ApiClient> api;
    SyncEngine engine;
};

} // namespace

// The phases a round went through, one letter each: U(ploading), P(ushing), L (pulling), I(dle).
QString phasesOf(SyncEngine& engine, const std::function<void()>& round) {
    QString walked;
    const auto connection = QObject::connect(&engine, &SyncEngine::phaseChanged, &engine, [&](SyncEngine::Phase p) {
        walked += QStringLiteral("UPLI").at(p == SyncEngine::Phase::Uploading ? 0
                                            : p == SyncEngine::Phase::Pushing ? 1
                                            : p == SyncEngine::Phase::Pulling ? 2
                                                                              : 3);
    });
    round();
    QObject::disconnect(connection);
    return walked;
}

TEST(SyncEngine, ARoundWalksItsPhasesInOrderAndEndsIdle) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    Device station(server, server.clerkAt("h1", 1));
    {
        CaseStore store(station.local);
        BlobCache blobs(station.local);
        for (int n = 0; n < 3; ++n) {
            Case c = makeCase(n);
            c.materials = {{"sqr-sfz",
                            MaterialState::Submitted,
                            std::nullopt,
                            {blobs.addBytes("scan-" + QByteArray::number(n)).toStdString()},
                            {}}};
            store.save(c, nowUtcMs());
        }
    }
    EXPECT_EQ(station.engine.phase(), SyncEngine::Phase::Idle);
    const QString walked = phasesOf(station.engine, [&] { ASSERT_TRUE(runRound(station.engine)); });
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^UP+L+I$")).match(walked).hasMatch()) << walked.toStdString();
    EXPECT_FALSE(station.engine.isRunning());
    EXPECT_EQ(station.engine.status().pendingChanges, 0);

    // Nothing to send: straight to the push (nothing) and the pull.
    EXPECT_EQ(phasesOf(station.engine, [&] { ASSERT_TRUE(runRound(station.engine)); }), QStringLiteral("UPLI"));

    // A dead server: the round ends where it failed, idle again, nothing lost.
    QTemporaryDir elsewhere;
    LocalStore offline(elsewhere.filePath(QStringLiteral("device.db")));
    ApiClient nobody(deadServerUrl());
    SyncEngine dead(nobody, offline, QStringLiteral("dev"));
    Case waiting = makeCase(9);
    CaseStore(offline).save(waiting, nowUtcMs());
    const QString failed = phasesOf(dead, [&] { EXPECT_FALSE(runRound(dead, 30000)); });
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^UP+I$")).match(failed).hasMatch()) << failed.toStdString();
    EXPECT_EQ(dead.status().pendingChanges, 1);
}

TEST(SyncEngine, ADeviceOfflineForDaysCatchesUp) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    Device station(server, server.clerkAt("h1", 1));
    const int cases = 10000;
    {
        CaseStore store(station.local);
        BlobCache blobs(station.local);
        for (int n = 0; n < cases; ++n) {
            Case c = makeCase(n);
            MaterialRecord m{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, {}};
            for (int a = 0; a < 2; ++a)
                m.attachments.push_back(
                    blobs.addBytes(QByteArray::number(n) + (a ? "-front-" : "-back-") + QByteArray(300, 'x'))
                        .toStdString());
            c.materials = {m};
            store.save(c, nowUtcMs());
        }
    }
    int rounds = 0;
    while (rounds < 40 && (station.engine.status().pendingChanges > 0 || station.engine.status().pendingBlobs > 0)) {
        ASSERT_TRUE(runRound(station.engine)) << station.engine.status().lastError.toStdString();
        ++rounds;
    }
    const auto counts = server.context().sync.counts();
    EXPECT_EQ(counts.cases, cases);
    EXPECT_EQ(counts.blobs, 2 * cases);
    EXPECT_EQ(counts.conflicts, 0);
    EXPECT_EQ(station.engine.status().pendingChanges, 0);
    EXPECT_GT(station.engine.status().cursor, 0); // the pull moved past its own changes
    EXPECT_EQ(CaseStore(station.local).find(QStringLiteral("case-9999"))->version, 1);
}

TEST(SyncEngine, AScanGoneFromThisComputerHoldsBackOnlyItsOwnCase) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    Device station(server, server.clerkAt("h1", 1));
    QString gone;
    {
        CaseStore store(station.local);
        BlobCache blobs(station.local);
        for (int n = 0; n < 30; ++n) {
            Case c = makeCase(n);
            MaterialRecord m{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, {}};
            const QString sha = blobs.addBytes(QByteArray::number(n) + QByteArray(2000, 's'));
            m.attachments.push_back(sha.toStdString());
            c.materials = {m};
            store.save(c, nowUtcMs());
            if (n == 3)
                gone = sha;
        }
        ASSERT_TRUE(QFile::remove(blobs.path(gone))); // deleted by hand, a disk error, a cleaner
    }
    EXPECT_FALSE(runRound(station.engine));
    // Said in words, the other 29 cases and their scans went up; only the one naming the lost scan waits.
    EXPECT_TRUE(station.engine.status().lastError.contains(gone.left(12)))
        << station.engine.status().lastError.toStdString();
    EXPECT_EQ(server.context().sync.counts().cases, 29);
    EXPECT_EQ(server.context().sync.counts().blobs, 29);
    EXPECT_EQ(station.engine.status().pendingChanges, 1);
    EXPECT_EQ(station.engine.status().pendingBlobs, 1);
    // Another round does the same, without going round in circles.
    EXPECT_FALSE(runRound(station.engine));
    EXPECT_EQ(server.context().sync.counts().cases, 29);
}

TEST(SyncEngine, ADamagedScanHoldsBackOnlyItsOwnCase) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    Device station(server, server.clerkAt("h1", 1));
    QString damaged;
    {
        CaseStore store(station.local);
        BlobCache blobs(station.local);
        for (int n = 0; n < 30; ++n) {
            Case c = makeCase(n);
            const QString sha = blobs.addBytes(QByteArray::number(n) + QByteArray(2000, 's'));
            c.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {sha.toStdString()}, {}}};
            store.save(c, nowUtcMs());
            if (n == 3)
                damaged = sha;
        }
        QFile file(blobs.path(damaged));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write("bit rot"); // same size, other bytes
    }
    EXPECT_FALSE(runRound(station.engine));
    EXPECT_TRUE(station.engine.status().lastError.contains(damaged.left(12)))
        << station.engine.status().lastError.toStdString();
    EXPECT_EQ(server.context().sync.counts().cases, 29);
    EXPECT_EQ(server.context().sync.counts().blobs, 29);
    EXPECT_EQ(station.engine.status().pendingChanges, 1);
    EXPECT_EQ(station.engine.status().pendingBlobs, 1);
}

TEST(SyncEngine, WhenAnAttachmentIsRefusedTheCasesAheadOfItStillGoUp) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    Device station(server, server.clerkAt("h1", 1));
    const int cases = 300;
    {
        CaseStore store(station.local);
        BlobCache blobs(station.local);
        for (int n = 0; n < cases; ++n) {
            Case c = makeCase(n);
            // The last case names an attachment larger than the server takes: its upload is refused at once.
            const QByteArray bytes = n + 1 < cases ? QByteArray::number(n) + QByteArray(3000, 'p')
                                                   : QByteArray(server::BlobStore::kMaxSize + 1, 'L');
            c.materials = {
                {"sqr-sfz", MaterialState::Submitted, std::nullopt, {blobs.addBytes(bytes).toStdString()}, {}}};
            store.save(c, nowUtcMs());
        }
    }
    EXPECT_FALSE(runRound(station.engine));
    EXPECT_FALSE(station.engine.status().lastError.isEmpty());
    // The round ended with the refusal, but not before the cases whose attachments had gone up were delivered.
    EXPECT_EQ(server.context().sync.counts().cases, cases - 1);
    EXPECT_EQ(station.engine.status().pendingChanges, 1);
    EXPECT_EQ(station.engine.status().pendingBlobs, 1);
}

TEST(SyncEngine, ChangesMadeElsewhereArriveButNeverOverwriteWhatWaitsToGoUp) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    Device counter1(server, server.clerkAt("h1", 1));
    Device counter2(server, server.clerkAt("h1", 2));
    for (int n = 0; n < 2; ++n) {
        Case c = makeCase(n);
        counter1.engine.cases().save(c, nowUtcMs());
    }
    ASSERT_TRUE(runRound(counter1.engine));
    ASSERT_TRUE(runRound(counter2.engine));
    ASSERT_TRUE(counter2.engine.cases().find(QStringLiteral("case-0")).has_value()); // pulled
    EXPECT_EQ(counter2.engine.cases().pendingOutbox(), 0);                           // a pulled case is not sent back

    // Counter 1 moves case-0 on; counter 2 has its own unsent change to it.
    Case moved = *counter1.engine.cases().find(QStringLiteral("case-0"));
    moved.state = CaseState::InReview;
    counter1.engine.cases().save(moved, nowUtcMs());
    ASSERT_TRUE(runRound(counter1.engine));
    Case mine = *counter2.engine.cases().find(QStringLiteral("case-0"));
    mine.state = CaseState::Supplement;
    counter2.engine.cases().save(mine, nowUtcMs());
    runRound(counter2.engine);
    // Counter 2's change was based on version 1 while the server had 2: a conflict kept for a person, and the
    // local copy was not silently replaced by the pull either.
    EXPECT_EQ(counter2.engine.status().issues, 1);
    EXPECT_EQ(server.context().sync.counts().conflicts, 1);
    EXPECT_EQ(counter2.engine.cases().find(QStringLiteral("case-0"))->state, CaseState::Supplement);
}

TEST(SyncEngine, ADeadServerLosesNothingAndTheRetriesBackOff) {
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    ApiClient dead(deadServerUrl());
    SyncEngine engine(dead, local, QStringLiteral("device-1"));
    Case c = makeCase(1);
    engine.cases().save(c, nowUtcMs());
    engine.blobs().addBytes("scan");
    EXPECT_FALSE(runRound(engine));
    EXPECT_EQ(engine.status().pendingChanges, 1);
    EXPECT_EQ(engine.status().pendingBlobs, 1);
    EXPECT_FALSE(engine.status().lastError.isEmpty());

    EXPECT_EQ(SyncEngine::backoffMs(1, 0.5), 1000);
    EXPECT_EQ(SyncEngine::backoffMs(3, 0.5), 4000);
    EXPECT_EQ(SyncEngine::backoffMs(3, 0.0), 2000);    // jitter: half ...
    EXPECT_EQ(SyncEngine::backoffMs(3, 0.999), 5996);  // ... to one and a half
    EXPECT_EQ(SyncEngine::backoffMs(40, 0.5), 300000); // never more than five minutes
}
