// Two halls with servers of their own, relaying to one upstream (issue 31), as processes: the hall servers are
// `onewindow-server serve` killed -9 again and again in the middle of their day and of their relay, the upstream
// stopped for a while. At the end the upstream holds every record of each hall once and as the hall holds it, its
// region's day is the sum of the halls' own days, and each hall's audit chain verifies there.
#include "AuditLog.h"
#include "AuthStore.h"
#include "Database.h"
#include "Process.h"
#include "RelayStore.h"
#include "TestFiles.h"
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <Poco/Net/ServerSocket.h>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <random>
#include <thread>

using namespace ow;
using namespace ow::testing;

namespace {

namespace fs = std::filesystem;

std::uint16_t freePort() {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return static_cast<std::uint16_t>(probe.address().port());
}

// One hall's own server: its database and files, the process serving it, and the hall's devices on it.
struct HallServer {
    std::string hall;
    fs::path dir;
    std::uint16_t port = 0;
    std::unique_ptr<Process> process;
    std::string kiosk, pad, clerk, counterDevice;

    std::string db() const { return "sqlite:" + (dir / "hall.db").string(); }
    std::string data() const { return (dir / "data").string(); }

    void start() {
        process = std::make_unique<Process>(std::vector<std::string>{ONEWINDOW_SERVER_EXE, "serve", "--db", db(),
                                                                     "--data", data(), "--listen",
                                                                     "127.0.0.1:" + std::to_string(port)});
        for (int i = 0; i < 200; ++i) {
            try {
                if (HttpClient(port).get("/healthz").status == 200)
                    return;
            } catch (const std::exception&) {
                // not up yet
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        ADD_FAILURE() << "hall server " << hall << " did not start: " << process->poll().err;
    }
    void kill9() {
        process->kill9();
        process->wait(std::chrono::seconds(5));
    }
    // A request to the hall server, tried again while it is being restarted (a device's retry).
    HttpResult send(const std::string& method, const std::string& path, const std::string& body,
                    const std::string& token) {
        for (int attempt = 0;; ++attempt) {
            try {
                HttpResult r = HttpClient(port).request(method, path, body, token);
                if (r.status != 0 && r.status < 500)
                    return r;
            } catch (const std::exception&) {
                if (attempt > 200)
                    throw;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
};

class HallServersUnderFire : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* hall : {"h1", "h2"}) {
            upstream.addHall(hall, {{"A", "综合业务"}}, 1, {"A"});
            upstream.clerkAt(hall, 1); // clerk-<hall>-1, with the test password: copied to the hall server
        }
        upstream.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        upstream.addRegion("cd", "成都市", {"h1", "h2"});
        // On PostgreSQL the upstream is two instances, as a province runs it: h2's server relays to the second.
        if (upstream.onPostgres())
            second = std::make_unique<SecondInstance>(upstream);
        std::random_device rd;
        root = fs::temp_directory_path() / ("onewindow-fire-" + std::to_string(rd()));
        for (const char* hall : {"h1", "h2"}) {
            HallServer& h = halls.emplace_back();
            h.hall = hall;
            h.dir = root / hall;
            fs::create_directories(h.dir);
            h.port = freePort();
            join(h);
            h.start();
            enrollDevices(h);
        }
    }
    void TearDown() override {
        halls.clear();
        fs::remove_all(root);
    }

    void join(HallServer& h) {
        const std::string code =
            upstream.context().auth.createEnrollmentCode(h.hall, DeviceKind::Hall, std::nullopt, nowUtcMs());
        const auto joined = Process::run(
            {ONEWINDOW_SERVER_EXE, "admin", "join", "--db", h.db(), "--data", h.data(), "--upstream",
             "http://127.0.0.1:" + std::to_string(second && h.hall == "h2" ? second->port() : upstream.port()),
             "--code", code});
        ASSERT_EQ(joined.exitCode, 0) << joined.out << joined.err;
    }
    void enrollDevices(HallServer& h) {
        server::Database db(h.db(), h.data());
        server::AuthStore auth(db);
        auto enroll = [&](DeviceKind kind, std::optional<int> counter) {
            const std::string code = auth.createEnrollmentCode(h.hall, kind, counter, nowUtcMs());
            const auto res = h.send("POST", "/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"x"})", "");
            EXPECT_EQ(res.status, 201) << res.body;
            return res.json()->getValue<std::string>("device_token");
        };
        h.kiosk = enroll(DeviceKind::Kiosk, std::nullopt);
        h.pad = enroll(DeviceKind::Pad, 1);
        const std::string counter = enroll(DeviceKind::Counter, 1);
        h.counterDevice = server::AuthStore(db).authenticate(counter, nowUtcMs())->deviceId;
        const auto login =
            h.send("POST", "/api/v1/sessions",
                   R"({"user":"clerk-)" + h.hall + R"(-1","password":")" + std::string(TestServer::kPassword) + "\"}",
                   counter);
        ASSERT_EQ(login.status, 201) << login.body;
        h.clerk = login.json()->getValue<std::string>("token");
    }

    // One citizen at a hall: a number, called, served and — every other one — rated (every fifth badly).
    void citizen(HallServer& h, int n) {
        ASSERT_EQ(h.send("POST", "/api/v1/halls/" + h.hall + "/tickets", R"({"category":"A"})", h.kiosk).status, 201);
        const auto called = h.send("POST", "/api/v1/counters/1/call-next", "", h.clerk);
        ASSERT_EQ(called.status, 200) << called.body;
        const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
        const auto finished = h.send("POST", "/api/v1/tickets/" + id + "/finish", "", h.clerk);
        ASSERT_TRUE(finished.status == 200 || finished.status == 409) << finished.body; // 409: done before a kill
        if (n % 2 == 0) {
            const std::string level = n % 5 == 0 ? R"(1,"reasons":["办事效率"])" : "5";
            const auto rated =
                h.send("POST", "/api/v1/ratings", R"({"ticket_id":")" + id + R"(","level":)" + level + "}", h.pad);
            ASSERT_TRUE(rated.status == 201 || rated.status == 409) << rated.body; // 409: rated before a kill
        }
    }

    // A case approved at the counter and completed (its steps go up as rows added, never changed: one applied twice
    // would show).
    void caseOf(HallServer& h, int round) {
        Case c = acceptedCase(h.hall + "-case-" + std::to_string(round), h.hall);
        c.state = CaseState::Approved;
        c.items = {"SC-QYSL"};
        c.clerk = "clerk-" + h.hall + "-1";
        for (int attempt = 0; attempt < 200; ++attempt) {
            try {
                HttpClient http(h.port);
                const auto pushed = pushCase(http, h.clerk, h.counterDevice, round + 1, c);
                if (pushed.status == 200)
                    break;
            } catch (const std::exception&) {
                // restarting
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        const auto done = h.send("POST", "/api/v1/cases/" + c.id + "/complete", "{}", h.clerk);
        ASSERT_EQ(done.status, 200) << done.body;
    }

    static std::int64_t count(server::Database& db, const std::string& sql) {
        return std::stoll(tableRows(db, sql).at(0).at(0));
    }
    TestServer upstream;
    std::unique_ptr<SecondInstance> second;
    fs::path root;
    std::vector<HallServer> halls;
};

} // namespace

TEST_F(HallServersUnderFire, EveryRecordArrivesOnceTheRegionsDayIsTheSumAndEveryChainVerifies) {
    std::mt19937 random(20261206);
    constexpr int kRounds = 8, kCitizens = 6;
    int kills = 0;
    for (int round = 0; round < kRounds; ++round) {
        if (round == 3)
            upstream.stop(); // the line to the city is cut for rounds 3 and 4 (on two instances: h1's only)
        if (round == 5)
            upstream.restart();
        for (HallServer& h : halls) {
            for (int n = 0; n < kCitizens; ++n)
                citizen(h, round * kCitizens + n);
            caseOf(h, round);
            // Killed in the middle of whatever it does and started again; sometimes again at once, while the first
            // round of its relay (what waited, sent as it starts) is on the way.
            if (random() % 3 != 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(random() % 400));
                h.kill9();
                ++kills;
                h.start();
            }
            if (random() % 3 == 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(random() % 30));
                h.kill9();
                ++kills;
                h.start();
            }
        }
    }
    EXPECT_GE(kills, 4);

