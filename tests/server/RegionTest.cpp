// Regions (区域): a county inside a city inside a province, halls in them, and a region's supervisor at the region's
// PC reading every hall of the region side by side with their sum — and nothing else of a hall.
#include "RegionStore.h"
#include "StoreError.h"
#include "TestServer.h"

#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// 2026-11-26 00:00 in Shanghai.
constexpr std::int64_t kDayStart = 1795651200000 - 8 * 3600 * 1000;
constexpr std::int64_t kMinute = 60 * 1000;
constexpr const char* kDate = "2026-11-26";

class RegionTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.context().clock = [this] { return now; };
        for (const char* hall : {"h1", "h2", "h3"}) {
            server.addHall(hall, {{"A", "综合业务"}}, 1, {"A"});
            kiosks[hall] = server.enroll(hall, DeviceKind::Kiosk);
            clerks[hall] = server.clerkAt(hall, 1);
        }
        // 四川省 › 成都市 › 青白江区 (h1); h2 straight in 成都市; h3 in another province's region.
        server.addRegion("sc", "四川省", {});
        server.addRegion("cd", "成都市", {"h2"}, std::string("sc"));
        server.addRegion("qbj", "青白江区", {"h1"}, std::string("cd"));
        server.addRegion("other", "其他", {"h3"});
        city = server.regionSupervisorAt("cd", "cdsup");
        county = server.regionSupervisorAt("qbj", "qbjsup");
        h1Boss = server.supervisorAt("h1", "boss1");
    }

    // A number taken at `issued` minutes after 08:00 and, with a wait, called that many minutes later and finished
    // five minutes after.
    void visit(const std::string& hall, int issued, std::optional<int> wait) {
        now = kDayStart + (8 * 60 + issued) * kMinute;
        auto res = http.post("/api/v1/halls/" + hall + "/tickets", R"({"category":"A"})", kiosks[hall]);
        ASSERT_EQ(res.status, 201) << res.body;
        if (!wait)
            return;
        now += *wait * kMinute;
        res = http.post("/api/v1/counters/1/call-next", "", clerks[hall]);
        ASSERT_EQ(res.status, 200) << res.body;
        const std::string id = res.json()->getObject("ticket")->getValue<std::string>("id");
        now += 5 * kMinute;
        ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerks[hall]).status, 200);
    }
    Poco::JSON::Object::Ptr regionDay(const std::string& region, const std::string& token) {
        const auto res = http.get("/api/v1/regions/" + region + "/stats/daily?date=" + kDate, token);
        EXPECT_EQ(res.status, 200) << res.body;
        return res.status == 200 ? res.json() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    }

    std::int64_t now = kDayStart + 8 * 60 * kMinute;
    TestServer server;
    HttpClient http{server.port()};
    std::map<std::string, std::string> kiosks, clerks;
    std::string city, county, h1Boss;
};

} // namespace

