// Running the hall from the screens (管理), through the API as the administrator's screens call it: staff accounts,
// enrollment codes and devices, queues, counters, hours, the catalog and the audit record — every change taking
// effect at once and on the record, every refusal in words.
#include "TestServer.h"
#include "WsClient.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

using namespace ow;
using namespace ow::testing;
using SteadyClock = std::chrono::steady_clock;

namespace {

std::int64_t at(const std::string& isoUtc) { return parseUtcIso(isoUtc); }

class HallAdmin : public ::testing::Test {
protected:
    void SetUp() override {
        now = at("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    }

    HttpResult as(const std::string& token, const std::string& method, const std::string& path,
                  const std::string& body = {}) {
        return http.request(method, path, body, token);
    }
    HttpResult asAdmin(const std::string& method, const std::string& path, const std::string& body = {}) {
        return as(admin, method, path, body);
    }
    // Logs `user` in with `password` at a new counter device of counter 1; the answer.
    HttpResult logInAtCounter(const std::string& user, const std::string& password) {
        const std::string device = server.enroll("h1", DeviceKind::Counter, 1);
        return http.post("/api/v1/sessions", R"({"user":")" + user + R"(","password":")" + password + "\"}", device);
    }
    // The newest audit entry of the hall.
    Poco::JSON::Object::Ptr lastAudit() {
        const auto res = asAdmin("GET", "/api/v1/halls/h1/audit?limit=1");
        EXPECT_EQ(res.status, 200) << res.body;
        const auto entries = res.status == 200 ? res.json()->getArray("entries") : nullptr;
        EXPECT_TRUE(entries && entries->size() > 0) << res.body;
        return entries && entries->size() > 0 ? entries->getObject(0) : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    }

    std::int64_t now = 0;
    TestServer server;
    HttpClient http{server.port()};
    std::string admin;
};

} // namespace

// The administrator adds a clerk; the clerk logs in, must choose their own password first, then works; the
// administrator disables them and the clerk's next request is refused in words, their live stream closed at once.
TEST_F(HallAdmin, AClerkIsAddedLogsInChangesTheirPasswordAndIsDisabledAtOnce) {
    auto res = asAdmin("POST", "/api/v1/halls/h1/staff",
                       R"({"user":"clerk7","name":"王芳","role":"clerk","password":"Given-2026x"})");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("must_change_password"));
    EXPECT_EQ(res.body.find("Given-2026x"), std::string::npos);
    const auto entry = lastAudit();
    EXPECT_EQ(entry->getValue<std::string>("action"), "staff.added");
    EXPECT_EQ(entry->getValue<std::string>("actor"), "admin1");
    EXPECT_EQ(entry->getObject("detail")->getObject("after")->getValue<std::string>("role"), "clerk");

