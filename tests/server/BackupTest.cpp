// admin backup and admin restore as an administrator runs them (the real command), on the database the test server
// serves: a backup taken while counters call numbers and a station pushes cases with scans restores to exactly what
// its manifest says; one taken at rest restores to what the original holds; a damaged backup, a target that holds
// anything and a backup newer than the server are refused with nothing written.
#include "AuditLog.h"
#include "Crypto.h"
#include "PermitKeyStore.h"
#include "Process.h"
#include "TestServer.h"

#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

using namespace ow;
using namespace ow::testing;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// The manifest inside a backup file.
Poco::JSON::Object::Ptr manifestOf(const fs::path& backup) {
    std::ifstream in(backup, std::ios::binary);
    const Poco::Zip::ZipArchive archive(in);
    const auto header = archive.findHeader("manifest.json");
    if (header == archive.headerEnd())
        throw std::runtime_error("no manifest in " + backup.string());
    Poco::Zip::ZipInputStream text(in, header->second);
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

// A database and files directory to restore into: a new SQLite file, or a new PostgreSQL database (the backup's
// schema name, as on another server) dropped afterwards.
class RestoreTarget {
public:
    explicit RestoreTarget(const TestServer& source) {
        std::random_device rd;
        m_dir = source.directory() / ("restored-" + std::to_string(rd()));
        if (!source.onPostgres()) {
            m_url = "sqlite:" + (m_dir / "hall.db").string();
            fs::create_directories(m_dir);
            return;
        }
        const std::string base = std::getenv("ONEWINDOW_TEST_DB");
        m_database = "r" + std::to_string(rd());
        server::Database::execute(base, "CREATE DATABASE " + m_database);
        const std::string sourceUrl = source.databaseUrl();
        m_url = base.substr(0, base.rfind('/') + 1) + m_database + sourceUrl.substr(sourceUrl.find('?'));
    }
    ~RestoreTarget() {
        if (!m_database.empty())
            server::Database::execute(std::getenv("ONEWINDOW_TEST_DB"),
                                      "DROP DATABASE " + m_database + " WITH (FORCE)");
    }
    const std::string& url() const { return m_url; }
    std::string data() const { return (m_dir / "data").string(); }

private:
    fs::path m_dir;
    std::string m_url, m_database;
};

class BackupTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 3, {"A"});
        server.context().auth.addStaff("h1", "agent1", StaffRole::Agent, "赵代办", TestServer::kPassword);
        server.context().permitKeys.generate("h1", std::nullopt, nowUtcMs());
    }
    ProcessResult admin(std::vector<std::string> args, const std::string& url, const std::string& data) {
        args.insert(args.begin(), {ONEWINDOW_SERVER_EXE, "admin"});
        args.insert(args.end(), {"--db", url, "--data", data});
        return Process::run(args);
    }
    ProcessResult admin(const std::vector<std::string>& args) {
        return admin(args, server.databaseUrl(), server.dataPath());
    }
    std::string stats(const std::string& url, const std::string& data) {
        const auto result = admin({"stats", "--json"}, url, data);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.out;
    }
    // A station's agent pushes case `n` with two scans it uploads first.
    void pushCaseWithScans(HttpClient& http, const std::string& token, const std::string& deviceId, int n) {
        Case c = acceptedCase("backup-" + std::to_string(n));
        c.caseNo = CaseNumber{"H1", "20261127", "S001", n}.text(); // the hall's first station numbers its cases
        MaterialRecord m;
        m.materialId = "gszc";
        m.state = MaterialState::Submitted;
        for (int page = 0; page < 2; ++page) {
            std::string bytes(3000 + n * 7 + page, '\0');
            for (std::size_t i = 0; i < bytes.size(); ++i)
                bytes[i] = static_cast<char>((i * 131 + static_cast<std::size_t>(n) * 17 + page) % 251);
            const std::string name = server::sha256Hex(bytes);
            const auto put = http.request("PUT", "/api/v1/blobs/" + name, bytes, token);
            ASSERT_TRUE(put.status == 200 || put.status == 201) << put.body;
            m.attachments.push_back(name);
        }
        c.materials = {m};
        const auto pushed = pushCase(http, token, deviceId, n, c);
        ASSERT_EQ(pushed.status, 200) << pushed.body;
        ASSERT_NE(pushed.body.find("applied"), std::string::npos) << pushed.body;
    }
    std::string deviceOf(const std::string& token) {
        return server.context().auth.authenticate(token, nowUtcMs())->deviceId;
    }

    TestServer server;
};