    // Everything goes up once the line holds: nothing waits at either hall.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(150);
    for (HallServer& h : halls) {
        server::Database db(h.db(), h.data());
        while (count(db, "SELECT COUNT(*) FROM relay_changes") > 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        EXPECT_EQ(count(db, "SELECT COUNT(*) FROM relay_changes"), 0) << h.hall << " still has changes to send";
    }
    const std::string regionBoss = upstream.regionSupervisorAt("cd", "cdsup");
    const auto region = HttpClient(upstream.port()).get("/api/v1/regions/cd/stats/daily", regionBoss);
    ASSERT_EQ(region.status, 200) << region.body;
    std::map<std::string, std::int64_t> sum;
    for (HallServer& h : halls) {
        h.kill9(); // read the hall's database as it was left
        server::Database db(h.db(), h.data());
        for (const char* kind : {"ticket", "rating", "rectification", "case", "case_step", "queue", "counter",
                                 "counter_queue", "hours", "account"}) {
            const auto atHall = relayedRows(db, kind, h.hall);
            EXPECT_EQ(relayedRows(upstream.database(), kind, h.hall), atHall) << h.hall << " " << kind;
            if (std::string(kind) == "ticket") {
                EXPECT_EQ(atHall.size(), static_cast<std::size_t>(kRounds * kCitizens)) << h.hall;
            }
        }
        // The hall's chain upstream is the hall's own, entry for entry, and holds.
        const auto verdict =
            upstream.database().read([&](Poco::Data::Session& s) { return server::AuditLog::verify(s, h.hall); });
        EXPECT_TRUE(verdict.intact) << h.hall << ": " << verdict.problem;
        EXPECT_EQ(verdict.entries, count(db, "SELECT COUNT(*) FROM audit_log")) << h.hall;
        EXPECT_EQ(verdict.lastHash,
                  db.read([](Poco::Data::Session& s) { return server::AuditLog::verify(s); }).lastHash);
        // The hall's day as the upstream counts it from what came up is the hall's own.
        const auto list = region.json()->getArray("halls");
        for (unsigned i = 0; i < list->size(); ++i)
            if (list->getObject(i)->getValue<std::string>("hall") == h.hall) {
                EXPECT_EQ(list->getObject(i)->getValue<std::int64_t>("tickets_issued"),
                          count(db, "SELECT COUNT(*) FROM tickets"));
                EXPECT_EQ(list->getObject(i)->getValue<std::int64_t>("served"),
                          count(db, "SELECT COUNT(*) FROM tickets WHERE status = 'done'"));
            }
    }
    // The region's day is the sum of its halls' days.
    const auto list = region.json()->getArray("halls");
    ASSERT_EQ(list->size(), 2u);
    for (const char* key : {"tickets_issued", "served"}) {
        std::int64_t total = 0;
        for (unsigned i = 0; i < list->size(); ++i)
            total += list->getObject(i)->getValue<std::int64_t>(key);
        EXPECT_EQ(region.json()->getObject("totals")->getValue<std::int64_t>(key), total) << key;
        EXPECT_EQ(total, 2 * kRounds * kCitizens) << key;
    }
}
