#include "StatsStore.h"

#include "HallStore.h"

#include "CatalogStore.h"
#include "CounterPauses.h"
#include "RelayStore.h"
#include "Rows.h"
#include "StoreError.h"

#include "domain/HallHours.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Data/RecordSet.h>

#include <algorithm>
#include <map>
#include <optional>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

constexpr const char* kOpenStates = "('accepted', 'in_review', 'supplement', 'approved')";
constexpr std::int64_t kHourMs = std::int64_t{3600} * 1000;

// Where a ticket or a case belongs: counter, clerk, queue category, service item (any may be unknown).
struct Attribution {
    std::optional<int> counter;
    std::string clerk, category, item;
};

struct Accumulator {
    DayFigures figures;
    std::vector<std::int64_t> waits, services;
};

// The groups of a day and the one call that feeds a fact to every group it belongs to.
struct Groups {
    Accumulator all;
    std::map<int, Accumulator> counters;
    std::map<std::string, Accumulator> clerks, categories, items;

    template <typename Fn> void each(const Attribution& a, Fn&& fn) {
        fn(all);
        if (a.counter)
            fn(counters[*a.counter]);
        if (!a.clerk.empty())
            fn(clerks[a.clerk]);
        if (!a.category.empty())
            fn(categories[a.category]);
        if (!a.item.empty())
            fn(items[a.item]);
    }
};

template <typename... Args>
Poco::Data::RecordSet query(Poco::Data::Session& s, const std::string& sql, Args&&... args) {
    Poco::Data::Statement st(s);
    ((st << sql), ..., std::forward<Args>(args));
    st.execute();
    return Poco::Data::RecordSet(st);
}

// The parts of a comma-separated list as a query's group_concat / string_agg wrote it ("" has none).
std::vector<std::string> splitCommas(const std::string& list) {
    std::vector<std::string> parts;
    for (std::size_t at = 0; !list.empty() && at != std::string::npos;) {
        const std::size_t comma = list.find(',', at);
        parts.push_back(list.substr(at, comma == std::string::npos ? comma : comma - at));
        at = comma == std::string::npos ? comma : comma + 1;
    }
    return parts;
}

// What the overdue and waived counts of a day need of a case.
struct CaseFacts {
    Attribution attribution;
    std::string promised, accepted;
    std::string clockStoppedSince; // "" while its clock runs
    std::int64_t completedAt = 0;
    std::vector<std::string> waivedDues;
};

// The waived materials' supply dates are read from the case's JSON: SQLite's json_each, PostgreSQL's jsonb.
std::string caseFactColumns(Poco::Data::Session& s) {
    const bool lite = dialectOf(s) == Dialect::SQLite;
    return std::string(" c.item AS item, c.clerk AS clerk, t.counter AS counter, t.category AS category,"
                       " COALESCE(c.promised_date, '9999-12-31') AS promised,"
                       " COALESCE(c.accepted_date, '0000-00-00') AS accepted, COALESCE(c.completed_at, 0) AS completed,"
                       " COALESCE(c.clock_stopped_since, '') AS stopped,"
                       " CASE WHEN c.waived_due IS NOT NULL THEN ") +
           (lite ? "(SELECT group_concat(json_extract(m.value, '$.due_date'), ',')"
                   "  FROM json_each(c.body, '$.materials') m WHERE json_extract(m.value, '$.state') = 'waived')"
                 : "(SELECT string_agg(m.value ->> 'due_date', ',')"
                   "  FROM jsonb_array_elements(c.body::jsonb -> 'materials') AS m(value)"
                   "  WHERE m.value ->> 'state' = 'waived')") +
           " END AS waived_dues,"
           " c.id AS id" // keeps two alike cases apart in the UNION
           " FROM cases c LEFT JOIN tickets t ON t.id = c.ticket_id";
}

// Where a row belongs, from its columns item, clerk, counter and category (any may be missing or NULL).
Attribution attributionOf(Poco::Data::RecordSet& rs, const Columns& col) {
    Attribution a;
    a.item = text(rs, col["item"]);
    a.clerk = text(rs, col["clerk"]);
    a.counter = smallNumber(rs, col["counter"]);
    a.category = text(rs, col["category"]);
    return a;
}

