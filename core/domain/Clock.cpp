#include "domain/Clock.h"

#include <algorithm>

namespace ow {

Clock::Clock(std::string_view timeZone, Source source)
    : m_hall(timeZone)
    , m_source(std::move(source)) {}

std::string Clock::todayIso() const { return m_hall.businessDay(nowMs()); }

Date Clock::today() const { return *parseIsoDate(todayIso()); }

std::string Clock::todayCompact() const {
    std::string day = todayIso();
    day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
    return day;
}

std::string Clock::nowLocalIso() const { return m_hall.localIso(nowMs()); }

} // namespace ow
