#include "domain/wire/HomeVisits.h"

#include "domain/Json.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace ow::wire {
namespace {

// A text the person typed: required or not, at most `max` bytes.
std::string field(const Poco::JSON::Object::Ptr& object, const char* key, std::size_t max, bool required) {
    std::string value = required ? requireString(object, key) : optionalString(object, key).value_or("");
    if ((required && value.empty()) || value.size() > max)
        throw BadInput("invalid_field",
                       std::string(key) + ": " + (required ? "1" : "0") + " to " + std::to_string(max) + " bytes");
    return value;
}

void setIfAny(Poco::JSON::Object::Ptr& out, const char* key, const std::string& value) {
    if (!value.empty())
        out->set(key, value);
}

} // namespace

Poco::JSON::Object::Ptr HomeVisitRequest::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("id", id);
    out->set("name", name);
    out->set("id_number", idNumber);
    out->set("phone", phone);
    out->set("address", address);
    out->set("service", service);
    out->set("reason", reason);
    out->set("note", note);
    return out;
}

HomeVisitRequest HomeVisitRequest::fromJson(const Poco::JSON::Object::Ptr& object) {
    HomeVisitRequest r;
    r.id = field(object, "id", 64, true);
    r.name = field(object, "name", 100, true);
    r.idNumber = requireString(object, "id_number");
    r.phone = requireString(object, "phone");
    r.address = field(object, "address", 300, true);
    r.service = field(object, "service", 200, true);
    r.reason = requireString(object, "reason");
    constexpr std::array<std::string_view, 3> reasons = {"elderly", "disabled", "other"};
    if (std::find(reasons.begin(), reasons.end(), r.reason) == reasons.end())
        throw BadInput("invalid_field", "reason: elderly, disabled or other");
    r.note = field(object, "note", 1000, r.reason == "other"); // "other" says why
    return r;
}

Poco::JSON::Object::Ptr HomeVisitSchedule::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("clerk", clerk);
    out->set("date", date);
    return out;
}

HomeVisitSchedule HomeVisitSchedule::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {field(object, "clerk", 64, true), requireString(object, "date")};
}

Poco::JSON::Object::Ptr HomeVisit::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("id", id);
    out->set("hall", hall);
    out->set("name", name);
    out->set("id_number", idNumber);
    out->set("phone", phone);
    out->set("address", address);
    out->set("service", service);
    out->set("reason", reason);
    out->set("note", note);
    out->set("state", state);
    out->set("requested_by", requestedBy);
    setIfAny(out, "requested_by_name", requestedByName);
    out->set("device", device);
    out->set("requested_at", requestedAt);
    setIfAny(out, "clerk", clerk);
    setIfAny(out, "clerk_name", clerkName);
    setIfAny(out, "date", date);
    setIfAny(out, "outcome", outcome);
    return out;
}

HomeVisit HomeVisit::fromJson(const Poco::JSON::Object::Ptr& object) {
    HomeVisit v;
    v.id = requireString(object, "id");
    v.hall = requireString(object, "hall");
    v.name = requireString(object, "name");
    v.idNumber = optionalString(object, "id_number").value_or("");
    v.phone = optionalString(object, "phone").value_or("");
    v.address = optionalString(object, "address").value_or("");
    v.service = optionalString(object, "service").value_or("");
    v.reason = optionalString(object, "reason").value_or("other");
    v.note = optionalString(object, "note").value_or("");
    v.state = requireString(object, "state");
    v.requestedBy = optionalString(object, "requested_by").value_or("");
    v.requestedByName = optionalString(object, "requested_by_name").value_or("");
    v.device = optionalString(object, "device").value_or("");
    v.requestedAt = optionalString(object, "requested_at").value_or("");
    v.clerk = optionalString(object, "clerk").value_or("");
    v.clerkName = optionalString(object, "clerk_name").value_or("");
    v.date = optionalString(object, "date").value_or("");
    v.outcome = optionalString(object, "outcome").value_or("");
    return v;
}

} // namespace ow::wire
