#include "domain/wire/Appointments.h"

#include "domain/Json.h"

namespace ow::wire {

Poco::JSON::Object::Ptr SlotInfo::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("start", start);
    out->set("end", end);
    out->set("capacity", capacity);
    out->set("free", free);
    return out;
}

SlotInfo SlotInfo::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "start"), requireString(object, "end"),
            static_cast<int>(requireInt(object, "capacity")), static_cast<int>(requireInt(object, "free"))};
}

Poco::JSON::Object::Ptr BookingRequest::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("category", category);
    out->set("date", date);
    out->set("start", start);
    out->set("name", name);
    out->set("id_number", idNumber);
    out->set("phone", phone);
    return out;
}

BookingRequest BookingRequest::fromJson(const Poco::JSON::Object::Ptr& object) {
    BookingRequest r{requireString(object, "category"),  requireString(object, "date"),
                     requireString(object, "start"),     requireString(object, "name"),
                     requireString(object, "id_number"), requireString(object, "phone")};
    if (r.name.empty() || r.name.size() > 100)
        throw BadInput("invalid_field", "name: 1 to 100 bytes");
    return r;
}

Poco::JSON::Object::Ptr Booking::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("id", id);
    out->set("code", code);
    out->set("date", date);
    out->set("start", start);
    out->set("end", end);
    out->set("category", category);
    out->set("name", name);
    out->set("id_number", idNumber);
    out->set("phone", phone);
    out->set("state", state);
    return out;
}

Booking Booking::fromJson(const Poco::JSON::Object::Ptr& object) {
    return {requireString(object, "id"),
            requireString(object, "code"),
            requireString(object, "date"),
            requireString(object, "start"),
            requireString(object, "end"),
            requireString(object, "category"),
            optionalString(object, "name").value_or(""),
            optionalString(object, "id_number").value_or(""),
            optionalString(object, "phone").value_or(""),
            optionalString(object, "state").value_or("booked")};
}

} // namespace ow::wire
