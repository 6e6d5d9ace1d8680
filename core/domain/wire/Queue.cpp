#include "domain/wire/Queue.h"

#include "domain/Json.h"

namespace ow::wire {

Poco::JSON::Object::Ptr TicketRequest::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("category", category);
    o->set("priority", std::string(toString(priority)));
    if (idNumber)
        o->set("id_number", *idNumber);
    return o;
}

TicketRequest TicketRequest::fromJson(const Poco::JSON::Object::Ptr& object) {
    TicketRequest r;
    r.category = requireString(object, "category");
    // An appointment's number comes only from its check-in.
    const auto priority = priorityFromString(optionalString(object, "priority").value_or("normal"));
    if (!priority || *priority == Priority::Appointment)
        throw BadInput("invalid_field", "priority must be normal, green, elderly or disabled");
    r.priority = *priority;
    r.idNumber = optionalString(object, "id_number");
    return r;
}

Poco::JSON::Object::Ptr TicketEnvelope::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("ticket", ticketToJson(ticket, true));
    if (seq)
        o->set("seq", *seq);
    return o;
}

TicketEnvelope TicketEnvelope::fromJson(const Poco::JSON::Object::Ptr& object) {
    const auto ticket = optionalObject(object, "ticket");
    if (!ticket)
        throw BadInput("invalid_field", "field \"ticket\" is required");
    return {ticketFromJson(ticket), optionalInt(object, "seq")};
}

Poco::JSON::Object::Ptr TransferTarget::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    if (category)
        o->set("category", *category);
    if (counter)
        o->set("counter", *counter);
    return o;
}

TransferTarget TransferTarget::fromJson(const Poco::JSON::Object::Ptr& object) {
    TransferTarget target;
    target.category = optionalString(object, "category");
    if (const auto counter = optionalIntIn(object, "counter", 1, 999))
        target.counter = static_cast<int>(*counter);
    return target;
}

Poco::JSON::Object::Ptr CounterDuty::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("counter", counter);
    o->set("paused", paused);
    if (pausedSince)
        o->set("paused_since", *pausedSince);
    return o;
}

CounterDuty CounterDuty::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {static_cast<int>(requireInt(object, "counter")), optionalBool(object, "paused").value_or(false),
            optionalString(object, "paused_since")};
}

} // namespace ow::wire
