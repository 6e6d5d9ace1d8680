// A case's whole life after intake through the real server: 容缺后补, 后台分办, 补正 with its clock stopped across a
// holiday, the decision by an approver, 办结, 寄递 and delivery — each step by the person it belongs to, each illegal
// step and wrong person refused, another hall's case not found, and the life kept by the server whatever a device
// pushes.
#include "TestFiles.h"
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/DailyStats.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// 2026-09-29 10:00 in Shanghai: a Tuesday, two days before the National Day holidays (10-01 … 10-07; 10-10, a
// Saturday, is worked).
std::int64_t at(const std::string& isoUtc) { return parseUtcIso(isoUtc); }

class CaseLifeTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        clerk = server.clerkAt("h1", 1);
        approver = server.staffAt("h1", "appr1", StaffRole::Approver, DeviceKind::Supervisor);
        supervisor = server.supervisorAt("h1", "sup1");
        now = at("2026-09-28T02:00:00Z");
        server.context().clock = [this] { return now; };
    }

    // A residence permit (居住证, GA-JZZ) taken in by clerk-h1-1 on Monday 09-28, proof of residence (jzzm) waived
    // until 10-12, promised 09-30; pushed from the counter.
    Case takeIn(const std::string& id, const std::string& item = "GA-JZZ") {
        Case c = acceptedCase(id, "h1", 1);
        c.items = {item};
        c.applicant.phone = "138 0013 8000"; // told by text message when the result is ready or posted
        c.clerk = "clerk-h1-1";
        c.acceptedDate = "2026-09-28";
        c.promisedDate = "2026-09-30";
        c.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, ""},
                       {"jzzm", MaterialState::Waived, std::string("2026-10-12"), {}, ""},
                       {"zp", MaterialState::Submitted, std::nullopt, {}, ""}};
        const std::string device = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
        const auto res = pushCase(http, clerk, device, ++seq, c);
        EXPECT_EQ(res.status, 200) << res.body;
        EXPECT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied")
            << res.body;
        return c;
    }

    HttpResult step(const std::string& token, const std::string& caseRef, const std::string& what,
                    const std::string& body = "{}") {
        return http.post("/api/v1/cases/" + caseRef + "/" + what, body, token);
    }
    static std::string state(const HttpResult& res) { return res.json()->getValue<std::string>("state"); }
    static Case caseOf(const HttpResult& res) { return caseFromJson(res.json()); }

    TestServer server;
    HttpClient http{server.port()};
    std::string clerk, approver, supervisor;
    std::int64_t now = 0, seq = 0;
};

} // namespace

