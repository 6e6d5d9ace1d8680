#include "domain/CaseLife.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

namespace ow {
namespace {

Poco::JSON::Object::Ptr correctionToJson(const Correction& k) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", k.id);
    o->set("materials", toJsonArray(k.materials));
    o->set("reason", k.reason);
    o->set("requested_day", k.requestedDay);
    o->set("requested_by", k.requestedBy);
    if (!k.receivedDay.empty()) {
        o->set("received_day", k.receivedDay);
        o->set("received_by", k.receivedBy);
        o->set("suspended_working_days", k.suspendedWorkingDays);
    }
    return o;
}

Correction correctionFromJson(const Poco::JSON::Object::Ptr& o) {
    Correction k;
    k.id = requireString(o, "id");
    k.materials = optionalStrings(o, "materials");
    k.reason = optionalString(o, "reason").value_or("");
    k.requestedDay = requireString(o, "requested_day");
    k.requestedBy = optionalString(o, "requested_by").value_or("");
    k.receivedDay = optionalString(o, "received_day").value_or("");
    k.receivedBy = optionalString(o, "received_by").value_or("");
    k.suspendedWorkingDays = optionalInt32(o, "suspended_working_days").value_or(0);
    return k;
}

Poco::JSON::Object::Ptr clockStopToJson(const ClockStop& k) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("id", k.id);
    o->set("kind", k.kind);
    o->set("reason", k.reason);
    o->set("started_day", k.startedDay);
    o->set("started_by", k.startedBy);
    if (!k.endedDay.empty()) {
        o->set("ended_day", k.endedDay);
        o->set("ended_by", k.endedBy);
        o->set("suspended_working_days", k.suspendedWorkingDays);
    }
    return o;
}

ClockStop clockStopFromJson(const Poco::JSON::Object::Ptr& o) {
    ClockStop k;
    k.id = requireString(o, "id");
    k.kind = requireString(o, "kind");
    k.reason = optionalString(o, "reason").value_or("");
    k.startedDay = requireString(o, "started_day");
    k.startedBy = optionalString(o, "started_by").value_or("");
    k.endedDay = optionalString(o, "ended_day").value_or("");
    k.endedBy = optionalString(o, "ended_by").value_or("");
    k.suspendedWorkingDays = optionalInt32(o, "suspended_working_days").value_or(0);
    return k;
}

// A list of the life, each entry written by `write`.
template <typename T, typename Write> Poco::JSON::Array::Ptr arrayOf(const std::vector<T>& entries, Write write) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const T& entry : entries)
        out->add(write(entry));
    return out;
}

// The entries of the life's list `key` (none when it is missing), each read by `read`; BadInput when one is not an
// object.
template <typename T, typename Read>
std::vector<T> entriesOf(const Poco::JSON::Object::Ptr& o, const std::string& key, Read read) {
    std::vector<T> out;
    if (const auto list = optionalArray(o, key))
        for (unsigned i = 0; i < list->size(); ++i) {
            const auto entry = list->getObject(i);
            if (!entry)
                throw BadInput("invalid_field", "life." + key + " must be objects");
            out.push_back(read(entry));
        }
    return out;
}

Poco::JSON::Object::Ptr stepToJson(const CaseStep& step) {
    Poco::JSON::Object::Ptr so = new Poco::JSON::Object(true);
    so->set("action", step.action);
    so->set("at", utcIso(step.atMs));
    so->set("day", step.day);
    so->set("by", step.by);
    so->set("note", step.note);
    return so;
}

CaseStep stepFromJson(const Poco::JSON::Object::Ptr& so) {
    return {requireString(so, "action"), parseUtcIso(requireString(so, "at")), optionalString(so, "day").value_or(""),
            optionalString(so, "by").value_or(""), optionalString(so, "note").value_or("")};
}

} // namespace

bool isClockStopKind(const std::string& kind) {
    return kind == "publicity" || kind == "expert_review" || kind == "hearing" || kind == "inspection";
}

const Correction* CaseLife::openCorrection() const {
    for (const auto& k : corrections)
        if (k.receivedDay.empty())
            return &k;
    return nullptr;
}

const ClockStop* CaseLife::openClockStop() const {
    for (const auto& k : clockStops)
        if (k.endedDay.empty())
            return &k;
    return nullptr;
}

std::string CaseLife::clockStoppedSince() const {
    if (const Correction* k = openCorrection())
        return k->requestedDay;
    if (const ClockStop* k = openClockStop())
        return k->startedDay;
    return {};
}

Poco::JSON::Object::Ptr caseLifeToJson(const CaseLife& life) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    if (!life.department.empty())
        o->set("department", life.department);
    if (!life.assignedTo.empty())
        o->set("assigned_to", life.assignedTo);
    o->set("corrections", arrayOf(life.corrections, correctionToJson));
    if (!life.clockStops.empty())
        o->set("clock_stops", arrayOf(life.clockStops, clockStopToJson));
    if (!life.decidedBy.empty() || life.deemed) {
        o->set("decided_by", life.decidedBy);
        o->set("decision_reason", life.decisionReason);
        o->set("deemed", life.deemed);
    }
    if (life.handover) {
        const Handover& h = *life.handover;
        Poco::JSON::Object::Ptr ho = new Poco::JSON::Object(true);
        ho->set("method", h.method);
        ho->set("recipient", h.recipient);
        ho->set("id_checked", h.idChecked);
        ho->set("waybill", h.waybill);
        ho->set("address", h.address);
        ho->set("day", h.day);
        ho->set("by", h.by);
        ho->set("delivered_day", h.deliveredDay);
        o->set("handover", ho);
    }
    o->set("steps", arrayOf(life.steps, stepToJson));
    return o;
}

CaseLife caseLifeFromJson(const Poco::JSON::Object::Ptr& o) {
    CaseLife life;
    life.department = optionalString(o, "department").value_or("");
    life.assignedTo = optionalString(o, "assigned_to").value_or("");
    life.corrections = entriesOf<Correction>(o, "corrections", correctionFromJson);
    life.clockStops = entriesOf<ClockStop>(o, "clock_stops", clockStopFromJson);
    life.decidedBy = optionalString(o, "decided_by").value_or("");
    life.decisionReason = optionalString(o, "decision_reason").value_or("");
    life.deemed = optionalBool(o, "deemed").value_or(false);
    if (const auto ho = optionalObject(o, "handover")) {
        Handover h;
        h.method = requireString(ho, "method");
        h.recipient = optionalString(ho, "recipient").value_or("");
        h.idChecked = optionalBool(ho, "id_checked").value_or(false);
        h.waybill = optionalString(ho, "waybill").value_or("");
        h.address = optionalString(ho, "address").value_or("");
        h.day = optionalString(ho, "day").value_or("");
        h.by = optionalString(ho, "by").value_or("");
        h.deliveredDay = optionalString(ho, "delivered_day").value_or("");
        life.handover = h;
    }
    life.steps = entriesOf<CaseStep>(o, "steps", stepFromJson);
    return life;
}

} // namespace ow
