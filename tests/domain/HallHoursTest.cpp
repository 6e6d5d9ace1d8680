#include "domain/HallHours.h"
#include "domain/Json.h"
#include "domain/JsonChecker.h"
#include "domain/Staff.h"

#include <gtest/gtest.h>

using namespace ow;

namespace {

// Monday to Friday 09:00–17:00 with lunch 12:00–13:30; Wednesday extended (延时服务) to 19:00; Saturday 09:00–12:00;
// 2026-10-01 closed (国庆), Sunday 2026-10-11 open as a swapped working day.
HallHours sample() {
    return hallHoursFromJson(parseObject(R"({"week":[
        {"weekday":1,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"}},
        {"weekday":2,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"}},
        {"weekday":3,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"},"extended_until":"19:00"},
        {"weekday":4,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"}},
        {"weekday":5,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"}},
        {"weekday":6,"opens":"09:00","closes":"12:00"}],
      "dates":[{"date":"2026-10-11","opens":"09:00","closes":"17:00","note":"调休上班"},
               {"date":"2026-10-01","closed":true,"note":"国庆"}]})"));
}

std::vector<std::string> problemsOf(const std::string& json) {
    try {
        hallHoursFromJson(parseObject(json));
    } catch (const DocumentErrors& e) {
        return e.errors();
    }
    return {};
}

} // namespace

TEST(HallHours, SaysWhatTheHallIsAtEachMomentOfAWeek) {
    const HallHours h = sample();
    using S = HallHours::State;
    EXPECT_EQ(h.stateAt("2026-09-28", 8 * 60 + 59), S::BeforeOpening); // Monday
    EXPECT_EQ(h.stateAt("2026-09-28", 9 * 60), S::Open);
    EXPECT_EQ(h.stateAt("2026-09-28", 12 * 60), S::Lunch);
    EXPECT_EQ(h.stateAt("2026-09-28", 13 * 60 + 29), S::Lunch);
    EXPECT_EQ(h.stateAt("2026-09-28", 13 * 60 + 30), S::Open);
    EXPECT_EQ(h.stateAt("2026-09-28", 17 * 60), S::AfterClosing);
    EXPECT_EQ(h.stateAt("2026-09-30", 18 * 60), S::Extended); // Wednesday, 延时服务
    EXPECT_EQ(h.stateAt("2026-09-30", 19 * 60), S::AfterClosing);
    EXPECT_EQ(h.stateAt("2026-10-03", 10 * 60), S::Open);      // Saturday morning
    EXPECT_EQ(h.stateAt("2026-10-04", 10 * 60), S::ClosedDay); // Sunday
    EXPECT_EQ(h.stateAt("2026-10-01", 10 * 60), S::ClosedDay); // a Thursday closed for 国庆
    EXPECT_EQ(h.stateAt("2026-10-11", 10 * 60), S::Open);      // a Sunday swapped into a working day
    EXPECT_TRUE(HallHours::givesNumbers(S::Extended));
    EXPECT_FALSE(HallHours::givesNumbers(S::Lunch));
}

TEST(HallHours, TheNextOpeningSkipsLunchClosedDaysAndWeekends) {
    const HallHours h = sample();
    using P = std::pair<std::string, int>;
    EXPECT_EQ(h.nextOpening("2026-09-28", 12 * 60 + 10), P("2026-09-28", 13 * 60 + 30)); // after lunch
    EXPECT_EQ(h.nextOpening("2026-09-28", 7 * 60), P("2026-09-28", 9 * 60));
    EXPECT_EQ(h.nextOpening("2026-09-28", 18 * 60), P("2026-09-29", 9 * 60));
    EXPECT_EQ(h.nextOpening("2026-09-30", 20 * 60), P("2026-10-02", 9 * 60)); // Thursday 10-01 is closed
    EXPECT_EQ(h.nextOpening("2026-10-03", 13 * 60), P("2026-10-05", 9 * 60)); // Saturday afternoon → Monday
    EXPECT_EQ(h.nextOpening("2026-10-10", 13 * 60), P("2026-10-11", 9 * 60)); // the swapped Sunday
    HallHours closedAlways;
    EXPECT_FALSE(closedAlways.nextOpening("2026-10-10", 0).has_value());
}

TEST(HallHours, ReadsBackWhatItWritesInDateOrder) {
    const HallHours h = sample();
    EXPECT_EQ(h.dates.front().date, "2026-10-01");
    EXPECT_EQ(hallHoursFromJson(hallHoursToJson(h)), h);
    EXPECT_EQ(toJsonText(hallHoursToJson(hallHoursFromJson(hallHoursToJson(h)))), toJsonText(hallHoursToJson(h)));
}

TEST(HallHours, ABadDocumentNamesEveryProblemWithItsPath) {
    const auto problems = problemsOf(R"({"week":[
        {"weekday":1,"opens":"9:00","closes":"17:00"},
        {"weekday":2,"opens":"17:00","closes":"09:00"},
        {"weekday":3,"opens":"09:00","closes":"17:00","lunch":{"from":"08:00","to":"13:00"}},
        {"weekday":3,"opens":"09:00","closes":"17:00"},
        {"weekday":8,"opens":"09:00","closes":"17:00"},
        {"weekday":4,"opens":"09:00","closes":"17:00","extended_until":"16:00"}],
      "dates":[{"date":"2026-02-30","closed":true},{"date":"2026-10-01","closed":true},
               {"date":"2026-10-01","closed":true}]})");
    const std::vector<std::string> expected = {
        "$.week[0].opens: must be a time of day as HH:MM (\"09:00\")",
        "$.week[1].closes: must be after opens",
        "$.week[2].lunch: must lie inside the opening hours, from before to",
        "$.week[3].weekday: this weekday is given twice",
        "$.week[4].weekday: must be between 1 and 7",
        "$.week[5].extended_until: must be after closes",
        "$.dates[0].date: must be a date as YYYY-MM-DD",
        "$.dates[2].date: this date is given twice",
    };
    EXPECT_EQ(problems, expected);
    EXPECT_EQ(problemsOf(R"({"week":[]})"), std::vector<std::string>{"$.week: at least one weekday must be open"});
    EXPECT_EQ(problemsOf(R"({})"), std::vector<std::string>{"$.week: required"});
}

TEST(HallHours, ClockTextsAreStrict) {
    EXPECT_EQ(parseClock("09:05"), 545);
    EXPECT_EQ(parseClock("24:00"), 1440);
    for (const char* bad : {"9:05", "24:01", "12:60", "ab:cd", "12-30", ""})
        EXPECT_FALSE(parseClock(bad).has_value()) << bad;
    EXPECT_EQ(clockText(545), "09:05");
}

TEST(StaffRules, PasswordsFollowTheWrittenRules) {
    EXPECT_EQ(passwordProblem("clerk7", "Spring2026"), std::nullopt);
    EXPECT_EQ(passwordProblem("clerk7", "春天来了spring!"), std::nullopt);
    EXPECT_EQ(passwordProblem("clerk7", "Spring26"), PasswordProblem::TooShort);
    EXPECT_EQ(passwordProblem("clerk7", "春天来了春天来了春"), PasswordProblem::TooShort); // 9 characters, 27 bytes
    EXPECT_EQ(passwordProblem("clerk7", "xxCLERK7xx"), PasswordProblem::ContainsUserName);
    EXPECT_EQ(passwordProblem("clerk7", "abcdefghijkl"), PasswordProblem::TooSimple);
    EXPECT_EQ(passwordProblem("clerk7", "1234567890"), PasswordProblem::TooSimple);
    EXPECT_EQ(passwordProblem("clerk7", std::string(129, 'a') + "1"), PasswordProblem::TooLong);
    EXPECT_TRUE(isValidUserName("zhang.min-2"));
    for (const char* bad : {"", ".zhang", "张敏", "a b", "a/b"})
        EXPECT_FALSE(isValidUserName(bad)) << bad;
    EXPECT_FALSE(isValidUserName(std::string(65, 'a')));
}
