#pragma once

#include <Poco/JSON/Object.h>

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace ow {

using Date = std::chrono::sys_days;

// "2026-11-27" <-> Date. parseIsoDate gives nothing for anything but a real calendar date.
std::optional<Date> parseIsoDate(std::string_view text);
std::string isoDate(Date date);
Date makeDate(int year, unsigned month, unsigned day);

enum class DayUnit { Working, Natural };               // 工作日 / 自然日
enum class DeadlineLevel { Normal, DueSoon, Overdue }; // yellow at 80 % of the time, red when overdue

// The working-day calendar (工作日历): Monday to Friday, minus public holidays, plus the weekend days
// that are swapped into working days (调休). Catalog data, one set of dates per year.
class WorkCalendar {
public:
    void addHoliday(Date date) { m_holidays.insert(date); }
    void addSwappedWorkday(Date date) { m_workdays.insert(date); }

    bool isWorkingDay(Date date) const;
    // `date` itself when it is a working day, else the next one.
    Date nextWorkingDay(Date date) const;
    // The n-th working day after `start` (start itself does not count).
    Date addWorkingDays(Date start, int n) const;
    // Working days in (from, to]; 0 when to <= from.
    int workingDaysBetween(Date from, Date to) const;

    // Due date of a time limit of `n` units counted from `accepted`; days suspended for 补正 (in working days)
    // are added. A natural-day limit that ends on a rest day ends on the next working day.
    Date deadline(Date accepted, int n, DayUnit unit, int suspendedWorkingDays = 0) const;
    DeadlineLevel level(Date accepted, Date due, Date today) const;

    // {"years":[{"year":2024,"holidays":["2024-01-01",...],"workdays":["2024-02-04",...]}]}.
    // Throws BadInput naming the JSON path of the first wrong entry ("years[0].holidays[2]").
    static WorkCalendar fromJson(const Poco::JSON::Object::Ptr& object);

private:
    std::set<Date> m_holidays;
    std::set<Date> m_workdays;
};

} // namespace ow
