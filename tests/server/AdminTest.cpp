#include "TestServer.h"

#include "domain/Roles.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include "AuthStore.h"
#include "PermitKeyStore.h"
#include "RegionStore.h"
#include "StoreError.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <gtest/gtest.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

namespace {

struct CommandResult {
    int exitCode;
    std::string output;
};

class AdminTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device rd;
        dir = std::filesystem::temp_directory_path() / ("onewindow-admin-" + std::to_string(rd()));
        std::filesystem::create_directories(dir);
        db = "sqlite:" + (dir / "server.db").string();
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    CommandResult run(const std::string& args, const std::string& stdinText = {},
                      const std::string& exe = ONEWINDOW_SERVER_EXE) {
        const std::string command = "printf '%s' '" + stdinText + "' | " + exe + " " + args + " 2>&1";
        FILE* pipe = popen(command.c_str(), "r");
        std::string out;
        std::array<char, 512> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe))
            out += buffer.data();
        const int status = pclose(pipe);
        return {WEXITSTATUS(status), out};
    }
    std::filesystem::path dir;
    std::string db;
};

} // namespace

TEST_F(AdminTest, SetsUpAHallStepByStepAndIsIdempotent) {
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(run("admin init --db " + db).exitCode, 0);
        EXPECT_EQ(run("admin add-hall --db " + db + " --id demo --name 青白江 --timezone Asia/Shanghai").exitCode, 0);
        EXPECT_EQ(run("admin add-category --db " + db + " --hall demo --prefix A --name 综合业务").exitCode, 0);
        EXPECT_EQ(run("admin add-category --db " + db + " --hall demo --prefix B --name 企业开办").exitCode, 0);
        EXPECT_EQ(run("admin add-counter --db " + db + " --hall demo --number 3 --categories A,B").exitCode, 0);
        auto staff =
            run("admin add-staff --db " + db + " --hall demo --user clerk3 --role clerk --name 张三 --password-stdin",
                "s3cret-pass\n");
        EXPECT_EQ(staff.exitCode, 0) << staff.output;
    }
    auto code1 = run("admin enroll-code --db " + db + " --hall demo --kind counter --counter 3");
    auto code2 = run("admin enroll-code --db " + db + " --hall demo --kind kiosk");
    EXPECT_EQ(code1.exitCode, 0);
    EXPECT_EQ(code1.output.size(), 15u) << code1.output; // XXXX-XXXX-XXXX\n
    EXPECT_NE(code1.output, code2.output);
}

TEST_F(AdminTest, SetsUpRegionsTheirHallsAndSupervisors) {
    EXPECT_EQ(run("admin add-hall --db " + db + " --id qbj --name 青白江区政务服务中心").exitCode, 0);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(run("admin add-region --db " + db + " --id sc --name 四川省").exitCode, 0);
        auto city = run("admin add-region --db " + db + " --id cd --name 成都市 --parent sc");
        EXPECT_EQ(city.exitCode, 0) << city.output;
        EXPECT_EQ(city.output, "region cd saved in sc\n");
        // On an existing hall, --region alone puts it into the region; its name stays.
        auto hall = run("admin add-hall --db " + db + " --id qbj --region cd");
        EXPECT_EQ(hall.exitCode, 0) << hall.output;
        auto staff = run("admin add-staff --db " + db +
                             " --region cd --user cdsup --role supervisor --name 成都督查"
                             " --password-stdin",
                         "s3cret-pass\n");
        EXPECT_EQ(staff.exitCode, 0) << staff.output;
    }
    auto code = run("admin enroll-code --db " + db + " --region cd --kind supervisor");
    EXPECT_EQ(code.exitCode, 0) << code.output;
    EXPECT_EQ(code.output.size(), 15u) << code.output;
    // Refused in words: a loop, an unknown parent, a region's kiosk or clerk, a hall and a region at once.
    for (const auto& [args, says] : std::vector<std::pair<std::string, std::string>>{
             {"add-region --id sc --name 四川省 --parent cd", "cannot lie inside"},
             {"add-region --id x --name x --parent nowhere", "no region \"nowhere\""},
             {"add-hall --id nowhere --region cd", "no hall \"nowhere\""},
             {"enroll-code --region cd --kind kiosk", "supervisors' PCs only"},
             {"enroll-code --region cd --hall qbj --kind supervisor", "--region ID"},
             {"add-staff --region cd --user x --role clerk --password-stdin", "a supervisor's"}}) {
        auto res = run("admin " + args + " --db " + db, "s3cret-pass\n");
        EXPECT_NE(res.exitCode, 0) << args;
        EXPECT_NE(res.output.find(says), std::string::npos) << args << ": " << res.output;
    }
    ow::server::Database opened(db);
    EXPECT_TRUE(ow::server::RegionStore(opened).holds("sc", "qbj"));
}

