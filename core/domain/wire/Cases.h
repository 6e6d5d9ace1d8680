#pragma once

#include "domain/CaseLife.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

// The bodies of a case's steps after intake (POST /api/v1/cases/{case}/…); each answers with the case as it now
// stands, its life included.
namespace ow::wire {

// …/supplements: 容缺后补, a waived material brought (with the scans already uploaded).
struct SupplyRequest {
    std::string material;
    std::vector<std::string> attachments;
    Poco::JSON::Object::Ptr toJson() const;
    static SupplyRequest fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// …/corrections: 补正, what to correct and why.
struct CorrectionRequest {
    std::vector<std::string> materials;
    std::string reason;
    Poco::JSON::Object::Ptr toJson() const;
    static CorrectionRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// …/clock-stops: the clock stands still for 公示, 专家评审, 听证 or 检验检测.
struct ClockStopRequest {
    std::string kind, reason;
    Poco::JSON::Object::Ptr toJson() const;
    static ClockStopRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// …/assign: 后台分办.
struct AssignRequest {
    std::string department, approver;
    Poco::JSON::Object::Ptr toJson() const;
    static AssignRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// …/decision: "approved" or "refused", with the reason (required for a refusal).
struct DecisionRequest {
    bool approve = true;
    std::string reason;
    Poco::JSON::Object::Ptr toJson() const;
    static DecisionRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// …/complete: 办结, with a note.
struct CompleteRequest {
    std::string note;
    Poco::JSON::Object::Ptr toJson() const;
    static CompleteRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// …/handover: 出件 at the window or 寄递.
struct HandoverRequest {
    std::string method, recipient, waybill, address;
    bool idChecked = false;
    Poco::JSON::Object::Ptr toJson() const;
    static HandoverRequest fromJson(const Poco::JSON::Object::Ptr& object);
    Handover handover() const;
};

} // namespace ow::wire
