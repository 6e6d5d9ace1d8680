// The steps of a case's life as rules, without a server: 即办 at the window, 超时默认 by rule, the clock across a 补正,
// and the life written into the case's JSON and read back.
#include "TestFiles.h"

#include "domain/Case.h"
#include "domain/CaseSteps.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;

namespace {

Catalog demoCatalog() { return parseCatalog(parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG))); }

Case caseOf(const std::string& item, CaseState state) {
    Case c;
    c.id = "c-1";
    c.hall = "h1";
    c.items = {item};
    c.clerk = "clerk1";
    c.state = state;
    c.acceptedDate = "2026-09-28";
    c.promisedDate = "2026-09-30";
    c.materials = {{"zp", MaterialState::Submitted, std::nullopt, {}, ""}};
    c.version = 1;
    return c;
}

StepContext by(const std::string& user, StaffRole role, DeviceKind device, const Catalog& catalog,
               const std::string& day = "2026-09-29") {
    return {user, role, device, parseUtcIso(day + "T02:00:00Z"), day, &catalog};
}

} // namespace

TEST(CaseSteps, TheClerkWhoTookItInDecidesOnlyAnImmediateItem) {
    Catalog catalog = demoCatalog();
    const auto clerk = by("clerk1", StaffRole::Clerk, DeviceKind::Counter, catalog);
    Case c = caseOf("GA-JZZ", CaseState::InReview);
    EXPECT_THROW(decideCase(c, true, "", clerk), CaseStepRefused);
    EXPECT_EQ(c.state, CaseState::InReview);
    // Another clerk at a counter may (the item's approval rule is the default: clerks and supervisors at a counter).
    decideCase(c, true, "", by("clerk2", StaffRole::Clerk, DeviceKind::Counter, catalog));
    EXPECT_EQ(c.state, CaseState::Approved);
    EXPECT_EQ(c.life.decidedBy, "clerk2");

    // Marked 即办, the item is decided by the clerk at once, from accepted.
    for (auto& item : catalog.items)
        if (item.code == "GA-JZZ")
            item.immediate = true;
    Case now = caseOf("GA-JZZ", CaseState::Accepted);
    decideCase(now, true, "", by("clerk1", StaffRole::Clerk, DeviceKind::Counter, catalog));
    EXPECT_EQ(now.state, CaseState::Approved);
    EXPECT_EQ(now.version, 2);
}

TEST(CaseSteps, AnItemDeemedApprovedIsApprovedByRuleOnlyOnceItsPromiseHasPassed) {
    Catalog catalog = demoCatalog();
    Case c = caseOf("GA-JZZ", CaseState::InReview);
    EXPECT_FALSE(deemedApprovalDue(c, catalog, "2026-10-09")); // not flagged
    for (auto& item : catalog.items)
        if (item.code == "GA-JZZ")
            item.deemedApproval = true;
    EXPECT_FALSE(deemedApprovalDue(c, catalog, "2026-09-30")); // the promised day itself still runs
    EXPECT_TRUE(deemedApprovalDue(c, catalog, "2026-10-01"));
    Case waiting = caseOf("GA-JZZ", CaseState::Supplement);
    EXPECT_FALSE(deemedApprovalDue(waiting, catalog, "2026-10-09")); // the clock stands still in 补正
    deemApproved(c, by("clerk9", StaffRole::Clerk, DeviceKind::Counter, catalog, "2026-10-01"));
    EXPECT_EQ(c.state, CaseState::Approved);
    EXPECT_TRUE(c.life.deemed);
    EXPECT_TRUE(c.life.decidedBy.empty());
    ASSERT_EQ(c.life.steps.size(), 1u);
    EXPECT_EQ(c.life.steps[0].action, "deemed_approved");
    EXPECT_TRUE(c.life.steps[0].by.empty()); // by rule, not by a person
}

