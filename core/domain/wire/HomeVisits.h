#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>

// The wire contract of home visits (预约上门): a village agency station (or a counter, on the telephone) asks the
// hall to come to someone who cannot come — people over 80, the severely disabled — and the hall's supervisor sends
// a clerk on a date. Written by the server's routes and read by the client (server/openapi.yaml describes the same).
// fromJson throws BadInput naming the field.
namespace ow::wire {

// Body of POST /api/v1/halls/{hall}/home-visits. `id` is made by the asking device, so that a request sent again
// after a lost answer is the same request.
struct HomeVisitRequest {
    std::string id;
    std::string name, idNumber, phone;
    std::string address; // where to go: village, group, house
    std::string service; // what is to be done: a service item's code or name
    std::string reason;  // elderly (80 and over), disabled (severely), other
    std::string note;    // anything the clerk should know (may be empty)

    Poco::JSON::Object::Ptr toJson() const;
    static HomeVisitRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

// Body of POST /api/v1/halls/{hall}/home-visits/{id}/schedule: who goes, and when.
struct HomeVisitSchedule {
    std::string clerk; // a clerk of the hall (user name)
    std::string date;  // YYYY-MM-DD, the hall's; not before today

    Poco::JSON::Object::Ptr toJson() const;
    static HomeVisitSchedule fromJson(const Poco::JSON::Object::Ptr& object);
};

// A home visit as the hall's people read it. The name, address and phone are whole (the clerk goes there and calls
// ahead); the ID number only masked (the clerk reads the card at the visit).
struct HomeVisit {
    std::string id, hall;
    std::string name, idNumber, phone, address, service, reason, note;
    std::string state;                                // requested, scheduled, done, cancelled
    std::string requestedBy, requestedByName, device; // the person who asked, and the device they asked from
    std::string requestedAt;                          // UTC, ISO-8601
    std::string clerk, clerkName, date;               // once scheduled
    std::string outcome;                              // once done or cancelled: what happened, in words

    Poco::JSON::Object::Ptr toJson() const;
    static HomeVisit fromJson(const Poco::JSON::Object::Ptr& object);
};

} // namespace ow::wire