std::vector<CaseFacts> caseFacts(Poco::Data::RecordSet& rs) {
    const Columns col(rs);
    std::vector<CaseFacts> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        CaseFacts c;
        c.attribution = attributionOf(rs, col);
        c.promised = text(rs, col["promised"]);
        c.accepted = text(rs, col["accepted"]);
        c.clockStoppedSince = text(rs, col["stopped"]);
        c.completedAt = number(rs, col["completed"]).value_or(0);
        c.waivedDues = splitCommas(text(rs, col["waived_dues"]));
        out.push_back(std::move(c));
    }
    return out;
}

// Cases open now, received by `to`, that are past their promise or have a waived material by then (each found by
// its partial index).
std::vector<CaseFacts> openCases(Poco::Data::Session& s, const std::string& hall, const std::string& to) {
    const std::string columns = caseFactColumns(s);
    auto rs = query(s,
                    "SELECT" + columns + " WHERE c.hall = $1 AND c.state IN " + kOpenStates +
                        " AND c.promised_date < $2 AND c.accepted_date <= $3"
                        " UNION SELECT" +
                        columns + " WHERE c.hall = $4 AND c.state IN " + kOpenStates +
                        " AND c.waived_due < $5 AND c.accepted_date <= $6",
                    useRef(hall), useRef(to), useRef(to), useRef(hall), useRef(to), useRef(to));
    return caseFacts(rs);
}

// Cases completed on or after their promised day, after `sinceMs`, promised before `to` (the partial index of
// late completions).
std::vector<CaseFacts> lateCases(Poco::Data::Session& s, const std::string& hall, std::int64_t sinceMs,
                                 const std::string& to) {
    // Completed at or after 00:00 UTC of the promised day (the same expression as SQLite's partial index).
    auto rs =
        query(s,
              "SELECT" + caseFactColumns(s) +
                  " WHERE c.hall = $1 AND c.completed_at >= $2 AND c.promised_date < $3 AND c.accepted_date <= $4"
                  " AND c.completed_at >= " +
                  (dialectOf(s) == Dialect::SQLite ? "(julianday(c.promised_date) - 2440588.5) * 86400000"
                                                   : "(c.promised_date::date - DATE '1970-01-01')::bigint * 86400000"),
              useRef(hall), bind(sinceMs), useRef(to), useRef(to));
    return caseFacts(rs);
}

// What the days of a range share: the hall's time, its open and late cases, the names of its staff and queues.
struct RangeFacts {
    HallTime hallTime;
    std::vector<CaseFacts> open, late;
    std::map<std::string, std::string> staffNames, categoryNames;
    std::optional<HallHours> hours; // nothing: never set (always open)
};

RangeFacts rangeFacts(Poco::Data::Session& s, const std::string& hall, const std::string& from, const std::string& to) {
    std::string zone;
    s << "SELECT timezone FROM halls WHERE id = $1", useRef(hall), into(zone), now;
    if (zone.empty())
        throw StoreError::notFound("no hall \"" + hall + "\"");
    RangeFacts facts{HallTime(zone), {}, {}, {}, {}, {}};
    // Open cases, and cases completed on or after their promise since the first day: what every day's overdue
    // cases and waived materials are counted from (read once for a range).
    facts.open = openCases(s, hall, to);
    facts.late =
        lateCases(s, hall, facts.hallTime.dayStartUtcMs(isoDate(*parseIsoDate(from) + std::chrono::days{1})), to);
    auto staff = query(s, "SELECT user_name, name FROM staff WHERE hall = $1", useRef(hall));
    const Columns staffCol(staff);
    for (bool more = staff.moveFirst(); more; more = staff.moveNext())
        facts.staffNames[text(staff, staffCol["user_name"])] = text(staff, staffCol["name"]);
    facts.hours = hallHours(s, hall);
    auto categories = query(s, "SELECT prefix, name FROM categories WHERE hall = $1", useRef(hall));
    const Columns categoriesCol(categories);
    for (bool more = categories.moveFirst(); more; more = categories.moveNext())
        facts.categoryNames[text(categories, categoriesCol["prefix"])] = text(categories, categoriesCol["name"]);
    return facts;
}

