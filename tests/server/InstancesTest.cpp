#include "TestServer.h"
#include "WsClient.h"

#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include <unistd.h>

using namespace ow;
using namespace ow::testing;
using Clock = std::chrono::steady_clock;

// A display connected to instance B shows a call made at a counter through instance A within 200 ms; the session
// the clerk opened on A works on B.
TEST(Instances, ACallThroughOneInstanceReachesABoardOnAnotherWithin200Ms) {
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    a.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    SecondInstance b(a);
    ASSERT_TRUE(b.context().fanout.listening());
    const std::string kiosk = a.enroll("h1", DeviceKind::Kiosk);
    const std::string display = a.enroll("h1", DeviceKind::Display);
    const std::string clerk = a.clerkAt("h1", 1);

    WsClient board(b.port(), "/api/v1/halls/h1/events", display);
    EXPECT_EQ(board.next()->getValue<std::string>("type"), "snapshot");

    HttpClient viaA(a.port()), viaB(b.port());
    std::vector<double> delays;
    for (int round = 0; round < 5; ++round) {
        auto issued = viaB.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
        ASSERT_EQ(issued.status, 201) << issued.body;
        auto heard = board.next(); // the kiosk's number, issued through B itself
        EXPECT_EQ(heard->getValue<std::string>("event"), "issued");

        const auto before = Clock::now();
        auto called = viaA.post("/api/v1/counters/1/call-next", "", clerk);
        ASSERT_EQ(called.status, 200) << called.body;
        auto message = board.next();
        delays.push_back(std::chrono::duration<double, std::milli>(Clock::now() - before).count());
        EXPECT_EQ(message->getValue<std::string>("event"), "called");
        const Ticket ticket = ticketFromJson(message->getObject("ticket"));
        EXPECT_EQ(ticket.id, ticketFromJson(called.json()->getObject("ticket")).id);
        EXPECT_EQ(ticket.status, TicketStatus::Called);
        EXPECT_EQ(message->getValue<std::int64_t>("seq"), called.json()->getValue<std::int64_t>("seq"));
        const auto snapshot = queueSnapshotFromJson(message->getObject("snapshot"));
        EXPECT_EQ(snapshot.waitingTotal(), 0);

        // The clerk's session, opened on A, finishes the service on B.
        EXPECT_EQ(viaB.post("/api/v1/tickets/" + ticket.id + "/finish", "", clerk).status, 200);
        EXPECT_EQ(board.next()->getValue<std::string>("event"), "finished");
    }
    for (double ms : delays)
        EXPECT_LT(ms, 200.0) << "a call took " << ms << " ms from counter (A) to board (B)";
    std::cout << "call through A to board on B (ms):";
    for (double ms : delays)
        std::cout << " " << ms;
    std::cout << std::endl;
}

