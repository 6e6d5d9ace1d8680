// 好差评 beyond the single rating: "not rated", ratings of cases from a kiosk, the hall's policy, rectifications on
// the working-day calendar, the appeal that needs a second supervisor, the audit trail and the figures.
#include "AuditLog.h"
#include "TestFiles.h"
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

#include <map>

using namespace ow;
using namespace ow::testing;
using namespace Poco::Data::Keywords;

namespace {

// 2026-09-30 10:00 in Shanghai: the Wednesday before the National Day holidays (10-01 … 10-07, 10-10 worked).
constexpr std::int64_t kSep30 = 1790733600000;
constexpr std::int64_t kDay = 24 * 3600 * 1000;

} // namespace

class RectificationTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.context().clock = [this] { return at; };
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), at);
        server.addHall("h1", {{"A", "综合业务"}}, 3, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        for (int counter = 1; counter <= 3; ++counter) {
            pads[counter] = server.enroll("h1", DeviceKind::Pad, counter);
            clerks[counter] = server.clerkAt("h1", counter);
        }
        boss = server.supervisorAt("h1", "boss");
        deputy = server.supervisorAt("h1", "deputy");
    }

    std::string served(int counter) {
        EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
        auto called = http.post("/api/v1/counters/" + std::to_string(counter) + "/call-next", "", clerks[counter]);
        EXPECT_EQ(called.status, 200) << called.body;
        const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
        EXPECT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerks[counter]).status, 200);
        return id;
    }
    HttpResult rate(const std::string& ticket, int level, const std::string& token) {
        const std::string reasons = level <= 2 ? R"(,"reasons":["办事效率"])" : "";
        return http.post("/api/v1/ratings",
                         R"({"ticket_id":")" + ticket + R"(","level":)" + std::to_string(level) + reasons + "}", token);
    }
    Poco::JSON::Array::Ptr rectifications(const std::string& state = "open") {
        auto res = http.get("/api/v1/halls/h1/rectifications?state=" + state, boss);
        EXPECT_EQ(res.status, 200) << res.body;
        return res.json()->getArray("rectifications");
    }
    HttpResult step(const std::string& id, const std::string& what, const std::string& body, const std::string& token) {
        return http.post("/api/v1/rectifications/" + id + "/" + what, body, token);
    }
    // A case as a counter's sync would have stored it.
    void storeCase(const std::string& id, const std::string& caseNo, const std::string& ticket, CaseState state,
                   const std::string& phone = {}) {
        Case c;
        c.applicant.phone = phone;
        c.id = id;
        c.hall = "h1";
        c.caseNo = caseNo;
        c.items = {"510100-0001"};
        c.applicant.name = "王磊";
        c.state = state;
        c.clerk = "clerk-h1-2";
        c.ticketId = ticket;
        const std::string body = toJsonText(caseToJson(c)), stateName(toString(state));
        server.database().write([&](Poco::Data::Session& s) {
            s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id, item, clerk,"
                 " ticket_id, query_code) VALUES($1, 'h1', $2, $3, 1, $4, 0, 'test', '510100-0001', 'clerk-h1-2',"
                 " NULLIF($5, ''), '135790')",
                bind(id), bind(caseNo), bind(stateName), bind(body), bind(ticket), now;
        });
    }

    // Days pass; sessions do not last that long, so the supervisors log in again.
    void later(int days) {
        at += days * kDay;
        boss = server.supervisorAt("h1", "boss");
        deputy = server.supervisorAt("h1", "deputy");
    }

    std::int64_t at = kSep30;
    TestServer server;
    HttpClient http{server.port()};
    std::string kiosk, boss, deputy;
    std::map<int, std::string> pads, clerks;
};