// One business day of the hall: its local date and where it starts and ends in UTC.
struct Day {
    std::string date;
    std::int64_t start = 0, end = 0;
};

// The day's tickets: issued, served, no-shows and transfers, waits and service times by group; arrivals, calls,
// waits and the queue left at the end of each hour.
void countTickets(Poco::Data::Session& s, const std::string& hall, const Day& day, const HallTime& hallTime,
                  const std::optional<HallHours>& hours, std::int64_t nowMs, Groups& groups, DailyStats& stats) {
    stats.hoursSet = hours.has_value();
    if (hours)
        stats.hours = hours->dayOf(day.date);
    stats.hourly.resize(24);
    for (int h = 0; h < 24; ++h)
        stats.hourly[static_cast<std::size_t>(h)].hour = h;
    std::vector<std::vector<std::int64_t>> hourWaits(24);
    std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> queueTimes; // issued, called
    auto rs = query(s,
                    "SELECT t.category AS category, t.status AS status, t.counter AS counter,"
                    " COALESCE(t.served_by, '') AS clerk, t.issued_at AS issued, t.called_at AS called,"
                    " t.started_at AS started, t.finished_at AS finished,"
                    " CASE WHEN t.transferred_from IS NULL THEN 0 ELSE 1 END AS by_transfer,"
                    " (SELECT c.item FROM cases c WHERE c.ticket_id = t.id LIMIT 1) AS item"
                    " FROM tickets t WHERE t.hall = $1 AND t.business_day = $2",
                    useRef(hall), useRef(day.date));
    const Columns col(rs);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const Attribution a = attributionOf(rs, col);
        const std::string status = text(rs, col["status"]);
        const std::int64_t issued = *number(rs, col["issued"]);
        const auto called = number(rs, col["called"]), started = number(rs, col["started"]),
                   finished = number(rs, col["finished"]);
        const bool byTransfer = number(rs, col["by_transfer"]).value_or(0) != 0;
        const std::optional<std::int64_t> wait =
            called ? std::optional<std::int64_t>((*called - issued) / 1000) : std::nullopt;
        const std::optional<std::int64_t> service =
            status == "done" && finished && (started || called)
                ? std::optional<std::int64_t>((*finished - started.value_or(*called)) / 1000)
                : std::nullopt;
        groups.each(a, [&](Accumulator& acc) {
            DayFigures& f = acc.figures;
            f.ticketsIssued += !byTransfer;
            f.served += status == "done";
            f.noShow += status == "no_show";
            f.transferred += status == "transferred";
            if (wait)
                acc.waits.push_back(*wait);
            if (service)
                acc.services.push_back(*service);
        });
        if (!byTransfer) {
            if (hours) { // 延时服务, or outside the hours (a number a clerk gave)
                const auto state = hours->stateAt(day.date, *parseClock(hallTime.localClock(issued)));
                stats.issuedExtended += state == HallHours::State::Extended;
                stats.issuedOutsideHours += !HallHours::givesNumbers(state);
            }
            const int hour = hallTime.localHour(issued);
            ++stats.hourly[static_cast<std::size_t>(hour)].arrivals;
            if (wait)
                hourWaits[static_cast<std::size_t>(hour)].push_back(*wait);
            queueTimes.emplace_back(issued, called);
        }
        if (called && *called >= day.start && *called < day.end)
            ++stats.hourly[static_cast<std::size_t>(hallTime.localHour(*called))].called;
    }
    for (int h = 0; h < 24; ++h) {
        const std::int64_t hourEnd = day.start + (h + 1) * kHourMs;
        auto& hour = stats.hourly[static_cast<std::size_t>(h)];
        hour.wait = durationFigures(hourWaits[static_cast<std::size_t>(h)]);
        if (hourEnd - kHourMs > nowMs)
            continue; // an hour still to come has no queue yet
        hour.waitingAtEnd = static_cast<int>(std::count_if(queueTimes.begin(), queueTimes.end(), [&](const auto& q) {
            return q.first < hourEnd && (!q.second || *q.second >= hourEnd);
        }));
    }
}