TEST_F(RegionTest, ACitysSupervisorSeesEachHallOfItsCountiesAndTheirSum) {
    visit("h1", 0, 5);
    visit("h1", 1, 10);
    visit("h1", 2, std::nullopt);
    visit("h2", 0, 20);
    visit("h2", 30, std::nullopt);
    visit("h3", 0, 1); // another region's: in no sum here

    const auto day = regionDay("cd", city);
    EXPECT_EQ(day->getValue<std::string>("region"), "cd");
    EXPECT_EQ(day->getValue<std::string>("name"), "成都市");
    EXPECT_EQ(day->getValue<std::string>("date"), kDate);
    const auto halls = day->getArray("halls");
    ASSERT_EQ(halls->size(), 2u) << toJsonText(day);
    // Each hall's line is its own day's totals, as its own supervisor reads them.
    for (unsigned i = 0; i < halls->size(); ++i) {
        const auto line = halls->getObject(i);
        const std::string hall = line->getValue<std::string>("hall");
        EXPECT_TRUE(line->isNull("relayed_until")) << "served by this server itself";
        const auto own = http.get("/api/v1/stats/daily?hall=" + hall + "&date=" + kDate, city);
        ASSERT_EQ(own.status, 200) << "the drill-down into " << hall << ": " << own.body;
        const auto totals = own.json()->getObject("totals");
        for (const auto& [key, value] : *totals)
            EXPECT_EQ(line->get(key).toString(), value.toString()) << hall << " " << key;
    }
    EXPECT_EQ(halls->getObject(0)->getValue<std::string>("hall"), "h1");
    EXPECT_EQ(halls->getObject(0)->getValue<std::string>("name"), "大厅 h1");
    EXPECT_EQ(halls->getObject(0)->getValue<int>("tickets_issued"), 3);
    EXPECT_EQ(halls->getObject(1)->getValue<int>("served"), 1);
    const auto totals = day->getObject("totals");
    EXPECT_EQ(totals->getValue<int>("tickets_issued"), 5);
    EXPECT_EQ(totals->getValue<int>("served"), 3);
    // The times of all three served numbers, not an average of the halls' figures: 5, 10 and 20 minutes.
    EXPECT_EQ(totals->getValue<int>("wait_p50_s"), 600);
    EXPECT_EQ(totals->getValue<int>("wait_max_s"), 1200);
    EXPECT_NEAR(totals->getValue<double>("wait_avg_s"), 700.0, 0.01);
    EXPECT_EQ(totals->getValue<int>("service_p50_s"), 300);

    // The county's supervisor sees its one hall; the province's day is not the city's to read.
    const auto countyDay = regionDay("qbj", county);
    ASSERT_EQ(countyDay->getArray("halls")->size(), 1u);
    EXPECT_EQ(countyDay->getObject("totals")->getValue<int>("tickets_issued"), 3);
    EXPECT_EQ(http.get("/api/v1/regions/sc/stats/daily", city).status, 403);
    EXPECT_EQ(http.get("/api/v1/regions/cd/stats/daily", county).status, 403);
    EXPECT_EQ(http.get("/api/v1/regions/other/stats/daily", city).status, 403);
    EXPECT_EQ(http.get("/api/v1/regions/qbj/stats/daily?date=" + std::string(kDate), city).status, 200)
        << "a region inside the city's";
}

TEST_F(RegionTest, ARegionsPcReadsItsHallsDaysAndNothingElseOfAHall) {
    visit("h1", 0, 5);
    // The drill-down: a hall of the region, named; the numbers and the warnings too.
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1", county).status, 200);
    EXPECT_EQ(http.get("/api/v1/stats/tickets?hall=h1&date=" + std::string(kDate), county)
                  .json()
                  ->getArray("tickets")
                  ->size(),
              1u);
    EXPECT_EQ(http.get("/api/v1/stats/warnings?hall=h1", county).status, 200);
    auto res = http.get("/api/v1/stats/daily", county);
    EXPECT_EQ(res.status, 400) << "a region's PC has no hall of its own: " << res.body;
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h2", county).status, 403) << "h2 is the city's, not the county's";
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h3", city).status, 403);

    // Nothing else of a hall: its queue, its cases, its staff, a number, its events — each refused in words.
    for (const std::string path : {"/api/v1/halls/h1/queue", "/api/v1/sync/pull", "/api/v1/halls/h1/staff",
                                   "/api/v1/halls/h1/rectifications", "/api/v1/me/cases", "/api/v1/catalog"}) {
        res = http.get(path, county);
        EXPECT_EQ(res.status, 403) << path << ": " << res.body;
        EXPECT_EQ(res.errorCode(), "region_device") << path;
    }
    res = http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", county);
    EXPECT_EQ(res.errorCode(), "region_device") << res.body;

    // A hall's supervisor reads no region, not even the one holding their hall.
    EXPECT_EQ(http.get("/api/v1/regions/qbj/stats/daily", h1Boss).status, 403);
    EXPECT_EQ(http.get("/api/v1/regions/qbj/stats/daily").status, 401);
    EXPECT_EQ(http.get("/api/v1/regions/cd/stats/daily?date=26-11-2026", city).status, 400);
}

