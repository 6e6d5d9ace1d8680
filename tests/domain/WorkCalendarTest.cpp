#include "domain/WorkCalendar.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;

namespace {

// The 2024 public holidays and swapped working days as announced by the State Council.
WorkCalendar calendar2024() {
    return WorkCalendar::fromJson(parseObject(R"({"years":[{"year":2024,
        "holidays":["2024-01-01","2024-02-10","2024-02-11","2024-02-12","2024-02-13","2024-02-14","2024-02-15",
                    "2024-02-16","2024-02-17","2024-04-04","2024-04-05","2024-04-06","2024-05-01","2024-05-02",
                    "2024-05-03","2024-05-04","2024-05-05","2024-06-10","2024-09-15","2024-09-16","2024-09-17",
                    "2024-10-01","2024-10-02","2024-10-03","2024-10-04","2024-10-05","2024-10-06","2024-10-07"],
        "workdays":["2024-02-04","2024-02-18","2024-04-07","2024-04-28","2024-05-11","2024-09-14","2024-09-29",
                    "2024-10-12"]}]})"));
}

Date d(std::string_view iso) { return *parseIsoDate(iso); }

} // namespace

TEST(IsoDate, ParsesOnlyRealDates) {
    EXPECT_EQ(isoDate(d("2024-02-29")), "2024-02-29");
    EXPECT_FALSE(parseIsoDate("2023-02-29"));
    EXPECT_FALSE(parseIsoDate("2024-2-9"));
    EXPECT_FALSE(parseIsoDate("2024-13-01"));
    EXPECT_FALSE(parseIsoDate("20240101xx"));
}

TEST(WorkCalendar, HolidaysAndSwappedWeekends) {
    const WorkCalendar c = calendar2024();
    EXPECT_TRUE(c.isWorkingDay(d("2024-02-04")));  // Sunday, swapped
    EXPECT_FALSE(c.isWorkingDay(d("2024-02-12"))); // Monday, Spring Festival
    EXPECT_FALSE(c.isWorkingDay(d("2024-02-17"))); // Saturday
    EXPECT_TRUE(c.isWorkingDay(d("2024-02-18")));  // Sunday, swapped
    EXPECT_TRUE(c.isWorkingDay(d("2024-02-09")));  // New Year's Eve was a working day in 2024
    EXPECT_FALSE(c.isWorkingDay(d("2024-03-02"))); // an ordinary Saturday
    EXPECT_EQ(c.nextWorkingDay(d("2024-10-01")), d("2024-10-08"));
}

TEST(WorkCalendar, WorkingDayDeadlinesSkipHolidaysAndCountSwappedDays) {
    const WorkCalendar c = calendar2024();
    // Accepted on Thursday 8 February: the 9th, the swapped Sunday 18th, then Monday 19th.
    EXPECT_EQ(c.deadline(d("2024-02-08"), 3, DayUnit::Working), d("2024-02-19"));
    // Across National Day: Sunday 29 Sep (swapped), Monday 30 Sep, then 8, 9, 10 October.
    EXPECT_EQ(c.deadline(d("2024-09-27"), 5, DayUnit::Working), d("2024-10-10"));
    EXPECT_EQ(c.workingDaysBetween(d("2024-09-27"), d("2024-10-10")), 5);
    EXPECT_EQ(c.workingDaysBetween(d("2024-10-10"), d("2024-09-27")), 0);
    // Suspended for supplements (补正) for two working days: the limit moves by two working days.
    EXPECT_EQ(c.deadline(d("2024-09-27"), 5, DayUnit::Working, 2), d("2024-10-12")); // the swapped Saturday
}

TEST(WorkCalendar, NaturalDayDeadlineEndingOnAHolidayMovesToTheNextWorkingDay) {
    const WorkCalendar c = calendar2024();
    EXPECT_EQ(c.deadline(d("2024-09-25"), 7, DayUnit::Natural), d("2024-10-08"));
    EXPECT_EQ(c.deadline(d("2024-03-01"), 10, DayUnit::Natural), d("2024-03-11"));
}

TEST(WorkCalendar, YellowAtEightyPercentRedWhenOverdue) {
    const WorkCalendar c = calendar2024();
    const Date accepted = d("2024-09-27");
    const Date due = c.deadline(accepted, 5, DayUnit::Working);                 // 2024-10-10
    EXPECT_EQ(c.level(accepted, due, d("2024-10-08")), DeadlineLevel::Normal);  // 3 of 5
    EXPECT_EQ(c.level(accepted, due, d("2024-10-09")), DeadlineLevel::DueSoon); // 4 of 5
    EXPECT_EQ(c.level(accepted, due, d("2024-10-10")), DeadlineLevel::DueSoon); // last day
    EXPECT_EQ(c.level(accepted, due, d("2024-10-11")), DeadlineLevel::Overdue);
}

TEST(WorkCalendar, BadCalendarDataNamesItsJsonPath) {
    auto error = [](const char* json) {
        try {
            WorkCalendar::fromJson(parseObject(json));
        } catch (const BadInput& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(error(R"({})"), "years: required, a list of years");
    EXPECT_EQ(error(R"({"years":[{"year":2024,"holidays":["2024-01-01","2024-02-30"]}]})"),
              "years[0].holidays[1]: not a date like 2026-10-01");
    EXPECT_EQ(error(R"({"years":[{"year":2024},{"year":2025,"workdays":["2025-01-06"]}]})"),
              "years[1].workdays[0]: a swapped working day must be a Saturday or Sunday");
    EXPECT_EQ(error(R"({"years":[{"year":2024,"holidays":["2025-01-01"]}]})"), "years[0].holidays[0]: not in 2024");
    EXPECT_EQ(error(R"({"years":[{"year":"2024"}]})"), "years[0].year: field \"year\" must be an integer");
    EXPECT_EQ(error(R"({"years":[{"year":2024,"holidays":"2024-01-01"}]})"),
              "years[0].holidays: must be a list of dates");
}