// The day's case decisions: accepted, given the one-time notice or refused, completed — each case where it belongs
// (its clerk and first item, its ticket's counter and queue).
void countCaseDecisions(Poco::Data::Session& s, const std::string& hall, const Day& day, Groups& groups) {
    const std::string caseColumns = " c.item AS item, c.clerk AS clerk, t.counter AS counter, t.category AS category"
                                    " FROM cases c LEFT JOIN tickets t ON t.id = c.ticket_id";
    auto accepted = query(s, "SELECT" + caseColumns + " WHERE c.hall = $1 AND c.accepted_date = $2", useRef(hall),
                          useRef(day.date));
    const Columns acceptedCol(accepted);
    for (bool more = accepted.moveFirst(); more; more = accepted.moveNext())
        groups.each(attributionOf(accepted, acceptedCol), [](Accumulator& acc) { ++acc.figures.casesAccepted; });
    auto decided = query(
        s, "SELECT c.state AS state," + caseColumns + " WHERE c.hall = $1 AND c.decided_at >= $2 AND c.decided_at < $3",
        useRef(hall), bind(day.start), bind(day.end));
    const Columns decidedCol(decided);
    for (bool more = decided.moveFirst(); more; more = decided.moveNext()) {
        const bool notified = text(decided, decidedCol["state"]) == "notified";
        groups.each(attributionOf(decided, decidedCol),
                    [&](Accumulator& acc) { ++(notified ? acc.figures.casesNotified : acc.figures.casesRefused); });
    }
    auto completed = query(s,
                           "SELECT COALESCE(c.promised_date, '9999-12-31') AS promised," + caseColumns +
                               " WHERE c.hall = $1 AND c.completed_at >= $2 AND c.completed_at < $3",
                           useRef(hall), bind(day.start), bind(day.end));
    const Columns completedCol(completed);
    for (bool more = completed.moveFirst(); more; more = completed.moveNext()) {
        const bool onTime = text(completed, completedCol["promised"]) >= day.date;
        groups.each(attributionOf(completed, completedCol), [&](Accumulator& acc) {
            ++acc.figures.casesCompleted;
            acc.figures.casesCompletedOnTime += onTime;
        });
    }
    // The steps after intake the server took that day, each where its case belongs.
    auto steps = query(s,
                       "SELECT st.action AS action," + caseColumns +
                           " JOIN case_steps st ON st.case_id = c.id WHERE st.hall = $1 AND st.day = $2",
                       useRef(hall), useRef(day.date));
    const Columns stepCol(steps);
    for (bool more = steps.moveFirst(); more; more = steps.moveNext()) {
        const std::string action = text(steps, stepCol["action"]);
        int DayFigures::*count = action == "correction_requested" ? &DayFigures::correctionsRequested
                                 : action == "approved" || action == "denied" || action == "deemed_approved"
                                     ? &DayFigures::decisions
                                 : action == "handed_over" ? &DayFigures::handedOver
                                 : action == "posted"      ? &DayFigures::posted
                                                           : nullptr;
        if (count)
            groups.each(attributionOf(steps, stepCol), [&](Accumulator& acc) { ++(acc.figures.*count); });
    }
}

// Overdue at the end of the day: received by then, promised before it, not completed by then — still open now, or
// completed only after the day. Waived materials past their date, in cases open at the day's end.
void countOverdue(const RangeFacts& facts, const Day& day, Groups& groups) {
    for (const CaseFacts& c : facts.open) {
        if (c.accepted > day.date)
            continue;
        // Not while its clock stands still (补正, 公示 …): the promise moves when it runs again.
        const bool stopped = !c.clockStoppedSince.empty() && c.clockStoppedSince <= day.date;
        const bool overdue = c.promised < day.date && !stopped;
        const int waived = static_cast<int>(std::count_if(c.waivedDues.begin(), c.waivedDues.end(),
                                                          [&](const std::string& due) { return due < day.date; }));
        if (overdue || waived)
            groups.each(c.attribution, [&](Accumulator& acc) {
                acc.figures.casesOverdue += overdue;
                acc.figures.waivedOverdue += waived;
            });
    }
    for (const CaseFacts& c : facts.late)
        if (c.accepted <= day.date && c.promised < day.date && c.completedAt >= day.end)
            groups.each(c.attribution, [](Accumulator& acc) { ++acc.figures.casesOverdue; });
}