    // Names are unique on the server; passwords follow the written rules, and the refusal names the rule.
    res = asAdmin("POST", "/api/v1/halls/h1/staff",
                  R"({"user":"clerk7","name":"另一人","role":"clerk","password":"Given-2026x"})");
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "user_taken");
    res = asAdmin("POST", "/api/v1/halls/h1/staff",
                  R"({"user":"clerk8","name":"李","role":"clerk","password":"short1"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.errorCode(), "weak_password");
    EXPECT_NE(res.body.find("at least 10 characters"), std::string::npos) << res.body;
    res = asAdmin("POST", "/api/v1/halls/h1/staff",
                  R"({"user":"clerk8","name":"李","role":"clerk","password":"clerk8-2026"})");
    EXPECT_EQ(res.errorCode(), "weak_password");
    res = asAdmin("POST", "/api/v1/halls/h1/staff", R"({"user":"clerk8","name":"李","role":"boss","password":"x"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_NE(res.body.find("role"), std::string::npos) << res.body;

    // The first login: told to change the password; nothing else works until then.
    res = logInAtCounter("clerk7", "Given-2026x");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("must_change_password"));
    std::string clerk = res.json()->getValue<std::string>("token");
    res = as(clerk, "POST", "/api/v1/counters/1/call-next");
    EXPECT_EQ(res.status, 403);
    EXPECT_EQ(res.errorCode(), "password_change_required");
    res = as(clerk, "POST", "/api/v1/me/password", R"({"current":"wrong-one-1","password":"Mine-2026-ok"})");
    EXPECT_EQ(res.status, 403);
    EXPECT_EQ(res.errorCode(), "wrong_password");
    res = as(clerk, "POST", "/api/v1/me/password", R"({"current":"Given-2026x","password":"Given-2026x"})");
    EXPECT_EQ(res.status, 400);
    res = as(clerk, "POST", "/api/v1/me/password", R"({"current":"Given-2026x","password":"Mine-2026-ok"})");
    ASSERT_EQ(res.status, 204) << res.body;
    EXPECT_EQ(as(clerk, "POST", "/api/v1/counters/1/call-next").status, 204); // nobody waits
    EXPECT_EQ(logInAtCounter("clerk7", "Given-2026x").status, 401);
    res = logInAtCounter("clerk7", "Mine-2026-ok");
    ASSERT_EQ(res.status, 201);
    EXPECT_FALSE(res.json()->getValue<bool>("must_change_password"));
    clerk = res.json()->getValue<std::string>("token");

    // The list shows the account with its last login, never a password or hash.
    res = asAdmin("GET", "/api/v1/halls/h1/staff");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body.find("password_hash"), std::string::npos);
    EXPECT_EQ(res.body.find("pbkdf2"), std::string::npos);
    bool listed = false;
    const auto staff = res.json()->getArray("staff");
    for (const auto& item : *staff) {
        const auto m = item.extract<Poco::JSON::Object::Ptr>();
        if (m->getValue<std::string>("user") != "clerk7")
            continue;
        listed = true;
        EXPECT_EQ(m->getValue<std::string>("name"), "王芳");
        EXPECT_FALSE(m->getValue<bool>("must_change_password"));
        EXPECT_EQ(m->getValue<std::string>("last_login_at"), utcIso(now));
    }
    EXPECT_TRUE(listed) << res.body;

    // Disabled: the open stream closes at once (not at the next 15-second recheck), the next request says why.
    WsClient stream(server.port(), "/api/v1/halls/h1/events", clerk);
    ASSERT_EQ(stream.next()->getValue<std::string>("type"), "snapshot");
    const auto before = SteadyClock::now();
    res = asAdmin("PATCH", "/api/v1/staff/clerk7", R"({"disabled":true})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("disabled"));
    EXPECT_EQ(stream.waitForClose(3000), 1008);
    EXPECT_LT(std::chrono::duration<double>(SteadyClock::now() - before).count(), 3.0);
    const auto disabled = lastAudit();
    EXPECT_EQ(disabled->getValue<std::string>("action"), "staff.changed");
    EXPECT_FALSE(disabled->getObject("detail")->getObject("before")->getValue<bool>("disabled"));
    EXPECT_TRUE(disabled->getObject("detail")->getObject("after")->getValue<bool>("disabled"));
    res = as(clerk, "POST", "/api/v1/counters/1/call-next");
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.errorCode(), "account_disabled");
    EXPECT_EQ(logInAtCounter("clerk7", "Mine-2026-ok").status, 401);

    // Enabled again, the account logs in again.
    ASSERT_EQ(asAdmin("PATCH", "/api/v1/staff/clerk7", R"({"disabled":false})").status, 200);
    EXPECT_EQ(logInAtCounter("clerk7", "Mine-2026-ok").status, 201);
}

