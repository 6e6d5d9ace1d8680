#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

// The wire contract of running a hall from the screens (管理): its staff, devices, counters and queues. Each type is
// written by the server's routes and read by the client (server/openapi.yaml describes the same). Every fromJson
// throws BadInput naming the field that is missing or wrong.
namespace ow::wire {

// One account of GET /api/v1/halls/{hall}/staff (never its password or hash).
// A field of an account changed both at the hall and upstream, each differently, since the hall last took the
// upstream's accounts (a hall with a server of its own): kept for the hall's administrator to settle.
struct AccountConflict {
    std::string field;                        // "role", "name", "password" or "disabled"
    std::optional<std::string> hallValue;     // the hall's, as text ("1"/"0" for disabled); none for a password
    std::optional<std::string> upstreamValue; // the upstream's, alike
    std::string seenAt;                       // UTC ISO-8601: when the upstream's was seen

    Poco::JSON::Object::Ptr toJson() const;
    static AccountConflict fromJson(const Poco::JSON::Object::Ptr& object);
};

struct StaffMember {
    std::string user;
    std::string name;
    std::string role;
    bool disabled = false;
    bool mustChangePassword = false; // given a password by an administrator, not yet changed by its owner
    std::string lastLoginAt;         // UTC ISO-8601; empty before the first login
    std::vector<AccountConflict> upstreamConflicts = {}; // on a hall server: what its administrator must settle
    std::string staffNo = {};                            // 工号, shown with the name to the public; empty: none

    Poco::JSON::Object::Ptr toJson() const;
    static StaffMember fromJson(const Poco::JSON::Object::Ptr& object);
};

// Body of POST /api/v1/halls/{hall}/staff.
struct NewStaff {
    std::string user;
    std::string name;
    std::string role;
    std::string password;
    std::string staffNo = {}; // 工号; empty: none

    Poco::JSON::Object::Ptr toJson() const;
    static NewStaff fromJson(const Poco::JSON::Object::Ptr& object); // the user name's form and the role checked
};

// Body of POST /api/v1/staff/{user}/upstream-conflicts/{field}: which side's value the account keeps.
struct ConflictSettled {
    std::string keep; // "hall" or "upstream"

    Poco::JSON::Object::Ptr toJson() const;
    static ConflictSettled fromJson(const Poco::JSON::Object::Ptr& object);
};

// Body of PATCH /api/v1/staff/{user}: only what is given changes.
struct StaffChange {
    std::optional<std::string> name;
    std::optional<std::string> role;
    std::optional<bool> disabled;
    std::optional<std::string> staffNo = std::nullopt; // "" takes it away

    Poco::JSON::Object::Ptr toJson() const;
    static StaffChange fromJson(const Poco::JSON::Object::Ptr& object); // at least one field; the role checked
};

// Body of POST /api/v1/staff/{user}/password (an administrator's reset) and of POST /api/v1/me/password (the
// person's own change, with the password they have now).
struct PasswordChange {
    std::string password;
    std::string current; // the person's own change only

    Poco::JSON::Object::Ptr toJson() const;
    static PasswordChange fromJson(const Poco::JSON::Object::Ptr& object);
};

// Body of POST /api/v1/halls/{hall}/enroll-codes, and its 201.
struct EnrollCodeRequest {
    std::string kind; // counter, kiosk, display, pad, station, supervisor
    std::optional<int> counter;

    Poco::JSON::Object::Ptr toJson() const;
    static EnrollCodeRequest fromJson(const Poco::JSON::Object::Ptr& object); // the kind checked
};
struct EnrollCode {
    std::string code;
    std::string expiresAt; // UTC ISO-8601
    std::string kind;
    std::optional<int> counter;

    Poco::JSON::Object::Ptr toJson() const;
    static EnrollCode fromJson(const Poco::JSON::Object::Ptr& object);
};

// One device of GET /api/v1/halls/{hall}/devices.
struct DeviceInfo {
    std::string id;
    std::string kind;
    std::string name;
    std::optional<int> counter;
    std::string code;       // in case numbers (C3, S001); empty for other kinds
    std::string enrolledAt; // UTC ISO-8601
    std::string lastSeenAt; // within a few minutes; empty when never seen since enrolling
    std::string revokedAt;  // empty while it may work

    Poco::JSON::Object::Ptr toJson() const;
    static DeviceInfo fromJson(const Poco::JSON::Object::Ptr& object);
};

// A counter (窗口) as the admin screens see it: GET/POST /api/v1/halls/{hall}/counters.
struct CounterSetup {
    int number = 0;
    std::string name;                    // 综合受理窗口; empty: just its number
    std::vector<std::string> categories; // the queues it calls, in order
    bool closedToday = false;            // closed for the hall's day: no calls; opens again the next day

    Poco::JSON::Object::Ptr toJson() const;
    static CounterSetup fromJson(const Poco::JSON::Object::Ptr& object); // 1–999, at most 26 queues
};

// Body of PATCH /api/v1/halls/{hall}/counters/{number}.
struct CounterChange {
    std::optional<std::string> name;
    std::optional<std::vector<std::string>> categories;
    std::optional<bool> closedToday;

    Poco::JSON::Object::Ptr toJson() const;
    static CounterChange fromJson(const Poco::JSON::Object::Ptr& object);
};

// A queue (号票类别): GET/POST /api/v1/halls/{hall}/categories, PATCH …/categories/{prefix} with name and open.
struct CategorySetup {
    std::string prefix; // 1-3 capital letters A–Z
    std::string name;
    bool open = true;       // closed: the kiosk gives no numbers for it; those waiting are still called
    std::string group = {}; // its department (公安, 税务 …): the kiosk of a big hall offers queues by it; empty: none

    Poco::JSON::Object::Ptr toJson() const;
    static CategorySetup fromJson(const Poco::JSON::Object::Ptr& object);
};
struct CategoryChange {
    std::optional<std::string> name;
    std::optional<bool> open;
    std::optional<std::string> group = {}; // "" takes the queue out of its department

    Poco::JSON::Object::Ptr toJson() const;
    static CategoryChange fromJson(const Poco::JSON::Object::Ptr& object);
};

// One entry of GET /api/v1/halls/{hall}/audit.
struct AuditEntry {
    std::int64_t seq = 0;
    std::string at; // UTC ISO-8601
    std::string actor;
    std::string deviceId;
    std::string action;
    std::string subject;
    Poco::JSON::Object::Ptr detail; // may be null

    Poco::JSON::Object::Ptr toJson() const;
    static AuditEntry fromJson(const Poco::JSON::Object::Ptr& object);
};

} // namespace ow::wire