// Rectifications of bad ratings open at the end of the day, and those of them past a due date.
void countRectifications(Poco::Data::Session& s, const std::string& hall, const Day& day, Groups& groups) {
    auto rs = query(s,
                    "SELECT r.counter AS counter, COALESCE(r.clerk, '') AS clerk, COALESCE(t.category, '') AS category,"
                    " COALESCE(c.item, (SELECT c2.item FROM cases c2 WHERE c2.ticket_id = r.ticket_id LIMIT 1),"
                    " r.category) AS item, x.follow_up_due AS follow_up_due, x.fix_due AS fix_due,"
                    " x.follow_up_day AS follow_up_day"
                    " FROM rectifications x JOIN ratings r ON r.id = x.rating_id"
                    " LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN cases c ON c.id = r.case_id"
                    " WHERE x.hall = $1 AND r.rated_day <= $2 AND (x.fix_day IS NULL OR x.fix_day > $3)"
                    " AND COALESCE(x.appeal_upheld, 0) = 0",
                    useRef(hall), useRef(day.date), useRef(day.date));
    const Columns col(rs);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const std::string followUpDay = text(rs, col["follow_up_day"]);
        const bool late = text(rs, col["fix_due"]) < day.date || ((followUpDay.empty() || followUpDay > day.date) &&
                                                                  text(rs, col["follow_up_due"]) < day.date);
        groups.each(attributionOf(rs, col), [&](Accumulator& acc) {
            ++acc.figures.rectificationsOpen;
            acc.figures.rectificationsOverdue += late;
        });
    }
}

// The day's appointments (预约), by slot and queue: places taken, checked in, not come (a booking never checked in
// by its slot's end, marked or not yet by the sweep), cancelled.
void countAppointments(Poco::Data::Session& s, const std::string& hall, const Day& day, const HallTime& hallTime,
                       std::int64_t nowMs, const std::map<std::string, std::string>& categoryNames, Groups& groups,
                       DailyStats& stats) {
    const std::string today = hallTime.businessDay(nowMs);
    const int minuteNow = *parseClock(hallTime.localClock(nowMs));
    auto rs = query(s,
                    "SELECT a.category AS category, a.start_minute AS start_minute, a.end_minute AS end_minute,"
                    " a.state AS state, COALESCE(sl.capacity, 0) AS capacity FROM appointments a"
                    " LEFT JOIN appointment_slots sl ON sl.hall = a.hall AND sl.category = a.category"
                    " AND sl.day = a.day AND sl.start_minute = a.start_minute"
                    " WHERE a.hall = $1 AND a.day = $2 ORDER BY a.category, a.start_minute",
                    useRef(hall), useRef(day.date));
    const Columns col(rs);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const std::string category = text(rs, col["category"]);
        const int start = static_cast<int>(*number(rs, col["start_minute"]));
        const int end = static_cast<int>(*number(rs, col["end_minute"]));
        std::string state = text(rs, col["state"]);
        if (state == "booked" && (day.date < today || (day.date == today && end <= minuteNow)))
            state = "no_show";
        if (stats.appointmentSlots.empty() || stats.appointmentSlots.back().category != category ||
            stats.appointmentSlots.back().start != start) {
            const auto name = categoryNames.find(category);
            stats.appointmentSlots.push_back({category, name == categoryNames.end() ? category : name->second, start,
                                              end, static_cast<int>(number(rs, col["capacity"]).value_or(0))});
        }
        AppointmentSlotFigures& slot = stats.appointmentSlots.back();
        const bool cancelled = state == "cancelled";
        slot.booked += !cancelled;
        slot.checkedIn += state == "checked_in";
        slot.noShow += state == "no_show";
        slot.cancelled += cancelled;
        Attribution a;
        a.category = category;
        groups.each(a, [&](Accumulator& acc) {
            acc.figures.appointmentsBooked += !cancelled;
            acc.figures.appointmentsCheckedIn += state == "checked_in";
            acc.figures.appointmentsNoShow += state == "no_show";
            acc.figures.appointmentsCancelled += cancelled;
        });
    }
}

