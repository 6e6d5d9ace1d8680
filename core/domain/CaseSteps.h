#pragma once

#include "domain/Case.h"
#include "domain/Catalog.h"
#include "domain/Roles.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

// The steps of a case's life after intake, as the hall's server takes them: 容缺后补, 补正 with its clock stopped,
// 后台分办, the decision, 超时默认, 办结, 出件 at the window or 寄递 and its delivery. Each is checked here — the
// case's state, who takes it, what it needs — and written into the case (its state, life, materials, promised date,
// version), with the step in its history. The server's store loads and keeps the case around them.
namespace ow {

// Why a step is refused: the case's state does not allow it (409), the person may not take it (403), or the request
// is wrong (400).
class CaseStepRefused : public std::runtime_error {
public:
    enum class Kind { State, NotAllowed, Invalid };
    CaseStepRefused(Kind kind, std::string code, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
        , m_code(std::move(code)) {}
    Kind kind() const { return m_kind; }
    const std::string& code() const { return m_code; }

private:
    Kind m_kind;
    std::string m_code;
};

// Who takes a step, when, and what the hall's catalog says of the case's items.
struct StepContext {
    std::string user;
    StaffRole role = StaffRole::Clerk;
    DeviceKind device = DeviceKind::Counter;
    std::int64_t atMs = 0;
    std::string day; // the hall's today (ISO)
    const Catalog* catalog = nullptr;
};

// The steps a person takes on a case, for the gate below.
enum class CaseStepKind {
    Supply,
    RequestCorrection,
    ReceiveCorrection,
    StopClock,
    RestartClock,
    Assign,
    Decide,
    Complete,
    HandOver,
    ConfirmDelivery
};

// Whether a person of `role` at a `device` may take `step` on any case at all — the gate the server checks before it
// reads a request or says whether a case exists. Each step below checks it first, then what the case itself decides
// (the approver it was passed to, the items' approval rules, the clerk who took it in).
bool mayTakeStep(CaseStepKind step, StaffRole role, DeviceKind device);
// Why not, in words, when mayTakeStep is false.
std::string stepRefusal(CaseStepKind step);

// 容缺后补 written into `c`: the material — one accepted without (waived), or one an open correction asks for, of a
// case not yet completed — submitted, with its scans added (each once). Throws CaseStepRefused (State, or Invalid
// for a material the case does not ask for) otherwise; who brings it is not checked here, nor is a step recorded. A
// device marks it so before its push (IntakeService); supplyMaterial is the server's step around it.
void bringMaterial(Case& c, const std::string& material, const std::vector<std::string>& scans);

// Each applies one step to `c` (state, life, materials, promised date, version and time), or throws CaseStepRefused.
// 容缺后补: a waived material (or one a correction asks for) is brought, with its scans.
void supplyMaterial(Case& c, const std::string& material, const std::vector<std::string>& attachments,
                    const StepContext& at);
// A device's push of a case already accepted may change its materials only by 容缺后补 — a material accepted without
// (or one an open correction asks for) now brought — and by adding scans (none removed). Each such is taken as
// supplyMaterial would, by the person pushing, into the life of `pushed` (the stored one) without counting a version of
// its own: the push is the version. Any other change of a material's state or scans is refused (State); its note may
// change.
void takePushedSupplies(const Case& stored, Case& pushed, const StepContext& at);
// 补正通知: the clock stops until the correction is received.
const Correction& requestCorrection(Case& c, const std::vector<std::string>& materials, const std::string& reason,
                                    const std::string& id, const StepContext& at);
// The correction is in: the promised date moves by the working days the clock stood still.
void receiveCorrection(Case& c, const std::string& correctionId, const StepContext& at);
// The clock stops while the case is in review, for 公示, 专家评审, 听证 or 检验检测 — where one of its items lists the
// kind (Catalog clock_stops): by an approver (the one it was passed to, if any), a supervisor or an admin of the hall.
// One at a time; the case is not decided while its clock stands still.
const ClockStop& stopClock(Case& c, const std::string& kind, const std::string& reason, const std::string& id,
                           const StepContext& at);
// It runs again: the promised date moves by the working days it stood still.
void restartClock(Case& c, const std::string& stopId, const StepContext& at);
// 后台分办: to a department and/or an approver (that the approver is one of the hall is the store's to check).
void assignCase(Case& c, const std::string& department, const std::string& approver, const StepContext& at);
// 审批: by an approver (the one it was passed to, if any) or whom the items' approval rules name; never by the clerk
// who took the case in unless every item is 即办 (immediate).
void decideCase(Case& c, bool approve, const std::string& reason, const StepContext& at);
// 超时默认: an item flagged deemed_approval whose promised date has passed with no decision is approved by rule.
bool deemedApprovalDue(const Case& c, const Catalog& catalog, const std::string& today);
void deemApproved(Case& c, const StepContext& at);
// 办结.
void completeCase(Case& c, const std::string& note, const StepContext& at);
// 出件 ("window": delivered now, to a recipient) or 寄递 ("post": posted, with the address and waybill).
void handOver(Case& c, const Handover& handover, const StepContext& at);
// The post confirms the delivery.
void confirmDelivery(Case& c, const StepContext& at);

} // namespace ow
