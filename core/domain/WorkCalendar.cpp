#include "domain/WorkCalendar.h"

#include "domain/Json.h"

#include <cstdio>

namespace ow {

Date makeDate(int year, unsigned month, unsigned day) {
    return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < lengths[i]; ++j) {
            const char c = text[starts[i] + j];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[i] = parts[i] * 10 + (c - '0');
        }
    const std::chrono::year_month_day ymd{std::chrono::year{parts[0]},
                                          std::chrono::month{static_cast<unsigned>(parts[1])},
                                          std::chrono::day{static_cast<unsigned>(parts[2])}};
    if (!ymd.ok())
        return std::nullopt;
    return Date{ymd};
}

std::string isoDate(Date date) {
    const std::chrono::year_month_day ymd{date};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

bool WorkCalendar::isWorkingDay(Date date) const {
    if (m_workdays.count(date))
        return true;
    if (m_holidays.count(date))
        return false;
    const std::chrono::weekday wd{date};
    return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
}

Date WorkCalendar::nextWorkingDay(Date date) const {
    while (!isWorkingDay(date))
        date += std::chrono::days{1};
    return date;
}

Date WorkCalendar::addWorkingDays(Date start, int n) const {
    Date date = start;
    for (int counted = 0; counted < n;) {
        date += std::chrono::days{1};
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int WorkCalendar::workingDaysBetween(Date from, Date to) const {
    int count = 0;
    for (Date date = from + std::chrono::days{1}; date <= to; date += std::chrono::days{1})
        count += isWorkingDay(date) ? 1 : 0;
    return count;
}

Date WorkCalendar::deadline(Date accepted, int n, DayUnit unit, int suspendedWorkingDays) const {
    const Date due =
        unit == DayUnit::Working ? addWorkingDays(accepted, n) : nextWorkingDay(accepted + std::chrono::days{n});
    return addWorkingDays(due, suspendedWorkingDays);
}

DeadlineLevel WorkCalendar::level(Date accepted, Date due, Date today) const {
    if (today > due)
        return DeadlineLevel::Overdue;
    const int total = std::max(1, workingDaysBetween(accepted, due));
    const int used = workingDaysBetween(accepted, today);
    return used * 5 >= total * 4 ? DeadlineLevel::DueSoon : DeadlineLevel::Normal;
}

WorkCalendar WorkCalendar::fromJson(const Poco::JSON::Object::Ptr& object) {
    WorkCalendar calendar;
    const auto years = optionalArray(object, "years");
    if (!years)
        throw BadInput("invalid_field", "years: required, a list of years");
    for (unsigned i = 0; i < years->size(); ++i) {
        const std::string path = "years[" + std::to_string(i) + "]";
        const auto year = years->getObject(i);
        if (!year)
            throw BadInput("invalid_field", path + ": must be an object");
        int number = 0;
        try {
            number = static_cast<int>(requireInt(year, "year"));
        } catch (const BadInput& e) {
            throw BadInput("invalid_field", path + ".year: " + e.what());
        }
        for (const char* list : {"holidays", "workdays"}) {
            Poco::JSON::Array::Ptr dates;
            try {
                dates = optionalArray(year, list);
            } catch (const BadInput&) {
                throw BadInput("invalid_field", path + "." + list + ": must be a list of dates");
            }
            if (!dates)
                continue;
            for (unsigned j = 0; j < dates->size(); ++j) {
                const std::string where = path + "." + list + "[" + std::to_string(j) + "]";
                const Poco::Dynamic::Var value = dates->get(j);
                const auto date = value.isString() ? parseIsoDate(value.extract<std::string>()) : std::nullopt;
                if (!date)
                    throw BadInput("invalid_field", where + ": not a date like 2026-10-01");
                if (static_cast<int>(std::chrono::year_month_day{*date}.year()) != number)
                    throw BadInput("invalid_field", where + ": not in " + std::to_string(number));
                const std::chrono::weekday wd{*date};
                const bool weekend = wd == std::chrono::Saturday || wd == std::chrono::Sunday;
                if (std::string_view(list) == "workdays" && !weekend)
                    throw BadInput("invalid_field", where + ": a swapped working day must be a Saturday or Sunday");
                if (std::string_view(list) == "holidays")
                    calendar.addHoliday(*date);
                else
                    calendar.addSwappedWorkday(*date);
            }
        }
    }
    return calendar;
}

} // namespace ow
