// Fault injection for offline-first sync, with the real onewindow-cli (and, where the server is killed, the real
// onewindow-server) as separate processes: kill -9 the client at random points, kill the server mid-batch, a
// network that drops, delays and cuts connections, the same batch pushed by two processes at once, a poisoned
// record. Afterwards the server must hold every case exactly once and every attachment with the right hash.
#include "FlakyProxy.h"
#include "Process.h"
#include "TestServer.h"

#include "domain/Json.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/DigestEngine.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/SHA2Engine.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace ow;
using namespace ow::testing;
namespace fs = std::filesystem;

namespace {

std::string fileSha256(const fs::path& file) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    engine.update(bytes);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

// A village agency station: a data directory driven through onewindow-cli.
class Station {
public:
    Station(fs::path dir, std::string serverUrl)
        : m_dir(std::move(dir))
        , m_url(std::move(serverUrl)) {
        fs::create_directories(m_dir);
    }

    ProcessResult cli(std::vector<std::string> args, const std::string& input = {},
                      std::chrono::milliseconds limit = std::chrono::minutes(3)) const {
        args.insert(args.begin(), {ONEWINDOW_CLI_EXE, "--data-dir", (m_dir / "device").string()});
        return Process::run(args, input, limit);
    }
    std::vector<std::string> command(std::vector<std::string> args) const {
        args.insert(args.begin(), {ONEWINDOW_CLI_EXE, "--data-dir", (m_dir / "device").string()});
        return args;
    }

    void enrollAndLogin(TestServer& server, const std::string& hall) {
        const std::string code =
            server.context().auth.createEnrollmentCode(hall, DeviceKind::Station, std::nullopt, nowUtcMs());
        auto enrolled = cli({"enroll", "--server", m_url, "--code", code});
        ASSERT_EQ(enrolled.exitCode, 0) << enrolled.err;
        auto login = cli({"login", "--user", "agent1", "--password-stdin"}, std::string(TestServer::kPassword) + "\n");
        ASSERT_EQ(login.exitCode, 0) << login.err;
    }

    // A case with `scans` attachments of `bytes` each; returns the case id.
    std::string addCase(int n, int scans, std::size_t bytes) {
        const fs::path json = m_dir / ("case-" + std::to_string(n) + ".json");
        std::ofstream(json)
            << R"({"items":["GA-JZZ"],"applicant":{"name":"村民)" << n
            << R"(","id_number":"11010519491231002X"},"materials":[{"id":"sqr-sfz","state":"submitted"}],)"
            << R"("state":"accepted","accepted_date":"2026-11-27","promised_date":"2026-12-04"})";
        auto added = cli({"case", "add", "--json", json.string()});
        EXPECT_EQ(added.exitCode, 0) << added.err;
        const std::string id = added.out.substr(0, added.out.find('\n'));
        std::mt19937 random(static_cast<unsigned>(n));
        for (int s = 0; s < scans; ++s) {
            const fs::path scan = m_dir / ("scan-" + std::to_string(n) + "-" + std::to_string(s) + ".jpg");
            std::string data(bytes, '\0');
            for (auto& c : data)
                c = static_cast<char>(random());
            std::ofstream(scan, std::ios::binary) << data;
            auto attached = cli({"attach", "--case", id, "--material", "sqr-sfz", scan.string()});
            EXPECT_EQ(attached.exitCode, 0) << attached.err;
        }
        return id;
    }

    Poco::JSON::Object::Ptr status() const {
        auto st = cli({"status", "--json"});
        return parseObject(st.out);
    }
    const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir;
    std::string m_url;
};

// Every stored blob checked against its name; returns how many there are.
int expectBlobFilesMatchTheirNames(const fs::path& blobDir) {
    int checked = 0;
    for (auto it = fs::recursive_directory_iterator(blobDir); it != fs::recursive_directory_iterator(); ++it) {
        const auto& entry = *it;
        if (entry.is_directory() && entry.path().filename() == "partial")
            it.disable_recursion_pending(); // uploads under way, not stored blobs
        if (!entry.is_regular_file())
            continue;
        EXPECT_EQ(fileSha256(entry.path()), entry.path().filename().string());
        ++checked;
    }
    return checked;
}

