#include "domain/CaseState.h"
#include "domain/CaseRules.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace ow;

namespace {

const std::set<std::pair<CaseState, CaseAction>> kLegal = {
    {CaseState::Draft, CaseAction::Accept},
    {CaseState::Draft, CaseAction::Notify},
    {CaseState::Draft, CaseAction::Refuse},
    {CaseState::Accepted, CaseAction::Review},
    {CaseState::Accepted, CaseAction::Approve},
    {CaseState::Accepted, CaseAction::RequestSupplement},
    {CaseState::InReview, CaseAction::RequestSupplement},
    {CaseState::Supplement, CaseAction::Resume},
    {CaseState::InReview, CaseAction::Approve},
    {CaseState::InReview, CaseAction::Deny},
    {CaseState::Approved, CaseAction::Complete},
    {CaseState::Denied, CaseAction::Complete},
    {CaseState::Completed, CaseAction::Deliver},
};

constexpr CaseState kStates[] = {CaseState::Draft,     CaseState::Accepted,   CaseState::Notified, CaseState::Refused,
                                 CaseState::InReview,  CaseState::Supplement, CaseState::Approved, CaseState::Denied,
                                 CaseState::Completed, CaseState::Delivered};
constexpr CaseAction kActions[] = {
    CaseAction::Accept, CaseAction::Notify,  CaseAction::Refuse, CaseAction::Review,   CaseAction::RequestSupplement,
    CaseAction::Resume, CaseAction::Approve, CaseAction::Deny,   CaseAction::Complete, CaseAction::Deliver};

} // namespace

TEST(CaseState, EveryPairIsLegalExactlyWhenTheDesignSaysSo) {
    int legal = 0;
    for (CaseState from : kStates)
        for (CaseAction action : kActions) {
            const CaseTransition t = caseTransition(from, action);
            const bool expected = kLegal.count({from, action}) == 1;
            EXPECT_EQ(t.next.has_value(), expected) << toString(from) << " " << toString(action);
            if (!t.next) {
                EXPECT_FALSE(t.reason.empty());
            }
            legal += t.next ? 1 : 0;
        }
    EXPECT_EQ(legal, static_cast<int>(kLegal.size()));
}

TEST(CaseState, TheUsualPathEndsDelivered) {
    CaseState s = CaseState::Draft;
    for (CaseAction a : {CaseAction::Accept, CaseAction::Review, CaseAction::RequestSupplement, CaseAction::Resume,
                         CaseAction::Approve, CaseAction::Complete, CaseAction::Deliver})
        s = *caseTransition(s, a).next;
    EXPECT_EQ(s, CaseState::Delivered);
    EXPECT_TRUE(isFinal(s));
}

TEST(CaseState, TheClockStopsForSupplementsAndOutsideProcessing) {
    EXPECT_TRUE(clockRuns(CaseState::Accepted));
    EXPECT_TRUE(clockRuns(CaseState::InReview));
    EXPECT_FALSE(clockRuns(CaseState::Supplement));
    EXPECT_FALSE(clockRuns(CaseState::Draft));
    EXPECT_FALSE(clockRuns(CaseState::Completed));
}

TEST(CaseState, ReasonsSayWhy) {
    EXPECT_EQ(caseTransition(CaseState::Refused, CaseAction::Accept).reason,
              "a refused case cannot accept: the case is closed");
    EXPECT_EQ(caseTransition(CaseState::Supplement, CaseAction::Approve).reason,
              "a supplement case cannot approve: it waits for the applicant's supplement");
}

TEST(CaseState, NamesRoundTrip) {
    for (CaseState s : kStates)
        EXPECT_EQ(caseStateFromString(toString(s)), s);
    for (CaseAction a : kActions)
        EXPECT_EQ(caseActionFromString(toString(a)), a);
    EXPECT_FALSE(caseStateFromString("lost"));
}