TEST_F(RectificationTest, ABadRatingOpensARectificationDueInWorkingDaysAcrossTheHolidays) {
    ASSERT_EQ(rate(served(2), 1, pads[2]).status, 201);
    auto list = rectifications();
    ASSERT_EQ(list->size(), 1u);
    auto r = list->getObject(0);
    EXPECT_EQ(r->getValue<std::string>("state"), "open");
    EXPECT_EQ(r->getValue<std::string>("rated_on"), "2026-09-30");
    EXPECT_EQ(r->getValue<std::string>("follow_up_due"), "2026-10-08"); // 1 working day: after the 7-day holiday
    EXPECT_EQ(r->getValue<std::string>("fix_due"), "2026-10-27");       // 15: counting Saturday 10-10, worked
    EXPECT_EQ(r->getValue<int>("counter"), 2);
    EXPECT_EQ(r->getValue<std::string>("clerk_name"), "办事员2");
    EXPECT_EQ(r->getValue<std::string>("ticket_number"), "A001");
    EXPECT_EQ(r->getArray("reasons")->getElement<std::string>(0), "办事效率");
    EXPECT_FALSE(r->getValue<bool>("follow_up_overdue"));

    // The hall moves its follow-up to 5 working days: the next bad rating is due on 10-13.
    auto policy = http.request("PUT", "/api/v1/halls/h1/rating-policy", R"({"follow_up_days":5,"fix_days":15})", boss);
    ASSERT_EQ(policy.status, 200) << policy.body;
    at += 60 * 1000;
    ASSERT_EQ(rate(served(1), 2, pads[1]).status, 201);
    EXPECT_EQ(rectifications()->getObject(0)->getValue<std::string>("follow_up_due"), "2026-10-13");
    // Good ratings open nothing.
    ASSERT_EQ(rate(served(3), 3, pads[3]).status, 201);
    EXPECT_EQ(rectifications()->size(), 2u);

    // Nine days on (10-09), the first follow-up is overdue; the second is due 10-13.
    later(9);
    auto later = rectifications();
    EXPECT_TRUE(later->getObject(1)->getValue<bool>("follow_up_overdue"));
    EXPECT_FALSE(later->getObject(1)->getValue<bool>("fix_overdue"));
    EXPECT_FALSE(later->getObject(0)->getValue<bool>("follow_up_overdue"));
}

TEST_F(RectificationTest, TheHallsPolicyIsASupervisorsAndItsReasonsAreTheOnesOffered) {
    EXPECT_EQ(http.request("PUT", "/api/v1/halls/h1/rating-policy", R"({"fix_days":20})", clerks[1]).status, 403);
    EXPECT_EQ(http.request("PUT", "/api/v1/halls/h1/rating-policy", R"({"fix_days":0})", boss).status, 400);
    EXPECT_EQ(
        http.request("PUT", "/api/v1/halls/h1/rating-policy", R"({"follow_up_days":9,"fix_days":5})", boss).status,
        400);
    EXPECT_EQ(http.request("PUT", "/api/v1/halls/h1/rating-policy", R"({"reasons":[]})", boss).status, 400);
    EXPECT_EQ(http.request("PUT", "/api/v1/halls/h1/rating-policy", R"({"pad_timeout_s":"x"})", boss).status, 400);
    auto put = http.request("PUT", "/api/v1/halls/h1/rating-policy",
                            R"({"reasons":["等候太久","材料要求不清"],"pad_timeout_s":45})", boss);
    ASSERT_EQ(put.status, 200) << put.body;
    auto got = http.get("/api/v1/halls/h1/rating-policy", pads[1]);
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.json()->getValue<int>("pad_timeout_s"), 45);
    EXPECT_EQ(got.json()->getArray("reasons")->size(), 2u);
    const std::string ticket = served(1);
    EXPECT_EQ(rate(ticket, 1, pads[1]).status, 400); // 办事效率 is no longer on the list
    EXPECT_EQ(
        http.post("/api/v1/ratings", R"({"ticket_id":")" + ticket + R"(","level":1,"reasons":["等候太久"]})", pads[1])
            .status,
        201);
}

