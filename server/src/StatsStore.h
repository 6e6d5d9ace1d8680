#pragma once

#include "Database.h"
#include "RatingStore.h"

#include "domain/Durations.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

// The counts of one group of a hall's day: a counter, a clerk, a queue category, a service item, or all.
struct DayFigures {
    std::string key, label;
    int ticketsIssued = 0, served = 0, noShow = 0, transferred = 0;
    DurationFigures wait, service; // seconds: issue → call; start (or call) → finish
    int casesAccepted = 0, casesNotified = 0, casesRefused = 0, casesCompleted = 0, casesOverdue = 0;
    int waivedOverdue = 0; // materials accepted without (容缺) whose supply date has passed, in cases still open
    RatingFigureGroup ratings;
    int rectificationsOpen = 0, rectificationsOverdue = 0;
};

struct HourFigures {
    int hour = 0;
    int arrivals = 0;       // numbers issued in the hour
    int called = 0;         // calls made in the hour
    int waitingAtEnd = 0;   // issued and not yet called when the hour ended
    DurationFigures wait;   // of the numbers issued in the hour
};

struct DailyStats {
    std::string hall, date;
    DayFigures totals;
    std::vector<DayFigures> byCounter, byClerk, byCategory, byItem;
    std::vector<HourFigures> hourly; // 24 hours, local time
};

// The day of a hall as supervisors count it (督查): computed from the stored tickets, cases, ratings and
// rectifications, in the hall's time zone.
class StatsStore {
public:
    StatsStore(Database& db, RatingStore& ratings)
        : m_db(db)
        , m_ratings(ratings) {}

    // `date` is a hall-local ISO date; throws ApiError 404 for an unknown hall.
    DailyStats daily(const std::string& hall, const std::string& date, std::int64_t nowMs);
    // Each day from `from` to `to`; what the days share (open and late cases, names) is read once.
    std::vector<DailyStats> days(const std::string& hall, const std::string& from, const std::string& to,
                                 std::int64_t nowMs);

private:
    Database& m_db;
    RatingStore& m_ratings;
};

Poco::JSON::Object::Ptr dailyStatsToJson(const DailyStats& stats);

} // namespace ow::server
