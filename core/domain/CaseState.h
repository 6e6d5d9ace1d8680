#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ow {

// The life of a case (办件), as in DESIGN.md:
//   draft → accepted (受理) | notified (一次性告知, not accepted) | refused (不予受理)
//   accepted → in_review → approved | denied → completed (办结) → delivered (出件: handed over at the window)
//                                                           completed → posted (寄递: in the post) → delivered
//   accepted / in_review → supplement (补正: the clock stops) → in_review
enum class CaseState {
    Draft,
    Accepted,
    Notified,
    Refused,
    InReview,
    Supplement,
    Approved,
    Denied,
    Completed,
    Posted,
    Delivered
};
enum class CaseAction {
    Accept,
    Notify,
    Refuse,
    Review,
    RequestSupplement,
    Resume,
    Approve,
    Deny,
    Complete,
    Post,
    Deliver
};

std::string_view toString(CaseState state);
std::optional<CaseState> caseStateFromString(std::string_view text);
std::string_view toString(CaseAction action);
std::optional<CaseAction> caseActionFromString(std::string_view text);

struct CaseTransition {
    std::optional<CaseState> next; // nothing when the action is not allowed
    std::string reason;            // why not, for a person
};

CaseTransition caseTransition(CaseState from, CaseAction action);
bool isFinal(CaseState state);
// 办结 or after: completed, in the post, delivered.
bool isCompleted(CaseState state);
// While a case waits for a supplement its time limit does not run.
bool clockRuns(CaseState state);

} // namespace ow
