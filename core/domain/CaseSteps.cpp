#include "domain/CaseSteps.h"

#include <algorithm>

namespace ow {
namespace {

using Kind = CaseStepRefused::Kind;

[[noreturn]] void refuse(Kind kind, const std::string& code, const std::string& message) {
    throw CaseStepRefused(kind, code, message);
}

// The state the action leads to, or 409 naming the state the case is in.
CaseState next(const Case& c, CaseAction action) {
    const CaseTransition t = caseTransition(c.state, action);
    if (!t.next)
        refuse(Kind::State, "illegal_transition", t.reason);
    return *t.next;
}

// The state a decision leads to; from accepted, review and decision in one (即办, 超时默认).
CaseState decision(const Case& c, CaseAction action) {
    const CaseTransition t = caseTransition(c.state == CaseState::Accepted ? CaseState::InReview : c.state, action);
    if (!t.next)
        refuse(Kind::State, "illegal_transition", t.reason);
    return *t.next;
}

void requireMayTake(CaseStepKind step, const StepContext& at) {
    if (!mayTakeStep(step, at.role, at.device))
        refuse(Kind::NotAllowed, "forbidden", stepRefusal(step));
}

void record(Case& c, const std::string& action, const StepContext& at, const std::string& note = {}) {
    c.life.steps.push_back({action, at.atMs, at.day, at.user, note});
    c.updatedAtMs = at.atMs;
    ++c.version;
}

MaterialRecord* materialOf(Case& c, const std::string& id) {
    const auto it = std::find_if(c.materials.begin(), c.materials.end(),
                                 [&](const MaterialRecord& m) { return m.materialId == id; });
    return it == c.materials.end() ? nullptr : &*it;
}

// The clock runs again after standing still since `since`: the working days in (since, today] — the day it stopped
// counted, the day it runs again not — move the promised date. Returns them.
int runClockAgain(Case& c, const std::string& since, const StepContext& at) {
    const auto from = parseIsoDate(since), to = parseIsoDate(at.day);
    const WorkCalendar calendar = at.catalog ? at.catalog->calendar : WorkCalendar{};
    const int days = from && to ? calendar.workingDaysBetween(*from, *to) : 0;
    if (const auto promised = parseIsoDate(c.promisedDate); promised && days > 0)
        c.promisedDate = isoDate(calendar.addWorkingDays(*promised, days));
    return days;
}

std::vector<const ServiceItem*> itemsOf(const Case& c, const Catalog* catalog) {
    std::vector<const ServiceItem*> items;
    for (const auto& code : c.items)
        items.push_back(catalog ? catalog->item(code) : nullptr);
    return items;
}

} // namespace

bool mayTakeStep(CaseStepKind step, StaffRole role, DeviceKind device) {
    // The hall's own people (not a village agent, nobody at a station) and the places where a citizen stands.
    const bool hallStaff = role != StaffRole::Agent && device != DeviceKind::Station;
    const bool atAWindow = device == DeviceKind::Counter || device == DeviceKind::Station;
    switch (step) {
    case CaseStepKind::Supply:
    case CaseStepKind::HandOver: return atAWindow && role != StaffRole::Approver;
    case CaseStepKind::ReceiveCorrection: return true; // by whoever of the hall it reaches: window, station, office
    case CaseStepKind::StopClock: return hallStaff && role != StaffRole::Clerk;
    case CaseStepKind::Assign: return hallStaff && role != StaffRole::Approver;
    case CaseStepKind::RequestCorrection:
    case CaseStepKind::RestartClock:
    case CaseStepKind::Decide:
    case CaseStepKind::Complete:
    case CaseStepKind::ConfirmDelivery: return hallStaff;
    }
    return false;
}

std::string stepRefusal(CaseStepKind step) {
    switch (step) {
    case CaseStepKind::Supply: return "materials are brought to a counter or a village station";
    case CaseStepKind::HandOver: return "results are handed over at a counter or a village station";
    case CaseStepKind::StopClock:
        return "the clock is stopped by whoever reviews the case: an approver, a supervisor or an admin of the hall";
    case CaseStepKind::Assign: return "cases are passed on by the hall's clerks and supervisors";
    case CaseStepKind::ReceiveCorrection:
    case CaseStepKind::RequestCorrection:
    case CaseStepKind::RestartClock:
    case CaseStepKind::Decide:
    case CaseStepKind::Complete:
    case CaseStepKind::ConfirmDelivery: break;
    }
    return "a case's review, decision and completion are the hall's: not a village agent's or a station's";
}

void bringMaterial(Case& c, const std::string& material, const std::vector<std::string>& scans) {
    if (isFinal(c.state) || c.state == CaseState::Draft || c.state == CaseState::Completed ||
        c.state == CaseState::Posted)
        refuse(Kind::State, "illegal_transition",
               "a " + std::string(toString(c.state)) + " case takes no more materials");
    MaterialRecord* m = materialOf(c, material);
    if (!m)
        refuse(Kind::Invalid, "invalid_field", "the case asks for no material \"" + material + "\"");
    const Correction* open = c.life.openCorrection();
    const bool asked =
        open && std::find(open->materials.begin(), open->materials.end(), material) != open->materials.end();
    if (m->state != MaterialState::Waived && !asked)
        refuse(Kind::State, "not_waived",
               "the material \"" + material + "\" was not accepted for later supply and no correction asks for it");
    m->state = MaterialState::Submitted;
    for (const auto& scan : scans)
        if (std::find(m->attachments.begin(), m->attachments.end(), scan) == m->attachments.end())
            m->attachments.push_back(scan);
}

void supplyMaterial(Case& c, const std::string& material, const std::vector<std::string>& attachments,
                    const StepContext& at) {
    requireMayTake(CaseStepKind::Supply, at);
    bringMaterial(c, material, attachments);
    record(c, "supplied", at, material);
}

const Correction& requestCorrection(Case& c, const std::vector<std::string>& materials, const std::string& reason,
                                    const std::string& id, const StepContext& at) {
    requireMayTake(CaseStepKind::RequestCorrection, at);
    const CaseState to = next(c, CaseAction::RequestSupplement);
    if (materials.empty())
        refuse(Kind::Invalid, "invalid_field", "a correction names at least one material");
    if (reason.empty())
        refuse(Kind::Invalid, "invalid_field", "a correction says why (it is printed on the notice)");
    for (const auto& material : materials)
        if (!materialOf(c, material))
            refuse(Kind::Invalid, "invalid_field", "the case asks for no material \"" + material + "\"");
    c.state = to;
    c.life.corrections.push_back({id, materials, reason, at.day, at.user, {}, {}, 0});
    record(c, "correction_requested", at, reason);
    return c.life.corrections.back();
}

void receiveCorrection(Case& c, const std::string& correctionId, const StepContext& at) {
    requireMayTake(CaseStepKind::ReceiveCorrection, at);
    const CaseState to = next(c, CaseAction::Resume);
    auto it = std::find_if(c.life.corrections.begin(), c.life.corrections.end(),
                           [&](const Correction& k) { return k.id == correctionId; });
    if (it == c.life.corrections.end())
        refuse(Kind::Invalid, "not_found", "the case has no correction \"" + correctionId + "\"");
    if (!it->receivedDay.empty())
        refuse(Kind::State, "illegal_transition", "the correction was received on " + it->receivedDay);
    it->suspendedWorkingDays = runClockAgain(c, it->requestedDay, at);
    it->receivedDay = at.day;
    it->receivedBy = at.user;
    c.state = to;
    record(c, "correction_received", at,
           std::to_string(it->suspendedWorkingDays) + " working day(s) stopped; promised " + c.promisedDate);
}

const ClockStop& stopClock(Case& c, const std::string& kind, const std::string& reason, const std::string& id,
                           const StepContext& at) {
    requireMayTake(CaseStepKind::StopClock, at);
    if (at.role == StaffRole::Approver && !c.life.assignedTo.empty() && c.life.assignedTo != at.user)
        refuse(Kind::NotAllowed, "forbidden", "the case was passed to another approver");
    if (c.state != CaseState::InReview)
        refuse(Kind::State, "illegal_transition",
               "the clock stops only while a case is in review, not while it is " + std::string(toString(c.state)));
    if (const ClockStop* open = c.life.openClockStop())
        refuse(Kind::State, "clock_stopped",
               "the clock stands still already since " + open->startedDay + " (" + open->kind + ")");
    if (!isClockStopKind(kind))
        refuse(Kind::Invalid, "invalid_field", "kind is publicity, expert_review, hearing or inspection");
    if (reason.empty())
        refuse(Kind::Invalid, "invalid_field", "say why the clock stops (the applicant is told)");
    const auto items = itemsOf(c, at.catalog);
    const bool listed = std::any_of(items.begin(), items.end(), [&](const ServiceItem* item) {
        return item && std::find(item->clockStops.begin(), item->clockStops.end(), kind) != item->clockStops.end();
    });
    if (!listed)
        refuse(Kind::NotAllowed, "forbidden",
               "none of the case's items stops its clock for " + kind + " (the catalog's clock_stops)");
    c.life.clockStops.push_back({id, kind, reason, at.day, at.user, {}, {}, 0});
    record(c, "clock_stopped", at, kind + ": " + reason);
    return c.life.clockStops.back();
}

void restartClock(Case& c, const std::string& stopId, const StepContext& at) {
    requireMayTake(CaseStepKind::RestartClock, at);
    auto it = std::find_if(c.life.clockStops.begin(), c.life.clockStops.end(),
                           [&](const ClockStop& k) { return k.id == stopId; });
    if (it == c.life.clockStops.end())
        refuse(Kind::Invalid, "not_found", "the case has no clock stop \"" + stopId + "\"");
    if (!it->endedDay.empty())
        refuse(Kind::State, "illegal_transition", "the clock runs again since " + it->endedDay);
    it->suspendedWorkingDays = runClockAgain(c, it->startedDay, at);
    it->endedDay = at.day;
    it->endedBy = at.user;
    record(c, "clock_restarted", at,
           it->kind + ": " + std::to_string(it->suspendedWorkingDays) + " working day(s) stopped; promised " +
               c.promisedDate);
}

void takePushedSupplies(const Case& stored, Case& pushed, const StepContext& at) {
    Case work = stored; // the stored life and materials, with the supplies taken in turn
    for (const MaterialRecord& m : pushed.materials) {
        const auto before = std::find_if(stored.materials.begin(), stored.materials.end(),
                                         [&](const MaterialRecord& s) { return s.materialId == m.materialId; });
        if (before == stored.materials.end())
            refuse(Kind::State, "materials_fixed",
                   "an accepted case takes no new material \"" + m.materialId +
                       "\"; its materials were fixed at intake");
        if (before->state == m.state && before->attachments == m.attachments)
            continue;
        const bool kept =
            std::all_of(before->attachments.begin(), before->attachments.end(), [&](const std::string& a) {
                return std::find(m.attachments.begin(), m.attachments.end(), a) != m.attachments.end();
            });
        if (!kept)
            refuse(Kind::State, "materials_fixed",
                   "the scans of the material \"" + m.materialId + "\" of an accepted case are kept: none removed");
        if (before->state == m.state)
            continue; // more pages of a material already there (scanned after the case was saved)
        if (m.state != MaterialState::Submitted)
            refuse(Kind::State, "materials_fixed",
                   "the material \"" + m.materialId +
                       "\" of an accepted case changes only when it is brought (容缺后补)");
        supplyMaterial(work, m.materialId, m.attachments, at);
    }
    if (work.materials.size() != pushed.materials.size())
        refuse(Kind::State, "materials_fixed", "an accepted case keeps every material it was accepted with");
    pushed.life = work.life; // the materials as pushed: checked above, their notes kept
}

void assignCase(Case& c, const std::string& department, const std::string& approver, const StepContext& at) {
    requireMayTake(CaseStepKind::Assign, at);
    if (department.empty() && approver.empty())
        refuse(Kind::Invalid, "invalid_field", "name the department or the approver the case goes to");
    if (c.state == CaseState::Accepted)
        c.state = next(c, CaseAction::Review);
    else if (c.state != CaseState::InReview)
        refuse(Kind::State, "illegal_transition",
               "a " + std::string(toString(c.state)) + " case is not passed on: only accepted or in-review ones");
    if (!department.empty())
        c.life.department = department;
    if (!approver.empty())
        c.life.assignedTo = approver;
    record(c, "assigned", at,
           department.empty() ? approver
           : approver.empty() ? department
                              : department + " / " + approver);
}

void decideCase(Case& c, bool approve, const std::string& reason, const StepContext& at) {
    requireMayTake(CaseStepKind::Decide, at);
    const auto items = itemsOf(c, at.catalog);
    const bool immediate = !items.empty() && std::all_of(items.begin(), items.end(), [](const ServiceItem* item) {
        return item && item->immediate;
    });
    if (c.state == CaseState::Accepted && !immediate)
        refuse(Kind::State, "illegal_transition",
               "an accepted case is passed on for review before it is decided (only 即办 items are decided at once)");
    const CaseState decided = decision(c, approve ? CaseAction::Approve : CaseAction::Deny);
    if (const ClockStop* stop = c.life.openClockStop())
        refuse(Kind::State, "clock_stopped",
               "the clock stands still for " + stop->kind + " since " + stop->startedDay + ": restart it first");
    bool allowed = false;
    if (at.role == StaffRole::Approver)
        allowed = at.device != DeviceKind::Station && (c.life.assignedTo.empty() || c.life.assignedTo == at.user);
    else
        allowed = std::all_of(items.begin(), items.end(), [&](const ServiceItem* item) {
            return (item ? item->approval : ApprovalRule{}).allows(at.role, at.device);
        });
    if (!allowed)
        refuse(Kind::NotAllowed, "forbidden",
               at.role == StaffRole::Approver ? "the case was passed to another approver"
                                              : "the catalog item says who decides it: an approver, or whom it names");
    if (at.user == c.clerk && !immediate)
        refuse(Kind::NotAllowed, "forbidden",
               "the clerk who took the case in does not decide it (only 即办 items are decided at the window)");
    if (!approve && reason.empty())
        refuse(Kind::Invalid, "invalid_field", "a refusal says why (the applicant is told)");
    c.state = decided;
    c.life.decidedBy = at.user;
    c.life.decisionReason = reason;
    c.life.deemed = false;
    record(c, approve ? "approved" : "denied", at, reason);
}

bool deemedApprovalDue(const Case& c, const Catalog& catalog, const std::string& today) {
    if (c.state != CaseState::InReview && c.state != CaseState::Accepted)
        return false;
    if (c.promisedDate.empty() || !(c.promisedDate < today) || c.items.empty() || c.life.openClockStop())
        return false;
    return std::all_of(c.items.begin(), c.items.end(), [&](const std::string& code) {
        const ServiceItem* item = catalog.item(code);
        return item && item->deemedApproval;
    });
}

void deemApproved(Case& c, const StepContext& at) {
    c.state = decision(c, CaseAction::Approve);
    c.life.decidedBy.clear();
    c.life.decisionReason = "超时默认: no decision by the promised date " + c.promisedDate;
    c.life.deemed = true;
    StepContext byRule = at;
    byRule.user.clear();
    record(c, "deemed_approved", byRule, c.life.decisionReason);
}

void completeCase(Case& c, const std::string& note, const StepContext& at) {
    requireMayTake(CaseStepKind::Complete, at);
    c.state = next(c, CaseAction::Complete);
    record(c, "completed", at, note);
}

void handOver(Case& c, const Handover& handover, const StepContext& at) {
    requireMayTake(CaseStepKind::HandOver, at);
    Handover h = handover;
    if (h.method == "window") {
        if (h.recipient.empty())
            refuse(Kind::Invalid, "invalid_field", "name who received the result");
        c.state = next(c, CaseAction::Deliver);
        h.deliveredDay = at.day;
    } else if (h.method == "post") {
        if (h.recipient.empty() || h.address.empty() || h.waybill.empty())
            refuse(Kind::Invalid, "invalid_field", "a posted result needs the recipient, the address and the waybill");
        c.state = next(c, CaseAction::Post);
        h.idChecked = false;
    } else {
        refuse(Kind::Invalid, "invalid_field", "method is window or post");
    }
    h.day = at.day;
    h.by = at.user;
    c.life.handover = h;
    record(c, h.method == "window" ? "handed_over" : "posted", at, h.method == "window" ? h.recipient : h.waybill);
}

void confirmDelivery(Case& c, const StepContext& at) {
    requireMayTake(CaseStepKind::ConfirmDelivery, at);
    if (c.state != CaseState::Posted)
        refuse(Kind::State, "illegal_transition",
               "a " + std::string(toString(c.state)) + " case is not in the post: only a posted one is delivered");
    c.state = next(c, CaseAction::Deliver);
    if (c.life.handover)
        c.life.handover->deliveredDay = at.day;
    record(c, "delivered", at);
}

} // namespace ow
