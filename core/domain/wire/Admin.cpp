#include "domain/wire/Admin.h"

#include <algorithm>

#include "domain/Json.h"
#include "domain/Roles.h"
#include "domain/Staff.h"
#include "domain/Ticket.h"

namespace ow::wire {
namespace {

Poco::Dynamic::Var nullable(const std::optional<int>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

void setIfAny(Poco::JSON::Object::Ptr out, const char* key, const std::string& value) {
    if (!value.empty())
        out->set(key, value);
}

std::string checkedRole(const std::string& role) {
    if (!staffRoleFromString(role))
        throw BadInput("invalid_field", "role must be clerk, agent, supervisor, approver or admin");
    return role;
}

std::string checkedName(const std::string& name) {
    if (name.size() > 100)
        throw BadInput("invalid_field", "name: at most 100 bytes");
    return name;
}

// A queue's department: trimmed, at most 40 bytes (it is a button's label at the kiosk); empty: none.
std::string checkedGroup(const std::optional<std::string>& group) {
    std::string g = group.value_or("");
    const auto first = g.find_first_not_of(" \t");
    g = first == std::string::npos ? std::string() : g.substr(first, g.find_last_not_of(" \t") - first + 1);
    if (g.size() > 40)
        throw BadInput("invalid_field", "group: a department's name is at most 40 bytes");
    return g;
}

// 工号: 1–16 letters, digits or "-" (the hall's own numbering: "0317", "QBJ-012"); empty: none.
std::string checkedStaffNo(const std::string& number) {
    const bool shaped = std::all_of(number.begin(), number.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    });
    if (number.size() > 16 || !shaped)
        throw BadInput("invalid_field", "staff_no: 1-16 letters, digits or \"-\" (\"0317\")");
    return number;
}

std::vector<std::string> checkedCategories(std::vector<std::string> categories) {
    if (categories.empty() || categories.size() > 26)
        throw BadInput("invalid_field", "categories: a counter calls 1 to 26 queues");
    for (const auto& prefix : categories)
        if (!isValidCategoryPrefix(prefix))
            throw BadInput("invalid_field", "categories: \"" + prefix + "\" is not a queue prefix (1-3 letters A-Z)");
    return categories;
}

} // namespace

Poco::JSON::Object::Ptr AccountConflict::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("field", field);
    out->set("hall_value", hallValue ? Poco::Dynamic::Var(*hallValue) : Poco::Dynamic::Var());
    out->set("upstream_value", upstreamValue ? Poco::Dynamic::Var(*upstreamValue) : Poco::Dynamic::Var());
    out->set("seen_at", seenAt);
    return out;
}

AccountConflict AccountConflict::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "field"), optionalString(object, "hall_value"),
            optionalString(object, "upstream_value"), optionalString(object, "seen_at").value_or("")};
}

Poco::JSON::Object::Ptr ConflictSettled::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("keep", keep);
    return out;
}

ConflictSettled ConflictSettled::fromJson(const Poco::JSON::Object::Ptr& object) {
    ConflictSettled settled{requireString(object, "keep")};
    if (settled.keep != "hall" && settled.keep != "upstream")
        throw BadInput("invalid_field", "keep: \"hall\" (the hall's value stays and goes up) or \"upstream\"");
    return settled;
}

Poco::JSON::Object::Ptr StaffMember::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("user", user);
    out->set("name", name);
    out->set("role", role);
    out->set("disabled", disabled);
    out->set("must_change_password", mustChangePassword);
    setIfAny(out, "last_login_at", lastLoginAt);
    Poco::JSON::Array::Ptr conflicts = new Poco::JSON::Array;
    for (const auto& c : upstreamConflicts)
        conflicts->add(c.toJson());
    out->set("upstream_conflicts", conflicts);
    setIfAny(out, "staff_no", staffNo);
    return out;
}

