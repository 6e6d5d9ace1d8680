#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ow {

// Time of a hall: business days and local times in the hall's IANA time zone (e.g. Asia/Shanghai),
// from the system tz database. A business day starts at local midnight.
class HallTime {
public:
    // Throws std::invalid_argument for a zone the tz database does not know.
    explicit HallTime(std::string_view timeZone);

    static bool isKnownZone(std::string_view timeZone);

    const std::string& zoneName() const { return m_zone; }
    // "2026-11-27" for the local date at `utcMs`.
    std::string businessDay(std::int64_t utcMs) const;
    // "2026-11-27T09:05:00+08:00", local with offset.
    std::string localIso(std::int64_t utcMs) const;
    // "09:05"
    std::string localClock(std::int64_t utcMs) const;
    // "2026-11-27 09:05", as screens and papers show a moment
    std::string localDateTime(std::int64_t utcMs) const;
    // 0–23: the local hour at `utcMs`.
    int localHour(std::int64_t utcMs) const;
    // The UTC instant at which the local day `isoDate` ("2026-11-27") begins; throws std::invalid_argument for a
    // text that is not a date. The day runs to dayStartUtcMs(next day).
    std::int64_t dayStartUtcMs(std::string_view isoDate) const;

private:
    std::string m_zone;
    const void* m_tz; // const date::time_zone*, kept out of the header
};

std::int64_t nowUtcMs();
std::string utcIso(std::int64_t utcMs);

} // namespace ow