TEST_F(RectificationTest, FollowUpThenFixRecordedBySupervisorsInOrderAndAudited) {
    ASSERT_EQ(rate(served(2), 2, pads[2]).status, 201);
    const std::string id = rectifications()->getObject(0)->getValue<std::string>("id");
    EXPECT_EQ(step(id, "follow-up", R"({"note":"已回访"})", clerks[2]).status, 403); // the clerk rated: never
    EXPECT_EQ(step(id, "fix", R"({"note":"已整改"})", boss).status, 409);            // follow up first
    EXPECT_EQ(step(id, "follow-up", R"({"note":"  "})", boss).status, 400);          // say what was heard
    EXPECT_EQ(step("nope", "follow-up", R"({"note":"x"})", boss).status, 404);
    auto followed = step(id, "follow-up", R"({"note":"电话回访，群众反映等候时间长"})", boss);
    ASSERT_EQ(followed.status, 200) << followed.body;
    EXPECT_EQ(followed.json()->getValue<std::string>("state"), "followed_up");
    EXPECT_EQ(followed.json()->getObject("follow_up")->getValue<std::string>("day"), "2026-09-30");
    EXPECT_EQ(step(id, "follow-up", R"({"note":"again"})", boss).status, 409);
    later(2);
    auto fixed = step(id, "fix", R"({"note":"增开午间窗口"})", deputy);
    ASSERT_EQ(fixed.status, 200) << fixed.body;
    EXPECT_EQ(fixed.json()->getValue<std::string>("state"), "fixed");
    EXPECT_EQ(fixed.json()->getObject("fix")->getValue<std::string>("by"), "deputy");
    // Screens name the people, not their accounts.
    EXPECT_EQ(fixed.json()->getObject("fix")->getValue<std::string>("by_name"), "supervisor deputy");
    EXPECT_EQ(fixed.json()->getObject("follow_up")->getValue<std::string>("by_name"), "supervisor boss");
    EXPECT_EQ(rectifications("open")->size(), 0u);
    EXPECT_EQ(rectifications("all")->size(), 1u);

    // Everything is in the audit log, each entry chained to the one before; the log cannot be edited.
    auto audit = http.get("/api/v1/halls/h1/audit", boss);
    ASSERT_EQ(audit.status, 200) << audit.body;
    // Logins, enrollments and ticket actions are there too; the rating's story, newest first:
    auto all = audit.json()->getArray("entries");
    std::vector<Poco::JSON::Object::Ptr> entries;
    for (unsigned i = 0; i < all->size(); ++i) {
        const std::string action = all->getObject(i)->getValue<std::string>("action");
        if (action.rfind("rating.", 0) == 0 || action.rfind("rectification.", 0) == 0)
            entries.push_back(all->getObject(i));
    }
    ASSERT_GE(entries.size(), 3u);
    EXPECT_EQ(entries[0]->getValue<std::string>("action"), "rectification.fix");
    EXPECT_EQ(entries[0]->getValue<std::string>("actor"), "deputy");
    EXPECT_EQ(entries[1]->getValue<std::string>("action"), "rectification.follow_up");
    EXPECT_EQ(entries[2]->getValue<std::string>("action"), "rating.given");
    EXPECT_EQ(http.get("/api/v1/halls/h1/audit", server.clerkAt("h1", 2)).status, 403);
    EXPECT_TRUE(server.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s); }).intact);
    EXPECT_THROW(server.database().write(
                     [](Poco::Data::Session& s) { s << "UPDATE audit_log SET actor = 'someone else'", now; }),
                 std::exception);
    EXPECT_THROW(server.database().write([](Poco::Data::Session& s) { s << "DELETE FROM audit_log", now; }),
                 std::exception);
}

