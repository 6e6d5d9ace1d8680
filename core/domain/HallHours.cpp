#include "domain/HallHours.h"

#include "domain/JsonChecker.h"
#include "domain/WorkCalendar.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace ow {

std::optional<int> parseClock(const std::string& text) {
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    for (const std::size_t i : {0, 1, 3, 4})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

std::string clockText(int minute) {
    const int h = minute / 60;
    const int m = minute % 60;
    std::string out =
        std::to_string(h / 10) + std::to_string(h % 10) + ":" + std::to_string(m / 10) + std::to_string(m % 10);
    return out;
}

const HallHours::Date* HallHours::special(const std::string& isoDate) const {
    const auto it = std::find_if(dates.begin(), dates.end(), [&](const Date& d) { return d.date == isoDate; });
    return it == dates.end() ? nullptr : &*it;
}

std::optional<HallHours::Day> HallHours::dayOf(const std::string& isoDate) const {
    if (const Date* own = special(isoDate))
        return own->day;
    const auto date = parseIsoDate(isoDate);
    if (!date)
        return std::nullopt;
    const unsigned weekday = std::chrono::weekday(*date).iso_encoding(); // 1 Monday … 7 Sunday
    return week.at(weekday - 1);
}

HallHours::State HallHours::stateAt(const std::string& isoDate, int minute) const {
    const auto day = dayOf(isoDate);
    if (!day)
        return State::ClosedDay;
    if (minute < day->open.from)
        return State::BeforeOpening;
    if (day->lunch && minute >= day->lunch->from && minute < day->lunch->to)
        return State::Lunch;
    if (minute < day->open.to)
        return State::Open;
    if (day->extendedUntil && minute < *day->extendedUntil)
        return State::Extended;
    return State::AfterClosing;
}

std::optional<std::pair<std::string, int>> HallHours::nextOpening(const std::string& fromDate, int minute,
                                                                  int horizonDays) const {
    const auto start = parseIsoDate(fromDate);
    if (!start)
        return std::nullopt;
    for (int offset = 0; offset <= horizonDays; ++offset) {
        const std::string date = isoDate(*start + std::chrono::days(offset));
        const auto day = dayOf(date);
        if (!day)
            continue;
        // The openings of the day: its start, and the end of its lunch break.
        for (const int opening : {day->open.from, day->lunch ? day->lunch->to : -1})
            if (opening >= 0 && (offset > 0 || opening > minute))
                return std::make_pair(date, opening);
    }
    return std::nullopt;
}

namespace {

Poco::JSON::Object::Ptr dayToJson(const HallHours::Day& day) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("opens", clockText(day.open.from));
    out->set("closes", clockText(day.open.to));
    if (day.lunch) {
        Poco::JSON::Object::Ptr lunch = new Poco::JSON::Object(true);
        lunch->set("from", clockText(day.lunch->from));
        lunch->set("to", clockText(day.lunch->to));
        out->set("lunch", lunch);
    }
    if (day.extendedUntil)
        out->set("extended_until", clockText(*day.extendedUntil));
    return out;
}

std::optional<int> clockField(JsonChecker& check, const Poco::JSON::Object::Ptr& o, const std::string& path,
                              const std::string& key, bool required) {
    const std::string text = check.string(o, path, key, required);
    if (text.empty())
        return std::nullopt;
    const auto minute = parseClock(text);
    if (!minute)
        check.error(path + "." + key, "must be a time of day as HH:MM (\"09:00\")");
    return minute;
}

// A day's hours at `path`; every problem told to `check`.
std::optional<HallHours::Day> dayFromJson(JsonChecker& check, const Poco::JSON::Object::Ptr& o,
                                          const std::string& path) {
    const auto opens = clockField(check, o, path, "opens", true);
    const auto closes = clockField(check, o, path, "closes", true);
    if (!opens || !closes)
        return std::nullopt;
    HallHours::Day day{{*opens, *closes}, std::nullopt, std::nullopt};
    bool fine = true;
    if (*opens >= *closes) {
        check.error(path + ".closes", "must be after opens");
        fine = false;
    }
    if (const auto lunch = check.object(o, path, "lunch", false)) {
        const auto from = clockField(check, lunch, path + ".lunch", "from", true);
        const auto to = clockField(check, lunch, path + ".lunch", "to", true);
        if (from && to) {
            if (*from >= *to || *from <= *opens || *to >= *closes) {
                check.error(path + ".lunch", "must lie inside the opening hours, from before to");
                fine = false;
            }
            day.lunch = HallHours::Span{*from, *to};
        } else {
            fine = false;
        }
    }
    if (o->has("extended_until") && !o->isNull("extended_until")) {
        const auto until = clockField(check, o, path, "extended_until", true);
        if (until && *until <= *closes) {
            check.error(path + ".extended_until", "must be after closes");
            fine = false;
        }
        day.extendedUntil = until;
        fine = fine && until.has_value();
    }
    return fine ? std::optional(day) : std::nullopt;
}

} // namespace