TEST_F(RegionTest, LoginAtARegionsPcIsItsOwnSupervisorsOnly) {
    auto& auth = server.context().auth;
    const std::string code =
        auth.createEnrollmentCode(server::Home::ofRegion("qbj"), DeviceKind::Supervisor, std::nullopt, now);
    auto res = http.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"区督查"})");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("region"), "qbj");
    EXPECT_EQ(res.json()->getValue<std::string>("hall"), "");
    EXPECT_EQ(res.json()->getValue<std::string>("time_zone"), "Asia/Shanghai");
    const std::string pc = res.json()->getValue<std::string>("device_token");
    auto login = [&](const std::string& user) {
        return http.post("/api/v1/sessions",
                         R"({"user":")" + user + R"(","password":")" + TestServer::kPassword + "\"}", pc);
    };
    // The city's supervisor, a hall's supervisor and a clerk are all unknown here, as any other name.
    EXPECT_EQ(login("cdsup").status, 401);
    EXPECT_EQ(login("boss1").status, 401);
    EXPECT_EQ(login("clerk-h1-1").status, 401);
    res = login("qbjsup");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("region"), "qbj");
    // Nor does a region's supervisor log in at a hall's PC.
    EXPECT_EQ(http.post("/api/v1/sessions",
                        R"({"user":"qbjsup","password":")" + std::string(TestServer::kPassword) + "\"}",
                        server.enroll("h1", DeviceKind::Supervisor))
                  .status,
              401);

    // A region has supervisors, on supervisors' PCs, and nothing else; regions do not loop.
    EXPECT_THROW(auth.createEnrollmentCode(server::Home::ofRegion("qbj"), DeviceKind::Kiosk, std::nullopt, now),
                 server::StoreError);
    EXPECT_THROW(auth.addStaff(server::Home::ofRegion("qbj"), "x", StaffRole::Clerk, "x", TestServer::kPassword),
                 server::StoreError);
    server::RegionStore regions(server.database());
    EXPECT_THROW(regions.addRegion({"sc", "四川省", std::string("qbj"), "Asia/Shanghai"}), server::StoreError);
    EXPECT_THROW(regions.addRegion({"x", "x", std::string("nowhere"), "Asia/Shanghai"}), server::StoreError);
    EXPECT_THROW(regions.setHallRegion("h1", "nowhere"), server::StoreError);
    EXPECT_TRUE(regions.holds("sc", "h1"));
    EXPECT_FALSE(regions.holds("qbj", "h2"));
    // A hall moved to another region leaves the first one's day.
    regions.setHallRegion("h1", "other");
    EXPECT_EQ(regionDay("cd", city)->getArray("halls")->size(), 1u);
}

TEST_F(RegionTest, AHallServerIsSilentOnlyWhenItSaysNothingInTheHallsOpeningHours) {
    // h1 is open 09:00-17:00 on weekdays (2026-11-26 is a Thursday); h2 never set hours (always open).
    std::string week;
    for (int d = 1; d <= 5; ++d)
        week += std::string(d > 1 ? "," : "") + R"({"weekday":)" + std::to_string(d) +
                R"(,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"}})";
    const std::string admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    ASSERT_EQ(http.request("PUT", "/api/v1/halls/h1/hours", R"({"week":[)" + week + "]}", admin).status, 200);
    // Both servers last spoke at 18:00 the evening before, when the hall closed and its server was switched off.
    const std::int64_t lastWord = kDayStart - 6 * 60 * kMinute;
    server.database().write([&](Poco::Data::Session& s) {
        server::runSql(s,
                       "INSERT INTO hall_relays(hall, relayed_seq, relayed_at, backlog) VALUES('h1', 5, $1, 0),"
                       " ('h2', 7, $1, 4)",
                       {lastWord});
    });
    auto silence = [&](int minuteOfDay) {
        now = kDayStart + minuteOfDay * kMinute;
        std::map<std::string, std::optional<std::int64_t>> out;
        const auto halls = regionDay("cd", city)->getArray("halls");
        for (unsigned i = 0; i < halls->size(); ++i)
            out[halls->getObject(i)->getValue<std::string>("hall")] =
                optionalInt(halls->getObject(i), "silent_minutes");
        return out;
    };
    auto at0850 = silence(8 * 60 + 50); // before opening: not silent, whatever the hours since its last word
    EXPECT_FALSE(at0850["h1"]);
    EXPECT_EQ(at0850["h2"], 14 * 60 + 50) << "a hall without hours is always open";
    auto at0910 = silence(9 * 60 + 10); // ten minutes into the day: not yet a quarter of an hour
    EXPECT_FALSE(at0910["h1"]);
    auto at0920 = silence(9 * 60 + 20); // counted from the opening, not from last night
    EXPECT_EQ(at0920["h1"], 20);
    auto at1230 = silence(12 * 60 + 30); // the lunch break is in the hall's hours
    EXPECT_EQ(at1230["h1"], 3 * 60 + 30);
    auto at1800 = silence(18 * 60); // closed again
    EXPECT_FALSE(at1800["h1"]);

    // Another day's page says nothing of a silence now.
    now = kDayStart + (9 * 60 + 20) * kMinute;
    const auto other = http.get("/api/v1/regions/cd/stats/daily?date=2026-11-25", city);
    ASSERT_EQ(other.status, 200) << other.body;
    EXPECT_FALSE(other.json()->getArray("halls")->getObject(0)->has("silent_minutes"));
}
