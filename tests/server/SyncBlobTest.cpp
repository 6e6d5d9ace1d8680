// Attachments and the rest of the sync protocol on the server: content-addressed blobs uploaded whole or in
// resumable pieces and checked against their name, a case applied only with its attachments, the change log
// pulled by cursor, and what an operator sees with `admin stats`.
#include "TestServer.h"

#include "domain/BlobPack.h"
#include "domain/Case.h"
#include "domain/Json.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <gtest/gtest.h>

#include <chrono>

#include <filesystem>
#include <fstream>
#include <memory>

using namespace ow;
using namespace ow::testing;

namespace {

std::string sha256(const std::string& bytes) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(bytes);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string scan(std::size_t size, char seed) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(seed + static_cast<char>(i * 31 % 251));
    return bytes;
}

std::string caseWithScans(const std::string& id, int version, const std::vector<std::string>& scans) {
    Case c = acceptedCase(id);
    c.version = version;
    MaterialRecord m;
    m.materialId = "gszc";
    m.state = MaterialState::Submitted;
    m.attachments = scans;
    c.materials = {m};
    return toJsonText(caseToJson(c));
}

class SyncBlobTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        clerk = server.clerkAt("h1", 1);
        deviceId = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
    }
    HttpResult put(const std::string& name, const std::string& bytes, const std::string& range = {}) {
        std::vector<std::pair<std::string, std::string>> headers;
        if (!range.empty())
            headers.emplace_back("Content-Range", range);
        return http.request("PUT", "/api/v1/blobs/" + name, bytes, clerk, headers);
    }
    HttpResult postPack(const std::string& pack) {
        return http.request("POST", "/api/v1/blobs", pack, clerk,
                            {{"Content-Type", std::string(blobpack::kContentType)}});
    }
    HttpResult push(std::int64_t seq, const std::string& id, int base, const std::string& data) {
        return http.post("/api/v1/sync/push",
                         R"({"device_id":")" + deviceId + R"(","changes":[{"seq":)" + std::to_string(seq) +
                             R"(,"entity":"case","id":")" + id + R"(","base_version":)" + std::to_string(base) +
                             R"(,"op":")" + (base == 0 ? "create" : "update") + R"(","data":)" + data + "}]}",
                         clerk);
    }
    TestServer server;
    HttpClient http{server.port()};
    std::string clerk, deviceId;
};

} // namespace

TEST_F(SyncBlobTest, ABlobIsStoredOnceUnderItsHash) {
    const std::string bytes = scan(5000, 'a');
    const std::string name = sha256(bytes);
    auto res = put(name, bytes);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("complete"));
    EXPECT_EQ(res.json()->getValue<std::int64_t>("size"), 5000);
    EXPECT_EQ(put(name, bytes).status, 200); // again: nothing new
    EXPECT_EQ(server.context().sync.counts().blobs, 1);
    std::ifstream stored(server.context().blobs.pathOf(name), std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(stored), {}), bytes);
}

TEST_F(SyncBlobTest, AnInterruptedUploadGoesOnFromWhatArrived) {
    const std::string bytes = scan(3000, 'b');
    const std::string name = sha256(bytes);
    ASSERT_EQ(put(name, bytes.substr(0, 1000), "bytes 0-999/3000").status, 200);
    auto status = http.get("/api/v1/blobs/" + name + "/status", clerk);
    EXPECT_EQ(status.json()->getValue<std::int64_t>("received"), 1000);
    EXPECT_FALSE(status.json()->getValue<bool>("complete"));

    // The device lost its answer and starts over: told where to go on, nothing appended twice.
    auto again = put(name, bytes.substr(0, 1000), "bytes 0-999/3000");
    ASSERT_EQ(again.status, 409) << again.body;
    EXPECT_EQ(again.json()->getValue<std::int64_t>("received"), 1000);
    EXPECT_EQ(again.json()->getObject("error")->getValue<std::string>("code"), "wrong_offset");

    auto rest = put(name, bytes.substr(1000), "bytes 1000-2999/3000");
    ASSERT_EQ(rest.status, 200) << rest.body;
    EXPECT_TRUE(rest.json()->getValue<bool>("complete"));
    EXPECT_TRUE(server.context().blobs.has(name));
}