// What the server holds, checked like an auditor would: counts, and every stored blob against its name.
void expectExactlyOnce(server::Database& db, const fs::path& blobDir, std::int64_t cases, std::int64_t blobs) {
    server::SyncStore sync(db);
    const auto counts = sync.counts();
    EXPECT_EQ(counts.cases, cases);
    EXPECT_EQ(counts.blobs, blobs);
    EXPECT_EQ(counts.conflicts, 0);
    EXPECT_EQ(counts.quarantined, 0);
    EXPECT_EQ(expectBlobFilesMatchTheirNames(blobDir), blobs);
}

class SyncFault : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
        server.context().auth.addStaff("h1", "agent1", StaffRole::Agent, "赵代办", TestServer::kPassword);
    }
    fs::path blobDir() { return server.database().blobDirectory(); }
    TestServer server;
};

} // namespace

TEST_F(SyncFault, AClientKilledAtRandomPointsLosesNothingAndDoublesNothing) {
    Station station(server.directory() / "station", "http://127.0.0.1:" + std::to_string(server.port()));
    station.enrollAndLogin(server, "h1");
    int cases = 0;
    for (; cases < 4; ++cases)
        station.addCase(cases, 2, 300 * 1024);
    std::mt19937 random(20261127); // seeded: the points within each window can be replayed
    // The kill comes at a random point within a window that follows the machine's speed: wider when a run was
    // killed before it got anything to the server, narrower when a run finished before the kill.
    double window = 45;
    // 50 runs, or more (up to 150) until at least 5 were killed in the middle of the work: how many land there
    // depends on the machine's speed at the moment, and the test is about those.
    int killed = 0, killedMidWay = 0, runs = 0;
    for (; runs < 150 && (runs < 50 || killedMidWay < 5); ++runs) {
        for (int more = 0; more < 2; ++more) // new work keeps arriving while the device keeps dying
            station.addCase(cases++, 2, 400 * 1024);
        const auto before = server.context().sync.counts();
        Process sync(station.command({"sync", "--once"}));
        std::this_thread::sleep_for(std::chrono::microseconds(
            static_cast<int>(std::uniform_real_distribution<double>(0, window * 1000)(random))));
        sync.kill9();
        const bool wasKilled = sync.wait().exitCode == -1;
        const auto after = server.context().sync.counts();
        const bool progressed = after.cases + after.blobs > before.cases + before.blobs;
        killed += wasKilled;
        killedMidWay += wasKilled && progressed;
        window = !wasKilled ? std::max(10.0, window * 0.7) : progressed ? window : std::min(3000.0, window * 1.5);
    }
    std::printf("killed in %d of %d runs (%d after part of the work reached the server), %d cases, %d attachments\n",
                killed, runs, killedMidWay, cases, 2 * cases);
    EXPECT_GE(killed, runs / 2); // most runs really were cut off, not finished
    EXPECT_GE(killedMidWay, 5);  // and a good number of them in the middle of the work
    auto last = station.cli({"sync"});
    ASSERT_EQ(last.exitCode, 0) << last.err;
    const auto st = station.status();
    EXPECT_EQ(st->getValue<int>("pending"), 0);
    EXPECT_EQ(st->getValue<int>("pending_blobs"), 0);
    expectExactlyOnce(server.database(), blobDir(), cases, 2 * cases);
}

TEST_F(SyncFault, AFlakyNetworkDelaysButLosesAndDoublesNothing) {
    FlakyProxy proxy(server.port(), 42);
    Station station(server.directory() / "station", proxy.url());
    // Enrollment and login through a good line; the bad one is for the sync.
    Station direct(server.directory() / "station", "http://127.0.0.1:" + std::to_string(server.port()));
    direct.enrollAndLogin(server, "h1");
    for (int n = 0; n < 12; ++n)
        direct.addCase(n, 2, 200 * 1024);
    // The device was enrolled against the direct address; point it at the proxy.
    {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", (station.dir() / "device" / "device.db").string());
        s << "UPDATE registration SET server_url = ?", Poco::Data::Keywords::bind(proxy.url()),
            Poco::Data::Keywords::now;
    }
    auto synced = station.cli({"sync", "--backoff-ms", "20"}, {}, std::chrono::minutes(3));
    ASSERT_EQ(synced.exitCode, 0) << synced.err;
    EXPECT_GT(proxy.spoiled(), 0) << "the proxy never misbehaved";
    expectExactlyOnce(server.database(), blobDir(), 12, 24);
}

