// A hall server joins its upstream (issue 31): `onewindow-server admin join`, run as the administrator runs it, against
// a real upstream server — the hall, its people with their passwords, its queues and the catalog taken in; the hall's
// own signing key made and its public half kept upstream; every refusal in words.
#include "AuthStore.h"
#include "PermitKeyStore.h"
#include "Sql.h"
#include "StoreError.h"
#include "TestFiles.h"
#include "TestServer.h"

#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <Poco/Net/ServerSocket.h>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <random>

using namespace ow;
using namespace ow::testing;

namespace {

struct Joining {
    int exitCode = -1;
    std::string output;
};

class HallServerJoin : public ::testing::Test {
protected:
    void SetUp() override {
        upstream.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
        upstream.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        upstream.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        upstream.context().permitKeys.generate("h1", std::string("h1-2026"), nowUtcMs());
        upstream.clerkAt("h1", 1); // clerk-h1-1, with the test password
        upstream.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
        std::random_device rd;
        dir = std::filesystem::temp_directory_path() / ("onewindow-join-" + std::to_string(rd()));
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::string code(const std::string& hall, DeviceKind kind) {
        return upstream.context().auth.createEnrollmentCode(hall, kind, std::nullopt, nowUtcMs());
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(upstream.port()); }
    std::string db(const std::string& name) const { return "sqlite:" + (dir / name).string(); }
    Joining join(const std::string& database, const std::string& withCode, const std::string& more = "",
                 std::string upstreamUrl = {}) {
        const std::string command =
            std::string(ONEWINDOW_SERVER_EXE) + " admin join --db " + database + " --data " + (dir / "data").string() +
            " --upstream " + (upstreamUrl.empty() ? url() : upstreamUrl) + " --code " + withCode + " " + more + " 2>&1";
        FILE* pipe = popen(command.c_str(), "r");
        Joining run;
        std::array<char, 512> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe))
            run.output += buffer.data();
        run.exitCode = WEXITSTATUS(pclose(pipe));
        return run;
    }
    TestServer upstream;
    std::filesystem::path dir;
};

} // namespace

TEST_F(HallServerJoin, TakesTheHallItsPeopleAndCatalogAndSendsItsKeyUp) {
    const Joining run = join(db("hall.db"), code("h1", DeviceKind::Hall));
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("as the server of hall h1: 2 queues, 2 counters, 2 staff"), std::string::npos)
        << run.output;

    server::Database hall(db("hall.db"), (dir / "data").string());
    for (const std::string sql :
         {"SELECT id, name, timezone, recall_limit FROM halls WHERE id = 'h1'",
          "SELECT prefix, name, closed FROM categories WHERE hall = 'h1' ORDER BY prefix",
          "SELECT number, name FROM counters WHERE hall = 'h1' ORDER BY number",
          "SELECT counter, category FROM counter_categories WHERE hall = 'h1' ORDER BY counter, category",
          "SELECT user_name, role, name, password_hash, must_change_password FROM staff WHERE hall = 'h1'"
          " ORDER BY user_name",
          "SELECT version, body FROM catalogs ORDER BY version DESC LIMIT 1"})
        EXPECT_EQ(tableRows(hall, sql), tableRows(upstream.database(), sql)) << sql;
    EXPECT_TRUE(tableRows(hall, "SELECT id FROM halls WHERE id = 'h2'").empty()) << "only its own hall";

    // The hall's own key signs at the hall; its public half is listed upstream, beside the upstream's key of h1.
    const auto line = tableRows(hall, "SELECT url, key_sent FROM upstream WHERE hall = 'h1'");
    ASSERT_EQ(line.size(), 1u);
    EXPECT_EQ(line[0][0], url());
    const std::string kid = line[0][1];
    server::PermitKeyStore hallKeys(hall, hall.keyDirectory());
    ASSERT_TRUE(hallKeys.signingKey("h1"));
    EXPECT_EQ(hallKeys.signingKey("h1")->kid, kid);
    EXPECT_TRUE(hallKeys.publicKeys().find("h1-2026")) << "the upstream's keys verify at the hall";
    HttpClient http(upstream.port());
    const auto keys = PermitKeyRing::fromJwks(http.get("/api/v1/keys").json());
    ASSERT_TRUE(keys.find(kid)) << "the hall's key verifies everywhere";
    EXPECT_EQ(keys.find(kid)->issuer, "h1");
    EXPECT_FALSE(upstream.context().permitKeys.signingKey("h1"))
        << "the upstream holds no private half of the hall's key: it signs for the hall no more";

    // The hall's people log in at the hall with the passwords they have.
    server::AuthStore auth(hall);
    const server::EnrolledDevice pc =
        auth.enroll(auth.createEnrollmentCode("h1", DeviceKind::Counter, 1, nowUtcMs()), "counter 1", nowUtcMs());
    server::Principal device;
    device.deviceId = pc.deviceId;
    device.hall = "h1";
    device.kind = DeviceKind::Counter;
    device.counter = 1;
    EXPECT_EQ(auth.login(device, "clerk-h1-1", TestServer::kPassword, nowUtcMs()).user, "clerk-h1-1");
    EXPECT_THROW(auth.login(device, "clerk-h1-1", "wrong password", nowUtcMs()), server::StoreError);
}

