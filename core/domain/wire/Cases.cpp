#include "domain/wire/Cases.h"

#include "domain/Json.h"

namespace ow::wire {
namespace {

constexpr std::size_t kMaxText = 2000; // a reason or note, in bytes

std::string text(const Poco::JSON::Object::Ptr& object, const std::string& key, bool required = false) {
    std::string value = required ? requireString(object, key) : optionalString(object, key).value_or("");
    if (value.size() > kMaxText)
        throw BadInput("invalid_field", "field \"" + key + "\" is longer than " + std::to_string(kMaxText) + " bytes");
    return value;
}

Poco::JSON::Object::Ptr object() { return new Poco::JSON::Object(true); }

} // namespace

Poco::JSON::Object::Ptr SupplyRequest::toJson() const {
    auto o = object();
    o->set("material", material);
    o->set("attachments", toJsonArray(attachments));
    return o;
}

SupplyRequest SupplyRequest::fromJson(const Poco::JSON::Object::Ptr& o) {
    return {text(o, "material", true), optionalStrings(o, "attachments")};
}

Poco::JSON::Object::Ptr CorrectionRequest::toJson() const {
    auto o = object();
    o->set("materials", toJsonArray(materials));
    o->set("reason", reason);
    return o;
}

CorrectionRequest CorrectionRequest::fromJson(const Poco::JSON::Object::Ptr& o) {
    return {optionalStrings(o, "materials"), text(o, "reason", true)};
}

Poco::JSON::Object::Ptr ClockStopRequest::toJson() const {
    auto o = object();
    o->set("kind", kind);
    o->set("reason", reason);
    return o;
}

ClockStopRequest ClockStopRequest::fromJson(const Poco::JSON::Object::Ptr& o) {
    return {text(o, "kind", true), text(o, "reason", true)};
}

Poco::JSON::Object::Ptr AssignRequest::toJson() const {
    auto o = object();
    o->set("department", department);
    o->set("approver", approver);
    return o;
}

AssignRequest AssignRequest::fromJson(const Poco::JSON::Object::Ptr& o) {
    return {text(o, "department"), text(o, "approver")};
}

Poco::JSON::Object::Ptr DecisionRequest::toJson() const {
    auto o = object();
    o->set("decision", std::string(approve ? "approved" : "refused"));
    o->set("reason", reason);
    return o;
}

DecisionRequest DecisionRequest::fromJson(const Poco::JSON::Object::Ptr& o) {
    const std::string decision = requireString(o, "decision");
    if (decision != "approved" && decision != "refused")
        throw BadInput("invalid_field", "decision is approved or refused");
    return {decision == "approved", text(o, "reason")};
}

Poco::JSON::Object::Ptr CompleteRequest::toJson() const {
    auto o = object();
    o->set("note", note);
    return o;
}

CompleteRequest CompleteRequest::fromJson(const Poco::JSON::Object::Ptr& o) { return {text(o, "note")}; }

Poco::JSON::Object::Ptr HandoverRequest::toJson() const {
    auto o = object();
    o->set("method", method);
    o->set("recipient", recipient);
    o->set("id_checked", idChecked);
    o->set("waybill", waybill);
    o->set("address", address);
    return o;
}

HandoverRequest HandoverRequest::fromJson(const Poco::JSON::Object::Ptr& o) {
    HandoverRequest r;
    r.method = requireString(o, "method");
    r.recipient = text(o, "recipient");
    r.idChecked = optionalBool(o, "id_checked").value_or(false);
    r.waybill = text(o, "waybill");
    r.address = text(o, "address");
    return r;
}

Handover HandoverRequest::handover() const {
    Handover h;
    h.method = method;
    h.recipient = recipient;
    h.idChecked = idChecked;
    h.waybill = waybill;
    h.address = address;
    return h;
}

} // namespace ow::wire
