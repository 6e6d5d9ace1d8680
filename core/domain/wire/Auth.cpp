#include "domain/wire/Auth.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

namespace ow::wire {
namespace {

Poco::Dynamic::Var nullable(const std::optional<int>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

// An older server sends no zone: its halls all counted in the default one.
std::string timeZoneOf(const Poco::JSON::Object::Ptr& object) {
    std::string zone = optionalString(object, "time_zone").value_or("Asia/Shanghai");
    if (!HallTime::isKnownZone(zone))
        throw BadInput("invalid_field", "time_zone: unknown time zone " + zone);
    return zone;
}

} // namespace

Poco::JSON::Object::Ptr EnrollRequest::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("code", code);
    out->set("name", name);
    if (kind)
        out->set("kind", *kind);
    return out;
}

EnrollRequest EnrollRequest::fromJson(const Poco::JSON::Object::Ptr& object) {
    EnrollRequest r{requireString(object, "code"), optionalString(object, "name").value_or("device"),
                    optionalString(object, "kind")};
    if (r.name.size() > kMaxName)
        throw BadInput("invalid_field", "the device name is longer than " + std::to_string(kMaxName) + " characters");
    return r;
}

Poco::JSON::Object::Ptr LoginRequest::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("user", user);
    out->set("password", password);
    return out;
}

LoginRequest LoginRequest::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "user"), requireString(object, "password")};
}

Poco::JSON::Object::Ptr Enrolled::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("device_id", deviceId);
    out->set("device_token", deviceToken);
    out->set("hall", hall);
    out->set("kind", kind);
    out->set("counter", nullable(counter));
    out->set("time_zone", timeZone);
    if (!region.empty())
        out->set("region", region);
    if (!deviceCode.empty()) {
        out->set("device_code", deviceCode);
        Poco::JSON::Object::Ptr used = new Poco::JSON::Object(true);
        for (const auto& [day, last] : caseNumbersUsed)
            used->set(day, last);
        out->set("case_numbers_used", used);
    }
    return out;
}

Enrolled Enrolled::fromJson(const Poco::JSON::Object::Ptr& object) {
    Enrolled e;
    e.deviceId = requireString(object, "device_id");
    e.deviceToken = requireString(object, "device_token");
    e.hall = requireString(object, "hall");
    e.kind = requireString(object, "kind");
    e.counter = optionalInt32(object, "counter");
    e.deviceCode = optionalString(object, "device_code").value_or("");
    e.timeZone = timeZoneOf(object);
    e.region = optionalString(object, "region").value_or("");
    if (const auto used = optionalObject(object, "case_numbers_used"))
        for (const auto& [day, value] : *used)
            if (value.isInteger() && value.convert<std::int64_t>() > 0 &&
                value.convert<std::int64_t>() <= std::numeric_limits<int>::max())
                e.caseNumbersUsed[day] = value.convert<int>();
    return e;
}

Poco::JSON::Object::Ptr LoggedIn::toJson() const {
    Poco::JSON::Object::Ptr staff = new Poco::JSON::Object(true);
    staff->set("user", user);
    staff->set("role", role);
    staff->set("name", name);
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("token", token);
    out->set("staff", staff);
    out->set("hall", hall);
    out->set("counter", nullable(counter));
    out->set("time_zone", timeZone);
    out->set("expires_at", expiresAt);
    out->set("must_change_password", mustChangePassword);
    if (!region.empty())
        out->set("region", region);
    return out;
}

LoggedIn LoggedIn::fromJson(const Poco::JSON::Object::Ptr& object) {
    LoggedIn l;
    l.token = requireString(object, "token");
    const auto staff = optionalObject(object, "staff");
    if (!staff)
        throw BadInput("invalid_field", "staff: required");
    l.user = requireString(staff, "user");
    l.role = requireString(staff, "role");
    l.name = requireString(staff, "name");
    l.hall = requireString(object, "hall");
    l.counter = optionalInt32(object, "counter");
    l.timeZone = timeZoneOf(object);
    l.expiresAt = optionalString(object, "expires_at").value_or("");
    l.mustChangePassword = optionalBool(object, "must_change_password").value_or(false);
    l.region = optionalString(object, "region").value_or("");
    return l;
}

} // namespace ow::wire