TEST_F(SyncBlobTest, ScansAreReadableByTheServerAndItsGroupOnly) {
    namespace fs = std::filesystem;
    const std::string whole = scan(2000, 'm'), pieces = scan(3000, 'n');
    ASSERT_EQ(put(sha256(whole), whole).status, 200);
    ASSERT_EQ(put(sha256(pieces), pieces.substr(0, 1000), "bytes 0-999/3000").status, 200);
    const auto& blobs = server.context().blobs;
    const auto mode = [](const fs::path& p) { return fs::status(p).permissions() & fs::perms::all; };
    EXPECT_EQ(mode(blobs.pathOf(sha256(whole))), ow::server::BlobStore::kFileMode);
    EXPECT_EQ(mode(blobs.directory() / "partial" / sha256(pieces)), ow::server::BlobStore::kFileMode);
    ASSERT_EQ(put(sha256(pieces), pieces.substr(1000), "bytes 1000-2999/3000").status, 200);
    EXPECT_EQ(mode(blobs.pathOf(sha256(pieces))), ow::server::BlobStore::kFileMode);
    EXPECT_EQ(mode(blobs.directory()), ow::server::BlobStore::kDirectoryMode);
    EXPECT_EQ(mode(blobs.directory() / "partial"), ow::server::BlobStore::kDirectoryMode);
}

TEST_F(SyncBlobTest, AnUploadAbandonedForADayIsDropped) {
    namespace fs = std::filesystem;
    const std::string bytes = scan(3000, 'p');
    const std::string name = sha256(bytes);
    ASSERT_EQ(put(name, bytes.substr(0, 1000), "bytes 0-999/3000").status, 200);
    const fs::path partial = server.context().blobs.directory() / "partial" / name;
    ASSERT_TRUE(fs::exists(partial));
    fs::last_write_time(partial, fs::file_time_type::clock::now() - std::chrono::hours(25));
    // A server starting over the same files (as after a restart) looks for them; a running one when an upload
    // begins, at most once an hour.
    ow::server::BlobStore restarted(server.database(), server.context().blobs.directory());
    EXPECT_FALSE(fs::exists(partial));
    EXPECT_EQ(restarted.status(name).received, 0);
    // An upload of today is kept.
    ASSERT_EQ(put(name, bytes.substr(0, 1000), "bytes 0-999/3000").status, 200);
    ow::server::BlobStore again(server.database(), server.context().blobs.directory());
    EXPECT_TRUE(fs::exists(partial));
}

TEST_F(SyncBlobTest, BytesThatDoNotMatchTheirNameAreDropped) {
    const std::string bytes = scan(2000, 'c');
    const std::string wrong = sha256("something else");
    auto res = put(wrong, bytes);
    EXPECT_EQ(res.status, 422) << res.body;
    EXPECT_EQ(res.errorCode(), "hash_mismatch");
    EXPECT_FALSE(server.context().blobs.has(wrong));
    EXPECT_EQ(http.get("/api/v1/blobs/" + wrong + "/status", clerk).json()->getValue<std::int64_t>("received"), 0);

    EXPECT_EQ(put("NOT-A-HASH", bytes).status, 400);
    EXPECT_EQ(put(sha256(bytes), bytes.substr(0, 10), "bytes 0-9/999999999999").status, 413);
    EXPECT_EQ(put(sha256(bytes), bytes.substr(0, 10), "bytes 0-19/2000").status, 400); // range ≠ body
    EXPECT_EQ(put(sha256(bytes), bytes.substr(0, 10), "bites 0-9/2000").status, 400);
    EXPECT_EQ(http.request("PUT", "/api/v1/blobs/" + sha256(bytes), bytes).status, 401);
    EXPECT_EQ(server.context().sync.counts().blobs, 0);
}

std::string packRecord(const std::string& name, const std::string& bytes) {
    return blobpack::recordHeader(name, static_cast<std::int64_t>(bytes.size())) + bytes;
}