TEST_F(CaseLifeTest, ACaseLivesFromWaiverToDeliveryEachStepByItsPerson) {
    const Case taken = takeIn("life-1");
    const std::string no = taken.caseNo;

    // 容缺后补 at the counter: the waived proof of residence is brought; the case no longer waits for it.
    auto res = step(clerk, no, "supplements", R"({"material":"jzzm"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(caseOf(res).materials[1].state, MaterialState::Submitted);
    EXPECT_EQ(state(res), "accepted");

    // 后台分办 to the approver.
    res = step(clerk, no, "assign", R"({"department":"区公安分局","approver":"appr1"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "in_review");
    EXPECT_EQ(caseOf(res).life.assignedTo, "appr1");

    // 补正 on Tuesday 09-29; the clock stops over the holidays; the photo comes back on Friday 10-09.
    now = at("2026-09-29T02:00:00Z");
    res = step(approver, no, "corrections", R"({"materials":["zp"],"reason":"照片背景不是白色"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "supplement");
    const std::string correction = caseOf(res).life.corrections.back().id;
    // Nothing is decided while it waits.
    EXPECT_EQ(step(approver, no, "decision", R"({"decision":"approved"})").status, 409);
    // The receipt's progress page tells the applicant what to bring and why (no one's name).
    auto progress = http.get("/api/v1/progress/" + no + "?code=" + taken.queryCode);
    ASSERT_EQ(progress.status, 200) << progress.body;
    EXPECT_NE(progress.body.find("照片背景不是白色"), std::string::npos) << progress.body;
    EXPECT_EQ(progress.body.find("appr1"), std::string::npos) << progress.body;
    now = at("2026-10-09T02:00:00Z");
    res = step(clerk, no, "corrections/" + correction + "/received");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "in_review");
    // 09-30, 10-08 and 10-09 were working days with the clock stopped: the promise moves three working days,
    // from 09-30 past the holidays to Saturday 10-10, a worked day.
    EXPECT_EQ(caseOf(res).life.corrections.back().suspendedWorkingDays, 3);
    EXPECT_EQ(caseOf(res).promisedDate, "2026-10-10");

    // The approver decides; the clerk completes; the result goes by post and arrives.
    res = step(approver, no, "decision", R"({"decision":"approved","reason":"材料齐全"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "approved");
    EXPECT_EQ(caseOf(res).life.decidedBy, "appr1");
    res = step(clerk, no, "complete", R"({"note":"证件已制好"})");
    ASSERT_EQ(res.status, 200) << res.body;
    res = step(clerk, no, "handover",
               R"({"method":"post","recipient":"王磊","address":"成都市武侯区一环路1号","waybill":"SF1234567890"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "posted");
    progress = http.get("/api/v1/progress/" + no + "?code=" + taken.queryCode);
    EXPECT_EQ(progress.json()->getValue<std::string>("waybill"), "SF1234567890");
    EXPECT_EQ(progress.json()->getArray("steps")->size(), 7u);
    res = step(supervisor, no, "delivered");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "delivered");

    // The whole history, in order, from GET.
    res = http.get("/api/v1/cases/" + taken.id, clerk);
    ASSERT_EQ(res.status, 200) << res.body;
    std::vector<std::string> actions;
    for (const CaseStep& s : caseOf(res).life.steps)
        actions.push_back(s.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"supplied", "assigned", "correction_requested", "correction_received",
                                                 "approved", "completed", "posted", "delivered"}));
    EXPECT_EQ(caseOf(res).life.handover->waybill, "SF1234567890");
    EXPECT_EQ(caseOf(res).life.handover->deliveredDay, "2026-10-09");
    // The applicant was told twice: finished, then posted (and nothing for the other steps).
    const auto messages = server.context().outbox.counts();
    EXPECT_EQ(messages.pending + messages.sent, 2);

    // The supervisor's days count the steps: the correction on 09-29; the decision, the completion (on time: the
    // promise had moved to 10-10) and the posting on 10-09.
    auto day = [&](const std::string& date) {
        const auto stats = http.get("/api/v1/stats/daily?date=" + date, supervisor);
        EXPECT_EQ(stats.status, 200) << stats.body;
        return dailyStatsFromJson(stats.json()).totals;
    };
    EXPECT_EQ(day("2026-09-29").correctionsRequested, 1);
    const DayFigures ninth = day("2026-10-09");
    EXPECT_EQ(ninth.decisions, 1);
    EXPECT_EQ(ninth.casesCompleted, 1);
    EXPECT_EQ(ninth.casesCompletedOnTime, 1);
    EXPECT_EQ(ninth.posted, 1);
    EXPECT_EQ(ninth.handedOver, 0);
}

TEST_F(CaseLifeTest, IllegalStepsAreRefusedNamingTheState) {
    const std::string no = takeIn("life-2").caseNo;
    // Not yet decided: nothing to complete or hand over; no correction to receive.
    for (const auto& [what, body] : std::vector<std::pair<std::string, std::string>>{
             {"complete", "{}"}, {"handover", R"({"method":"window","recipient":"王磊"})"}, {"delivered", "{}"}}) {
        const auto res = step(clerk, no, what, body);
        EXPECT_EQ(res.status, 409) << what << ": " << res.body;
        EXPECT_NE(res.body.find("accepted"), std::string::npos) << res.body; // the state is named
    }
    // An accepted case is passed on before it is decided (GA-JZZ is not 即办).
    EXPECT_EQ(step(approver, no, "decision", R"({"decision":"approved"})").status, 409);
    ASSERT_EQ(step(clerk, no, "assign", R"({"approver":"appr1"})").status, 200);
    // A material that was not waived and no correction asks for is not "supplied".
    EXPECT_EQ(step(clerk, no, "supplements", R"({"material":"zp"})").status, 409);
    EXPECT_EQ(step(clerk, no, "supplements", R"({"material":"no-such"})").status, 400);
    // A refusal says why.
    EXPECT_EQ(step(approver, no, "decision", R"({"decision":"refused"})").status, 400);
    EXPECT_EQ(step(approver, no, "decision", R"({"decision":"maybe"})").status, 400);
    ASSERT_EQ(step(approver, no, "decision", R"({"decision":"refused","reason":"不符合居住条件"})").status, 200);
    // Decided once.
    EXPECT_EQ(step(approver, no, "decision", R"({"decision":"approved"})").status, 409);
    EXPECT_EQ(step(clerk, no, "corrections", R"({"materials":["zp"],"reason":"x"})").status, 409);
    // A posted result needs its address and waybill; a window handover its recipient.
    ASSERT_EQ(step(clerk, no, "complete").status, 200);
    EXPECT_EQ(step(clerk, no, "handover", R"({"method":"post","recipient":"王磊"})").status, 400);
    EXPECT_EQ(step(clerk, no, "handover", R"({"method":"window"})").status, 400);
    EXPECT_EQ(step(clerk, no, "handover", R"({"method":"drone","recipient":"王磊"})").status, 400);
    const auto res = step(clerk, no, "handover", R"({"method":"window","recipient":"王磊","id_checked":true})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "delivered");
    // Closed.
    EXPECT_EQ(step(clerk, no, "delivered").status, 409);
    EXPECT_EQ(step(clerk, no, "supplements", R"({"material":"jzzm"})").status, 409);
}

TEST_F(CaseLifeTest, EachStepBelongsToItsPeople) {
    const std::string no = takeIn("life-3").caseNo;
    const std::string agent = server.staffAt("h1", "agent1", StaffRole::Agent, DeviceKind::Station);
    const std::string otherApprover = server.staffAt("h1", "appr2", StaffRole::Approver, DeviceKind::Supervisor);
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);

    // A device without a person, and a kiosk, take no step.
    EXPECT_EQ(step(kiosk, no, "assign", R"({"approver":"appr1"})").status, 403);
    // An agent does not pass cases on, nor ask for corrections; an approver does not pass cases on.
    EXPECT_EQ(step(agent, no, "assign", R"({"approver":"appr1"})").status, 403);
    EXPECT_EQ(step(approver, no, "assign", R"({"approver":"appr1"})").status, 403);
    // Only an approver of the hall is assigned.
    EXPECT_EQ(step(clerk, no, "assign", R"({"approver":"sup1"})").status, 400);
    ASSERT_EQ(step(clerk, no, "assign", R"({"approver":"appr1"})").status, 200);
    EXPECT_EQ(step(agent, no, "corrections", R"({"materials":["zp"],"reason":"x"})").status, 403);
    // The case went to appr1: appr2 does not decide it; nor does the clerk who took it in (not 即办).
    EXPECT_EQ(step(otherApprover, no, "decision", R"({"decision":"approved"})").status, 403);
    EXPECT_EQ(step(clerk, no, "decision", R"({"decision":"approved"})").status, 403);
    EXPECT_EQ(step(agent, no, "decision", R"({"decision":"approved"})").status, 403);
    ASSERT_EQ(step(approver, no, "decision", R"({"decision":"approved"})").status, 200);
    // Completing is the hall's, not a village agent's; handing over is not the approver's.
    EXPECT_EQ(step(agent, no, "complete").status, 403);
    ASSERT_EQ(step(supervisor, no, "complete").status, 200);
    EXPECT_EQ(step(approver, no, "handover", R"({"method":"window","recipient":"王磊"})").status, 403);
    // A village station hands the result over (代办点 出件).
    EXPECT_EQ(step(agent, no, "handover", R"({"method":"window","recipient":"王磊"})").status, 200);
}

TEST_F(CaseLifeTest, AnotherHallsCaseIsNotFound) {
    const Case taken = takeIn("life-4");
    const std::string stranger = server.clerkAt("h2", 1);
    EXPECT_EQ(step(stranger, taken.caseNo, "assign", R"({"department":"x"})").status, 404);
    EXPECT_EQ(http.get("/api/v1/cases/" + taken.id, stranger).status, 404);
    EXPECT_EQ(step(clerk, "no-such-case", "assign", R"({"department":"x"})").status, 404);
    EXPECT_EQ(step(clerk, taken.caseNo, "corrections/no-such/received").status, 409); // not waiting for one
}

TEST_F(CaseLifeTest, ADevicesPushNeverChangesTheLifeTheServerKeeps) {
    Case c = takeIn("life-5");
    auto res = step(clerk, c.caseNo, "assign", R"({"approver":"appr1"})");
    ASSERT_EQ(res.status, 200) << res.body;
    Case onServer = caseOf(res);
    // The counter edits the case (a note on a material) on the server's version, and writes a life of its own.
    Case edited = onServer;
    edited.materials[0].note = "原件已核";
    edited.life.assignedTo = "clerk-h1-1";
    edited.life.decidedBy = "clerk-h1-1";
    edited.life.steps.clear();
    const std::string device = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
    res = pushCase(http, clerk, device, ++seq, edited, onServer.version);
    ASSERT_EQ(res.status, 200) << res.body;
    ASSERT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied") << res.body;
    const Case now = caseOf(http.get("/api/v1/cases/" + c.id, clerk));
    EXPECT_EQ(now.materials[0].note, "原件已核"); // the edit is kept
    EXPECT_EQ(now.life.assignedTo, "appr1");      // the life is the server's
    EXPECT_TRUE(now.life.decidedBy.empty());
    ASSERT_EQ(now.life.steps.size(), 1u);
    EXPECT_EQ(now.life.steps[0].action, "assigned");
}

TEST_F(CaseLifeTest, AnItemApprovedByRuleIsApprovedOnceItsPromiseHasPassedAndNotWhileACorrectionWaits) {
    // The hall's catalog flags the residence permit 超时默认.
    auto catalog = parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG));
    catalog->set("version", catalog->getValue<int>("version") + 1);
    const auto items = catalog->getArray("items");
    for (unsigned i = 0; i < items->size(); ++i)
        if (items->getObject(i)->getValue<std::string>("code") == "GA-JZZ")
            items->getObject(i)->set("deemed_approval", true);
    server.context().catalogs.import(toJsonText(catalog), nowUtcMs());

    const std::string due = takeIn("life-6").caseNo, waiting = takeIn("life-7").caseNo;
    ASSERT_EQ(step(clerk, due, "assign", R"({"approver":"appr1"})").status, 200);
    ASSERT_EQ(step(clerk, waiting, "corrections", R"({"materials":["zp"],"reason":"照片"})").status, 200);
    // The promised day (09-30) itself still runs.
    EXPECT_EQ(server.context().cases.approveDeemed(at("2026-09-30T10:00:00Z")), 0);
    // The next day in Shanghai (10-01 00:30 there), the case is approved by rule; the one in 补正 waits.
    EXPECT_EQ(server.context().cases.approveDeemed(at("2026-09-30T16:30:00Z")), 1);
    const Case approved = caseOf(http.get("/api/v1/cases/" + due, clerk));
    EXPECT_EQ(approved.state, CaseState::Approved);
    EXPECT_TRUE(approved.life.deemed);
    ASSERT_FALSE(approved.life.steps.empty());
    EXPECT_EQ(approved.life.steps.back().action, "deemed_approved");
    EXPECT_EQ(approved.life.steps.back().day, "2026-10-01");
    EXPECT_EQ(caseOf(http.get("/api/v1/cases/" + waiting, clerk)).state, CaseState::Supplement);
    // Once approved, it is not approved again; the clerk completes it as any other.
    EXPECT_EQ(server.context().cases.approveDeemed(at("2026-10-08T02:00:00Z")), 0);
    EXPECT_EQ(step(clerk, due, "complete").status, 200);
}