TEST_F(RectificationTest, AnAppealIsDecidedByASecondSupervisorAndAnUpheldOneLeavesTheFigures) {
    ASSERT_EQ(rate(served(2), 1, pads[2]).status, 201);
    ASSERT_EQ(rate(served(2), 5, pads[2]).status, 201);
    const std::string id = rectifications()->getObject(0)->getValue<std::string>("id");
    EXPECT_EQ(step(id, "appeal", R"({"kind":"malicious"})", boss).status, 400); // a reason is required
    EXPECT_EQ(step(id, "appeal", R"({"kind":"angry","reason":"x"})", boss).status, 400);
    EXPECT_EQ(step(id, "appeal-decision", R"({"uphold":true,"note":"x"})", deputy).status, 409); // nothing to decide
    auto appealed = step(id, "appeal", R"({"kind":"malicious","reason":"监控显示该群众未办理业务即离开"})", boss);
    ASSERT_EQ(appealed.status, 200) << appealed.body;
    EXPECT_EQ(appealed.json()->getValue<std::string>("state"), "appealing");
    EXPECT_EQ(step(id, "follow-up", R"({"note":"x"})", boss).status, 409); // waits for the decision
    auto self = step(id, "appeal-decision", R"({"uphold":true,"note":"同意"})", boss);
    EXPECT_EQ(self.status, 403); // the same supervisor cannot approve their own appeal
    EXPECT_EQ(step(id, "appeal-decision", R"({"uphold":"yes","note":"同意"})", deputy).status, 400);
    auto upheld = step(id, "appeal-decision", R"({"uphold":true,"note":"核实监控，同意"})", deputy);
    ASSERT_EQ(upheld.status, 200) << upheld.body;
    EXPECT_EQ(upheld.json()->getValue<std::string>("state"), "voided");
    EXPECT_EQ(upheld.json()->getObject("appeal")->getValue<std::string>("decided_by"), "deputy");
    EXPECT_EQ(step(id, "follow-up", R"({"note":"x"})", boss).status, 409);
    EXPECT_EQ(rectifications("open")->size(), 0u);
    // The voided service is out of the figures: one service, rated 非常满意.
    auto figures = http.get("/api/v1/halls/h1/rating-figures?from=2026-09-30", boss);
    ASSERT_EQ(figures.status, 200) << figures.body;
    EXPECT_EQ(figures.json()->getObject("totals")->getValue<int>("finished"), 1);
    EXPECT_EQ(figures.json()->getObject("totals")->getValue<int>("bad"), 0);

    // A rejected appeal sends the rectification back to work.
    ASSERT_EQ(rate(served(3), 2, pads[3]).status, 201);
    const std::string second = rectifications()->getObject(0)->getValue<std::string>("id");
    ASSERT_EQ(step(second, "appeal", R"({"kind":"mistaken","reason":"群众称按错"})", deputy).status, 200);
    auto rejected = step(second, "appeal-decision", R"({"uphold":false,"note":"无证据"})", boss);
    ASSERT_EQ(rejected.status, 200) << rejected.body;
    EXPECT_EQ(rejected.json()->getValue<std::string>("state"), "open");
    EXPECT_EQ(step(second, "follow-up", R"({"note":"已回访"})", boss).status, 200);
    auto audit = http.get("/api/v1/halls/h1/audit?limit=3", boss).json()->getArray("entries");
    EXPECT_EQ(audit->getObject(1)->getValue<std::string>("action"), "rating.appeal_rejected");
}

TEST_F(RectificationTest, NotRatedIsRecordedByThePadAndARealRatingLaterTakesItsPlace) {
    const std::string ticket = served(1);
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"ticket_id":")" + ticket + R"(","not_rated":true})", kiosk).status, 400);
    auto none = http.post("/api/v1/ratings", R"({"ticket_id":")" + ticket + R"(","not_rated":true})", pads[1]);
    ASSERT_EQ(none.status, 201) << none.body;
    EXPECT_TRUE(none.json()->isNull("level"));
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"ticket_id":")" + ticket + R"(","not_rated":true})", pads[1]).status,
              409);
    auto figures = http.get("/api/v1/halls/h1/rating-figures", boss).json()->getObject("totals");
    EXPECT_EQ(figures->getValue<int>("finished"), 1);
    EXPECT_EQ(figures->getValue<int>("rated"), 0);
    EXPECT_EQ(figures->getValue<int>("not_rated"), 1);
    // The citizen rates at the kiosk on the way out: that rating counts, once.
    EXPECT_EQ(rate(ticket, 4, kiosk).status, 201);
    EXPECT_EQ(rate(ticket, 5, kiosk).status, 409);
    figures = http.get("/api/v1/halls/h1/rating-figures", boss).json()->getObject("totals");
    EXPECT_EQ(figures->getValue<int>("rated"), 1);
    EXPECT_EQ(figures->getValue<int>("not_rated"), 0);
}