TEST_F(SyncBlobTest, APackStoresEachAttachmentOnItsOwn) {
    const std::string a = scan(3000, 'p'), b = scan(70000, 'q'), c = scan(1, 'r'), bad = scan(500, 's');
    const std::string wrongName = sha256("not these bytes");
    auto res = postPack(packRecord(sha256(a), a) + packRecord(sha256(b), b) + packRecord(wrongName, bad) +
                        packRecord(sha256(c), c));
    ASSERT_EQ(res.status, 200) << res.body;
    const auto blobs = res.json()->getArray("blobs");
    ASSERT_EQ(blobs->size(), 4u);
    EXPECT_TRUE(blobs->getObject(0)->getValue<bool>("complete"));
    EXPECT_EQ(blobs->getObject(1)->getValue<std::int64_t>("size"), 70000);
    // The one whose bytes do not match its name is refused; the others around it are kept.
    EXPECT_FALSE(blobs->getObject(2)->getValue<bool>("complete"));
    EXPECT_EQ(blobs->getObject(2)->getObject("error")->getValue<std::string>("code"), "hash_mismatch");
    EXPECT_TRUE(blobs->getObject(3)->getValue<bool>("complete"));
    EXPECT_EQ(server.context().sync.counts().blobs, 3);
    EXPECT_FALSE(server.context().blobs.has(wrongName));
    std::ifstream stored(server.context().blobs.pathOf(sha256(b)), std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(stored), {}), b);

    // Sent again (an answer lost on the way): the same answer, nothing stored twice.
    auto again = postPack(packRecord(sha256(a), a) + packRecord(sha256(b), b));
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_TRUE(again.json()->getArray("blobs")->getObject(1)->getValue<bool>("complete"));
    EXPECT_EQ(server.context().sync.counts().blobs, 3);
}

TEST_F(SyncBlobTest, APackThatBreaksOffKeepsWhatArrivedWhole) {
    const std::string a = scan(4000, 't'), b = scan(4000, 'u');
    // The second record says 4000 bytes but the body ends after 100 of them.
    auto res = postPack(packRecord(sha256(a), a) + blobpack::recordHeader(sha256(b), 4000) + b.substr(0, 100));
    EXPECT_EQ(res.status, 400) << res.body;
    EXPECT_EQ(res.errorCode(), "invalid_pack");
    EXPECT_TRUE(server.context().blobs.has(sha256(a)));
    EXPECT_FALSE(server.context().blobs.has(sha256(b)));

    // Headers that are not "<sha256> <size>\n", and sizes over the limit, are refused with a reason.
    for (const std::string& body :
         {std::string("hello\n"), sha256(b) + " -5\n", sha256(b) + " 12x\n",
          "ABC " + std::to_string(b.size()) + "\n" + b, sha256(b) + " " + std::to_string(blobpack::kMaxBlob + 1) + "\n",
          std::string(200, 'a')}) {
        auto refused = postPack(body);
        EXPECT_EQ(refused.status, 400) << body.substr(0, 80);
        EXPECT_EQ(refused.errorCode(), "invalid_pack") << refused.body;
    }
    std::string tooMany;
    for (std::size_t i = 0; i <= blobpack::kMaxRecords; ++i)
        tooMany += packRecord(sha256(std::to_string(i)), std::to_string(i));
    auto refused = postPack(tooMany);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(server.context().sync.counts().blobs, 1 + static_cast<std::int64_t>(blobpack::kMaxRecords));

    EXPECT_EQ(http.request("POST", "/api/v1/blobs", packRecord(sha256(a), a), clerk).status, 415); // not a pack
    EXPECT_EQ(http.request("POST", "/api/v1/blobs", packRecord(sha256(a), a)).status, 401);
    // A pack announced larger than the limit is refused before it is read (and the connection closed).
    HttpClient other(server.port());
    EXPECT_EQ(other
                  .request("POST", "/api/v1/blobs", "x", clerk,
                           {{"Content-Type", std::string(blobpack::kContentType)},
                            {"Content-Length", std::to_string(blobpack::kMaxBody + 1)}})
                  .status,
              413);
    // An empty pack is a pack of nothing.
    auto empty = postPack("");
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_EQ(empty.json()->getArray("blobs")->size(), 0u);
}