// 预约上门 of the day: scheduled for it (done or not), done; and the requests asked by its end still to schedule.
void countHomeVisits(Poco::Data::Session& s, const std::string& hall, const Day& day, DailyStats& stats) {
    auto rs = query(s,
                    "SELECT state, COALESCE(visit_date, '') AS visit_date FROM home_visits WHERE hall = $1"
                    " AND (visit_date = $2 OR (state = 'requested' AND requested_at < $3))",
                    useRef(hall), useRef(day.date), bind(day.end));
    const Columns col(rs);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const std::string state = text(rs, col["state"]);
        if (state == "requested") {
            ++stats.homeVisitsToSchedule;
        } else if (text(rs, col["visit_date"]) == day.date && state != "cancelled") {
            ++stats.homeVisitsOnDay;
            stats.homeVisitsDone += state == "done";
        }
    }
}

// 暂停服务 of the day: each pause to its counter and its clerk.
void countPauses(Poco::Data::Session& s, const std::string& hall, const Day& day, std::int64_t nowMs, Groups& groups) {
    for (const PauseSpan& pause : pausesOfDay(s, hall, day.date, nowMs))
        groups.each(Attribution{pause.counter, pause.by, {}, {}}, [&](Accumulator& acc) {
            ++acc.figures.pauses;
            acc.figures.pausedSeconds += static_cast<int>(pause.seconds);
        });
}

// Each group's figures with its name, wait and service times and the day's rating figures of the group.
void collect(Groups& groups, const RangeFacts& facts, const std::string& date,
             std::map<FigureGrouping, RatingFigureReport>& ratings, DailyStats& stats) {
    auto finish = [&](Accumulator& acc, const std::string& key, const std::string& label, FigureGrouping by) {
        DayFigures f = acc.figures;
        f.key = key;
        f.label = label;
        f.wait = durationFigures(std::move(acc.waits));
        f.service = durationFigures(std::move(acc.services));
        for (const auto& g : ratings[by == FigureGrouping::None ? FigureGrouping::Day : by].groups)
            if (g.key == (by == FigureGrouping::None ? date : key) && (by == FigureGrouping::None || g.day == date))
                f.ratings = g;
        return f;
    };
    auto nameOf = [](const std::map<std::string, std::string>& names, const std::string& key) {
        const auto it = names.find(key);
        return it == names.end() ? key : it->second;
    };
    stats.totals = finish(groups.all, "all", "all", FigureGrouping::None);
    for (auto& [counter, acc] : groups.counters)
        stats.byCounter.push_back(
            finish(acc, std::to_string(counter), std::to_string(counter), FigureGrouping::Counter));
    for (auto& [clerk, acc] : groups.clerks)
        stats.byClerk.push_back(finish(acc, clerk, nameOf(facts.staffNames, clerk), FigureGrouping::Clerk));
    for (auto& [category, acc] : groups.categories)
        stats.byCategory.push_back(
            finish(acc, category, nameOf(facts.categoryNames, category), FigureGrouping::Category));
    for (auto& [item, acc] : groups.items)
        stats.byItem.push_back(finish(acc, item, item, FigureGrouping::Item));
}

// How long a hall's server has said nothing within the hall's opening hours today (lunch counts; a hall that never
// set hours is always open), when it is a quarter of an hour or more: a server switched off with the hall at night,
// or not yet on at 08:50, is not silent.
std::optional<std::int64_t> silentMinutes(const std::optional<HallHours>& hours, const HallTime& time,
                                          std::int64_t relayedAtMs, std::int64_t nowMs) {
    constexpr std::int64_t kSilentMinutes = 15;
    std::int64_t since = relayedAtMs;
    if (hours) {
        const std::string today = time.businessDay(nowMs);
        const auto day = hours->dayOf(today);
        const int minute = *parseClock(time.localClock(nowMs));
        if (!day || minute < day->open.from || minute >= day->extendedUntil.value_or(day->open.to))
            return std::nullopt;
        since = std::max(since, time.dayStartUtcMs(today) + std::int64_t{day->open.from} * 60000);
    }
    const std::int64_t minutes = (nowMs - since) / 60000;
    return minutes >= kSilentMinutes ? std::optional<std::int64_t>(minutes) : std::nullopt;
}

} // namespace

DailyStats StatsStore::daily(const std::string& hall, const std::string& date, std::int64_t nowMs) {
    return days(hall, date, date, nowMs).front();
}