TEST_F(CaseLifeTest, EachPersonsWorkListHoldsTheirCases) {
    const std::string mine = takeIn("life-8").caseNo, other = takeIn("life-9").caseNo;
    ASSERT_EQ(step(clerk, mine, "assign", R"({"approver":"appr1"})").status, 200);
    const std::string secondClerk = server.clerkAt("h1", 2);
    auto numbers = [&](const std::string& token) {
        const auto res = http.get("/api/v1/me/cases", token);
        EXPECT_EQ(res.status, 200) << res.body;
        std::vector<std::string> out;
        const auto cases = res.json()->getArray("cases");
        for (unsigned i = 0; cases && i < cases->size(); ++i)
            out.push_back(cases->getObject(i)->getValue<std::string>("case_no"));
        return out;
    };
    EXPECT_EQ(numbers(approver), std::vector<std::string>{mine});       // passed to them
    EXPECT_EQ(numbers(clerk), (std::vector<std::string>{mine, other})); // 首问负责: the ones they took in
    EXPECT_TRUE(numbers(secondClerk).empty());                          // none of theirs
    EXPECT_EQ(numbers(supervisor).size(), 2u);                          // the hall's
    const auto first = http.get("/api/v1/me/cases", approver).json()->getArray("cases")->getObject(0);
    EXPECT_EQ(first->getValue<int>("working_days_left"), 2); // Monday 09-28 to Wednesday 09-30
    // The people of the case by name, for the screens: its approver, and whoever took its steps.
    EXPECT_EQ(first->getObject("names")->getValue<std::string>("appr1"), "approver appr1");
    EXPECT_EQ(first->getObject("names")->getValue<std::string>("clerk-h1-1"), "办事员1");
    EXPECT_EQ(http.get("/api/v1/me/cases", server.enroll("h1", DeviceKind::Kiosk)).status, 403);
}

