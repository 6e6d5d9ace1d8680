#pragma once

#include "domain/Ticket.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ow {

// Input that cannot be accepted. `code` is the machine-readable error code of the API
// ("malformed_json", "invalid_field", ...); what() is a sentence for a person.
class BadInput : public std::runtime_error {
public:
    BadInput(std::string code, const std::string& message)
        : std::runtime_error(message)
        , m_code(std::move(code)) {}
    const std::string& code() const { return m_code; }

private:
    std::string m_code;
};

// Parses a JSON object; anything else (bad syntax, an array, a number) is BadInput("malformed_json").
Poco::JSON::Object::Ptr parseObject(std::string_view text);
std::string toJsonText(const Poco::JSON::Object::Ptr& object);
std::string toJsonText(const Poco::JSON::Array::Ptr& array);

// Typed field access with a clear BadInput("invalid_field") on a wrong type or a missing required field.
std::string requireString(const Poco::JSON::Object::Ptr& object, const std::string& key);
std::optional<std::string> optionalString(const Poco::JSON::Object::Ptr& object, const std::string& key);
std::int64_t requireInt(const Poco::JSON::Object::Ptr& object, const std::string& key);
std::optional<std::int64_t> optionalInt(const Poco::JSON::Object::Ptr& object, const std::string& key);
// The same, and BadInput unless min <= value <= max (a number stored in 32 bits, a version that is added to).
std::optional<std::int64_t> optionalIntIn(const Poco::JSON::Object::Ptr& object, const std::string& key,
                                          std::int64_t min, std::int64_t max);
// An integer that fits an int, narrowed: BadInput when it does not (or is not an integer).
std::optional<int> optionalInt32(const Poco::JSON::Object::Ptr& object, const std::string& key);
Poco::JSON::Object::Ptr optionalObject(const Poco::JSON::Object::Ptr& object, const std::string& key);
Poco::JSON::Array::Ptr optionalArray(const Poco::JSON::Object::Ptr& object, const std::string& key);
std::optional<bool> optionalBool(const Poco::JSON::Object::Ptr& object, const std::string& key);
// A list of texts (empty when absent); BadInput for anything else in it.
std::vector<std::string> optionalStrings(const Poco::JSON::Object::Ptr& object, const std::string& key);
Poco::JSON::Array::Ptr toJsonArray(const std::vector<std::string>& texts);

// The objects of `key` (none when absent), each read by `read`; a wrong one is named by its place ("changes[3]: …").
template <typename T, typename Read>
std::vector<T> objectsOf(const Poco::JSON::Object::Ptr& object, const std::string& key, Read read) {
    std::vector<T> out;
    const auto array = optionalArray(object, key);
    for (unsigned i = 0; array && i < array->size(); ++i) {
        const auto item = array->getObject(i);
        const std::string place = key + "[" + std::to_string(i) + "]";
        if (!item)
            throw BadInput("invalid_field", place + " must be an object");
        try {
            out.push_back(read(item));
        } catch (const BadInput& e) {
            throw BadInput(e.code(), place + ": " + e.what());
        }
    }
    return out;
}

// Wire form of a ticket, shared by server and client. Times are UTC ISO-8601 with milliseconds.
// `withHolder`: the masked holder of a real-name number, for the kiosk that issued it and the clerk who calls it;
// not in the hall's snapshots and events, which every screen of the hall receives.
Poco::JSON::Object::Ptr ticketToJson(const Ticket& ticket, bool withHolder = false);
Ticket ticketFromJson(const Poco::JSON::Object::Ptr& object);

std::int64_t parseUtcIso(std::string_view text); // throws BadInput

} // namespace ow
