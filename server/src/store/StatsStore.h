#pragma once

#include "Database.h"
#include "RatingStore.h"
#include "RegionStore.h"

#include "domain/DailyStats.h"
#include "domain/wire/Stats.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// One number of a day, for the drill-down from a counter.
using TicketLine = wire::TicketLine;
// A case still open near or past its promised date (办件预警): yellow at 80 % of its time, red when overdue.
using CaseWarning = wire::CaseWarning;

// The day of a hall as supervisors count it (督查): computed from the stored tickets, cases, ratings and
// rectifications, in the hall's time zone.
class StatsStore {
public:
    StatsStore(Database& db, RatingStore& ratings)
        : m_db(db)
        , m_ratings(ratings) {}

    // `date` is a hall-local ISO date; throws StoreError NotFound for an unknown hall.
    DailyStats daily(const std::string& hall, const std::string& date, std::int64_t nowMs);
    // Each day from `from` to `to`; what the days share (open and late cases, names) is read once.
    std::vector<DailyStats> days(const std::string& hall, const std::string& from, const std::string& to,
                                 std::int64_t nowMs);

    // A region's day: each of `halls` counted in its own time zone on `date`, and their sum (wait and service times
    // worked out again from every hall's times, not averaged from theirs).
    RegionDay regionDaily(const std::string& region, const std::string& regionName,
                          const std::vector<RegionHall>& halls, const std::string& date, std::int64_t nowMs);

    // The numbers of a day, at one counter or all, in the order they were issued.
    std::vector<TicketLine> tickets(const std::string& hall, const std::string& date, std::optional<int> counter);
    // The open cases due soon or overdue on `date` (by the current catalog's working-day calendar), latest first.
    std::vector<CaseWarning> warnings(const std::string& hall, const std::string& date);

private:
    // Every day's wait and service times of all its numbers, when asked for (a region's sum).
    struct Times {
        std::vector<std::int64_t> waits, services;
    };
    std::vector<DailyStats> compute(const std::string& hall, const std::string& from, const std::string& to,
                                    std::int64_t nowMs, Times* times);

    Database& m_db;
    RatingStore& m_ratings;
};

} // namespace ow::server