TEST_F(SyncFault, TheSameBatchFromTwoProcessesAtOnceIsAppliedOnce) {
    Station station(server.directory() / "station", "http://127.0.0.1:" + std::to_string(server.port()));
    station.enrollAndLogin(server, "h1");
    for (int n = 0; n < 15; ++n)
        station.addCase(n, 1, 50 * 1024);
    // A copy of the device: the same device id, the same outbox, the same sequence numbers.
    fs::create_directories(server.directory() / "twin" / "device");
    fs::copy(station.dir() / "device", server.directory() / "twin" / "device", fs::copy_options::recursive);
    Station twin(server.directory() / "twin", "http://127.0.0.1:" + std::to_string(server.port()));
    Process a(station.command({"sync", "--once"}));
    Process b(twin.command({"sync", "--once"}));
    EXPECT_EQ(a.wait().exitCode, 0);
    EXPECT_EQ(b.wait().exitCode, 0);
    expectExactlyOnce(server.database(), blobDir(), 15, 15);
}

TEST_F(SyncFault, APoisonedRecordIsQuarantinedAndTheRestGoesThrough) {
    Station station(server.directory() / "station", "http://127.0.0.1:" + std::to_string(server.port()));
    station.enrollAndLogin(server, "h1");
    station.addCase(1, 0, 0);
    {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", (station.dir() / "device" / "device.db").string());
        s << "INSERT INTO outbox(entity, entity_id, op, base_version, data, created_at)"
             " VALUES('case', 'poison', 'create', 0, '{\"id\": \"poison\", \"hall\": 7}', 0)",
            Poco::Data::Keywords::now;
    }
    station.addCase(2, 0, 0);
    auto synced = station.cli({"sync", "--once"});
    EXPECT_EQ(synced.exitCode, 0) << synced.err;
    const auto st = station.status();
    EXPECT_EQ(st->getValue<int>("pending"), 0);
    EXPECT_EQ(st->getValue<int>("quarantined"), 1); // visible on the device, with the server's reason
    const auto counts = server.context().sync.counts();
    EXPECT_EQ(counts.cases, 2);
    EXPECT_EQ(counts.quarantined, 1);
}

TEST_F(SyncFault, TheServerKilledMidBatchAndRestartedLosesAndDoublesNothing) {
    // Here the server is the real executable, so that it can die with kill -9.
    const fs::path dir = server.directory() / "real";
    fs::create_directories(dir);
    const std::string db = "sqlite:" + (dir / "server.db").string();
    // A port below the ephemeral range, so that no outgoing connection of another test takes it while this
    // server is down between a kill and its restart.
    std::uint16_t port = 0;
    std::mt19937 ports(std::random_device{}());
    for (int attempt = 0; attempt < 100 && port == 0; ++attempt) {
        const auto candidate = static_cast<std::uint16_t>(std::uniform_int_distribution<int>(20000, 30000)(ports));
        try {
            Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", candidate));
            port = candidate;
        } catch (...) {
        }
    }
    ASSERT_NE(port, 0);
    auto admin = [&](std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), {ONEWINDOW_SERVER_EXE, "admin"});
        args.insert(args.end(), {"--db", db});
        return Process::run(args, input);
    };
    ASSERT_EQ(admin({"add-hall", "--id", "h1", "--name", "代办站测试"}).exitCode, 0);
    ASSERT_EQ(admin({"add-staff", "--hall", "h1", "--user", "agent1", "--role", "agent", "--name", "赵代办",
                     "--password-stdin"},
                    std::string(TestServer::kPassword) + "\n")
                  .exitCode,
              0);
    const std::string code = admin({"enroll-code", "--hall", "h1", "--kind", "station"}).out;
    auto startServer = [&] {
        auto p = std::make_unique<Process>(std::vector<std::string>{ONEWINDOW_SERVER_EXE, "serve", "--db", db,
                                                                    "--listen", "127.0.0.1:" + std::to_string(port)});
        bool up = false;
        for (int i = 0; i < 500 && !up; ++i) {
            try {
                HttpClient probe(port);
                up = probe.get("/healthz").status == 200;
            } catch (...) {
            }
            if (!up)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        EXPECT_TRUE(up) << "the server did not come back on port " << port;
        return p;
    };
    auto live = startServer();
    Station station(dir / "station", "http://127.0.0.1:" + std::to_string(port));
    ASSERT_EQ(station
                  .cli({"enroll", "--server", "http://127.0.0.1:" + std::to_string(port), "--code",
                        code.substr(0, code.find('\n'))})
                  .exitCode,
              0);
    ASSERT_EQ(station.cli({"login", "--user", "agent1", "--password-stdin"}, std::string(TestServer::kPassword) + "\n")
                  .exitCode,
              0);
    for (int n = 0; n < 20; ++n)
        station.addCase(n, 2, 200 * 1024);

    Process sync(station.command({"sync", "--backoff-ms", "50"}));
    std::mt19937 random(7);
    for (int kill = 0; kill < 3; ++kill) {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(30, 200)(random)));
        live->kill9();
        live->wait();
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        live = startServer();
    }
    const auto result = sync.wait(std::chrono::minutes(2));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    live->kill9();
    live->wait();
    const auto stats = parseObject(admin({"stats", "--json"}).out);
    EXPECT_EQ(stats->getValue<int>("cases"), 20);
    EXPECT_EQ(stats->getValue<int>("blobs"), 40);
    EXPECT_EQ(stats->getValue<int>("conflicts"), 0);
    EXPECT_EQ(stats->getValue<int>("quarantined"), 0);
    EXPECT_EQ(expectBlobFilesMatchTheirNames(dir / "server.db.blobs"), 40);
}