TEST_F(RectificationTest, AKioskRatesACaseByItsReceiptAndItsTicketsServiceOnlyOnce) {
    const std::string ticket = served(2);
    storeCase("case-1", "H1-20260930-C2-0001-07", ticket, CaseState::Accepted);
    storeCase("case-2", "H1-20260930-S001-0001-03", "", CaseState::Completed);
    storeCase("case-3", "H1-20260930-C2-0002-05", "", CaseState::Draft);
    // Only with the receipt's query code: without it, or with another, the case is as unknown as none.
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"case_id":"H1-20260930-C2-0001-07","level":4})", kiosk).status, 404);
    EXPECT_EQ(
        http.post("/api/v1/ratings", R"({"case_id":"H1-20260930-C2-0001-07","code":"135791","level":4})", kiosk).status,
        404);
    auto byReceipt =
        http.post("/api/v1/ratings", R"({"case_id":"H1-20260930-C2-0001-07","code":"135790","level":5})", kiosk);
    ASSERT_EQ(byReceipt.status, 201) << byReceipt.body;
    EXPECT_EQ(byReceipt.json()->getValue<std::string>("ticket_id"), ticket);
    EXPECT_EQ(byReceipt.json()->getValue<int>("counter"), 2);
    EXPECT_EQ(rate(ticket, 5, pads[2]).status, 409); // the same service by its ticket
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"case_id":"case-1","code":"135790","level":4})", kiosk).status, 409);
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"case_id":"case-2","code":"135790","level":4})", pads[2]).status, 403);
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"case_id":"case-3","code":"135790","level":4})", kiosk).status,
              409); // a draft
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"case_id":"no-such","code":"135790","level":4})", kiosk).status, 404);
    EXPECT_EQ(
        http.post("/api/v1/ratings", R"({"case_id":"case-2","ticket_id":")" + ticket + R"(","level":4})", kiosk).status,
        400);
    EXPECT_EQ(http.post("/api/v1/ratings", R"({"case_id":"case-2","code":"135790","level":4})", kiosk).status, 201);
    // By item: the case's first item names the service.
    auto byItem = http.get("/api/v1/halls/h1/rating-figures?by=item", boss);
    ASSERT_EQ(byItem.status, 200) << byItem.body;
    auto groups = byItem.json()->getArray("groups");
    ASSERT_EQ(groups->size(), 1u);
    EXPECT_EQ(groups->getObject(0)->getValue<std::string>("key"), "510100-0001");
    EXPECT_EQ(groups->getObject(0)->getValue<int>("finished"), 2);
    EXPECT_EQ(groups->getObject(0)->getValue<int>("rated"), 2);
}

TEST_F(RectificationTest, ThePadSeesTheClerkOnDutyAndTheServiceWaitingForItsRating) {
    auto idle = http.get("/api/v1/counters/2/pad", pads[2]);
    ASSERT_EQ(idle.status, 200) << idle.body;
    EXPECT_EQ(idle.json()->getObject("clerk")->getValue<std::string>("name"), "办事员2");
    EXPECT_EQ(idle.json()->getObject("clerk")->getValue<std::string>("staff_no"),
              ""); // no 工号 given; never the account
    EXPECT_FALSE(idle.json()->has("awaiting"));
    EXPECT_EQ(idle.json()->getObject("policy")->getValue<int>("pad_timeout_s"), 60);
    EXPECT_EQ(http.get("/api/v1/counters/2/pad", pads[3]).status, 403);
    EXPECT_EQ(http.get("/api/v1/counters/2/pad", kiosk).status, 403);
    const std::string ticket = served(2);
    auto waiting = http.get("/api/v1/counters/2/pad", pads[2]).json();
    EXPECT_EQ(waiting->getObject("awaiting")->getValue<std::string>("ticket_id"), ticket);
    EXPECT_EQ(waiting->getObject("awaiting")->getValue<std::string>("number"), "A001");
    at += 61 * 1000; // past the pad's waiting time: no longer offered
    EXPECT_FALSE(http.get("/api/v1/counters/2/pad", pads[2]).json()->has("awaiting"));
}

