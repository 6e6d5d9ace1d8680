#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ow {

// 预约: the half-hours a hall offers for a queue, as its supervisor plans them. A plan names the weekdays it holds
// on and the day's slots, each with how many people it takes; the hall's hours and closed days still decide
// whether a slot is offered on a date (a slot must lie inside the opening hours, outside lunch).
struct AppointmentSlot {
    int start = 0, end = 0; // minutes after midnight, hall-local
    int capacity = 1;
    bool operator==(const AppointmentSlot&) const = default;
};

struct AppointmentPlan {
    std::string category;
    std::set<int> weekdays;             // 1 Monday … 7 Sunday
    std::vector<AppointmentSlot> times; // by start, not overlapping ("slots" is a word of Qt's)
    bool operator==(const AppointmentPlan&) const = default;

    const AppointmentSlot* slotAt(int start) const;
};

// The wire form of PUT /api/v1/halls/{hall}/appointment-plan:
// {"category":"B","weekdays":[1,2,3,4,5],"slots":[{"start":"09:00","end":"09:30","capacity":4}, …]}.
// Reading collects every problem with its JSON path and throws DocumentErrors.
Poco::JSON::Object::Ptr appointmentPlanToJson(const AppointmentPlan& plan);
AppointmentPlan appointmentPlanFromJson(const Poco::JSON::Object::Ptr& object);

// Whoever does not come frees the place, and a hall may stop taking bookings from someone who often does not:
// `noShows` appointments not checked in within the last `withinDays` days (the booking's day counted) suspend the
// ID number's bookings at that hall for `blockedDays` days from the last of them. `noShows` 0: never suspended.
// The wire form of PUT /api/v1/halls/{hall}/appointment-policy: {"no_shows":3,"within_days":30,"blocked_days":30}.
struct NoShowPolicy {
    int noShows = 3;
    int withinDays = 30;
    int blockedDays = 30;
    bool operator==(const NoShowPolicy&) const = default;
};
Poco::JSON::Object::Ptr noShowPolicyToJson(const NoShowPolicy& policy);
NoShowPolicy noShowPolicyFromJson(const Poco::JSON::Object::Ptr& object); // DocumentErrors with every problem

// When an appointment may be checked in: from 30 minutes before its slot to the slot's end.
constexpr int kCheckInEarlyMinutes = 30;

// What the booking's QR holds, for the kiosk to check in with (read by camera or by a barcode reader typing it):
// "onewindow://appointment?hall=h1&code=042917".
struct AppointmentLink {
    std::string hall;
    std::string code; // 6 digits
};
std::string makeAppointmentLink(const AppointmentLink& link);
std::optional<AppointmentLink> parseAppointmentLink(std::string_view text); // nothing for any other text

// A mobile number as people give it (138 0013 8000, +86 13800138000): its 11 digits, or empty when it is not one.
std::string normalizeMobile(const std::string& text);

} // namespace ow