StaffMember StaffMember::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "user"),
            optionalString(object, "name").value_or(""),
            requireString(object, "role"),
            optionalBool(object, "disabled").value_or(false),
            optionalBool(object, "must_change_password").value_or(false),
            optionalString(object, "last_login_at").value_or(""),
            objectsOf<AccountConflict>(object, "upstream_conflicts", AccountConflict::fromJson),
            optionalString(object, "staff_no").value_or("")};
}

Poco::JSON::Object::Ptr NewStaff::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("user", user);
    out->set("name", name);
    out->set("role", role);
    out->set("password", password);
    setIfAny(out, "staff_no", staffNo);
    return out;
}

NewStaff NewStaff::fromJson(const Poco::JSON::Object::Ptr& object) {
    NewStaff s{requireString(object, "user"), checkedName(requireString(object, "name")),
               checkedRole(requireString(object, "role")), requireString(object, "password"),
               checkedStaffNo(optionalString(object, "staff_no").value_or(""))};
    if (!isValidUserName(s.user))
        throw BadInput("invalid_field",
                       "user: 1-64 letters, digits, '.', '_' or '-', beginning with a letter or a digit");
    if (s.name.empty())
        throw BadInput("invalid_field", "name: the person's name is required");
    return s;
}

Poco::JSON::Object::Ptr StaffChange::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    if (name)
        out->set("name", *name);
    if (role)
        out->set("role", *role);
    if (disabled)
        out->set("disabled", *disabled);
    if (staffNo)
        out->set("staff_no", *staffNo);
    return out;
}

StaffChange StaffChange::fromJson(const Poco::JSON::Object::Ptr& object) {
    StaffChange c{optionalString(object, "name"), optionalString(object, "role"), optionalBool(object, "disabled"),
                  optionalString(object, "staff_no")};
    if (!c.name && !c.role && !c.disabled && !c.staffNo)
        throw BadInput("invalid_field", "give name, role, disabled or staff_no");
    if (c.staffNo)
        checkedStaffNo(*c.staffNo);
    if (c.name && checkedName(*c.name).empty())
        throw BadInput("invalid_field", "name: the person's name is required");
    if (c.role)
        checkedRole(*c.role);
    return c;
}

Poco::JSON::Object::Ptr PasswordChange::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("password", password);
    if (!current.empty())
        out->set("current", current);
    return out;
}

PasswordChange PasswordChange::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "password"), optionalString(object, "current").value_or("")};
}

Poco::JSON::Object::Ptr EnrollCodeRequest::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("kind", kind);
    if (counter)
        out->set("counter", *counter);
    return out;
}

EnrollCodeRequest EnrollCodeRequest::fromJson(const Poco::JSON::Object::Ptr& object) {
    EnrollCodeRequest r{requireString(object, "kind"), optionalInt32(object, "counter")};
    // A hall server's code is given by the upstream's own command line, never by a hall's administrator.
    if (!deviceKindFromString(r.kind) || r.kind == "hall")
        throw BadInput("invalid_field", "kind must be counter, kiosk, display, pad, station or supervisor");
    return r;
}

Poco::JSON::Object::Ptr EnrollCode::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("code", code);
    out->set("expires_at", expiresAt);
    out->set("kind", kind);
    out->set("counter", nullable(counter));
    return out;
}

EnrollCode EnrollCode::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "code"), requireString(object, "expires_at"), requireString(object, "kind"),
            optionalInt32(object, "counter")};
}

Poco::JSON::Object::Ptr DeviceInfo::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("id", id);
    out->set("kind", kind);
    out->set("name", name);
    out->set("counter", nullable(counter));
    setIfAny(out, "code", code);
    out->set("enrolled_at", enrolledAt);
    setIfAny(out, "last_seen_at", lastSeenAt);
    setIfAny(out, "revoked_at", revokedAt);
    return out;
}

