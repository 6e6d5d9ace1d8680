#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The supervisor's drill-down and warnings, as the server writes them and the supervisor's screens read them.
namespace ow::wire {

// One number of the day (GET /api/v1/stats/tickets): who served it, when, how long it waited and took, its rating
// and the cases taken at the service. Times are UTC instants.
struct TicketLine {
    std::string id, number, category, status, clerk, clerkName;
    std::vector<std::string> cases; // case numbers
    std::optional<int> counter, rating;
    std::int64_t issuedAtMs = 0;
    std::optional<std::int64_t> calledAtMs, finishedAtMs, waitS, serviceS;

    Poco::JSON::Object::Ptr toJson() const;
    static TicketLine fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// An open case near or past its promised date (办件预警, GET /api/v1/stats/warnings): yellow at 80 % of its time,
// red when overdue.
struct CaseWarning {
    std::string id, caseNo, item, clerk, clerkName, acceptedDate, promisedDate;
    std::optional<int> counter;
    bool overdue = false;
    int workingDaysLeft = 0;   // negative: working days past the promise
    std::string itemName = {}; // the item as the catalog names it (the code only when the catalog has it not)

    Poco::JSON::Object::Ptr toJson() const;
    static CaseWarning fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

} // namespace ow::wire
