#pragma once

#include "domain/CaseState.h"
#include "domain/Roles.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ow {

// Who decides (审批: approves or denies) a case of an item: the staff roles and the kinds of device from which a
// decision is taken. By default a clerk or supervisor at a hall counter; an agent or a village station never
// decides, whatever a catalog says.
struct ApprovalRule {
    std::vector<StaffRole> roles{StaffRole::Clerk, StaffRole::Supervisor};
    std::vector<DeviceKind> devices{DeviceKind::Counter};

    bool allows(StaffRole role, DeviceKind device) const;
};

// Whoever changes a case: the person logged in and the device they use.
struct CaseActor {
    StaffRole role = StaffRole::Clerk;
    DeviceKind device = DeviceKind::Counter;
};

// Whether `actor` may take `action`. Intake (accept, 一次性告知, refuse) and handing over the result are open to every
// person at a counter or station; review, supplement and completion are the hall's (not an agent's, not at a station);
// a decision needs every rule in `decisionRules` (one per item of the case) to allow it.
bool mayTake(const CaseActor& actor, CaseAction action, const std::vector<ApprovalRule>& decisionRules);

// One saved change of a case as the server checks it: the actions that lead from the stored state to the pushed
// one (several when the device took them offline between two saves, as 审查+批准 at the counter), using only
// actions `may` allows. A change that keeps the state (materials, notes) needs none.
struct CaseChange {
    bool allowed = false;
    std::vector<CaseAction> actions; // in order, when allowed
    std::string reason;              // why not, for a person
};
CaseChange caseChange(CaseState from, CaseState to, const std::function<bool(CaseAction)>& may);

} // namespace ow