TEST_F(AdminTest, BadInputExitsNonZeroWithAMessage) {
    run("admin init --db " + db);
    auto noHall = run("admin add-category --db " + db + " --hall nowhere --prefix A --name x");
    EXPECT_EQ(noHall.exitCode, 1);
    EXPECT_NE(noHall.output.find("no hall"), std::string::npos) << noHall.output;
    auto badZone = run("admin add-hall --db " + db + " --id x --name y --timezone Mars/Base");
    EXPECT_EQ(badZone.exitCode, 1);
    EXPECT_NE(badZone.output.find("time zone"), std::string::npos);
    EXPECT_EQ(run("admin add-hall --db " + db + " --id x").exitCode, 2);
    EXPECT_EQ(run("admin frobnicate --db " + db).exitCode, 2);
    EXPECT_EQ(run("admin init").exitCode, 2);
    EXPECT_EQ(run("admin init --db mysql://x").exitCode, 2);
    run("admin add-hall --db " + db + " --id x --name y");
    run("admin add-category --db " + db + " --hall x --prefix A --name y");
    EXPECT_EQ(run("admin add-category --db " + db + " --hall x --prefix a1 --name y").exitCode, 1);
    EXPECT_EQ(run("admin add-counter --db " + db + " --hall x --number 1 --categories Z").exitCode, 1);
    EXPECT_EQ(run("admin add-counter --db " + db + " --hall x --number one --categories A").exitCode, 2);
    EXPECT_EQ(
        run("admin add-staff --db " + db + " --hall x --user u --role king --password-stdin", "pw12345678\n").exitCode,
        2);
    EXPECT_EQ(
        run("admin add-staff --db " + db + " --hall x --user u --role clerk --password-stdin", "short\n").exitCode, 1);
    EXPECT_EQ(run("admin enroll-code --db " + db + " --hall x --kind counter").exitCode, 1);
    EXPECT_EQ(run("admin enroll-code --db " + db + " --hall x --kind counter --counter 9").exitCode, 1);
}

TEST_F(AdminTest, DemoCreatesTheDemoHallAndOneCodePerDevice) {
    auto demo = run("admin demo --db " + db);
    ASSERT_EQ(demo.exitCode, 0) << demo.output;
    for (const char* line : {"counter 1 ", "counter 6 ", "pad 6 ", "kiosk ", "display ", "station ", "supervisor "})
        EXPECT_NE(demo.output.find(line), std::string::npos) << line;
    EXPECT_EQ(run("admin demo --db " + db).exitCode, 0); // again: idempotent
}

