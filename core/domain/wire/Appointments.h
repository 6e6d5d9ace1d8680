#pragma once

#include <Poco/JSON/Object.h>

#include <string>

// The wire contract of appointments (预约): the slots of a day, a booking and its answer. Written by the server's
// routes and read by the client (server/openapi.yaml describes the same). fromJson throws BadInput naming the field.
namespace ow::wire {

// One slot of GET /api/v1/halls/{hall}/slots.
struct SlotInfo {
    std::string start, end; // "09:00"
    int capacity = 0;
    int free = 0;

    Poco::JSON::Object::Ptr toJson() const;
    static SlotInfo fromJson(const Poco::JSON::Object::Ptr& object);
};

// Body of POST /api/v1/halls/{hall}/appointments.
struct BookingRequest {
    std::string category;
    std::string date;  // YYYY-MM-DD, the hall's
    std::string start; // "09:00", a slot's
    std::string name;
    std::string idNumber;
    std::string phone;

    Poco::JSON::Object::Ptr toJson() const;
    static BookingRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// 201 of POST /api/v1/halls/{hall}/appointments: the code to check in with; the person masked.
struct Booking {
    std::string id;
    std::string code; // 6 digits
    std::string date, start, end, category;
    std::string name, idNumber, phone; // masked
    std::string state;                 // booked, checked_in, cancelled, no_show

    Poco::JSON::Object::Ptr toJson() const;
    static Booking fromJson(const Poco::JSON::Object::Ptr& object);
};

} // namespace ow::wire