TEST_F(HallServerJoin, RefusesInWordsAndLeavesTheUpstreamAsItWas) {
    const std::string hallCode = code("h1", DeviceKind::Hall);
    ASSERT_EQ(join(db("hall.db"), hallCode).exitCode, 0);
    // The same code again; a kiosk's code; a database that is a hall server of h1 already; a line that fails.
    Joining run = join(db("again.db"), hallCode);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.output.find("already been used"), std::string::npos) << run.output;
    const std::string kioskCode = code("h1", DeviceKind::Kiosk);
    run = join(db("kiosk.db"), kioskCode);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.output.find("enrolls a kiosk device, not a hall"), std::string::npos) << run.output;
    // …and the kiosk's code is still good for the kiosk.
    EXPECT_EQ(HttpClient(upstream.port())
                  .post("/api/v1/devices/enroll", R"({"code":")" + kioskCode + R"(","name":"取号机"})")
                  .status,
              201);
    run = join(db("hall.db"), code("h1", DeviceKind::Hall));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.output.find("in this database already"), std::string::npos) << run.output;
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    const std::string dead = "http://127.0.0.1:" + std::to_string(probe.address().port());
    probe.close();
    run = join(db("dead.db"), code("h1", DeviceKind::Hall), "", dead);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.output.find("cannot be reached"), std::string::npos) << run.output;
    run = join(db("both.db"), code("h1", DeviceKind::Hall), "--upstream-ca /etc/ssl/x.pem --upstream-pin AB");
    EXPECT_EQ(run.exitCode, 2) << run.output;

    // The key's public half: of its own hall only, once, and never another key under a kid taken.
    const std::string token = upstream.enroll("h1", DeviceKind::Hall);
    HttpClient http(upstream.port());
    auto keyBody = [](const PermitKey& key) {
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("jwk", key.publicJwk());
        return toJsonText(body);
    };
    const PermitKey mine = PermitKey::generate("h1", "h1-hall-1");
    EXPECT_EQ(http.post("/api/v1/halls/h1/permit-keys", keyBody(mine), token).status, 200);
    EXPECT_EQ(http.post("/api/v1/halls/h1/permit-keys", keyBody(mine), token).status, 200) << "sent again: taken once";
    auto res = http.post("/api/v1/halls/h1/permit-keys", keyBody(PermitKey::generate("h1", "h1-hall-1")), token);
    EXPECT_EQ(res.status, 409) << res.body;
    EXPECT_EQ(res.errorCode(), "kid_taken");
    res = http.post("/api/v1/halls/h1/permit-keys", keyBody(PermitKey::generate("h2", "h2-x")), token);
    EXPECT_EQ(res.status, 400) << res.body;
    EXPECT_EQ(res.errorCode(), "invalid_key");
    EXPECT_EQ(http.post("/api/v1/halls/h2/permit-keys", keyBody(PermitKey::generate("h2", "h2-y")), token).status, 403);
    EXPECT_EQ(http.get("/api/v1/halls/h2/setup", token).status, 403) << "another hall's setup";
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", token).errorCode(), "hall_server") << "nothing else of the hall";
}