// A forgotten password: the administrator gives a new one; the old sessions end with the reason, and the owner must
// change it at the next login. Another hall's accounts are not found; an administrator cannot lock themselves out.
TEST_F(HallAdmin, APasswordResetEndsTheSessionsAndOtherHallsAccountsAreNotFound) {
    const std::string clerk = server.clerkAt("h1", 1);
    ASSERT_EQ(as(clerk, "POST", "/api/v1/counters/1/call-next").status, 204);
    auto res = asAdmin("POST", "/api/v1/staff/clerk-h1-1/password", R"({"password":"Reset-2026-a"})");
    ASSERT_EQ(res.status, 204) << res.body;
    const auto entry = lastAudit();
    EXPECT_EQ(entry->getValue<std::string>("action"), "staff.password_reset");
    EXPECT_EQ(toJsonText(entry).find("Reset-2026-a"), std::string::npos);
    res = as(clerk, "POST", "/api/v1/counters/1/call-next");
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.errorCode(), "password_reset");
    res = logInAtCounter("clerk-h1-1", "Reset-2026-a");
    ASSERT_EQ(res.status, 201);
    EXPECT_TRUE(res.json()->getValue<bool>("must_change_password"));

    server.clerkAt("h2", 1);
    EXPECT_EQ(asAdmin("PATCH", "/api/v1/staff/clerk-h2-1", R"({"disabled":true})").status, 404);
    EXPECT_EQ(asAdmin("POST", "/api/v1/staff/clerk-h2-1/password", R"({"password":"Reset-2026-a"})").status, 404);
    EXPECT_EQ(asAdmin("PATCH", "/api/v1/staff/nobody", R"({"name":"x"})").status, 404);
    EXPECT_EQ(asAdmin("GET", "/api/v1/halls/h2/staff").status, 403);

    res = asAdmin("PATCH", "/api/v1/staff/admin1", R"({"disabled":true})");
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "own_account");
    EXPECT_EQ(asAdmin("PATCH", "/api/v1/staff/admin1", R"({"role":"clerk"})").errorCode(), "own_account");
    EXPECT_EQ(asAdmin("POST", "/api/v1/staff/admin1/password", R"({"password":"Reset-2026-a"})").errorCode(),
              "own_account");
    res = asAdmin("PATCH", "/api/v1/staff/clerk-h1-1", R"({"role":"emperor"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(asAdmin("PATCH", "/api/v1/staff/clerk-h1-1", R"({})").status, 400);

    // A new role holds from the next request: the clerk made a supervisor reads the hall's figures.
    const std::string promoted = logInAtCounter("clerk-h1-1", "Reset-2026-a").json()->getValue<std::string>("token");
    ASSERT_EQ(
        as(promoted, "POST", "/api/v1/me/password", R"({"current":"Reset-2026-a","password":"Own-2026-abc"})").status,
        204);
    EXPECT_EQ(as(promoted, "GET", "/api/v1/halls/h1/rectifications").status, 403);
    ASSERT_EQ(asAdmin("PATCH", "/api/v1/staff/clerk-h1-1", R"({"role":"supervisor","name":"张主任"})").status, 200);
    EXPECT_EQ(as(promoted, "GET", "/api/v1/halls/h1/rectifications").status, 200);
}

// A code made on the screen enrolls a device; the list shows it with when it was last seen; revoked, its token stops
// at once and its stream closes.
TEST_F(HallAdmin, ADeviceEnrolledFromTheScreensCodeIsListedAndRevokedAtOnce) {
    auto res = asAdmin("POST", "/api/v1/halls/h1/enroll-codes", R"({"kind":"display"})");
    ASSERT_EQ(res.status, 201) << res.body;
    const std::string code = res.json()->getValue<std::string>("code");
    EXPECT_EQ(res.json()->getValue<std::string>("expires_at"), utcIso(now + 7LL * 24 * 3600 * 1000));
    EXPECT_EQ(toJsonText(lastAudit()).find(code), std::string::npos); // the code is never on the record
    EXPECT_EQ(asAdmin("POST", "/api/v1/halls/h1/enroll-codes", R"({"kind":"counter"})").status, 400);
    EXPECT_EQ(asAdmin("POST", "/api/v1/halls/h1/enroll-codes", R"({"kind":"counter","counter":9})").status, 404);
    EXPECT_EQ(asAdmin("POST", "/api/v1/halls/h1/enroll-codes", R"({"kind":"toaster"})").status, 400);
    EXPECT_EQ(asAdmin("POST", "/api/v1/halls/h2/enroll-codes", R"({"kind":"display"})").status, 403);

    res = http.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"大厅东屏"})");
    ASSERT_EQ(res.status, 201) << res.body;
    const std::string board = res.json()->getValue<std::string>("device_token");
    const std::string boardId = res.json()->getValue<std::string>("device_id");
    WsClient stream(server.port(), "/api/v1/halls/h1/events", board);
    ASSERT_EQ(stream.next()->getValue<std::string>("type"), "snapshot");

    res = asAdmin("GET", "/api/v1/halls/h1/devices");
    ASSERT_EQ(res.status, 200);
    Poco::JSON::Object::Ptr listed;
    const auto devices = res.json()->getArray("devices");
    for (const auto& item : *devices)
        if (item.extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("id") == boardId)
            listed = item.extract<Poco::JSON::Object::Ptr>();
    ASSERT_TRUE(listed) << res.body;
    EXPECT_EQ(listed->getValue<std::string>("name"), "大厅东屏");
    EXPECT_EQ(listed->getValue<std::string>("kind"), "display");
    EXPECT_EQ(listed->getValue<std::string>("last_seen_at"), utcIso(now));
    EXPECT_FALSE(listed->has("revoked_at"));

    const auto before = SteadyClock::now();
    ASSERT_EQ(asAdmin("POST", "/api/v1/devices/" + boardId + "/revoke").status, 204);
    EXPECT_EQ(stream.waitForClose(3000), 1008);
    EXPECT_LT(std::chrono::duration<double>(SteadyClock::now() - before).count(), 3.0);
    res = as(board, "GET", "/api/v1/halls/h1/queue");
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.errorCode(), "device_revoked");
    EXPECT_EQ(asAdmin("POST", "/api/v1/devices/" + boardId + "/revoke").status, 404); // revoked already
    EXPECT_EQ(lastAudit()->getValue<std::string>("action"), "device.revoked");
    const std::string otherHalls = server.enroll("h2", DeviceKind::Kiosk);
    EXPECT_EQ(
        asAdmin("POST", "/api/v1/devices/" + server.context().auth.authenticate(otherHalls, now)->deviceId + "/revoke")
            .status,
        404);
}