std::vector<DailyStats> StatsStore::days(const std::string& hall, const std::string& from, const std::string& to,
                                         std::int64_t nowMs) {
    return compute(hall, from, to, nowMs, nullptr);
}

RegionDay StatsStore::regionDaily(const std::string& region, const std::string& regionName,
                                  const std::vector<RegionHall>& halls, const std::string& date, std::int64_t nowMs) {
    RegionDay day{region, regionName, date, {}, {}};
    Times times;
    for (const RegionHall& h : halls) {
        const std::string& hall = h.id;
        const DailyStats stats = compute(hall, date, date, nowMs, &times).front();
        addCounts(day.totals, stats.totals);
        const auto relay = RelayStore(m_db).relayOf(hall); // a hall server's: until when its day is here
        RegionHallDay entry{hall, h.name, std::nullopt, std::nullopt, std::nullopt, stats.totals};
        if (relay) {
            entry.relayedUntil = utcIso(relay->relayedAtMs);
            entry.backlog = relay->backlog;
            const HallTime time(h.timezone);
            if (date == time.businessDay(nowMs)) // silence is a fact of now: said on today's page only
                entry.silentMinutes =
                    silentMinutes(m_db.read([&](Poco::Data::Session& s) { return hallHours(s, hall); }), time,
                                  relay->relayedAtMs, nowMs);
        }
        day.halls.push_back(std::move(entry));
    }
    day.totals.key = day.totals.label = "all";
    day.totals.wait = durationFigures(std::move(times.waits));
    day.totals.service = durationFigures(std::move(times.services));
    return day;
}

std::vector<DailyStats> StatsStore::compute(const std::string& hall, const std::string& from, const std::string& to,
                                            std::int64_t nowMs, Times* times) {
    // Ratings first, on their own connection: the rating figures of each day, by each grouping, in one pass.
    std::map<FigureGrouping, RatingFigureReport> ratings =
        m_ratings.figuresBy(hall, from, to,
                            {FigureGrouping::Day, FigureGrouping::Counter, FigureGrouping::Clerk,
                             FigureGrouping::Category, FigureGrouping::Item},
                            std::nullopt, nowMs, true);
    return m_db.read([&](Poco::Data::Session& s) {
        const RangeFacts facts = rangeFacts(s, hall, from, to);
        std::vector<DailyStats> result;
        for (Date d = *parseIsoDate(from); d <= *parseIsoDate(to); d += std::chrono::days{1}) {
            const Day day{isoDate(d), facts.hallTime.dayStartUtcMs(isoDate(d)),
                          facts.hallTime.dayStartUtcMs(isoDate(d + std::chrono::days{1}))};
            Groups groups;
            DailyStats stats;
            stats.hall = hall;
            stats.date = day.date;
            countTickets(s, hall, day, facts.hallTime, facts.hours, nowMs, groups, stats);
            countCaseDecisions(s, hall, day, groups);
            countOverdue(facts, day, groups);
            countRectifications(s, hall, day, groups);
            countAppointments(s, hall, day, facts.hallTime, nowMs, facts.categoryNames, groups, stats);
            countHomeVisits(s, hall, day, stats);
            countPauses(s, hall, day, nowMs, groups);
            if (times) {
                times->waits.insert(times->waits.end(), groups.all.waits.begin(), groups.all.waits.end());
                times->services.insert(times->services.end(), groups.all.services.begin(), groups.all.services.end());
            }
            collect(groups, facts, day.date, ratings, stats);
            result.push_back(std::move(stats));
        }
        return result;
    });
}

