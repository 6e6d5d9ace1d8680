#pragma once

#include "Database.h"
#include "RatingStore.h"

#include "domain/DailyStats.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

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

} // namespace ow::server
