#include "domain/HallTime.h"

#include <date/tz.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace ow {
namespace {

const date::time_zone* findZone(std::string_view name) {
    try {
        return date::locate_zone(name);
    } catch (const std::runtime_error&) {
        return nullptr;
    }
}

date::zoned_time<std::chrono::milliseconds> zoned(const void* tz, std::int64_t utcMs) {
    return {static_cast<const date::time_zone*>(tz),
            date::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{utcMs}}};
}

} // namespace

HallTime::HallTime(std::string_view timeZone)
    : m_zone(timeZone)
    , m_tz(findZone(timeZone)) {
    if (!m_tz)
        throw std::invalid_argument("unknown time zone: " + m_zone);
}

bool HallTime::isKnownZone(std::string_view timeZone) { return !timeZone.empty() && findZone(timeZone) != nullptr; }

std::string HallTime::businessDay(std::int64_t utcMs) const {
    return date::format("%F", date::floor<date::days>(zoned(m_tz, utcMs).get_local_time()));
}

std::string HallTime::localIso(std::int64_t utcMs) const {
    auto z = zoned(m_tz, utcMs);
    auto seconds =
        date::zoned_time<std::chrono::seconds>(z.get_time_zone(), date::floor<std::chrono::seconds>(z.get_sys_time()));
    std::string text = date::format("%FT%T%z", seconds);
    text.insert(text.size() - 2, ":");
    return text;
}

std::string HallTime::localClock(std::int64_t utcMs) const {
    return date::format("%H:%M", date::floor<std::chrono::minutes>(zoned(m_tz, utcMs).get_local_time()));
}

std::string HallTime::localDateTime(std::int64_t utcMs) const {
    return date::format("%F %H:%M", date::floor<std::chrono::minutes>(zoned(m_tz, utcMs).get_local_time()));
}

int HallTime::localHour(std::int64_t utcMs) const {
    const auto local = zoned(m_tz, utcMs).get_local_time();
    return static_cast<int>(date::floor<std::chrono::hours>(local - date::floor<date::days>(local)).count());
}

std::int64_t HallTime::dayStartUtcMs(std::string_view isoDate) const {
    int y = 0;
    unsigned m = 0, d = 0;
    char dash1 = 0, dash2 = 0;
    const std::string text(isoDate);
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d%c%2u%c%2u", &y, &dash1, &m, &dash2, &d) != 5 ||
        dash1 != '-' || dash2 != '-')
        throw std::invalid_argument("not a date: " + text);
    const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok())
        throw std::invalid_argument("not a date: " + text);
    // Local midnight; where midnight does not exist (a DST gap) the earliest instant after it.
    const auto local = date::local_days{ymd};
    const auto start = static_cast<const date::time_zone*>(m_tz)->to_sys(local, date::choose::earliest);
    return std::chrono::duration_cast<std::chrono::milliseconds>(start.time_since_epoch()).count();
}

std::int64_t nowUtcMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string utcIso(std::int64_t utcMs) {
    return date::format("%FT%TZ", date::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{utcMs}});
}

} // namespace ow