TEST(CaseSteps, ACorrectionReceivedTheSameDayStopsNoWorkingDay) {
    const Catalog catalog = demoCatalog();
    const auto approver = by("appr1", StaffRole::Approver, DeviceKind::Supervisor, catalog, "2026-09-29");
    Case c = caseOf("GA-JZZ", CaseState::InReview);
    const std::string id = requestCorrection(c, {"zp"}, "照片", "k-1", approver).id;
    EXPECT_EQ(c.state, CaseState::Supplement);
    EXPECT_THROW(requestCorrection(c, {"zp"}, "again", "k-2", approver), CaseStepRefused); // one at a time
    receiveCorrection(c, id, by("clerk1", StaffRole::Clerk, DeviceKind::Counter, catalog, "2026-09-29"));
    EXPECT_EQ(c.life.corrections[0].suspendedWorkingDays, 0);
    EXPECT_EQ(c.promisedDate, "2026-09-30");
    // Asked on Friday 09-18, received on Wednesday 09-23: Sunday 09-20 (worked, 调休), Monday, Tuesday and Wednesday
    // stood still.
    Case later = caseOf("GA-JZZ", CaseState::InReview);
    const auto friday = by("appr1", StaffRole::Approver, DeviceKind::Supervisor, catalog, "2026-09-18");
    requestCorrection(later, {"zp"}, "照片", "k-3", friday);
    receiveCorrection(later, "k-3", by("clerk1", StaffRole::Clerk, DeviceKind::Counter, catalog, "2026-09-23"));
    EXPECT_EQ(later.life.corrections[0].suspendedWorkingDays, 4);
}

TEST(CaseSteps, TheLifeTravelsWithTheCaseAndAnEmptyOneIsNotWritten) {
    const Catalog catalog = demoCatalog();
    Case c = caseOf("GA-JZZ", CaseState::Accepted);
    EXPECT_FALSE(caseToJson(c)->has("life"));
    assignCase(c, "区公安分局", "appr1", by("sup1", StaffRole::Supervisor, DeviceKind::Supervisor, catalog));
    const Case back = caseFromJson(parseObject(toJsonText(caseToJson(c))));
    EXPECT_EQ(back.state, CaseState::InReview);
    EXPECT_EQ(back.life.department, "区公安分局");
    EXPECT_EQ(back.life.assignedTo, "appr1");
    ASSERT_EQ(back.life.steps.size(), 1u);
    EXPECT_EQ(back.life.steps[0].by, "sup1");
    EXPECT_EQ(back.life.steps[0].atMs, parseUtcIso("2026-09-29T02:00:00Z"));
}

TEST(CaseSteps, TheClockStopsForPublicityOnlyWhereTheItemSaysSoAndTheDecisionWaits) {
    const Catalog catalog = demoCatalog();
    const auto approver = by("appr1", StaffRole::Approver, DeviceKind::Supervisor, catalog, "2026-09-29");
    Case residence = caseOf("GA-JZZ", CaseState::InReview);
    try { // 居住证 lists no clock stops
        stopClock(residence, "publicity", "公示七日", "s-0", approver);
        FAIL() << "stopped the clock of an item that does not allow it";
    } catch (const CaseStepRefused& e) {
        EXPECT_EQ(e.kind(), CaseStepRefused::Kind::NotAllowed);
    }
    Case c = caseOf("BDC-ZYDJ", CaseState::InReview);
    EXPECT_THROW(stopClock(c, "publicity", "", "s-1", approver), CaseStepRefused); // the applicant is told why
    EXPECT_THROW(stopClock(c, "lottery", "?", "s-1", approver), CaseStepRefused);
    EXPECT_THROW(stopClock(c, "publicity", "公示", "s-1", by("clerk2", StaffRole::Clerk, DeviceKind::Counter, catalog)),
                 CaseStepRefused); // the reviewer stops it, not the window
    stopClock(c, "publicity", "公示七日", "s-1", approver);
    EXPECT_EQ(c.state, CaseState::InReview);
    EXPECT_EQ(c.life.clockStoppedSince(), "2026-09-29");
    EXPECT_THROW(stopClock(c, "inspection", "实地查看", "s-2", approver), CaseStepRefused); // one at a time
    try {
        decideCase(c, true, "", approver);
        FAIL() << "decided while the clock stood still";
    } catch (const CaseStepRefused& e) {
        EXPECT_EQ(e.code(), "clock_stopped");
    }
    Catalog deemed = catalog;
    for (auto& item : deemed.items)
        item.deemedApproval = true;
    EXPECT_FALSE(deemedApprovalDue(c, deemed, "2026-10-20")); // not by rule either while it stands still
    // Stopped on Tuesday 09-29, running again on Friday 10-09 across the National Day holiday: Wednesday 09-30,
    // Thursday 10-08 and Friday 10-09 stood still; the promise (09-30) moves three working days, to Saturday 10-10
    // (a working day, 调休).
    restartClock(c, "s-1", by("appr1", StaffRole::Approver, DeviceKind::Supervisor, catalog, "2026-10-09"));
    EXPECT_EQ(c.life.clockStops[0].suspendedWorkingDays, 3);
    EXPECT_EQ(c.promisedDate, "2026-10-10");
    EXPECT_TRUE(c.life.clockStoppedSince().empty());
    EXPECT_THROW(restartClock(c, "s-1", approver), CaseStepRefused);
    ASSERT_EQ(c.life.steps.size(), 2u);
    EXPECT_EQ(c.life.steps[0].action, "clock_stopped");
    EXPECT_EQ(c.life.steps[1].action, "clock_restarted");
    decideCase(c, true, "", approver);
    EXPECT_EQ(c.state, CaseState::Approved);
    const Case back = caseFromJson(parseObject(toJsonText(caseToJson(c))));
    ASSERT_EQ(back.life.clockStops.size(), 1u);
    EXPECT_EQ(back.life.clockStops[0].kind, "publicity");
    EXPECT_EQ(back.life.clockStops[0].endedDay, "2026-10-09");
}