TEST_F(SyncBlobTest, ACaseWaitsForItsAttachmentsAndIsThenAppliedOnce) {
    const std::string bytes = scan(4000, 'd');
    const std::string name = sha256(bytes);
    auto waiting = push(1, "case-1", 0, caseWithScans("case-1", 1, {name}));
    ASSERT_EQ(waiting.status, 200) << waiting.body;
    const auto result = waiting.json()->getArray("results")->getObject(0);
    EXPECT_EQ(result->getValue<std::string>("status"), "waiting");
    EXPECT_EQ(result->getArray("missing")->getElement<std::string>(0), name);
    EXPECT_EQ(waiting.json()->getArray("acks")->size(), 0u); // stays in the device's outbox
    EXPECT_EQ(server.context().sync.counts().cases, 0);

    ASSERT_EQ(put(name, bytes).status, 200);
    auto applied = push(1, "case-1", 0, caseWithScans("case-1", 1, {name}));
    EXPECT_EQ(applied.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied");
    EXPECT_EQ(applied.json()->getArray("acks")->size(), 1u);
    EXPECT_EQ(server.context().sync.counts().cases, 1);

    auto attachments = http.get("/api/v1/cases/case-1/attachments", clerk);
    ASSERT_EQ(attachments.status, 200) << attachments.body;
    EXPECT_EQ(attachments.json()->getArray("held")->size(), 1u);
    EXPECT_EQ(attachments.json()->getArray("missing")->size(), 0u);
    EXPECT_EQ(http.get("/api/v1/cases/nope/attachments", clerk).status, 404);
}

TEST_F(SyncBlobTest, ThePullWalksTheChangeLogByCursor) {
    for (int i = 1; i <= 3; ++i)
        ASSERT_EQ(push(i, "case-" + std::to_string(i), 0, caseWithScans("case-" + std::to_string(i), 1, {})).status,
                  200);
    // Another counter of the hall is sent them, page by page.
    const std::string other = server.clerkAt("h1", 2);
    auto first = http.get("/api/v1/sync/pull?cursor=0&limit=2", other);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json()->getArray("changes")->size(), 2u);
    EXPECT_TRUE(first.json()->getValue<bool>("more"));
    const auto cursor = first.json()->getValue<std::int64_t>("cursor");
    auto second = http.get("/api/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=2", other);
    ASSERT_EQ(second.json()->getArray("changes")->size(), 1u);
    EXPECT_FALSE(second.json()->getValue<bool>("more"));
    EXPECT_EQ(second.json()->getArray("changes")->getObject(0)->getValue<std::string>("id"), "case-3");
    EXPECT_EQ(second.json()->getArray("changes")->getObject(0)->getObject("data")->getValue<std::string>("id"),
              "case-3");
    const auto end = second.json()->getValue<std::int64_t>("cursor");

    // The device that made them is not sent its own changes back, but its cursor moves past them all the same.
    auto own = http.get("/api/v1/sync/pull?cursor=0&limit=2", clerk);
    ASSERT_EQ(own.status, 200) << own.body;
    EXPECT_EQ(own.json()->getArray("changes")->size(), 0u);
    EXPECT_TRUE(own.json()->getValue<bool>("more"));
    EXPECT_EQ(own.json()->getValue<std::int64_t>("cursor"), cursor);
    auto ownRest = http.get("/api/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=2", clerk);
    EXPECT_EQ(ownRest.json()->getArray("changes")->size(), 0u);
    EXPECT_FALSE(ownRest.json()->getValue<bool>("more"));
    EXPECT_EQ(ownRest.json()->getValue<std::int64_t>("cursor"), end);

    EXPECT_EQ(http.get("/api/v1/sync/pull?cursor=-1", clerk).status, 400);
    EXPECT_EQ(http.get("/api/v1/sync/pull?cursor=abc", clerk).status, 400);
    EXPECT_EQ(http.get("/api/v1/sync/pull?limit=0", clerk).status, 400);
    EXPECT_EQ(http.get("/api/v1/sync/pull").status, 401);
    // A device with nobody logged in is not given cases with whole ID and phone numbers.
    const auto deviceOnly = http.get("/api/v1/sync/pull?cursor=0", server.enroll("h1", DeviceKind::Supervisor));
    EXPECT_EQ(deviceOnly.status, 403);
    EXPECT_EQ(deviceOnly.errorCode(), "session_required");
    EXPECT_EQ(deviceOnly.body.find("\"changes\""), std::string::npos);
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    EXPECT_EQ(http.get("/api/v1/sync/pull", kiosk).status, 403);
}