// A day at three counters, counted by hand:
//   counter 1: 5, 4, not rated on the pad, nothing   counter 2: 1 (bad), 3, 5   counter 3: nothing, 2 (bad)
TEST_F(RectificationTest, TheFiguresOfADayMatchAHandCount) {
    rate(served(1), 5, pads[1]);
    rate(served(1), 4, kiosk);
    const std::string skipped = served(1);
    http.post("/api/v1/ratings", R"({"ticket_id":")" + skipped + R"(","not_rated":true})", pads[1]);
    served(1);
    rate(served(2), 1, pads[2]);
    rate(served(2), 3, pads[2]);
    rate(served(2), 5, pads[2]);
    served(3);
    rate(served(3), 2, pads[3]);
    // The bad rating at counter 2 is followed up the same day; counter 3's never is.
    const auto open = rectifications();
    ASSERT_EQ(open->size(), 2u);
    for (unsigned i = 0; i < open->size(); ++i) {
        if (open->getObject(i)->getValue<int>("counter") == 2) {
            ASSERT_EQ(
                step(open->getObject(i)->getValue<std::string>("id"), "follow-up", R"({"note":"已回访"})", boss).status,
                200);
        }
    }
    later(10); // both follow-ups (due 10-08) are now done or late

    auto res = http.get("/api/v1/halls/h1/rating-figures?from=2026-09-30&to=2026-09-30&by=counter", boss);
    ASSERT_EQ(res.status, 200) << res.body;
    auto totals = res.json()->getObject("totals");
    EXPECT_EQ(totals->getValue<int>("finished"), 9);
    EXPECT_EQ(totals->getValue<int>("rated"), 6);
    EXPECT_EQ(totals->getValue<int>("not_rated"), 1);
    EXPECT_EQ(totals->getValue<int>("good"), 4);
    EXPECT_EQ(totals->getValue<int>("bad"), 2);
    EXPECT_DOUBLE_EQ(totals->getValue<double>("rating_rate"), 6.0 / 9);
    EXPECT_DOUBLE_EQ(totals->getValue<double>("good_rate"), 4.0 / 6);
    EXPECT_EQ(totals->getValue<int>("follow_ups_due"), 2);
    EXPECT_EQ(totals->getValue<int>("follow_ups_on_time"), 1);
    EXPECT_EQ(totals->getValue<int>("rectifications_due"), 0); // fixes are due 10-27
    const auto levels = totals->getObject("ratings");
    EXPECT_EQ(levels->getValue<int>("1"), 1);
    EXPECT_EQ(levels->getValue<int>("2"), 1);
    EXPECT_EQ(levels->getValue<int>("3"), 1);
    EXPECT_EQ(levels->getValue<int>("4"), 1);
    EXPECT_EQ(levels->getValue<int>("5"), 2);
    auto groups = res.json()->getArray("groups");
    ASSERT_EQ(groups->size(), 3u);
    const int expected[3][4] = {{4, 2, 2, 0}, {3, 3, 2, 1}, {2, 1, 0, 1}}; // finished, rated, good, bad
    for (unsigned i = 0; i < 3; ++i) {
        auto g = groups->getObject(i);
        EXPECT_EQ(g->getValue<std::string>("key"), std::to_string(i + 1));
        EXPECT_EQ(g->getValue<int>("finished"), expected[i][0]) << "counter " << i + 1;
        EXPECT_EQ(g->getValue<int>("rated"), expected[i][1]) << "counter " << i + 1;
        EXPECT_EQ(g->getValue<int>("good"), expected[i][2]) << "counter " << i + 1;
        EXPECT_EQ(g->getValue<int>("bad"), expected[i][3]) << "counter " << i + 1;
    }
    // A clerk sees their own figures only, never the hall's nor who rated what.
    clerks[2] = server.clerkAt("h1", 2);
    auto own = http.get("/api/v1/me/rating-figures?from=2026-09-30", clerks[2]);
    ASSERT_EQ(own.status, 200) << own.body;
    EXPECT_EQ(own.json()->getObject("totals")->getValue<int>("finished"), 3);
    EXPECT_EQ(own.json()->getObject("totals")->getValue<int>("bad"), 1);
    EXPECT_EQ(http.get("/api/v1/me/rating-figures?by=counter", clerks[2]).status, 403);
    EXPECT_EQ(http.get("/api/v1/halls/h1/rating-figures", clerks[2]).status, 403);
    EXPECT_EQ(http.get("/api/v1/halls/h1/rectifications", clerks[2]).status, 403);
    EXPECT_EQ(http.get("/api/v1/halls/h1/rating-figures?from=2026-13-01", boss).status, 400);
    EXPECT_EQ(http.get("/api/v1/halls/h1/rating-figures?by=weather", boss).status, 400);
}

