#pragma once

#include "domain/Durations.h"
#include "domain/HallHours.h"
#include "domain/Rating.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow {

// Figures of 好差评 for a group of services (a counter, a clerk, an item, a day, or all).
struct RatingFigureGroup {
    std::string day; // with figuresBy(…, perDay)
    std::string key;
    std::string label;
    RatingFigures figures;
    int notRated = 0; // asked on the pad, not answered
    int levels[5] = {0, 0, 0, 0, 0};
};

// The counts of one group of a hall's day: a counter, a clerk, a queue category, a service item, or all.
struct DayFigures {
    std::string key, label;
    int ticketsIssued = 0, served = 0, noShow = 0, transferred = 0;
    DurationFigures wait, service; // seconds: issue → call; start (or call) → finish
    int casesAccepted = 0, casesNotified = 0, casesRefused = 0, casesCompleted = 0, casesOverdue = 0;
    int waivedOverdue = 0; // materials accepted without (容缺) whose supply date has passed, in cases still open
    int casesCompletedOnTime = 0; // of those completed, by their promised date
    // Steps after intake taken at the server that day: 补正 asked for, decisions (by a person or by rule), results
    // handed over at the window and posted.
    int correctionsRequested = 0, decisions = 0, handedOver = 0, posted = 0;
    RatingFigureGroup ratings;
    int rectificationsOpen = 0, rectificationsOverdue = 0;
    // 预约 of the day (a queue's, or all): places taken (not cancelled), of them checked in, and not come by their
    // slot's end; cancelled bookings apart.
    int appointmentsBooked = 0, appointmentsCheckedIn = 0, appointmentsNoShow = 0, appointmentsCancelled = 0;
    // 暂停服务: the pauses taken at the counters that day and their time (a pause still lasting, to now).
    int pauses = 0, pausedSeconds = 0;
};

// One appointment slot of the day, as booked: its queue, time and capacity, the places taken (checked in, not come,
// still to come) and the cancelled bookings.
struct AppointmentSlotFigures {
    std::string category, label;
    int start = 0, end = 0; // minutes after midnight, hall-local
    int capacity = 0, booked = 0, checkedIn = 0, noShow = 0, cancelled = 0;
};

struct HourFigures {
    int hour = 0;
    int arrivals = 0;     // numbers issued in the hour
    int called = 0;       // calls made in the hour
    int waitingAtEnd = 0; // issued and not yet called when the hour ended
    DurationFigures wait; // of the numbers issued in the hour
};

struct DailyStats {
    std::string hall, date;
    // The hall's hours that day (domain/HallHours): `hoursSet` false when the hall never set any (always open);
    // `hours` empty when it was closed that day. Numbers taken in 延时服务, and outside the hours (given by a clerk).
    bool hoursSet = false;
    std::optional<HallHours::Day> hours;
    int issuedExtended = 0, issuedOutsideHours = 0;
    DayFigures totals;
    std::vector<DayFigures> byCounter, byClerk, byCategory, byItem;
    std::vector<HourFigures> hourly;                      // 24 hours, local time
    std::vector<AppointmentSlotFigures> appointmentSlots; // the slots with a booking, by queue and start
    // 预约上门: visits scheduled for the day (done or not), of them done; requests asked by the day's end that are
    // still waiting to be scheduled.
    int homeVisitsOnDay = 0, homeVisitsDone = 0, homeVisitsToSchedule = 0;
};

// One group's figures as the wire writes them (DayFigures in server/openapi.yaml; `keyName` names the group's key,
// nothing for a day's totals), both ways.
Poco::JSON::Object::Ptr dayFiguresToJson(const DayFigures& figures, const char* keyName = nullptr,
                                         bool numericKey = false);
DayFigures dayFiguresFromJson(const Poco::JSON::Object::Ptr& object, const char* keyName = nullptr);
// Adds the counts of `more` to `into` (tickets, cases, ratings, rectifications, appointments); wait and service times
// are not counts and are left as they are: a region works them out again from every time.
void addCounts(DayFigures& into, const DayFigures& more);

// A region's day (区域): each of its halls' totals, its child regions' halls included, and their sum.
struct RegionHallDay {
    std::string hall, name;
    // Until when what the hall did has reached this server (its server's last contact, UTC ISO), and what its server
    // still had to send then: nothing for a hall served by this server itself.
    std::optional<std::string> relayedUntil;
    std::optional<std::int64_t> backlog;
    // Minutes of the hall's opening hours today without a word from its server, when 15 or more (the server judges by
    // the hall's own hours and clock: a server switched off with the hall at night is not silent); nothing otherwise.
    std::optional<std::int64_t> silentMinutes;
    DayFigures totals;
};
struct RegionDay {
    std::string region, name, date;
    std::vector<RegionHallDay> halls; // by hall id
    DayFigures totals;
};
// The wire form of GET /api/v1/regions/{region}/stats/daily, both ways.
Poco::JSON::Object::Ptr regionDayToJson(const RegionDay& day);
RegionDay regionDayFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput

// The wire form of GET /api/v1/stats/daily (server/openapi.yaml), both ways.
Poco::JSON::Object::Ptr dailyStatsToJson(const DailyStats& stats);
DailyStats dailyStatsFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
// One group of GET /api/v1/halls/{hall}/rating-figures (RatingFigures in server/openapi.yaml); the rates are written
// for readers of the JSON and worked out again from the counts when read.
Poco::JSON::Object::Ptr ratingFiguresToJson(const RatingFigureGroup& group);
RatingFigureGroup ratingFiguresFromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput

} // namespace ow