Poco::JSON::Object::Ptr hallHoursToJson(const HallHours& hours) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    Poco::JSON::Array::Ptr week = new Poco::JSON::Array;
    for (std::size_t i = 0; i < hours.week.size(); ++i) {
        if (!hours.week[i])
            continue;
        Poco::JSON::Object::Ptr day = dayToJson(*hours.week[i]);
        day->set("weekday", static_cast<int>(i + 1));
        week->add(day);
    }
    out->set("week", week);
    Poco::JSON::Array::Ptr dates = new Poco::JSON::Array;
    for (const HallHours::Date& d : hours.dates) {
        Poco::JSON::Object::Ptr entry =
            d.day ? dayToJson(*d.day) : Poco::JSON::Object::Ptr(new Poco::JSON::Object(true));
        entry->set("date", d.date);
        entry->set("closed", !d.day.has_value());
        if (!d.note.empty())
            entry->set("note", d.note);
        dates->add(entry);
    }
    out->set("dates", dates);
    return out;
}

HallHours hallHoursFromJson(const Poco::JSON::Object::Ptr& object) {
    JsonChecker check;
    HallHours hours;
    const auto week = check.array(object, "$", "week", true);
    if (week) {
        std::set<long> seen;
        for (const auto& [day, path] : check.objects(week, "$.week")) {
            const auto weekday = check.integer(day, path, "weekday", true, 1, 7);
            const auto hoursOfDay = dayFromJson(check, day, path);
            if (weekday && !seen.insert(*weekday).second)
                check.error(path + ".weekday", "this weekday is given twice");
            if (weekday && hoursOfDay)
                hours.week.at(static_cast<std::size_t>(*weekday - 1)) = hoursOfDay;
        }
        if (check.errors().empty() &&
            std::none_of(hours.week.begin(), hours.week.end(), [](const auto& d) { return d.has_value(); }))
            check.error("$.week", "at least one weekday must be open");
    }
    if (const auto dates = check.array(object, "$", "dates", false)) {
        std::set<std::string> seen;
        for (const auto& [entry, path] : check.objects(dates, "$.dates")) {
            HallHours::Date d;
            d.date = check.string(entry, path, "date", true);
            if (!d.date.empty() && !parseIsoDate(d.date)) {
                check.error(path + ".date", "must be a date as YYYY-MM-DD");
                continue;
            }
            if (!d.date.empty() && !seen.insert(d.date).second)
                check.error(path + ".date", "this date is given twice");
            d.note = check.string(entry, path, "note", false);
            if (d.note.size() > 200)
                check.error(path + ".note", "at most 200 bytes");
            if (!check.boolean(entry, path, "closed", false)) {
                d.day = dayFromJson(check, entry, path);
                if (!d.day)
                    continue;
            }
            hours.dates.push_back(std::move(d));
        }
        if (hours.dates.size() > 1000)
            check.error("$.dates", "at most 1000 dates");
    }
    if (!check.errors().empty())
        throw DocumentErrors(check.takeErrors());
    std::sort(hours.dates.begin(), hours.dates.end(),
              [](const HallHours::Date& a, const HallHours::Date& b) { return a.date < b.date; });
    return hours;
}

} // namespace ow