// As systemd runs it: settings from the file; SIGHUP does not stop it; on SIGTERM a request under way (its body half
// sent) is still answered, no new connection is taken, and the process ends, exit 0, within 10 s.
TEST_F(AdminTest, ServeTakesItsSettingsFromAConfigFileAndOnSigtermAnswersWhatIsUnderWayAndStops) {
    const auto demo = run("admin demo --db " + db);
    ASSERT_EQ(demo.exitCode, 0);
    const auto codeAt = demo.output.find("kiosk ");
    ASSERT_NE(codeAt, std::string::npos);
    const std::string code = demo.output.substr(codeAt + 6, demo.output.find('\n', codeAt) - codeAt - 6);
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    const auto port = static_cast<std::uint16_t>(probe.address().port());
    probe.close();
    const std::string config = (dir / "server.properties").string();
    std::ofstream(config) << "db = " << db << "\nlisten = 127.0.0.1:" << port << "\n";
    const std::string exe = ONEWINDOW_SERVER_EXE;
    const char* argv[] = {exe.c_str(), "serve", "--config", config.c_str(), nullptr};
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, exe.c_str(), nullptr, nullptr, const_cast<char* const*>(argv), environ), 0);
    const auto healthy = [&] {
        try {
            return ow::testing::HttpClient(port).get("/healthz").status == 200;
        } catch (const std::exception&) {
            return false;
        }
    };
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        up = healthy();
    }
    ASSERT_TRUE(up);
    kill(pid, SIGHUP);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_TRUE(healthy()) << "SIGHUP stopped the server";

    // An enrollment whose body is half sent when SIGTERM comes.
    const std::string body = R"({"code":")" + code + R"(","name":"取号机"})";
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    const std::string head = "POST /api/v1/devices/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                             "Content-Length: " +
                             std::to_string(body.size()) + "\r\n\r\n";
    const std::string first = head + body.substr(0, 10);
    socket.sendBytes(first.data(), static_cast<int>(first.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const auto stopAsked = std::chrono::steady_clock::now();
    kill(pid, SIGTERM);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_FALSE(healthy()) << "a new connection was taken after SIGTERM";
    const std::string rest = body.substr(10);
    socket.sendBytes(rest.data(), static_cast<int>(rest.size()));
    std::string answer;
    char buffer[4096];
    socket.setReceiveTimeout(Poco::Timespan(10, 0));
    for (int n = 0; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;)
        answer.append(buffer, static_cast<std::size_t>(n));
    EXPECT_EQ(answer.rfind("HTTP/1.1 201", 0), 0u) << answer;
    EXPECT_NE(answer.find("device_token"), std::string::npos);
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_LT(std::chrono::steady_clock::now() - stopAsked, std::chrono::seconds(10));
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST_F(AdminTest, ImportCatalogReportsEveryProblemWithItsPath) {
    ASSERT_EQ(run("admin init --db " + db).exitCode, 0);
    const std::string ok = run("admin import-catalog " + std::string(ONEWINDOW_DEMO_CATALOG) + " --db " + db).output;
    EXPECT_NE(ok.find("catalog version 3 is current"), std::string::npos) << ok;
    const std::string bad = (dir / "bad.json").string();
    std::ofstream(bad) << R"({"version": 2, "calendar": {"years": []},
        "items": [{"code": "X", "name": "", "department": "d", "kind": "service",
                   "legal_limit": {"days": 1, "unit": "working"}, "promised_limit": {"days": 1, "unit": "hours"},
                   "category": "A", "materials": []}]})";
    auto refused = run("admin import-catalog " + bad + " --db " + db);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.output.find("2 problem(s)"), std::string::npos) << refused.output;
    EXPECT_NE(refused.output.find("$.items[0].name: must not be empty"), std::string::npos) << refused.output;
    EXPECT_NE(refused.output.find("$.items[0].promised_limit.unit:"), std::string::npos) << refused.output;
    EXPECT_EQ(run("admin import-catalog /no/such/file.json --db " + db).exitCode, 2);
    // The demo catalog is still current.
    EXPECT_NE(
        run("admin import-catalog " + std::string(ONEWINDOW_DEMO_CATALOG) + " --db " + db).output.find("version 3"),
        std::string::npos);
}

TEST_F(AdminTest, StatsPrintWhatTheServerHolds) {
    ASSERT_EQ(run("admin init --db " + db).exitCode, 0);
    const auto json = run("admin stats --json --db " + db);
    ASSERT_EQ(json.exitCode, 0) << json.output;
    const auto stats = ow::parseObject(json.output);
    for (const char* key : {"cases", "blobs", "conflicts", "quarantined"})
        EXPECT_EQ(stats->getValue<int>(key), 0) << key;
    EXPECT_NE(run("admin stats --db " + db).output.find("cases 0"), std::string::npos);
}

