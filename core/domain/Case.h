#pragma once

#include "domain/CaseLife.h"
#include "domain/CaseState.h"
#include "domain/Intake.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow {

struct Applicant {
    enum class Kind { Person, Enterprise };
    Kind kind = Kind::Person;
    std::string name;
    std::string idNumber;   // persons: the resident ID number (masked wherever it is shown)
    std::string creditCode; // enterprises
    std::string phone;
};

// 办件: one application, from intake to delivery.
struct Case {
    std::string id;        // UUID made where the case is created
    std::string caseNo;    // printed receipt number (CaseNumber::text), set on acceptance
    std::string queryCode; // 查询码 printed with the number (makeQueryCode); the server keeps the first it gets
    std::string hall;
    std::vector<std::string> items;
    std::string bundle; // the bundle (一件事) it was taken under, if any
    Applicant applicant;
    Poco::JSON::Object::Ptr formValues;
    std::vector<MaterialRecord> materials;
    CaseState state = CaseState::Draft;
    std::string channel = "counter"; // counter, station, kiosk
    std::string clerk;
    std::string ticketId;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string acceptedDate; // ISO
    std::string promisedDate; // ISO
    std::string refusalReason;
    CaseLife life;   // after intake: the server's record (corrections, decision, handover, steps)
    int version = 0; // bumped on every local change; the server's view for conflicts
};

// The earliest supply date of the materials accepted without (容缺) and not brought yet; nothing when none waits.
std::optional<std::string> earliestWaiverDue(const Case& c);

Poco::JSON::Object::Ptr caseToJson(const Case& c);
Case caseFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput

} // namespace ow
