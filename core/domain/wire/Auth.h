#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <string>

// The wire contract of enrollment and login: each reply as one type with its JSON, written by the server's routes
// and read by the client, so a field is named in one place (server/openapi.yaml describes the same).
namespace ow::wire {

// Body of POST /api/v1/devices/enroll: the one-time code the administrator gave, and what to call the device.
struct EnrollRequest {
    static constexpr std::size_t kMaxName = 200;
    std::string code;
    std::string name = "device";
    // The kind of device asking ("hall" for a hall server joining): a code for another kind is refused (409
    // wrong_kind) and stays unused. Absent: whatever the code is for.
    std::optional<std::string> kind{};

    Poco::JSON::Object::Ptr toJson() const;
    static EnrollRequest fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput (name over kMaxName)
};

// Body of POST /api/v1/sessions.
struct LoginRequest {
    std::string user;
    std::string password;

    Poco::JSON::Object::Ptr toJson() const;
    static LoginRequest fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// 201 of POST /api/v1/devices/enroll.
struct Enrolled {
    std::string deviceId;
    std::string deviceToken;
    std::string hall;
    std::string kind;
    std::optional<int> counter;
    std::string deviceCode;                     // in case numbers ("C3", "S001"); empty for other kinds
    std::string timeZone = "Asia/Shanghai";     // the hall's, in which its days are counted
    std::map<std::string, int> caseNumbersUsed; // day (YYYYMMDD) → last sequence given under deviceCode
    std::string region{};                       // a region's supervisor PC: `hall` is empty

    Poco::JSON::Object::Ptr toJson() const;
    // Throws BadInput naming the first missing or wrong field.
    static Enrolled fromJson(const Poco::JSON::Object::Ptr& object);
};

// 201 of POST /api/v1/sessions.
struct LoggedIn {
    std::string token;
    std::string user;
    std::string role;
    std::string name;
    std::string hall;
    std::optional<int> counter;
    std::string timeZone = "Asia/Shanghai";
    std::string expiresAt; // UTC ISO-8601
    // The password was given by the administrator: every request but POST /api/v1/me/password is refused (403
    // password_change_required) until the person has chosen their own.
    bool mustChangePassword = false;
    std::string region{}; // at a region's PC: `hall` is empty, `timeZone` the region's

    Poco::JSON::Object::Ptr toJson() const;
    static LoggedIn fromJson(const Poco::JSON::Object::Ptr& object);
};

} // namespace ow::wire
