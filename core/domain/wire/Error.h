#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>
#include <vector>

namespace ow::wire {

// Every refusal of the API, whatever its status: {"error":{"code","message"}}. The code is for machines
// ("illegal_transition", "invalid_field", …), the message a sentence for a person.
struct ErrorReply {
    std::string code;
    std::string message;
    // A document refused whole (a catalog, a hall's hours): every problem, each with its JSON path
    // ("$.items[3].name: required").
    std::vector<std::string> problems;
    // A hall closed now (hall_closed): when it gives numbers again, UTC ISO-8601; empty when not within 60 days.
    std::string opensAt;
    // Refused until a date (booking_suspended: the ID number's bookings at the hall), YYYY-MM-DD in the hall's.
    std::string until;

    Poco::JSON::Object::Ptr toJson() const;
    static ErrorReply fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
    // The error of an answer's body; empty when the body is not such an error (a proxy's page, nothing at all).
    static ErrorReply fromBody(std::string_view body);
};

} // namespace ow::wire