// Queues and counters: a queue closed stops the kiosk's numbers (a clerk may still give one), a counter closed for
// the day calls nobody and opens by itself the next day; each change reaches the hall's boards with a snapshot.
TEST_F(HallAdmin, QueuesAndCountersChangeAndTheBoardsHearAtOnce) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const std::string clerk = server.clerkAt("h1", 1);
    WsClient board(server.port(), "/api/v1/halls/h1/events", server.enroll("h1", DeviceKind::Display));
    ASSERT_EQ(board.next()->getValue<std::string>("type"), "snapshot");

    auto res = asAdmin("POST", "/api/v1/halls/h1/categories", R"({"prefix":"C","name":"不动产登记"})");
    ASSERT_EQ(res.status, 201) << res.body;
    auto heard = board.next();
    EXPECT_EQ(heard->getValue<std::string>("event"), "hall.changed");
    EXPECT_EQ(queueSnapshotFromJson(heard->getObject("snapshot")).categories.size(), 3u);
    EXPECT_EQ(asAdmin("POST", "/api/v1/halls/h1/categories", R"({"prefix":"C","name":"重复"})").status, 409);
    res = asAdmin("POST", "/api/v1/halls/h1/categories", R"({"prefix":"c1","name":"x"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_NE(res.body.find("prefix"), std::string::npos);

    res = asAdmin("PATCH", "/api/v1/halls/h1/categories/A", R"({"open":false})");
    ASSERT_EQ(res.status, 200) << res.body;
    heard = board.next();
    EXPECT_FALSE(queueSnapshotFromJson(heard->getObject("snapshot")).categories.front().open);
    res = as(kiosk, "POST", "/api/v1/halls/h1/tickets", R"({"category":"A"})");
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "queue_closed");
    EXPECT_EQ(as(clerk, "POST", "/api/v1/halls/h1/tickets", R"({"category":"A"})").status, 201);
    board.next(); // issued
    ASSERT_EQ(asAdmin("PATCH", "/api/v1/halls/h1/categories/A", R"({"open":true,"name":"综合受理"})").status, 200);
    board.next();
    EXPECT_EQ(as(kiosk, "POST", "/api/v1/halls/h1/tickets", R"({"category":"A"})").status, 201);
    board.next();
    EXPECT_EQ(asAdmin("PATCH", "/api/v1/halls/h1/categories/Z", R"({"open":false})").status, 404);

    res = asAdmin("POST", "/api/v1/halls/h1/counters", R"({"number":3,"name":"不动产窗口","categories":["C","B"]})");
    ASSERT_EQ(res.status, 201) << res.body;
    board.next();
    EXPECT_EQ(asAdmin("POST", "/api/v1/halls/h1/counters", R"({"number":3,"categories":["A"]})").status, 409);
    res = asAdmin("POST", "/api/v1/halls/h1/counters", R"({"number":4,"categories":["Q"]})");
    EXPECT_EQ(res.status, 400);
    EXPECT_NE(res.body.find("no queue"), std::string::npos) << res.body;

    res = asAdmin("PATCH", "/api/v1/halls/h1/counters/1", R"({"closed_today":true,"name":"综合窗口"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("closed_today"));
    heard = board.next();
    const auto snapshot = queueSnapshotFromJson(heard->getObject("snapshot"));
    EXPECT_TRUE(snapshot.counters.front().closed);
    EXPECT_EQ(snapshot.counters.front().name, "综合窗口");
    res = as(clerk, "POST", "/api/v1/counters/1/call-next");
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "counter_closed");
    const auto changed = lastAudit();
    EXPECT_EQ(changed->getValue<std::string>("action"), "hall.counter_changed");
    EXPECT_FALSE(changed->getObject("detail")->getObject("before")->getValue<bool>("closed_today"));

    now += 24LL * 3600 * 1000; // the next day it opens by itself (logged in again: a session lasts 12 hours)
    admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    EXPECT_EQ(as(server.clerkAt("h1", 1), "POST", "/api/v1/counters/1/call-next").status, 204);
    res = asAdmin("GET", "/api/v1/halls/h1/counters");
    EXPECT_FALSE(res.json()->getArray("counters")->getObject(0)->getValue<bool>("closed_today"));
    res = asAdmin("PATCH", "/api/v1/halls/h1/counters/2", R"({"categories":["A","C"]})");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.json()->getArray("categories")->size(), 2u);
    EXPECT_EQ(asAdmin("PATCH", "/api/v1/halls/h1/counters/99", R"({"name":"x"})").status, 404);
}