TEST_F(BackupTest, ABackupTakenWhileCountersCallAndAStationPushesRestoresToWhatItsManifestSays) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const std::string agent = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
    const std::string agentDevice = deviceOf(agent);
    std::atomic<bool> stop{false};
    std::atomic<int> pushed{0}, issued{0};
    std::vector<std::thread> load;
    load.emplace_back([&] {
        HttpClient http(server.port());
        while (!stop)
            if (http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status == 201)
                ++issued;
    });
    for (int counter = 1; counter <= 2; ++counter)
        load.emplace_back([&, counter] {
            HttpClient http(server.port());
            serveCounter(http, counter, server.clerkAt("h1", counter), [&] { return stop.load(); });
        });
    load.emplace_back([&] {
        HttpClient http(server.port());
        for (int n = 1; !stop; ++n) {
            pushCaseWithScans(http, agent, agentDevice, n);
            ++pushed;
        }
    });
    while (pushed < 10 || issued < 20)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const fs::path during = server.directory() / "during.zip";
    const auto backup = admin({"backup", "--to", during.string()});
    const int pushedAtBackup = pushed;
    while (pushed < pushedAtBackup + 5) // the load goes on after the copy
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stop = true;
    for (auto& t : load)
        t.join();
    ASSERT_EQ(backup.exitCode, 0) << backup.err;

    const auto manifest = manifestOf(during);
    const auto rows = manifest->getObject("rows");
    EXPECT_GE(rows->getValue<int>("cases"), 10);
    EXPECT_GE(rows->getValue<int>("tickets"), 20);
    // Every case's two scans (uploaded before their case): at most the next case's scans without their case.
    EXPECT_GE(rows->getValue<int>("blobs"), 2 * rows->getValue<int>("cases"));
    EXPECT_LE(rows->getValue<int>("blobs"), 2 * rows->getValue<int>("cases") + 2);
    EXPECT_LT(rows->getValue<int>("cases"), pushed.load());
    EXPECT_EQ(fs::status(during).permissions() & fs::perms::others_all, fs::perms::none);

    RestoreTarget target(server);
    const auto restored = admin({"restore", "--from", during.string()}, target.url(), target.data());
    ASSERT_EQ(restored.exitCode, 0) << restored.err << restored.out;
    const auto restoredStats = Poco::JSON::Parser()
                                   .parse(stats(target.url(), target.data()))
                                   .extract<Poco::JSON::Object::Ptr>()
                                   ->getObject("rows");
    for (const auto& table : rows->getNames())
        EXPECT_EQ(restoredStats->getValue<std::int64_t>(table), rows->getValue<std::int64_t>(table)) << table;
    EXPECT_NE(admin({"verify-audit"}, target.url(), target.data()).out.find("intact"), std::string::npos);
    // Every attachment is there, under its own hash.
    int blobs = 0;
    for (const auto& file : fs::recursive_directory_iterator(fs::path(target.data()) / "blobs"))
        if (file.is_regular_file()) {
            EXPECT_EQ(server::sha256FileHex(file.path().string()), file.path().filename().string());
            ++blobs;
        }
    EXPECT_EQ(blobs, rows->getValue<int>("blobs"));
}

