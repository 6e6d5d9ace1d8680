#include "domain/HallTime.h"

#include <date/tz.h>

#include <chrono>
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
    return {static_cast<const date::time_zone*>(tz), date::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{utcMs}}};
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
    auto seconds = date::zoned_time<std::chrono::seconds>(z.get_time_zone(), date::floor<std::chrono::seconds>(z.get_sys_time()));
    std::string text = date::format("%FT%T%z", seconds);
    text.insert(text.size() - 2, ":");
    return text;
}

std::string HallTime::localClock(std::int64_t utcMs) const {
    return date::format("%H:%M", date::floor<std::chrono::minutes>(zoned(m_tz, utcMs).get_local_time()));
}

std::int64_t nowUtcMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string utcIso(std::int64_t utcMs) {
    return date::format("%FT%TZ", date::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{utcMs}});
}

} // namespace ow
