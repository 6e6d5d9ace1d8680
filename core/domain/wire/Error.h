#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>

namespace ow::wire {

// Every refusal of the API, whatever its status: {"error":{"code","message"}}. The code is for machines
// ("illegal_transition", "invalid_field", …), the message a sentence for a person.
struct ErrorReply {
    std::string code;
    std::string message;

    Poco::JSON::Object::Ptr toJson() const;
    static ErrorReply fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
    // The error of an answer's body; empty when the body is not such an error (a proxy's page, nothing at all).
    static ErrorReply fromBody(std::string_view body);
};

} // namespace ow::wire
