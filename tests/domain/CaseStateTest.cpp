#include "domain/CaseState.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace ow;

namespace {

const std::set<std::pair<CaseState, CaseAction>> kLegal = {
    {CaseState::Draft, CaseAction::Accept},          {CaseState::Draft, CaseAction::Notify},
    {CaseState::Draft, CaseAction::Refuse},          {CaseState::Accepted, CaseAction::Review},
    {CaseState::Accepted, CaseAction::Approve},      {CaseState::Accepted, CaseAction::RequestSupplement},
    {CaseState::InReview, CaseAction::RequestSupplement}, {CaseState::Supplement, CaseAction::Resume},
    {CaseState::InReview, CaseAction::Approve},      {CaseState::InReview, CaseAction::Deny},
    {CaseState::Approved, CaseAction::Complete},     {CaseState::Denied, CaseAction::Complete},
    {CaseState::Completed, CaseAction::Deliver},
};

constexpr CaseState kStates[] = {CaseState::Draft,      CaseState::Accepted, CaseState::Notified, CaseState::Refused,
                                 CaseState::InReview,   CaseState::Supplement, CaseState::Approved, CaseState::Denied,
                                 CaseState::Completed,  CaseState::Delivered};
constexpr CaseAction kActions[] = {CaseAction::Accept,  CaseAction::Notify,  CaseAction::Refuse,
                                   CaseAction::Review,  CaseAction::RequestSupplement, CaseAction::Resume,
                                   CaseAction::Approve, CaseAction::Deny,    CaseAction::Complete,
                                   CaseAction::Deliver};

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