// Hours: a bad document names every problem with its path; outside the hours and at lunch the kiosk refuses numbers
// with the next opening (a clerk still may); a hall without hours is always open.
TEST_F(HallAdmin, TheKioskGivesNumbersOnlyInTheHallsHours) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto res = as(kiosk, "GET", "/api/v1/halls/h1/hours");
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(res.json()->getValue<bool>("set"));
    now = at("2026-09-27T15:00:00Z"); // Sunday 23:00: no hours set, open
    EXPECT_EQ(as(kiosk, "POST", "/api/v1/halls/h1/tickets", R"({"category":"A"})").status, 201);

    res = asAdmin(
        "PUT", "/api/v1/halls/h1/hours",
        R"({"week":[{"weekday":1,"opens":"9:00","closes":"17:00"},{"weekday":9,"opens":"09:00","closes":"17:00"}]})");
    ASSERT_EQ(res.status, 400);
    EXPECT_EQ(res.errorCode(), "invalid_document");
    const auto problems = res.json()->getObject("error")->getArray("problems");
    ASSERT_EQ(problems->size(), 2u) << res.body;
    EXPECT_EQ(problems->getElement<std::string>(0).rfind("$.week[0].opens: ", 0), 0u);
    EXPECT_EQ(problems->getElement<std::string>(1).rfind("$.week[1].weekday: ", 0), 0u);

    std::string week;
    for (int d = 1; d <= 5; ++d)
        week += std::string(d > 1 ? "," : "") + R"({"weekday":)" + std::to_string(d) +
                R"(,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"})" +
                (d == 3 ? R"(,"extended_until":"19:00")" : "") + "}";
    res = asAdmin("PUT", "/api/v1/halls/h1/hours",
                  R"({"week":[)" + week + R"(],"dates":[{"date":"2026-10-01","closed":true,"note":"国庆"}]})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(lastAudit()->getValue<std::string>("action"), "hall.hours");
    EXPECT_EQ(as(kiosk, "GET", "/api/v1/halls/h1/hours").json()->getArray("week")->size(), 5u);

    struct Moment {
        const char* utc;
        bool open;
        const char* opensAt; // UTC
    };
    const Moment moments[] = {
        {"2026-09-28T00:59:00Z", false, "2026-09-28T01:00:00.000Z"}, // Monday 08:59
        {"2026-09-28T01:00:00Z", true, ""},
        {"2026-09-28T04:10:00Z", false, "2026-09-28T05:30:00.000Z"}, // lunch, back at 13:30
        {"2026-09-28T09:00:00Z", false, "2026-09-29T01:00:00.000Z"}, // Monday 17:00
        {"2026-09-30T10:30:00Z", true, ""},                          // Wednesday 18:30, 延时服务
        {"2026-09-30T11:00:00Z", false, "2026-10-02T01:00:00.000Z"}, // Wednesday 19:00; Thursday is 国庆
        {"2026-10-03T02:00:00Z", false, "2026-10-05T01:00:00.000Z"}, // Saturday
    };
    for (const Moment& m : moments) {
        now = at(m.utc);
        const std::string clerkNow = server.clerkAt("h1", 1); // a session lasts 12 hours
        res = as(kiosk, "POST", "/api/v1/halls/h1/tickets", R"({"category":"A"})");
        EXPECT_EQ(res.status, m.open ? 201 : 409) << m.utc << " " << res.body;
        if (m.open)
            continue;
        EXPECT_EQ(res.errorCode(), "hall_closed") << m.utc;
        EXPECT_EQ(res.json()->getObject("error")->getValue<std::string>("opens_at"), m.opensAt) << m.utc;
        EXPECT_EQ(as(clerkNow, "POST", "/api/v1/halls/h1/tickets", R"({"category":"A"})").status, 201) << m.utc;
    }

    // The supervisor's day counts by the hours: Monday three numbers at a window outside them (08:59, lunch, 17:00);
    // Wednesday one in 延时服务 and one at a window after it.
    const std::string sup = server.supervisorAt("h1", "sup1");
    res = as(sup, "GET", "/api/v1/stats/daily?hall=h1&date=2026-09-28");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(res.json()->getValue<bool>("hours_set"));
    EXPECT_EQ(res.json()->getObject("hours")->getValue<std::string>("opens"), "09:00");
    EXPECT_EQ(res.json()->getValue<int>("issued_outside_hours"), 3);
    EXPECT_EQ(res.json()->getValue<int>("issued_extended"), 0);
    res = as(sup, "GET", "/api/v1/stats/daily?hall=h1&date=2026-09-30");
    EXPECT_EQ(res.json()->getValue<int>("issued_extended"), 1);
    EXPECT_EQ(res.json()->getValue<int>("issued_outside_hours"), 1);
    EXPECT_EQ(res.json()->getObject("hours")->getValue<std::string>("extended_until"), "19:00");
    res = as(sup, "GET", "/api/v1/stats/daily?hall=h1&date=2026-10-01"); // 国庆: closed
    EXPECT_TRUE(res.json()->isNull("hours"));
}

