#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What happened to a case after intake (前台综合受理、后台分类审批、统一窗口出件): its corrections, to whom it was
// passed, the decision, the handover, and every step in order. Written by the hall's server only (domain/CaseSteps.h);
// a device's push never changes it.
namespace ow {

// 补正: materials the applicant must correct or bring; the case's time limit stands still until they are received.
struct Correction {
    std::string id;
    std::vector<std::string> materials; // material ids of the case
    std::string reason;
    std::string requestedDay, requestedBy; // the hall's day (ISO), the user
    std::string receivedDay, receivedBy;   // empty while it waits
    int suspendedWorkingDays = 0;          // the working days the clock stood still, once received
};

// The clock stopped while the case is in review, for what the law does not count in its time limit: 公示
// ("publicity"), 专家评审 ("expert_review"), 听证 ("hearing"), 检验检测 or 实地查看 ("inspection") — where its items
// say so (Catalog clock_stops).
struct ClockStop {
    std::string id;
    std::string kind;
    std::string reason;
    std::string startedDay, startedBy;
    std::string endedDay, endedBy; // empty while the clock stands still
    int suspendedWorkingDays = 0;  // once ended
};
bool isClockStopKind(const std::string& kind);

// 出件 at the window, or 寄递 by post.
struct Handover {
    std::string method; // "window" | "post"
    std::string recipient;
    bool idChecked = false; // the recipient's ID card was read or checked by hand
    std::string waybill, address;
    std::string day, by;
    std::string deliveredDay; // a posted result: when the post confirmed it arrived
};

// One step in the history (GET /api/v1/cases/{case}).
struct CaseStep {
    std::string action; // supplied, correction_requested, correction_received, clock_stopped, clock_restarted,
                        // assigned, approved, denied, deemed_approved, completed, handed_over, posted, delivered
    std::int64_t atMs = 0;
    std::string day;
    std::string by; // user; "" for a step taken by rule (超时默认)
    std::string note;
};

struct CaseLife {
    std::string department; // 分办: the department that decides
    std::string assignedTo; // the approver (user) it was passed to
    std::vector<Correction> corrections;
    std::vector<ClockStop> clockStops;
    std::string decidedBy, decisionReason;
    bool deemed = false; // approved by rule when its time ran out with no decision (超时默认)
    std::optional<Handover> handover;
    std::vector<CaseStep> steps;

    bool empty() const {
        return department.empty() && assignedTo.empty() && corrections.empty() && clockStops.empty() &&
               decidedBy.empty() && !deemed && !handover && steps.empty();
    }
    const Correction* openCorrection() const;
    const ClockStop* openClockStop() const;
    // The day its clock stopped, while it stands still (a correction awaited, or a clock stop open); "" otherwise.
    std::string clockStoppedSince() const;
};

Poco::JSON::Object::Ptr caseLifeToJson(const CaseLife& life);
CaseLife caseLifeFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput

} // namespace ow