// 16 counters, half of them through each instance, call while kiosks on both issue: every ticket is called once,
// no number is issued twice, no call fails.
TEST(Instances, CountersOnTwoInstancesNeverCallATicketTwice) {
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    constexpr int kCounters = 16, kKiosks = 4, kTicketsPerKiosk = 60;
    a.addHall("load", {{"A", "综合业务"}, {"B", "企业开办"}}, kCounters, {"A", "B"});
    SecondInstance b(a);
    std::vector<std::string> clerks, kiosks;
    for (int n = 1; n <= kCounters; ++n)
        clerks.push_back(a.clerkAt("load", n));
    for (int k = 0; k < kKiosks; ++k)
        kiosks.push_back(a.enroll("load", DeviceKind::Kiosk));
    auto portOf = [&](int i) { return i % 2 == 0 ? a.port() : b.port(); };

    // A display on B hears, through PostgreSQL, the calls made through A — in commit order, which the events'
    // numbers must follow (a display drops an event older than one it has shown).
    WsClient board(b.port(), "/api/v1/halls/load/events", a.enroll("load", DeviceKind::Display));
    ASSERT_EQ(board.next()->getValue<std::string>("type"), "snapshot");
    std::atomic<bool> workDone{false};
    std::vector<std::pair<std::int64_t, int>> heardFromA; // (seq, counter) of calls made through A
    std::thread listener([&] {
        board.setTimeout(500);
        for (;;) {
            Poco::JSON::Object::Ptr message;
            try {
                message = board.next();
            } catch (const Poco::TimeoutException&) {
                if (workDone)
                    return;
                continue;
            }
            if (message->optValue<std::string>("event", "") != "called")
                continue;
            const Ticket t = ticketFromJson(message->getObject("ticket"));
            if (t.counter && *t.counter % 2 == 0)
                heardFromA.emplace_back(message->getValue<std::int64_t>("seq"), *t.counter);
        }
    });

    std::mutex mutex;
    std::vector<Ticket> issued, called;
    std::vector<std::string> errors;
    std::atomic<int> kiosksDone{0};
    std::vector<std::thread> threads;
    for (int k = 0; k < kKiosks; ++k)
        threads.emplace_back([&, k] {
            HttpClient http(portOf(k));
            for (int i = 0; i < kTicketsPerKiosk; ++i) {
                auto res =
                    http.post("/api/v1/halls/load/tickets", i % 3 == 0 ? R"({"category":"B"})" : R"({"category":"A"})",
                              kiosks[static_cast<std::size_t>(k)]);
                std::lock_guard lock(mutex);
                if (res.status == 201)
                    issued.push_back(ticketFromJson(res.json()));
                else
                    errors.push_back("issue: " + res.body);
            }
            ++kiosksDone;
        });
    for (int n = 1; n <= kCounters; ++n)
        threads.emplace_back([&, n] {
            HttpClient http(portOf(n));
            const Served served = serveCounter(
                http, n, clerks[static_cast<std::size_t>(n - 1)], [] { return false; },
                [&] { return kiosksDone == kKiosks; }, 1);
            std::lock_guard lock(mutex);
            called.insert(called.end(), served.tickets.begin(), served.tickets.end());
            errors.insert(errors.end(), served.errors.begin(), served.errors.end());
        });
    for (auto& t : threads)
        t.join();

    EXPECT_TRUE(errors.empty()) << errors.size() << " errors, first: " << errors.front();
    ASSERT_EQ(issued.size(), static_cast<std::size_t>(kKiosks * kTicketsPerKiosk));
    std::map<std::string, int> numbers, calls;
    for (const auto& t : issued)
        EXPECT_EQ(++numbers[t.number], 1) << "number issued twice: " << t.number;
    for (const auto& t : called)
        EXPECT_EQ(++calls[t.id], 1) << "ticket called twice: " << t.number;
    EXPECT_EQ(called.size(), issued.size());

    workDone = true;
    listener.join();
    std::size_t callsThroughA = 0;
    for (const auto& t : called)
        callsThroughA += *t.counter % 2 == 0 ? 1 : 0;
    EXPECT_EQ(heardFromA.size(), callsThroughA);
    for (std::size_t i = 1; i < heardFromA.size(); ++i)
        EXPECT_GT(heardFromA[i].first, heardFromA[i - 1].first) << "an event arrived after a newer one";
    // The hall's events are numbered without gaps or repeats although writers on both instances wrote them.
    const auto [events, span] = a.database().read([](Poco::Data::Session& s) {
        std::int64_t count = 0, width = 0;
        s << "SELECT COUNT(*), MAX(id) - MIN(id) + 1 FROM ticket_events WHERE hall = 'load'",
            Poco::Data::Keywords::into(count), Poco::Data::Keywords::into(width), Poco::Data::Keywords::now;
        return std::pair{count, width};
    });
    EXPECT_EQ(events, span);
    EXPECT_EQ(events, static_cast<std::int64_t>(issued.size() * 3)); // issued, called, finished
}

// Wrong enrollment codes spread over two instances count together: after ten on either, both refuse the address —
// and once the window has passed, both let it try again.
TEST(Instances, FailedAttemptsCountOnEveryInstance) {
    std::int64_t now = nowUtcMs(); // outlives both instances, whose threads read it
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    a.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    SecondInstance b(a);
    a.context().clock = b.context().clock = [&] { return now; };
    HttpClient viaA(a.port()), viaB(b.port());
    for (int i = 0; i < 10; ++i) {
        HttpClient& http = i % 2 ? viaB : viaA;
        EXPECT_EQ(http.post("/api/v1/devices/enroll", R"({"code":"WRNG-CODE-0000"})").errorCode(), "invalid_code");
    }
    const std::string good = a.context().auth.createEnrollmentCode("h1", DeviceKind::Kiosk, std::nullopt, now);
    for (HttpClient* http : {&viaA, &viaB}) {
        const auto refused = http->post("/api/v1/devices/enroll", R"({"code":")" + good + "\"}");
        EXPECT_EQ(refused.status, 429) << refused.body;
        EXPECT_EQ(refused.errorCode(), "rate_limited");
    }
    now += 10 * 60 * 1000 + 1;
    EXPECT_EQ(viaB.post("/api/v1/devices/enroll", R"({"code":")" + good + "\"}").status, 201);
}

