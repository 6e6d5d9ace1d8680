// 本厅信息 and 工号: what the hall's papers and screens say of it and of its people, set by its administrator through
// the API as the administrator's screen calls it, read by every device of the hall, carried by the queue's snapshot.
#include "TestServer.h"

#include "domain/HallProfile.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class HallProfileTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
    }
    HttpResult put(const std::string& body) { return http.request("PUT", "/api/v1/halls/h1/profile", body, admin); }
    QueueSnapshot snapshot() { return queueSnapshotFromJson(http.get("/api/v1/halls/h1/queue", kiosk).json()); }
    std::string lastAuditAction() {
        const auto res = http.get("/api/v1/halls/h1/audit?limit=1", admin);
        return res.json()->getArray("entries")->getObject(0)->getValue<std::string>("action");
    }

    TestServer server;
    HttpClient http{server.port()};
    std::string admin, kiosk;
};

} // namespace

// A bad field is named and changes nothing; a good profile is kept whole, audited, read by any device of the hall and
// carried by the snapshot (the board's notice, the papers' foot and 文号).
TEST_F(HallProfileTest, TheAdministratorSetsItEveryDeviceReadsItAndTheSnapshotCarriesIt) {
    auto res = http.get("/api/v1/halls/h1/profile", kiosk);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(hallProfileFromJson(res.json()), HallProfile{});
    EXPECT_EQ(http.get("/api/v1/halls/h2/profile", kiosk).status, 403); // another hall's

    const std::pair<const char*, const char*> refused[] = {
        {R"({"division": 999999})", "division"}, // no such division
        {R"({"division": 510100})", "division"}, // a city, not a county
        {R"({"phone": "call us"})", "phone"},    // not a telephone number
        {R"({"complaint_phone": "12345678901234567890123"})", "complaint_phone"},
        {R"({"doc_prefix": "青政服2026"})", "doc_prefix"}, // digits belong to the year and number
        {R"({"notice": "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"})",
         "notice"}, // 61 characters
        {"[1]", "malformed_json"},
    };
    for (const auto& [body, named] : refused) {
        res = put(body);
        EXPECT_EQ(res.status, 400) << body;
        EXPECT_NE(res.body.find(named), std::string::npos) << res.body;
    }
    EXPECT_EQ(snapshot().profile, HallProfile{});

    res = put(R"({"division": 510113, "phone": " 028-8398 2000 ", "complaint_phone": "12345",)"
              R"( "doc_prefix": "青政服", "notice": "请带齐材料、留意叫号"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("division_name"), "四川省成都市青白江区");
    EXPECT_EQ(lastAuditAction(), "hall.profile");
    const HallProfile expected{510113, "028-8398 2000", "12345", "青政服", "请带齐材料、留意叫号"};
    EXPECT_EQ(hallProfileFromJson(http.get("/api/v1/halls/h1/profile", kiosk).json()), expected);
    EXPECT_EQ(snapshot().profile, expected);
    // Set again whole: what is left out is cleared.
    ASSERT_EQ(put(R"({"division": 510113})").status, 200);
    EXPECT_EQ(snapshot().profile.notice, "");
}

// 工号 is the hall's numbering: one person's each. The screens above the counter and the pad show the clerk on duty by
// name and 工号, never by the account they logged in with.
TEST_F(HallProfileTest, AStaffNumberIsOnePersonsAndTheScreensShowItNotTheAccount) {
    auto res = http.post(
        "/api/v1/halls/h1/staff",
        R"({"user":"wangfang","name":"王芳","role":"clerk","password":"Given-2026x","staff_no":"0317"})", admin);
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("staff_no"), "0317");
    res =
        http.post("/api/v1/halls/h1/staff",
                  R"({"user":"lina","name":"李娜","role":"clerk","password":"Given-2026x","staff_no":"0317"})", admin);
    EXPECT_EQ(res.status, 409) << res.body;
    EXPECT_EQ(res.errorCode(), "staff_no_taken");
    EXPECT_EQ(http.post("/api/v1/halls/h1/staff",
                        R"({"user":"lina","name":"李娜","role":"clerk","password":"Given-2026x","staff_no":"03 17"})",
                        admin)
                  .status,
              400);
    res = http.request("PATCH", "/api/v1/staff/wangfang", R"({"staff_no":"0318"})", admin);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("staff_no"), "0318");

    // 王芳 logs in at counter 1 (choosing her own password first): the snapshot and the pad name her and her 工号.
    const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
    auto login = http.post("/api/v1/sessions", R"({"user":"wangfang","password":"Given-2026x"})", device);
    ASSERT_EQ(login.status, 201) << login.body;
    const std::string token = login.json()->getValue<std::string>("token");
    ASSERT_EQ(http.post("/api/v1/me/password", R"({"current":"Given-2026x","password":"Mine-2026-xy"})", token).status,
              204);
    login = http.post("/api/v1/sessions", R"({"user":"wangfang","password":"Mine-2026-xy"})", device);
    ASSERT_EQ(login.status, 201) << login.body;
    const QueueSnapshot snap = snapshot();
    ASSERT_TRUE(snap.counters.front().clerk.has_value());
    EXPECT_EQ(snap.counters.front().clerk->name, "王芳");
    EXPECT_EQ(snap.counters.front().clerk->staffNo, "0318");
    const auto pad = http.get("/api/v1/counters/1/pad", server.enroll("h1", DeviceKind::Pad, 1));
    ASSERT_EQ(pad.status, 200) << pad.body;
    EXPECT_EQ(pad.json()->getObject("clerk")->getValue<std::string>("staff_no"), "0318");
    EXPECT_EQ(pad.body.find("wangfang"), std::string::npos) << "the pad is the citizen's: no account names";
}