TEST_F(AdminTest, KeygenMakesAPermitKeyAndNeverPrintsItsPrivateHalf) {
    const auto made = run("admin keygen --db " + db + " --issuer qbj-zwfw --kid qbj-2026");
    ASSERT_EQ(made.exitCode, 0) << made.output;
    EXPECT_NE(made.output.find("qbj-2026"), std::string::npos);
    EXPECT_EQ(made.output.find("PRIVATE"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(dir / "server.db.keys" / "qbj-2026.pem"));
    EXPECT_NE(run("admin keygen --db " + db + " --issuer qbj-zwfw --kid qbj-2026").exitCode, 0); // once per kid
    EXPECT_NE(run("admin keygen --db " + db).exitCode, 0);                                       // no issuer
    const auto demo = run("admin demo --db " + db);
    ASSERT_EQ(demo.exitCode, 0) << demo.output;
    EXPECT_NE(demo.output.find("permit key demo-"), std::string::npos);
    EXPECT_EQ(run("admin demo --db " + db).output.find("permit key"), std::string::npos); // one is enough
}

#ifdef ONEWINDOW_PRINT_EXE
TEST_F(AdminTest, SamplePermitPrintsAMarkedSheetWhoseCodeVerifiesWithTheHallsKey) {
    ASSERT_EQ(run("admin demo --db " + db).exitCode, 0);
    const std::string pdf = (dir / "sample.pdf").string();
    const auto print = [&](const std::string& args) { return run("sample-permit " + args, {}, ONEWINDOW_PRINT_EXE); };
    const auto made = print("--db " + db + " --hall demo -o " + pdf);
    ASSERT_EQ(made.exitCode, 0) << made.output;
    const std::string token = made.output.substr(0, made.output.find('\n'));
    ow::server::Database database(db);
    const auto check =
        ow::verifyPermit(token, ow::server::PermitKeyStore(database, database.keyDirectory()).publicKeys(),
                         ow::HallTime("Asia/Shanghai").businessDay(ow::nowUtcMs()));
    EXPECT_EQ(check.verdict, ow::PermitVerdict::Valid) << check.reason;
    EXPECT_EQ(check.claims.id, "DEMO-SAMPLE");
    // The sheet says what it is, in Chinese.
    FILE* pipe = popen(("pdftotext " + pdf + " - | tr -d ' '").c_str(), "r");
    std::string words;
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        words += buffer.data();
    pclose(pipe);
    EXPECT_NE(words.find("DEMO-SAMPLE"), std::string::npos) << words;
    EXPECT_NE(words.find("扫码核验"), std::string::npos) << words;
    EXPECT_EQ(print("--db " + db + " --hall nowhere -o " + pdf).exitCode, 1);
    EXPECT_EQ(print("--db " + db + " --hall demo -o /nonexistent/dir/x.pdf").exitCode, 1);
    EXPECT_EQ(print("--db " + db + " --hall demo").exitCode, 2); // no file named
    // The server itself prints nothing, and says which tool does.
    const auto moved = run("admin sample-permit --db " + db + " --hall demo -o " + pdf);
    EXPECT_NE(moved.exitCode, 0);
    EXPECT_NE(moved.output.find("onewindow-print"), std::string::npos) << moved.output;
}
#endif

// A stolen laptop and someone who left: both stop at once, from the command line, and stay on record.
TEST_F(AdminTest, RevokesADeviceAndDisablesAnAccount) {
    ASSERT_EQ(run("admin demo --db " + db).exitCode, 0);
    auto code = run("admin enroll-code --db " + db + " --hall demo --kind counter --counter 1").output;
    code.erase(code.find_last_not_of("\r\n") + 1);
    ow::server::Database database(db);
    const auto laptop = ow::server::AuthStore(database).enroll(code, "counter-1-pc", ow::nowUtcMs());
    {
        ow::server::AuthStore auth(database);
        const auto device = auth.authenticate(laptop.deviceToken, ow::nowUtcMs());
        ASSERT_TRUE(device);
        EXPECT_NO_THROW(auth.login(*device, "clerk1", "demo1234", ow::nowUtcMs()));
    }
    auto listed = run("admin devices --db " + db + " --hall demo");
    EXPECT_NE(listed.output.find(laptop.deviceId + "  counter  1  "), std::string::npos) << listed.output;

    EXPECT_EQ(run("admin disable-staff --db " + db + " --hall demo --user clerk1").exitCode, 0);
    {
        ow::server::AuthStore auth(database);
        const auto device = auth.authenticate(laptop.deviceToken, ow::nowUtcMs());
        ASSERT_TRUE(device);
        EXPECT_THROW(auth.login(*device, "clerk1", "demo1234", ow::nowUtcMs()), ow::server::StoreError);
    }
    auto again = run("admin disable-staff --db " + db + " --hall demo --user clerk1");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.output.find("no active account"), std::string::npos) << again.output;

    EXPECT_EQ(run("admin revoke-device --db " + db + " --hall demo --device " + laptop.deviceId).exitCode, 0);
    EXPECT_FALSE(ow::server::AuthStore(database).authenticate(laptop.deviceToken, ow::nowUtcMs()));
    EXPECT_EQ(run("admin revoke-device --db " + db + " --hall demo --device " + laptop.deviceId).exitCode, 1);
    EXPECT_EQ(run("admin revoke-device --db " + db + " --hall nowhere --device " + laptop.deviceId).exitCode, 1);
    listed = run("admin devices --db " + db + " --hall demo");
    EXPECT_NE(listed.output.find("  revoked "), std::string::npos) << listed.output;
}