TEST_F(CaseLifeTest, TheClockStandsStillForPublicityWhereTheItemSaysSoAndNoWarningCountsIt) {
    // 不动产转移登记 (BDC-ZYDJ) lists 公示 and 实地查看 among its clock stops; 居住证 none.
    const Case propertyCase = takeIn("life-10", "BDC-ZYDJ");
    const std::string property = propertyCase.caseNo, residence = takeIn("life-11").caseNo;
    const std::string progressPath = "/api/v1/progress/" + property + "?code=" + propertyCase.queryCode;
    ASSERT_EQ(step(clerk, property, "assign", R"({"approver":"appr1"})").status, 200);
    ASSERT_EQ(step(clerk, residence, "assign", R"({"approver":"appr1"})").status, 200);
    now = at("2026-09-29T02:00:00Z");
    EXPECT_EQ(step(approver, residence, "clock-stops", R"({"kind":"publicity","reason":"公示"})").status, 403);
    EXPECT_EQ(step(approver, property, "clock-stops", R"({"kind":"publicity"})").status, 400);
    EXPECT_EQ(step(approver, property, "clock-stops", R"({"kind":"lottery","reason":"?"})").status, 400);
    EXPECT_EQ(step(clerk, property, "clock-stops", R"({"kind":"publicity","reason":"公示"})").status, 403);
    auto res = step(approver, property, "clock-stops", R"({"kind":"publicity","reason":"转移登记公告十个工作日"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(state(res), "in_review");
    const std::string stop = caseOf(res).life.clockStops.back().id;
    EXPECT_EQ(step(approver, property, "clock-stops", R"({"kind":"inspection","reason":"实地查看"})").status, 409);
    EXPECT_EQ(step(approver, property, "decision", R"({"decision":"approved"})").status, 409);
    // The applicant sees why; the approver's list says so.
    const auto progress = http.get(progressPath);
    ASSERT_EQ(progress.status, 200) << progress.body;
    EXPECT_EQ(progress.json()->getObject("clock_stopped")->getValue<std::string>("kind"), "publicity");
    EXPECT_NE(progress.body.find("转移登记公告十个工作日"), std::string::npos);
    const auto work = http.get("/api/v1/me/cases", approver).json()->getArray("cases");
    for (unsigned i = 0; i < work->size(); ++i)
        if (work->getObject(i)->getValue<std::string>("case_no") == property) {
            EXPECT_EQ(work->getObject(i)->getArray("clock_stops")->size(), 2u);
        }
    // On 10-09 both promises (09-30) have passed: the residence permit is overdue; the property case, its clock
    // standing still, is not warned of.
    auto warned = [&](const std::string& date) {
        const auto list = http.get("/api/v1/stats/warnings?date=" + date, supervisor);
        EXPECT_EQ(list.status, 200) << list.body;
        std::vector<std::string> out;
        const auto cases = list.json()->getArray("cases");
        for (unsigned i = 0; cases && i < cases->size(); ++i)
            out.push_back(cases->getObject(i)->getValue<std::string>("case_no"));
        return out;
    };
    EXPECT_EQ(warned("2026-10-09"), std::vector<std::string>{residence});
    now = at("2026-10-09T02:00:00Z");
    EXPECT_EQ(step(clerk, property, "clock-stops/no-such/ended").status, 404);
    res = step(approver, property, "clock-stops/" + stop + "/ended");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(caseOf(res).life.clockStops.back().suspendedWorkingDays, 3);
    EXPECT_EQ(caseOf(res).promisedDate, "2026-10-10");
    EXPECT_EQ(step(approver, property, "clock-stops/" + stop + "/ended").status, 409);
    EXPECT_FALSE(http.get(progressPath).json()->has("clock_stopped"));
    EXPECT_EQ(step(approver, property, "decision", R"({"decision":"approved"})").status, 200);
}

TEST_F(CaseLifeTest, AStationsOfflineSupplyArrivesByPushAndIsAStepOfTheCase) {
    Case c = takeIn("life-12");
    const std::string device = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
    // Brought at the counter while the line was down: the waived proof of residence, with a scan not yet uploaded.
    Case brought = c;
    brought.materials[1].state = MaterialState::Submitted;
    brought.materials[1].attachments = {std::string(64, 'b')};
    auto res = pushCase(http, clerk, device, ++seq, brought, c.version);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "waiting") << res.body;
    brought.materials[1].attachments.clear(); // the scan never came: brought without it
    res = pushCase(http, clerk, device, ++seq, brought, c.version);
    ASSERT_EQ(res.status, 200) << res.body;
    ASSERT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied") << res.body;
    const Case onServer = caseOf(http.get("/api/v1/cases/" + c.id, clerk));
    EXPECT_EQ(onServer.materials[1].state, MaterialState::Submitted);
    ASSERT_EQ(onServer.life.steps.size(), 1u);
    EXPECT_EQ(onServer.life.steps[0].action, "supplied");
    EXPECT_EQ(onServer.life.steps[0].by, "clerk-h1-1");
    // The device that pushed pulls what the server wrote (the step), as every other device of the hall does.
    res = http.get("/api/v1/sync/pull?cursor=0", clerk);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_NE(res.body.find("supplied"), std::string::npos) << res.body;
    // A material brought at intake is not waived afterwards by a push; nor is one dropped.
    Case unwaived = onServer;
    unwaived.materials[0].state = MaterialState::Waived;
    res = pushCase(http, clerk, device, ++seq, unwaived, onServer.version);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "rejected") << res.body;
    Case dropped = onServer;
    dropped.materials.pop_back();
    res = pushCase(http, clerk, device, ++seq, dropped, onServer.version);
    EXPECT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "rejected") << res.body;
}