TEST(CaseSteps, APushChangesAnAcceptedCasesMaterialsOnlyBySupplyingWhatWasWaived) {
    const Catalog catalog = demoCatalog();
    const auto agent = by("agent1", StaffRole::Agent, DeviceKind::Station, catalog);
    Case stored = caseOf("GA-JZZ", CaseState::Accepted);
    stored.materials.push_back({"jzzm", MaterialState::Waived, std::string("2026-10-09"), {}, ""});
    const std::string scan(64, 'a');

    Case brought = stored; // the station marked the waived material brought, with a scan, and pushed version 2
    brought.materials[1].state = MaterialState::Submitted;
    brought.materials[1].attachments = {scan};
    brought.version = 2;
    takePushedSupplies(stored, brought, agent);
    EXPECT_EQ(brought.version, 2); // the push is the version
    EXPECT_EQ(brought.materials[1].state, MaterialState::Submitted);
    EXPECT_EQ(brought.materials[1].attachments, std::vector<std::string>{scan});
    ASSERT_EQ(brought.life.steps.size(), 1u);
    EXPECT_EQ(brought.life.steps[0].action, "supplied");
    EXPECT_EQ(brought.life.steps[0].by, "agent1");
    EXPECT_EQ(brought.life.steps[0].note, "jzzm");

    Case unchanged = stored;
    takePushedSupplies(stored, unchanged, agent);
    EXPECT_TRUE(unchanged.life.steps.empty());
    Case morePages = stored; // a page of the ID card scanned after the case was saved
    morePages.materials[0].attachments = {scan};
    takePushedSupplies(stored, morePages, agent);
    EXPECT_TRUE(morePages.life.steps.empty());

    Case waivedAgain = stored; // a material brought at intake is not waived afterwards
    waivedAgain.materials[0].state = MaterialState::Waived;
    EXPECT_THROW(takePushedSupplies(stored, waivedAgain, agent), CaseStepRefused);
    Case scanDropped = brought; // scans once kept stay
    Case afterSupply = brought;
    scanDropped.materials[1].attachments.clear();
    EXPECT_THROW(takePushedSupplies(afterSupply, scanDropped, agent), CaseStepRefused);
    Case added = stored; // nor are materials added or removed
    added.materials.push_back({"extra", MaterialState::Submitted, std::nullopt, {}, ""});
    EXPECT_THROW(takePushedSupplies(stored, added, agent), CaseStepRefused);
    Case removed = stored;
    removed.materials.pop_back();
    EXPECT_THROW(takePushedSupplies(stored, removed, agent), CaseStepRefused);
    Case completed = stored;
    completed.state = CaseState::Completed;
    Case late = brought;
    late.state = CaseState::Completed;
    EXPECT_THROW(takePushedSupplies(completed, late, agent), CaseStepRefused); // a completed case takes no more
}