TEST_F(RectificationTest, ASupervisorGetsTheCitizensWholePhoneToCallBackOnlyWithAReasonAndEachRevealIsAudited) {
    const std::string ticket = served(2);
    storeCase("c-call", "H1-20260930-C2-000001-00", ticket, CaseState::Completed, "13912345678");
    ASSERT_EQ(rate(ticket, 1, pads[2]).status, 201);
    const std::string id = rectifications()->getObject(0)->getValue<std::string>("id");

    EXPECT_EQ(step(id, "contact", "{}", boss).status, 400); // a reason is required
    EXPECT_EQ(step(id, "contact", R"({"reason":"回访"})", clerks[2]).status, 403);
    EXPECT_EQ(step("nope", "contact", R"({"reason":"回访"})", boss).status, 404);
    auto shown = step(id, "contact", R"({"reason":"差评回访，核实办事效率问题"})", boss);
    ASSERT_EQ(shown.status, 200) << shown.body;
    EXPECT_EQ(shown.json()->getValue<std::string>("phone"), "13912345678");
    EXPECT_EQ(shown.json()->getValue<std::string>("name"), "王磊");
    EXPECT_EQ(shown.json()->getValue<std::string>("case_no"), "H1-20260930-C2-000001-00");

    // Who looked, at which case, and why — never the number itself.
    int reveals = 0;
    for (const auto& r :
         server.database().read([](Poco::Data::Session& s) { return server::AuditLog::recent(s, "h1", 100); }))
        if (r.action == "pii.reveal") {
            ++reveals;
            EXPECT_EQ(r.actor, "boss");
            EXPECT_EQ(r.subject, "rectification:" + id);
            EXPECT_NE(r.detail.find("差评回访"), std::string::npos);
            EXPECT_EQ(r.detail.find("13912345678"), std::string::npos);
        }
    EXPECT_EQ(reveals, 1);
    EXPECT_TRUE(server.database().read([](Poco::Data::Session& s) { return server::AuditLog::verify(s); }).intact);

    // A rated service with no phone number recorded: nothing to reveal, and nothing audited.
    const std::string other = served(3);
    ASSERT_EQ(rate(other, 2, pads[3]).status, 201);
    std::string second;
    for (std::size_t i = 0; i < rectifications()->size(); ++i)
        if (rectifications()->getObject(i)->getValue<std::string>("id") != id)
            second = rectifications()->getObject(i)->getValue<std::string>("id");
    EXPECT_EQ(step(second, "contact", R"({"reason":"回访"})", boss).status, 404);
}