// A catalog uploaded from the screens is checked whole: every problem with its JSON path, and the current one stays.
TEST_F(HallAdmin, ACatalogWithTwoErrorsNamesBothPathsAndAGoodOneBecomesCurrent) {
    std::ifstream in(ONEWINDOW_DEMO_CATALOG);
    std::stringstream text;
    text << in.rdbuf();
    auto catalog = parseObject(text.str());
    const int version = catalog->getValue<int>("version");
    ASSERT_EQ(asAdmin("PUT", "/api/v1/catalog", toJsonText(catalog)).status, 200);

    auto broken = parseObject(text.str());
    broken->set("version", version + 1);
    auto items = broken->getArray("items");
    items->getObject(0)->remove("name");
    items->getObject(2)->set("promised_limit", "three");
    auto res = asAdmin("PUT", "/api/v1/catalog", toJsonText(broken));
    ASSERT_EQ(res.status, 400) << res.body;
    const auto problems = res.json()->getObject("error")->getArray("problems");
    ASSERT_EQ(problems->size(), 2u) << res.body;
    EXPECT_EQ(problems->getElement<std::string>(0).rfind("$.items[0].name", 0), 0u) << res.body;
    EXPECT_EQ(problems->getElement<std::string>(1).rfind("$.items[2].promised_limit", 0), 0u) << res.body;
    EXPECT_EQ(server.context().catalogs.latest()->version, version);

    catalog->set("version", version + 1);
    res = asAdmin("PUT", "/api/v1/catalog", toJsonText(catalog));
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<int>("version"), version + 1);
    EXPECT_EQ(lastAudit()->getValue<std::string>("action"), "catalog.imported");
    EXPECT_EQ(asAdmin("PUT", "/api/v1/catalog", "{not json").status, 400);
    EXPECT_EQ(as(server.supervisorAt("h1", "sup1"), "PUT", "/api/v1/catalog", toJsonText(catalog)).status, 403);
}