// PostgreSQL restarted, or an administrator or the network cut the connections: the writes that were on a cut
// connection fail with a server error and leave nothing half done, and the instance reconnects for the next ones
// (a writer may be cut in the middle of a pipeline; it must not stay stuck in it).
TEST(Instances, AnInstanceWhoseConnectionsAreCutReconnects) {
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    a.addHall("h1", {{"A", "综合业务"}}, 4, {"A"});
    const std::string name = "ow_cut_" + std::to_string(::getpid());
    SecondInstance b(a, "&application_name=" + name);
    const std::string kiosk = a.enroll("h1", DeviceKind::Kiosk);
    std::vector<std::string> clerks;
    for (int n = 1; n <= 4; ++n)
        clerks.push_back(a.clerkAt("h1", n));
    HttpClient viaA(a.port()), viaB(b.port());
    constexpr int kTickets = 8;
    for (int i = 0; i < kTickets; ++i)
        ASSERT_EQ(viaA.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
    std::map<std::string, int> called;
    auto serve = [&](HttpClient& http, int counter, int& failures) {
        const std::string path = "/api/v1/counters/" + std::to_string(counter) + "/call-next";
        const std::string& clerk = clerks[static_cast<std::size_t>(counter - 1)];
        for (int attempt = 0; attempt < 10; ++attempt) {
            const HttpResult res = http.post(path, "", clerk);
            if (res.status == 204)
                return false;
            if (res.status != 200) {
                EXPECT_GE(res.status, 500) << res.body;
                ++failures;
                continue;
            }
            const Ticket t = ticketFromJson(res.json()->getObject("ticket"));
            ++called[t.id];
            for (int finish = 0; finish < 10; ++finish) {
                const HttpResult done = http.post("/api/v1/tickets/" + t.id + "/finish", "", clerk);
                if (done.status == 200)
                    return true;
                EXPECT_GE(done.status, 500) << done.body;
                ++failures;
            }
            ADD_FAILURE() << "ticket " << t.number << " could not be finished";
            return true;
        }
        ADD_FAILURE() << "counter " << counter << " could not call for 10 attempts";
        return false;
    };
    int failures = 0;
    ASSERT_TRUE(serve(viaB, 1, failures));
    ASSERT_EQ(failures, 0);

    server::Database::execute(a.databaseUrl(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                               " WHERE application_name = '" +
                                                   name + "'");
    for (int counter = 2; counter <= 4; ++counter)
        EXPECT_TRUE(serve(viaB, counter, failures));
    EXPECT_LE(failures, 12) << "each cut connection may fail one request; then B reconnects";
    std::cout << "requests failed on cut connections: " << failures << "\n";
    // Nothing lost, nothing called twice: A drains the rest.
    int none = 0;
    while (serve(viaA, 1, none)) {
    }
    EXPECT_EQ(called.size(), static_cast<std::size_t>(kTickets));
    for (const auto& [id, times] : called)
        EXPECT_EQ(times, 1) << id;
}

// The case rules hold across instances: two PCs of counter 1 (one replaced the other, so both number as C1) push
// two cases under the same number at once, one through each instance: one is applied, the other is not (the
// unique index decides the race the checks before it cannot see).
TEST(Instances, ACaseNumberIsUsedOnceWhicheverInstancesTheCasesComeThrough) {
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    a.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    SecondInstance b(a);
    const std::string oldPc = a.clerkAt("h1", 1);
    const std::string newPc = a.staffAt("h1", "clerk-new", StaffRole::Clerk, DeviceKind::Counter, 1);
    for (int round = 0; round < 10; ++round) {
        std::vector<std::string> statuses(2);
        std::vector<std::thread> pushers;
        for (int i = 0; i < 2; ++i)
            pushers.emplace_back([&, i] {
                const std::string& token = i == 0 ? oldPc : newPc;
                Case c = acceptedCase("race-" + std::to_string(round) + "-" + std::to_string(i));
                c.caseNo = CaseNumber{"H1", "20261127", "C1", 100 + round}.text();
                const std::string device = a.context().auth.authenticate(token, nowUtcMs())->deviceId;
                HttpClient http(i == 0 ? a.port() : b.port());
                const auto res =
                    http.post("/api/v1/sync/push",
                              R"({"device_id":")" + device + R"(","changes":[{"seq":)" + std::to_string(round + 1) +
                                  R"(,"entity":"case","id":")" + c.id + R"(","base_version":0,"op":"create","data":)" +
                                  toJsonText(caseToJson(c)) + "}]}",
                              token);
                statuses[static_cast<std::size_t>(i)] =
                    res.status == 200 ? res.json()->getArray("results")->getObject(0)->getValue<std::string>("status")
                                      : std::to_string(res.status);
            });
        for (auto& t : pushers)
            t.join();
        EXPECT_EQ(std::count(statuses.begin(), statuses.end(), "applied"), 1) << statuses[0] << " " << statuses[1];
    }
    EXPECT_EQ(a.context().sync.counts().cases, 10);
}

// A board connected to one instance is closed when the session that opened it is ended through another.
TEST(Instances, AStreamEndsWhenItsSessionEndsThroughAnotherInstance) {
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    a.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server::ApiServer::Options options;
    options.streams.recheckEvery = std::chrono::milliseconds(200);
    SecondInstance b(a, {}, options);
    const std::string clerk = a.clerkAt("h1", 1);
    WsClient counter(b.port(), "/api/v1/halls/h1/events", clerk);
    ASSERT_EQ(counter.next()->getValue<std::string>("type"), "snapshot");
    a.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Clerk, "办事员1", "another password");
    EXPECT_EQ(counter.waitForClose(15000), 1008); // B's cache of the token lasts a few seconds at most
}

// The administrator disables a clerk through instance A: the clerk's next request through instance B is refused at
// once (not when B's cache of tokens runs out), and the clerk's live stream on B closes at once; a device revoked
// through A loses its stream on B the same way; a queue closed through A reaches B's boards.
TEST(Instances, AnAccountDisabledOrADeviceRevokedOnOneInstanceStopsOnTheOtherAtOnce) {
    TestServer a;
    ASSERT_TRUE(a.onPostgres()) << "several instances need PostgreSQL: ONEWINDOW_TEST_DB=$(scripts/pg-cluster.sh)";
    a.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    SecondInstance b(a);
    ASSERT_TRUE(b.context().fanout.listening());
    const std::string admin = a.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    const std::string clerk = a.clerkAt("h1", 1);
    const std::string display = a.enroll("h1", DeviceKind::Display);
    HttpClient viaA(a.port()), viaB(b.port());

    // B has seen both tokens (and holds them in its cache) before they are stopped.
    ASSERT_EQ(viaB.post("/api/v1/counters/1/call-next", "", clerk).status, 204);
    WsClient clerkStream(b.port(), "/api/v1/halls/h1/events", clerk);
    ASSERT_EQ(clerkStream.next()->getValue<std::string>("type"), "snapshot");
    WsClient board(b.port(), "/api/v1/halls/h1/events", display);
    ASSERT_EQ(board.next()->getValue<std::string>("type"), "snapshot");

    auto res = viaA.request("PATCH", "/api/v1/staff/clerk-h1-1", R"({"disabled":true})", admin);
    ASSERT_EQ(res.status, 200) << res.body;
    auto started = Clock::now();
    EXPECT_EQ(clerkStream.waitForClose(3000), 1008);
    const double streamMs = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    res = viaB.post("/api/v1/counters/1/call-next", "", clerk);
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.errorCode(), "account_disabled");

    // A queue closed through A: B's board hears it.
    ASSERT_EQ(viaA.request("PATCH", "/api/v1/halls/h1/categories/A", R"({"open":false})", admin).status, 200);
    auto heard = board.next();
    EXPECT_EQ(heard->getValue<std::string>("event"), "hall.changed");
    EXPECT_FALSE(queueSnapshotFromJson(heard->getObject("snapshot")).categories.front().open);

    const std::string displayId = a.context().auth.authenticate(display, a.context().clock())->deviceId;
    ASSERT_EQ(viaA.post("/api/v1/devices/" + displayId + "/revoke", "", admin).status, 204);
    started = Clock::now();
    EXPECT_EQ(board.waitForClose(3000), 1008);
    const double boardMs = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    res = viaB.get("/api/v1/halls/h1/queue", display);
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.errorCode(), "device_revoked");
    EXPECT_LT(streamMs, 2000.0);
    EXPECT_LT(boardMs, 2000.0);
    std::cout << "stopped on A, stream closed on B after (ms): account " << streamMs << ", device " << boardMs
              << std::endl;
}