std::vector<TicketLine> StatsStore::tickets(const std::string& hall, const std::string& date,
                                            std::optional<int> counter) {
    return m_db.read([&](Poco::Data::Session& s) {
        const int counterValue = counter.value_or(0);
        const int anyCounter = counter ? 0 : 1;
        auto rs =
            query(s,
                  "SELECT t.id AS id, t.number AS number, t.category AS category, t.status AS status,"
                  " COALESCE(t.served_by, '') AS clerk, COALESCE(st.name, '') AS clerk_name, t.counter AS counter,"
                  " r.level AS level, t.issued_at AS issued, t.called_at AS called, t.finished_at AS finished,"
                  " t.started_at AS started, (SELECT " +
                      std::string(dialectOf(s) == Dialect::SQLite ? "group_concat" : "string_agg") +
                      "(NULLIF(c.case_no, ''), ',') FROM cases c WHERE c.ticket_id = t.id) AS case_numbers"
                      " FROM tickets t LEFT JOIN staff st ON st.user_name = t.served_by"
                      " LEFT JOIN ratings r ON r.ticket_id = t.id"
                      " WHERE t.hall = $1 AND t.business_day = $2 AND ($3 = 1 OR t.counter = $4)"
                      " ORDER BY t.issued_at, t.queue_seq",
                  useRef(hall), useRef(date), bind(anyCounter), bind(counterValue));
        const Columns col(rs);
        std::vector<TicketLine> out;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            TicketLine t;
            t.id = text(rs, col["id"]);
            t.number = text(rs, col["number"]);
            t.category = text(rs, col["category"]);
            t.status = text(rs, col["status"]);
            t.clerk = text(rs, col["clerk"]);
            t.clerkName = text(rs, col["clerk_name"]);
            t.counter = smallNumber(rs, col["counter"]);
            t.rating = smallNumber(rs, col["level"]);
            t.issuedAtMs = *number(rs, col["issued"]);
            t.calledAtMs = number(rs, col["called"]);
            t.finishedAtMs = number(rs, col["finished"]);
            const auto started = number(rs, col["started"]);
            t.cases = splitCommas(text(rs, col["case_numbers"]));
            if (t.calledAtMs)
                t.waitS = (*t.calledAtMs - t.issuedAtMs) / 1000;
            if (t.finishedAtMs && t.status == "done")
                t.serviceS = (*t.finishedAtMs - started.value_or(t.calledAtMs.value_or(*t.finishedAtMs))) / 1000;
            out.push_back(std::move(t));
        }
        return out;
    });
}

std::vector<CaseWarning> StatsStore::warnings(const std::string& hall, const std::string& date) {
    return m_db.read([&](Poco::Data::Session& s) {
        const WorkCalendar calendar = currentCalendar(s);
        const Date today = *parseIsoDate(date);
        auto rs = query(s,
                        std::string("SELECT c.id AS id, c.case_no AS case_no, COALESCE(c.item, '') AS item,"
                                    " COALESCE(c.clerk, '') AS clerk, COALESCE(st.name, '') AS clerk_name,"
                                    " c.accepted_date AS accepted, c.promised_date AS promised, t.counter AS counter"
                                    " FROM cases c LEFT JOIN tickets t ON t.id = c.ticket_id"
                                    " LEFT JOIN staff st ON st.user_name = c.clerk WHERE c.hall = $1 AND c.state IN ") +
                            kOpenStates +
                            " AND c.promised_date IS NOT NULL AND c.accepted_date <= $2"
                            " AND c.clock_stopped_since IS NULL" // its promise moves when the clock runs again
                            " ORDER BY c.promised_date",
                        useRef(hall), useRef(date));
        const Columns col(rs);
        std::vector<CaseWarning> out;
        const auto catalog = currentCatalog(s);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            const auto accepted = parseIsoDate(text(rs, col["accepted"])),
                       due = parseIsoDate(text(rs, col["promised"]));
            if (!accepted || !due)
                continue;
            const DeadlineLevel level = calendar.level(*accepted, *due, today);
            if (level == DeadlineLevel::Normal)
                continue;
            CaseWarning w;
            w.id = text(rs, col["id"]);
            w.caseNo = text(rs, col["case_no"]);
            w.item = text(rs, col["item"]);
            if (const ServiceItem* item = catalog ? catalog->item(w.item) : nullptr)
                w.itemName = item->name;
            w.clerk = text(rs, col["clerk"]);
            w.clerkName = text(rs, col["clerk_name"]);
            w.acceptedDate = text(rs, col["accepted"]);
            w.promisedDate = text(rs, col["promised"]);
            w.counter = smallNumber(rs, col["counter"]);
            w.overdue = level == DeadlineLevel::Overdue;
            w.workingDaysLeft =
                w.overdue ? -calendar.workingDaysBetween(*due, today) : calendar.workingDaysBetween(today, *due);
            out.push_back(std::move(w));
        }
        return out;
    });
}

} // namespace ow::server