TEST_F(BackupTest, ABackupAtRestRestoresToWhatTheOriginalHoldsAndItsPermitKeysSign) {
    const std::string agent = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
    HttpClient http(server.port());
    for (int n = 1; n <= 3; ++n)
        pushCaseWithScans(http, agent, deviceOf(agent), n);
    const fs::path file = server.directory() / "rest.zip";
    ASSERT_EQ(admin({"backup", "--to", file.string()}).exitCode, 0);
    RestoreTarget target(server);
    const auto restored = admin({"restore", "--from", file.string()}, target.url(), target.data());
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_EQ(stats(target.url(), target.data()), stats(server.databaseUrl(), server.dataPath()));
    // The private keys came back with their owner-only mode, and the restored server signs with them.
    for (const auto& key : fs::directory_iterator(fs::path(target.data()) / "keys"))
        EXPECT_EQ(fs::status(key).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    server::Database database(target.url(), target.data());
    server::PermitKeyStore keys(database, database.keyDirectory());
    EXPECT_TRUE(keys.hasKey("h1"));
}

TEST_F(BackupTest, ADamagedBackupANonEmptyTargetAndANewerSchemaAreRefusedWithNothingWritten) {
    const std::string agent = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
    HttpClient http(server.port());
    pushCaseWithScans(http, agent, deviceOf(agent), 1);
    const fs::path file = server.directory() / "good.zip";
    ASSERT_EQ(admin({"backup", "--to", file.string()}).exitCode, 0);
    RestoreTarget target(server);

    // One byte of a scan changed (scans are stored as they are: the bytes are in the file as sent).
    std::string bytes = readFile(file);
    std::string scan(3007, '\0');
    for (std::size_t i = 0; i < scan.size(); ++i)
        scan[i] = static_cast<char>((i * 131 + 17) % 251);
    const auto at = bytes.find(scan.substr(0, 64));
    ASSERT_NE(at, std::string::npos);
    bytes[at + 10] ^= 0x01;
    const fs::path damaged = server.directory() / "damaged.zip";
    std::ofstream(damaged, std::ios::binary) << bytes;
    const auto refused = admin({"restore", "--from", damaged.string()}, target.url(), target.data());
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("damaged"), std::string::npos) << refused.err;
    EXPECT_FALSE(fs::exists(fs::path(target.data()) / "blobs"));
    EXPECT_FALSE(fs::exists(fs::path(target.data()) / "keys"));

    // The server's own database holds everything: refused, and it still holds what it held.
    const std::string before = stats(server.databaseUrl(), server.dataPath());
    const auto onTop = admin({"restore", "--from", file.string()});
    EXPECT_EQ(onTop.exitCode, 2);
    EXPECT_NE(onTop.err.find("empty"), std::string::npos) << onTop.err;
    EXPECT_EQ(stats(server.databaseUrl(), server.dataPath()), before);

    // A backup from a newer server.
    auto manifest = manifestOf(file);
    manifest->set("schema_version", 999);
    const fs::path newer = server.directory() / "newer.zip";
    {
        std::ofstream out(newer, std::ios::binary);
        Poco::Zip::Compress zip(out, true);
        std::stringstream text;
        manifest->stringify(text);
        zip.addFile(text, Poco::DateTime(), Poco::Path("manifest.json"));
        zip.close();
    }
    const auto tooNew = admin({"restore", "--from", newer.string()}, target.url(), target.data());
    EXPECT_EQ(tooNew.exitCode, 2);
    EXPECT_NE(tooNew.err.find("newer"), std::string::npos) << tooNew.err;

    // Not a backup at all.
    const fs::path notOne = server.directory() / "not.zip";
    std::ofstream(notOne) << "hello";
    EXPECT_NE(admin({"restore", "--from", notOne.string()}, target.url(), target.data()).exitCode, 0);

    // After all of that the target is still empty: the good backup goes in.
    const auto good = admin({"restore", "--from", file.string()}, target.url(), target.data());
    EXPECT_EQ(good.exitCode, 0) << good.err;
}

} // namespace