DeviceInfo DeviceInfo::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "id"),
            requireString(object, "kind"),
            optionalString(object, "name").value_or(""),
            optionalInt32(object, "counter"),
            optionalString(object, "code").value_or(""),
            requireString(object, "enrolled_at"),
            optionalString(object, "last_seen_at").value_or(""),
            optionalString(object, "revoked_at").value_or("")};
}

Poco::JSON::Object::Ptr CounterSetup::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("number", number);
    out->set("name", name);
    out->set("categories", toJsonArray(categories));
    out->set("closed_today", closedToday);
    return out;
}

CounterSetup CounterSetup::fromJson(const Poco::JSON::Object::Ptr& object) {
    CounterSetup c;
    c.number = static_cast<int>(requireInt(object, "number"));
    if (c.number < 1 || c.number > 999)
        throw BadInput("invalid_field", "number: a counter is numbered 1 to 999");
    c.name = checkedName(optionalString(object, "name").value_or(""));
    c.categories = checkedCategories(optionalStrings(object, "categories"));
    c.closedToday = optionalBool(object, "closed_today").value_or(false);
    return c;
}

Poco::JSON::Object::Ptr CounterChange::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    if (name)
        out->set("name", *name);
    if (categories)
        out->set("categories", toJsonArray(*categories));
    if (closedToday)
        out->set("closed_today", *closedToday);
    return out;
}

CounterChange CounterChange::fromJson(const Poco::JSON::Object::Ptr& object) {
    CounterChange c;
    if (const auto name = optionalString(object, "name"))
        c.name = checkedName(*name);
    if (object->has("categories"))
        c.categories = checkedCategories(optionalStrings(object, "categories"));
    c.closedToday = optionalBool(object, "closed_today");
    if (!c.name && !c.categories && !c.closedToday)
        throw BadInput("invalid_field", "give name, categories or closed_today");
    return c;
}

Poco::JSON::Object::Ptr CategorySetup::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("prefix", prefix);
    out->set("name", name);
    out->set("open", open);
    setIfAny(out, "group", group);
    return out;
}

CategorySetup CategorySetup::fromJson(const Poco::JSON::Object::Ptr& object) {
    CategorySetup c{requireString(object, "prefix"), checkedName(requireString(object, "name")),
                    optionalBool(object, "open").value_or(true), checkedGroup(optionalString(object, "group"))};
    if (!isValidCategoryPrefix(c.prefix))
        throw BadInput("invalid_field", "prefix: 1-3 capital letters A-Z");
    if (c.name.empty())
        throw BadInput("invalid_field", "name: a queue needs a name");
    return c;
}

Poco::JSON::Object::Ptr CategoryChange::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    if (name)
        out->set("name", *name);
    if (open)
        out->set("open", *open);
    if (group)
        out->set("group", *group);
    return out;
}

CategoryChange CategoryChange::fromJson(const Poco::JSON::Object::Ptr& object) {
    CategoryChange c{optionalString(object, "name"), optionalBool(object, "open"), optionalString(object, "group")};
    if (!c.name && !c.open && !c.group)
        throw BadInput("invalid_field", "give name, open or group");
    if (c.group)
        c.group = checkedGroup(c.group);
    if (c.name && checkedName(*c.name).empty())
        throw BadInput("invalid_field", "name: a queue needs a name");
    return c;
}

Poco::JSON::Object::Ptr AuditEntry::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("seq", seq);
    out->set("at", at);
    out->set("actor", actor);
    out->set("device_id", deviceId);
    out->set("action", action);
    out->set("subject", subject);
    out->set("detail", detail ? Poco::Dynamic::Var(detail) : Poco::Dynamic::Var());
    return out;
}

AuditEntry AuditEntry::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireInt(object, "seq"),
            requireString(object, "at"),
            optionalString(object, "actor").value_or(""),
            optionalString(object, "device_id").value_or(""),
            requireString(object, "action"),
            optionalString(object, "subject").value_or(""),
            optionalObject(object, "detail")};
}

} // namespace ow::wire
