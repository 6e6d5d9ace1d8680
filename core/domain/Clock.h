#pragma once

#include "domain/HallTime.h"
#include "domain/WorkCalendar.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ow {

// What time it is for a hall: the one way the product asks the time (the system's, through nowUtcMs, or a test's).
// Everything that binds the hall — the day a case is accepted, its promised and due dates, the day in its case
// number, "today" on every screen — is the hall's business day in the hall's own time zone, taken from a Clock;
// never the PC's local date. Tests give it a source of their own and move time.
class Clock {
public:
    using Source = std::function<std::int64_t()>; // UTC milliseconds since the epoch
    static constexpr std::string_view kDefaultZone = "Asia/Shanghai";

    Clock()
        : Clock(kDefaultZone) {}
    // Throws std::invalid_argument for a zone the tz database does not know.
    explicit Clock(std::string_view timeZone, Source source = nullptr);

    std::int64_t nowMs() const { return m_source ? m_source() : nowUtcMs(); }
    const HallTime& hallTime() const { return m_hall; }
    const std::string& timeZone() const { return m_hall.zoneName(); }
    // Throws std::invalid_argument for an unknown zone, keeping the one in use.
    void setTimeZone(std::string_view timeZone) { m_hall = HallTime(timeZone); }
    void setSource(Source source) { m_source = std::move(source); }

    Date today() const;               // the hall's business day now
    std::string todayIso() const;     // "2026-12-04"
    std::string todayCompact() const; // "20261204", as case numbers carry it
    std::string nowLocalIso() const;  // "2026-12-04T09:05:00+08:00"

private:
    HallTime m_hall;
    Source m_source;
};

} // namespace ow