// Who may move a case how (domain/CaseRules): the rules the server checks every pushed change against.
TEST(CaseRules, AgentsAndStationsTakeApplicationsAndHandOverResultsButNeverDecide) {
    const CaseActor agent{StaffRole::Agent, DeviceKind::Station};
    const CaseActor clerkAtStation{StaffRole::Clerk, DeviceKind::Station};
    const CaseActor clerk{StaffRole::Clerk, DeviceKind::Counter};
    for (CaseAction action : kActions) {
        const bool intake = action == CaseAction::Accept || action == CaseAction::Notify ||
                            action == CaseAction::Refuse || action == CaseAction::Deliver;
        EXPECT_EQ(mayTake(agent, action, {}), intake) << toString(action);
        EXPECT_EQ(mayTake(clerkAtStation, action, {}), intake) << toString(action);
        EXPECT_TRUE(mayTake(clerk, action, {})) << toString(action);
        EXPECT_FALSE(mayTake({StaffRole::Clerk, DeviceKind::Kiosk}, action, {})) << toString(action);
    }
    // Even a rule that names them does not make them deciders.
    ApprovalRule anyone;
    anyone.roles = {StaffRole::Agent, StaffRole::Clerk};
    anyone.devices = {DeviceKind::Station, DeviceKind::Counter};
    EXPECT_FALSE(mayTake(agent, CaseAction::Approve, {anyone}));
    EXPECT_FALSE(mayTake(clerkAtStation, CaseAction::Deny, {anyone}));
}

TEST(CaseRules, EveryItemOfACaseMustAllowTheDecision) {
    ApprovalRule chiefOnly;
    chiefOnly.roles = {StaffRole::Supervisor};
    const CaseActor clerk{StaffRole::Clerk, DeviceKind::Counter};
    const CaseActor chief{StaffRole::Supervisor, DeviceKind::Counter};
    EXPECT_TRUE(mayTake(clerk, CaseAction::Approve, {ApprovalRule{}}));
    EXPECT_FALSE(mayTake(clerk, CaseAction::Approve, {ApprovalRule{}, chiefOnly})); // 一件事: the strictest item
    EXPECT_TRUE(mayTake(chief, CaseAction::Approve, {ApprovalRule{}, chiefOnly}));
    EXPECT_FALSE(mayTake({StaffRole::Admin, DeviceKind::Counter}, CaseAction::Approve, {}));
    EXPECT_TRUE(mayTake(clerk, CaseAction::Review, {chiefOnly})); // only decisions follow the rule
}

TEST(CaseRules, AChangeIsTheStepsFromTheStoredStateThatThePersonMayTake) {
    const auto all = [](CaseAction) { return true; };
    const auto noDecisions = [](CaseAction a) { return a != CaseAction::Approve && a != CaseAction::Deny; };
    // 审查 and 批准 saved at once, as the counter's approve button does.
    const CaseChange approve = caseChange(CaseState::Accepted, CaseState::Approved, all);
    ASSERT_TRUE(approve.allowed);
    EXPECT_EQ(approve.actions, std::vector<CaseAction>{CaseAction::Approve});
    const CaseChange delivered = caseChange(CaseState::Draft, CaseState::Delivered, all);
    ASSERT_TRUE(delivered.allowed);
    EXPECT_EQ(delivered.actions.back(), CaseAction::Deliver);
    EXPECT_TRUE(caseChange(CaseState::Supplement, CaseState::Supplement, noDecisions).allowed); // an edit

    const CaseChange skipped = caseChange(CaseState::Accepted, CaseState::Completed, noDecisions);
    EXPECT_FALSE(skipped.allowed); // completion passes through a decision
    EXPECT_NE(skipped.reason.find("approve"), std::string::npos) << skipped.reason;
    const CaseChange back = caseChange(CaseState::Delivered, CaseState::Accepted, all);
    EXPECT_FALSE(back.allowed);
    EXPECT_NE(back.reason.find("closed"), std::string::npos) << back.reason;
    EXPECT_FALSE(caseChange(CaseState::Approved, CaseState::Denied, all).allowed);
    EXPECT_FALSE(caseChange(CaseState::Notified, CaseState::Accepted, all).allowed);
}