// What the service runs with, every admin command takes: --config with the settings file, no other connection flag;
// the data directory holds blobs/ and keys/ (not files beside it).
TEST_F(AdminTest, EveryCommandTakesTheServicesSettingsFileAndNeedsNoOtherConnectionFlag) {
    const auto settings = dir / "server.properties";
    std::ofstream(settings) << "# as packaged\ndb = sqlite:" << (dir / "var" / "hall.db").string()
                            << "\ndata = " << (dir / "var").string() << "\nlisten = 127.0.0.1:0\n";
    std::filesystem::create_directories(dir / "var");
    const std::string config = " --config " + settings.string();
    const auto demo = run("admin demo" + config);
    ASSERT_EQ(demo.exitCode, 0) << demo.output;
    EXPECT_TRUE(std::filesystem::is_directory(dir / "var" / "keys"));
    for (const std::string& command : std::vector<std::string>{
             "init", "verify-audit", "stats --json", "devices --hall demo", "enroll-code --hall demo --kind kiosk",
             "keygen --issuer demo", "add-counter --hall demo --number 7 --categories A",
             "backup --into " + (dir / "backups").string()}) {
        const auto result = run("admin " + command + config);
        EXPECT_EQ(result.exitCode, 0) << command << ": " << result.output;
    }
    EXPECT_EQ(run("admin import-catalog " ONEWINDOW_DEMO_CATALOG + config).exitCode, 0);
    EXPECT_EQ(run("admin add-staff --hall demo --user clerk9 --role clerk --name 何 --password-stdin" + config,
                  "a long password\n")
                  .exitCode,
              0);
    // A flag wins over the file; a file that is not there is a clear error.
    const auto elsewhere = run("admin stats --db sqlite:" + (dir / "other.db").string() + config);
    EXPECT_EQ(elsewhere.exitCode, 0) << elsewhere.output;
    EXPECT_NE(elsewhere.output.find("rows halls 0"), std::string::npos) << elsewhere.output;
    const auto missing = run("admin stats --config " + (dir / "nowhere.properties").string());
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_NE(missing.output.find("nowhere.properties"), std::string::npos) << missing.output;
}