TEST_F(SyncBlobTest, ABlobLeftCompleteByAKilledServerIsFinishedNotRefused) {
    // Killed after the last byte was appended, before the rename: the device goes on from 0 and is told it is done.
    const std::string bytes = scan(2500, 'e');
    const std::string name = sha256(bytes);
    const auto dir = server.context().blobs.directory();
    std::ofstream(dir / "partial" / name, std::ios::binary) << bytes;
    auto res = put(name, bytes.substr(0, 1000), "bytes 0-999/2500");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("complete"));
    EXPECT_TRUE(server.context().blobs.has(name));

    // Killed after the rename, before the blob was recorded: the file is checked and recorded.
    const std::string other = scan(1800, 'f');
    const std::string otherName = sha256(other);
    std::ofstream(server.context().blobs.pathOf(otherName), std::ios::binary) << other;
    auto again = put(otherName, other.substr(0, 100), "bytes 0-99/1800");
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_TRUE(again.json()->getValue<bool>("complete"));
    EXPECT_EQ(server.context().sync.counts().blobs, 2);
}

TEST_F(SyncBlobTest, AStoreFromBeforeTheDirectoriesWereSplitIsMovedIntoThem) {
    const std::string bytes = scan(1200, 'g');
    const std::string name = sha256(bytes);
    const auto dir = server.directory() / "older.blobs";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
    server::BlobStore store(server.database(), dir);
    EXPECT_EQ(store.pathOf(name), dir / name.substr(0, 2) / name);
    EXPECT_FALSE(std::filesystem::exists(dir / name));
    std::ifstream moved(store.pathOf(name), std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(moved), {}), bytes);
}

TEST_F(SyncBlobTest, EachDeviceAndEachHallSendsAtMostItsQuotaOfAttachmentsADay) {
    auto now = std::make_shared<std::int64_t>(nowUtcMs()); // the server's threads may read it after this test
    server.context().clock = [now] { return *now; };
    server.context().blobs.setQuota({100 << 10, 250 << 10}); // 100 KiB a device, 250 KiB the hall
    const std::string first = scan(60 << 10, 'u'), second = scan(60 << 10, 'v');
    ASSERT_EQ(put(sha256(first), first).status, 200);
    auto over = put(sha256(second), second);
    EXPECT_EQ(over.status, 429) << over.body;
    EXPECT_EQ(over.errorCode(), "quota_exceeded");
    EXPECT_FALSE(server.context().blobs.has(sha256(second)));
    EXPECT_EQ(put(sha256(first), first).status, 200); // a blob the server holds costs nothing again
    const std::string small = scan(30 << 10, 'w');
    EXPECT_EQ(postPack(packRecord(sha256(small), small)).status, 200);   // under the quota still
    EXPECT_EQ(postPack(packRecord(sha256(second), second)).status, 429); // a pack counts too

    // The hall's other devices (here its village stations) have quotas of their own; the hall's is shared by all.
    for (int station = 1; station <= 3; ++station) {
        const std::string other =
            server.staffAt("h1", "agent" + std::to_string(station), StaffRole::Agent, DeviceKind::Station);
        const std::string bytes = scan(60 << 10, static_cast<char>('0' + station));
        const auto res = http.request("PUT", "/api/v1/blobs/" + sha256(bytes), bytes, other);
        EXPECT_EQ(res.status, station < 3 ? 200 : 429) << station << " " << res.body; // 90 + 60 + 60 + 60 > 250
    }
    // A day later the hall sends again (the clerk logs in anew: yesterday's session has ended).
    *now += server::BlobStore::kQuotaWindowMs + 1;
    clerk = server.clerkAt("h1", 1);
    EXPECT_EQ(put(sha256(second), second).status, 200);
}
