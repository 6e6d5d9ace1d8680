#include "domain/CaseRules.h"

#include <algorithm>
#include <array>
#include <deque>
#include <map>

namespace ow {
namespace {

constexpr std::array kAllActions{
    CaseAction::Accept, CaseAction::Notify,  CaseAction::Refuse, CaseAction::Review,   CaseAction::RequestSupplement,
    CaseAction::Resume, CaseAction::Approve, CaseAction::Deny,   CaseAction::Complete, CaseAction::Post,
    CaseAction::Deliver};

bool isDecision(CaseAction action) { return action == CaseAction::Approve || action == CaseAction::Deny; }

// Breadth first over the edges of the state machine: the shortest list of actions from `from` to `to`.
std::optional<std::vector<CaseAction>> path(CaseState from, CaseState to, const std::function<bool(CaseAction)>& may) {
    std::map<CaseState, std::vector<CaseAction>> reached{{from, {}}};
    std::deque<CaseState> open{from};
    while (!open.empty()) {
        const CaseState at = open.front();
        open.pop_front();
        if (at == to)
            return reached[at];
        for (CaseAction action : kAllActions) {
            const auto next = caseTransition(at, action).next;
            if (!next || reached.count(*next) || (may && !may(action)))
                continue;
            auto steps = reached[at];
            steps.push_back(action);
            reached.emplace(*next, std::move(steps));
            open.push_back(*next);
        }
    }
    return std::nullopt;
}

} // namespace

bool ApprovalRule::allows(StaffRole role, DeviceKind device) const {
    if (role == StaffRole::Agent || device == DeviceKind::Station)
        return false;
    return std::find(roles.begin(), roles.end(), role) != roles.end() &&
           std::find(devices.begin(), devices.end(), device) != devices.end();
}

bool mayTake(const CaseActor& actor, CaseAction action, const std::vector<ApprovalRule>& decisionRules) {
    if (actor.device != DeviceKind::Counter && actor.device != DeviceKind::Station)
        return false;
    switch (action) {
    case CaseAction::Accept:
    case CaseAction::Notify:
    case CaseAction::Refuse:
    case CaseAction::Post:
    case CaseAction::Deliver: return true;
    case CaseAction::Review:
    case CaseAction::RequestSupplement:
    case CaseAction::Resume:
    case CaseAction::Complete: return actor.device == DeviceKind::Counter && actor.role != StaffRole::Agent;
    case CaseAction::Approve:
    case CaseAction::Deny:
        if (decisionRules.empty())
            return ApprovalRule{}.allows(actor.role, actor.device);
        return std::all_of(decisionRules.begin(), decisionRules.end(),
                           [&](const ApprovalRule& rule) { return rule.allows(actor.role, actor.device); });
    }
    return false;
}

CaseChange caseChange(CaseState from, CaseState to, const std::function<bool(CaseAction)>& may) {
    CaseChange out;
    if (from == to) {
        out.allowed = true;
        return out;
    }
    if (auto steps = path(from, to, may)) {
        out.allowed = true;
        out.actions = std::move(*steps);
        return out;
    }
    const auto anyway = path(from, to, {});
    if (!anyway) {
        out.reason = "a " + std::string(toString(from)) + " case cannot become " + std::string(toString(to));
        if (isFinal(from))
            out.reason += ": the case is closed";
        return out;
    }
    const CaseAction refused = *std::find_if(anyway->begin(), anyway->end(), [&](CaseAction a) { return !may(a); });
    out.reason = "a " + std::string(toString(from)) + " case becomes " + std::string(toString(to)) + " by " +
                 std::string(toString(refused)) + ", which this person may not do from this device";
    if (isDecision(refused))
        out.reason += " (the catalog item says who approves)";
    return out;
}

} // namespace ow