TEST_F(SyncFault, TheCommandLineSaysWhatWentWrongByItsExitCode) {
    Station station(server.directory() / "station", "http://127.0.0.1:" + std::to_string(server.port()));
    EXPECT_EQ(station.cli({"frobnicate"}).exitCode, 5);               // not enrolled yet
    EXPECT_EQ(station.cli({"status", "--json"}).exitCode, 0);         // status works on an empty device
    EXPECT_EQ(Process::run({ONEWINDOW_CLI_EXE, "sync"}).exitCode, 2); // no --data-dir
    const std::string code =
        server.context().auth.createEnrollmentCode("h1", DeviceKind::Station, std::nullopt, nowUtcMs());
    ASSERT_EQ(station.cli({"enroll", "--server", "http://127.0.0.1:" + std::to_string(server.port()), "--code", code})
                  .exitCode,
              0);
    EXPECT_EQ(station.cli({"enroll", "--server", "http://127.0.0.1:" + std::to_string(server.port()), "--code", code})
                  .exitCode,
              1); // a used code is refused
    EXPECT_EQ(station.cli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(station.cli({"sync", "--once"}).exitCode, 5); // nobody logged in
    EXPECT_EQ(station.cli({"login", "--user", "agent1", "--password-stdin"}, "wrong\n").exitCode, 1);
    ASSERT_EQ(station.cli({"login", "--user", "agent1", "--password-stdin"}, std::string(TestServer::kPassword) + "\n")
                  .exitCode,
              0);
    const auto bad = station.dir() / "bad.json";
    std::ofstream(bad) << R"({"state": "no-such-state"})";
    auto invalid = station.cli({"case", "add", "--json", bad.string()});
    EXPECT_EQ(invalid.exitCode, 3);
    EXPECT_NE(invalid.err.find("not a valid case"), std::string::npos) << invalid.err;
    EXPECT_EQ(station.cli({"case", "add", "--json", (station.dir() / "missing.json").string()}).exitCode, 3);
    EXPECT_EQ(station.cli({"attach", "--case", "nope", bad.string()}).exitCode, 3);
    EXPECT_EQ(station.cli({"case", "add", "--json", std::string(ONEWINDOW_EXAMPLE_CASE)}).exitCode,
              0); // the example as it is
    {             // the network is gone: 4, and the case waits
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session s("SQLite", (station.dir() / "device" / "device.db").string());
        s << "UPDATE registration SET server_url = 'http://127.0.0.1:9'", Poco::Data::Keywords::now;
    }
    EXPECT_EQ(station.cli({"sync", "--once"}).exitCode, 4);
    EXPECT_EQ(station.status()->getValue<int>("pending"), 1);
}
