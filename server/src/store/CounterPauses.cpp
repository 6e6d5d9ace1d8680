#include "CounterPauses.h"

#include "HallStore.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/WorkCalendar.h"

#include <algorithm>

namespace ow::server {
namespace {

using Poco::Data::Session;

// When the hall's day `day` ends (the next day's start), in UTC.
std::int64_t dayEndMs(Session& s, const std::string& hall, const std::string& day) {
    const auto date = parseIsoDate(day);
    if (!date)
        throw std::runtime_error("counter_pauses holds a business day that is not a date: " + day);
    return HallTime(hallZone(s, hall)).dayStartUtcMs(isoDate(*date + std::chrono::days(1)));
}

void requireCounter(Session& s, const std::string& hall, int counter) {
    if (runSql(s, "SELECT 1 FROM counters WHERE hall = $1 AND number = $2", {hall, counter}).empty())
        throw StoreError::notFound("no counter " + std::to_string(counter) + " in this hall");
}

// Ends a pause left open on a day before `today` at that day's end: the counter opens serving each day.
void endPausesBefore(Session& s, const std::string& hall, int counter, const std::string& today) {
    const SqlRows stale = runSql(s,
                                 "SELECT business_day FROM counter_pauses WHERE hall = $1 AND counter = $2"
                                 " AND ended_at IS NULL AND business_day <> $3",
                                 {hall, counter, today});
    for (std::size_t i = 0; i < stale.size(); ++i)
        runSql(s,
               "UPDATE counter_pauses SET ended_at = $1 WHERE hall = $2 AND counter = $3 AND ended_at IS NULL"
               " AND business_day = $4",
               {dayEndMs(s, hall, stale.text(i, 0)), hall, counter, stale.text(i, 0)});
}

CounterDuty dutyIn(Session& s, const std::string& hall, int counter, const std::string& today) {
    CounterDuty duty;
    duty.counter = counter;
    const SqlRows lasting = runSql(s,
                                   "SELECT started_at, paused_by FROM counter_pauses WHERE hall = $1 AND counter = $2"
                                   " AND ended_at IS NULL AND business_day = $3",
                                   {hall, counter, today});
    if (!lasting.empty()) {
        duty.paused = true;
        duty.pausedSinceMs = lasting.integer(0, 0);
        duty.pausedBy = lasting.text(0, 1);
    }
    return duty;
}

// Pause and resume alike: the clerk at this counter, in a transaction where the counter exists and a pause of an
// earlier day is ended; `change` gets the hall's day.
template <typename Change>
CounterDuty changeDuty(Database& db, const Principal& clerk, int counter, std::int64_t nowMs, Change&& change) {
    requireClerkAt(clerk, counter, "pause and resume it");
    return db.write([&](Session& s) {
        requireCounter(s, clerk.hall, counter);
        const std::string today = hallDay(s, clerk.hall, nowMs);
        endPausesBefore(s, clerk.hall, counter, today);
        return change(s, today);
    });
}

} // namespace

CounterDuty CounterPauses::pause(const Principal& clerk, int counter, std::int64_t nowMs) {
    return changeDuty(m_db, clerk, counter, nowMs, [&](Session& s, const std::string& today) {
        CounterDuty duty = dutyIn(s, clerk.hall, counter, today);
        if (duty.paused)
            return duty; // asked again
        runSql(s,
               "INSERT INTO counter_pauses(hall, counter, business_day, started_at, paused_by)"
               " VALUES ($1, $2, $3, $4, $5)",
               {clerk.hall, counter, today, nowMs, clerk.user.value_or("")});
        return CounterDuty{counter, true, nowMs, clerk.user.value_or(""), true};
    });
}

CounterDuty CounterPauses::resume(const Principal& clerk, int counter, std::int64_t nowMs) {
    return changeDuty(m_db, clerk, counter, nowMs, [&](Session& s, const std::string&) {
        const SqlRows ended = runSql(s,
                                     "UPDATE counter_pauses SET ended_at = $1, resumed_by = $2 WHERE hall = $3"
                                     " AND counter = $4 AND ended_at IS NULL",
                                     {nowMs, clerk.user.value_or(""), clerk.hall, counter});
        return CounterDuty{counter, false, 0, {}, ended.affected() > 0};
    });
}

CounterDuty CounterPauses::duty(const std::string& hall, int counter, std::int64_t nowMs) {
    return m_db.read([&](Session& s) {
        requireCounter(s, hall, counter);
        return dutyIn(s, hall, counter, hallDay(s, hall, nowMs));
    });
}

std::map<int, std::int64_t> pausedCounters(Session& s, const std::string& hall, const std::string& day) {
    std::map<int, std::int64_t> paused;
    const SqlRows rows = runSql(s,
                                "SELECT counter, started_at FROM counter_pauses WHERE hall = $1 AND business_day = $2"
                                " AND ended_at IS NULL",
                                {hall, day});
    for (std::size_t i = 0; i < rows.size(); ++i)
        paused[static_cast<int>(rows.integer(i, 0))] = rows.integer(i, 1);
    return paused;
}

std::map<int, QueueSnapshot::Counter::Clerk> clerksOnDuty(Session& s, const std::string& hall, std::int64_t nowMs) {
    std::map<int, QueueSnapshot::Counter::Clerk> onDuty;
    const SqlRows rows =
        runSql(s,
               "SELECT d.counter, st.user_name, COALESCE(st.staff_no, ''), st.name FROM sessions se JOIN devices d ON "
               "d.id = se.device_id"
               " JOIN staff st ON st.user_name = se.user_name WHERE d.hall = $1 AND d.kind = 'counter'"
               " AND d.counter IS NOT NULL AND d.revoked_at IS NULL AND se.expires_at > $2 AND se.ended IS NULL"
               " ORDER BY se.created_at",
               {hall, nowMs});
    for (std::size_t i = 0; i < rows.size(); ++i) // the latest login at a counter last
        onDuty[static_cast<int>(rows.integer(i, 0))] = {rows.text(i, 1), rows.text(i, 2), rows.text(i, 3)};
    return onDuty;
}

std::vector<PauseSpan> pausesOfDay(Session& s, const std::string& hall, const std::string& day, std::int64_t nowMs) {
    std::vector<PauseSpan> spans;
    const SqlRows rows = runSql(s,
                                "SELECT counter, paused_by, started_at, ended_at FROM counter_pauses WHERE hall = $1"
                                " AND business_day = $2 ORDER BY started_at",
                                {hall, day});
    if (rows.empty())
        return spans;
    const std::int64_t end = std::min(nowMs, dayEndMs(s, hall, day));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::int64_t until = rows.optionalInteger(i, 3).value_or(end);
        spans.push_back({static_cast<int>(rows.integer(i, 0)), rows.text(i, 1),
                         std::max<std::int64_t>(0, until - rows.integer(i, 2)) / 1000});
    }
    return spans;
}

} // namespace ow::server
