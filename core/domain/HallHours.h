#pragma once

#include <Poco/JSON/Object.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace ow {

// 营业时间: when a hall gives numbers. Opening hours per weekday with an optional lunch break (午休) and extended
// service (延时服务) after closing, and dates that differ from their weekday: days closed (a holiday) and days with
// their own hours (a weekend swapped into a working day, a Saturday service). Times are the hall's local clock,
// minutes after midnight. A hall with no hours set is always open (docs/decisions.md "Hall hours").
struct HallHours {
    struct Span {
        int from = 0, to = 0; // minutes after midnight, from < to
        bool operator==(const Span&) const = default;
    };
    struct Day {
        Span open;                        // 09:00–17:00
        std::optional<Span> lunch;        // inside open; no numbers then
        std::optional<int> extendedUntil; // 延时服务: numbers after closing until then
        bool operator==(const Day&) const = default;
    };
    struct Date {
        std::string date;       // YYYY-MM-DD
        std::optional<Day> day; // nothing: closed that day
        std::string note;       // 国庆, 调休上班
        bool operator==(const Date&) const = default;
    };

    std::array<std::optional<Day>, 7> week; // Monday … Sunday; nothing: closed on that weekday
    std::vector<Date> dates;                // by date, each once

    bool operator==(const HallHours&) const = default;

    enum class State { Open, Extended, Lunch, BeforeOpening, AfterClosing, ClosedDay };
    // The hours that hold on `isoDate` (its own, or its weekday's); nothing when the hall is closed then.
    std::optional<Day> dayOf(const std::string& isoDate) const;
    // What the hall is at `minute` of `isoDate`. Numbers are given when Open or Extended.
    State stateAt(const std::string& isoDate, int minute) const;
    static bool givesNumbers(State state) { return state == State::Open || state == State::Extended; }
    // The next moment numbers are given after (`isoDate`, `minute`) — the date and minute — looking `horizonDays`
    // ahead; nothing when the hall does not open in that time.
    std::optional<std::pair<std::string, int>> nextOpening(const std::string& isoDate, int minute,
                                                           int horizonDays = 60) const;
    // The date's note, if it has its own entry.
    const Date* special(const std::string& isoDate) const;
};

// "09:00" <-> 540; nothing for anything but HH:MM within a day (24:00 allowed as the day's end).
std::optional<int> parseClock(const std::string& text);
std::string clockText(int minute);

// The wire form of GET/PUT /api/v1/halls/{hall}/hours (server/openapi.yaml):
// {"week":[{"weekday":1,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"},
//           "extended_until":"19:00"}, …], "dates":[{"date":"2027-01-01","closed":true,"note":"元旦"}, …]}
// A weekday left out is closed. Reading collects every problem with its JSON path and throws DocumentErrors.
Poco::JSON::Object::Ptr hallHoursToJson(const HallHours& hours);
HallHours hallHoursFromJson(const Poco::JSON::Object::Ptr& object);

} // namespace ow