// The record, by person and by date.
TEST_F(HallAdmin, TheAuditRecordIsFilteredByPersonAndDate) {
    ASSERT_EQ(asAdmin("POST", "/api/v1/halls/h1/categories", R"({"prefix":"C","name":"不动产登记"})").status, 201);
    now += 24LL * 3600 * 1000; // Tuesday (logged in again: a session lasts 12 hours)
    admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    const std::string sup = server.supervisorAt("h1", "sup1");
    ASSERT_EQ(asAdmin("PATCH", "/api/v1/halls/h1/categories/C", R"({"open":false})").status, 200);
    auto res = asAdmin("GET", "/api/v1/halls/h1/audit?actor=admin1&from=2026-09-28&to=2026-09-28");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto monday = res.json()->getArray("entries");
    ASSERT_FALSE(monday->size() == 0);
    for (const auto& e : *monday) {
        const auto entry = e.extract<Poco::JSON::Object::Ptr>();
        EXPECT_EQ(entry->getValue<std::string>("actor"), "admin1");
        EXPECT_LT(parseUtcIso(entry->getValue<std::string>("at")), at("2026-09-28T16:00:00Z"));
    }
    EXPECT_EQ(monday->getObject(0)->getValue<std::string>("action"), "hall.category_added");
    res = asAdmin("GET", "/api/v1/halls/h1/audit?actor=admin1&from=2026-09-29");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.json()->getArray("entries")->getObject(0)->getValue<std::string>("action"), "hall.category_changed");
    res = asAdmin("GET", "/api/v1/halls/h1/audit?actor=sup1");
    const auto bySup = res.json()->getArray("entries");
    for (const auto& e : *bySup)
        EXPECT_EQ(e.extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("actor"), "sup1");
    EXPECT_EQ(asAdmin("GET", "/api/v1/halls/h1/audit?from=2026-13-01").status, 400);
    // Paging: the entries older than the last one seen.
    res = asAdmin("GET", "/api/v1/halls/h1/audit?limit=2");
    const auto page = res.json()->getArray("entries");
    ASSERT_EQ(page->size(), 2u);
    const auto last = page->getObject(1)->getValue<std::int64_t>("seq");
    res = asAdmin("GET", "/api/v1/halls/h1/audit?limit=2&before=" + std::to_string(last));
    EXPECT_LT(res.json()->getArray("entries")->getObject(0)->getValue<std::int64_t>("seq"), last);
    EXPECT_EQ(as(sup, "GET", "/api/v1/halls/h1/audit").status, 200);
}

TEST_F(HallAdmin, AQueuesDepartmentIsSetFromTheScreensAndTheCommandLineAndReachesTheKiosk) {
    auto res = asAdmin("POST", "/api/v1/halls/h1/categories", R"({"prefix":"GA","name":"户籍业务","group":"公安"})");
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("group"), "公安");
    res = asAdmin("PATCH", "/api/v1/halls/h1/categories/A", R"({"group":"  税务 "})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("group"), "税务") << "trimmed";
    EXPECT_EQ(lastAudit()->getValue<std::string>("action"), "hall.category_changed");
    EXPECT_EQ(
        asAdmin("PATCH", "/api/v1/halls/h1/categories/A", R"({"group":")" + std::string(41, 'x') + "\"}").errorCode(),
        "invalid_field");

    // The kiosk's snapshot carries each queue's department (none for B).
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const auto snapshot = queueSnapshotFromJson(as(kiosk, "GET", "/api/v1/halls/h1/queue").json());
    std::map<std::string, std::string> groups;
    for (const auto& c : snapshot.categories)
        groups[c.prefix] = c.group;
    EXPECT_EQ(groups, (std::map<std::string, std::string>{{"A", "税务"}, {"B", ""}, {"GA", "公安"}}));

    // Taken out of its department; the command line sets one on an existing queue.
    ASSERT_EQ(asAdmin("PATCH", "/api/v1/halls/h1/categories/A", R"({"group":""})").status, 200);
    server.context().halls.addCategory("h1", "B", "企业开办", "市场监管");
    EXPECT_EQ(tableRows(server.database(), "SELECT prefix, COALESCE(group_name, '-') FROM categories"
                                           " WHERE hall = 'h1' ORDER BY prefix"),
              (std::vector<std::vector<std::string>>{{"A", "-"}, {"B", "市场监管"}, {"GA", "公安"}}));
}
