#include "domain/CaseState.h"

#include "domain/EnumNames.h"

#include <array>

namespace ow {
namespace {

constexpr EnumNames<CaseState, 11> kStates{{
    {CaseState::Draft, "draft"},
    {CaseState::Accepted, "accepted"},
    {CaseState::Notified, "notified"},
    {CaseState::Refused, "refused"},
    {CaseState::InReview, "in_review"},
    {CaseState::Supplement, "supplement"},
    {CaseState::Approved, "approved"},
    {CaseState::Denied, "denied"},
    {CaseState::Completed, "completed"},
    {CaseState::Posted, "posted"},
    {CaseState::Delivered, "delivered"},
}};

constexpr EnumNames<CaseAction, 11> kActions{{
    {CaseAction::Accept, "accept"},
    {CaseAction::Notify, "notify"},
    {CaseAction::Refuse, "refuse"},
    {CaseAction::Review, "review"},
    {CaseAction::RequestSupplement, "request-supplement"},
    {CaseAction::Resume, "resume"},
    {CaseAction::Approve, "approve"},
    {CaseAction::Deny, "deny"},
    {CaseAction::Complete, "complete"},
    {CaseAction::Post, "post"},
    {CaseAction::Deliver, "deliver"},
}};

struct Edge {
    CaseState from;
    CaseAction action;
    CaseState to;
};

constexpr std::array<Edge, 15> kEdges{{
    {CaseState::Draft, CaseAction::Accept, CaseState::Accepted},
    {CaseState::Draft, CaseAction::Notify, CaseState::Notified},
    {CaseState::Draft, CaseAction::Refuse, CaseState::Refused},
    {CaseState::Accepted, CaseAction::Review, CaseState::InReview},
    {CaseState::Accepted, CaseAction::RequestSupplement, CaseState::Supplement},
    {CaseState::InReview, CaseAction::RequestSupplement, CaseState::Supplement},
    {CaseState::Supplement, CaseAction::Resume, CaseState::InReview},
    {CaseState::InReview, CaseAction::Approve, CaseState::Approved},
    {CaseState::InReview, CaseAction::Deny, CaseState::Denied},
    {CaseState::Approved, CaseAction::Complete, CaseState::Completed},
    {CaseState::Denied, CaseAction::Complete, CaseState::Completed},
    {CaseState::Completed, CaseAction::Deliver, CaseState::Delivered}, // 出件 at the window
    {CaseState::Completed, CaseAction::Post, CaseState::Posted},       // 寄递
    {CaseState::Posted, CaseAction::Deliver, CaseState::Delivered},    // the post says it arrived
    {CaseState::Accepted, CaseAction::Approve, CaseState::Approved},   // 即办件: approved at the counter
}};

} // namespace

std::string_view toString(CaseState state) { return nameOf(kStates, state); }
std::optional<CaseState> caseStateFromString(std::string_view text) { return valueOf(kStates, text); }
std::string_view toString(CaseAction action) { return nameOf(kActions, action); }
std::optional<CaseAction> caseActionFromString(std::string_view text) { return valueOf(kActions, text); }

CaseTransition caseTransition(CaseState from, CaseAction action) {
    for (const Edge& edge : kEdges)
        if (edge.from == from && edge.action == action)
            return {edge.to, {}};
    std::string reason = "a " + std::string(toString(from)) + " case cannot " + std::string(toString(action));
    if (isFinal(from))
        reason += ": the case is closed";
    else if (from == CaseState::Supplement)
        reason += ": it waits for the applicant's supplement";
    return {std::nullopt, reason};
}

bool isFinal(CaseState state) {
    return state == CaseState::Notified || state == CaseState::Refused || state == CaseState::Delivered;
}

bool isCompleted(CaseState state) {
    return state == CaseState::Completed || state == CaseState::Posted || state == CaseState::Delivered;
}

bool clockRuns(CaseState state) { return state == CaseState::Accepted || state == CaseState::InReview; }

} // namespace ow
