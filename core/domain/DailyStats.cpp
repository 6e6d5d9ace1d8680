#include "domain/DailyStats.h"

#include "domain/Json.h"
#include "domain/JsonChecker.h"

namespace ow {
namespace {

Poco::JSON::Object::Ptr levelsToJson(const RatingFigureGroup& g) {
    Poco::JSON::Object::Ptr levels = new Poco::JSON::Object(true);
    for (int level = 1; level <= 5; ++level)
        levels->set(std::to_string(level), g.levels[level - 1]);
    return levels;
}

Poco::JSON::Array::Ptr groupsToJson(const std::vector<DayFigures>& groups, const char* keyName, bool numericKey) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& g : groups)
        out->add(dayFiguresToJson(g, keyName, numericKey));
    return out;
}

} // namespace

Poco::JSON::Object::Ptr dayFiguresToJson(const DayFigures& f, const char* keyName, bool numericKey) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    if (keyName) {
        if (numericKey)
            o->set(keyName, std::stoi(f.key));
        else
            o->set(keyName, f.key);
        if (f.label != f.key)
            o->set("name", f.label);
    }
    o->set("tickets_issued", f.ticketsIssued);
    o->set("served", f.served);
    o->set("no_show", f.noShow);
    o->set("transferred", f.transferred);
    o->set("wait_avg_s", f.wait.avg);
    o->set("wait_p50_s", f.wait.p50);
    o->set("wait_p90_s", f.wait.p90);
    o->set("wait_max_s", f.wait.max);
    o->set("service_avg_s", f.service.avg);
    o->set("service_p50_s", f.service.p50);
    o->set("service_p90_s", f.service.p90);
    o->set("cases_accepted", f.casesAccepted);
    o->set("cases_notified", f.casesNotified);
    o->set("cases_refused", f.casesRefused);
    o->set("cases_completed", f.casesCompleted);
    o->set("cases_overdue", f.casesOverdue);
    o->set("waived_overdue", f.waivedOverdue);
    o->set("cases_completed_on_time", f.casesCompletedOnTime);
    o->set("corrections_requested", f.correctionsRequested);
    o->set("decisions", f.decisions);
    o->set("handed_over", f.handedOver);
    o->set("posted", f.posted);
    o->set("ratings", levelsToJson(f.ratings));
    o->set("rated", f.ratings.figures.rated);
    o->set("not_rated", f.ratings.notRated);
    o->set("finished_services", f.ratings.figures.finished);
    o->set("good", f.ratings.figures.good);
    o->set("bad", f.ratings.figures.bad);
    o->set("rating_rate", f.ratings.figures.ratingRate());
    o->set("good_rate", f.ratings.figures.goodRate());
    o->set("rectifications_open", f.rectificationsOpen);
    o->set("rectifications_overdue", f.rectificationsOverdue);
    o->set("appointments_booked", f.appointmentsBooked);
    o->set("appointments_checked_in", f.appointmentsCheckedIn);
    o->set("appointments_no_show", f.appointmentsNoShow);
    o->set("appointments_cancelled", f.appointmentsCancelled);
    o->set("pauses", f.pauses);
    o->set("paused_s", f.pausedSeconds);
    return o;
}

Poco::JSON::Object::Ptr dailyStatsToJson(const DailyStats& stats) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("hall", stats.hall);
    o->set("date", stats.date);
    o->set("totals", dayFiguresToJson(stats.totals, nullptr, false));
    o->set("by_counter", groupsToJson(stats.byCounter, "counter", true));
    o->set("by_clerk", groupsToJson(stats.byClerk, "clerk", false));
    o->set("by_category", groupsToJson(stats.byCategory, "category", false));
    o->set("by_item", groupsToJson(stats.byItem, "item", false));
    Poco::JSON::Array::Ptr hourly = new Poco::JSON::Array;
    for (const auto& h : stats.hourly) {
        Poco::JSON::Object::Ptr e = new Poco::JSON::Object(true);
        e->set("hour", h.hour);
        e->set("arrivals", h.arrivals);
        e->set("called", h.called);
        e->set("waiting_at_end", h.waitingAtEnd);
        e->set("wait_avg_s", h.wait.avg);
        e->set("wait_max_s", h.wait.max);
        hourly->add(e);
    }
    o->set("hourly", hourly);
    o->set("hours_set", stats.hoursSet);
    if (stats.hours) { // the day's opening hours, as GET /hours writes one day
        HallHours one;
        one.week[0] = stats.hours;
        Poco::JSON::Object::Ptr day = hallHoursToJson(one)->getArray("week")->getObject(0);
        day->remove("weekday");
        o->set("hours", day);
    } else {
        o->set("hours", Poco::Dynamic::Var());
    }
    o->set("issued_extended", stats.issuedExtended);
    o->set("issued_outside_hours", stats.issuedOutsideHours);
    Poco::JSON::Array::Ptr slotList = new Poco::JSON::Array;
    for (const auto& slot : stats.appointmentSlots) {
        Poco::JSON::Object::Ptr e = new Poco::JSON::Object(true);
        e->set("category", slot.category);
        if (slot.label != slot.category)
            e->set("name", slot.label);
        e->set("start", clockText(slot.start));
        e->set("end", clockText(slot.end));
        e->set("capacity", slot.capacity);
        e->set("booked", slot.booked);
        e->set("checked_in", slot.checkedIn);
        e->set("no_show", slot.noShow);
        e->set("cancelled", slot.cancelled);
        slotList->add(e);
    }
    o->set("appointment_slots", slotList);
    Poco::JSON::Object::Ptr visits = new Poco::JSON::Object(true);
    visits->set("on_day", stats.homeVisitsOnDay);
    visits->set("done", stats.homeVisitsDone);
    visits->set("to_schedule", stats.homeVisitsToSchedule);
    o->set("home_visits", visits);
    return o;
}

namespace {

int intOf(const Poco::JSON::Object::Ptr& o, const char* key) {
    return static_cast<int>(optionalInt(o, key).value_or(0));
}
double numberOf(const Poco::JSON::Object::Ptr& o, const char* key) {
    return o->has(key) && !o->isNull(key) ? o->getValue<double>(key) : 0.0;
}

void levelsFromJson(const Poco::JSON::Object::Ptr& o, RatingFigureGroup& g) {
    if (auto levels = optionalObject(o, "ratings"))
        for (int level = 1; level <= 5; ++level)
            g.levels[level - 1] = intOf(levels, std::to_string(level).c_str());
}

std::vector<DayFigures> groupsFromJson(const Poco::JSON::Object::Ptr& o, const char* list, const char* keyName) {
    std::vector<DayFigures> out;
    if (auto array = optionalArray(o, list))
        for (unsigned i = 0; i < array->size(); ++i)
            if (auto item = array->getObject(i))
                out.push_back(dayFiguresFromJson(item, keyName));
    return out;
}

} // namespace

DayFigures dayFiguresFromJson(const Poco::JSON::Object::Ptr& o, const char* keyName) {
    DayFigures f;
    if (keyName && o->has(keyName))
        f.key = o->get(keyName).toString();
    f.label = optionalString(o, "name").value_or(f.key);
    f.ticketsIssued = intOf(o, "tickets_issued");
    f.served = intOf(o, "served");
    f.noShow = intOf(o, "no_show");
    f.transferred = intOf(o, "transferred");
    f.wait.avg = numberOf(o, "wait_avg_s");
    f.wait.p50 = intOf(o, "wait_p50_s");
    f.wait.p90 = intOf(o, "wait_p90_s");
    f.wait.max = intOf(o, "wait_max_s");
    f.service.avg = numberOf(o, "service_avg_s");
    f.service.p50 = intOf(o, "service_p50_s");
    f.service.p90 = intOf(o, "service_p90_s");
    f.casesAccepted = intOf(o, "cases_accepted");
    f.casesNotified = intOf(o, "cases_notified");
    f.casesRefused = intOf(o, "cases_refused");
    f.casesCompleted = intOf(o, "cases_completed");
    f.casesOverdue = intOf(o, "cases_overdue");
    f.waivedOverdue = intOf(o, "waived_overdue");
    f.casesCompletedOnTime = intOf(o, "cases_completed_on_time");
    f.correctionsRequested = intOf(o, "corrections_requested");
    f.decisions = intOf(o, "decisions");
    f.handedOver = intOf(o, "handed_over");
    f.posted = intOf(o, "posted");
    levelsFromJson(o, f.ratings);
    f.ratings.figures.rated = intOf(o, "rated");
    f.ratings.notRated = intOf(o, "not_rated");
    f.ratings.figures.finished = intOf(o, "finished_services");
    f.ratings.figures.good = intOf(o, "good");
    f.ratings.figures.bad = intOf(o, "bad");
    f.rectificationsOpen = intOf(o, "rectifications_open");
    f.rectificationsOverdue = intOf(o, "rectifications_overdue");
    f.appointmentsBooked = intOf(o, "appointments_booked");
    f.appointmentsCheckedIn = intOf(o, "appointments_checked_in");
    f.appointmentsNoShow = intOf(o, "appointments_no_show");
    f.appointmentsCancelled = intOf(o, "appointments_cancelled");
    f.pauses = intOf(o, "pauses");
    f.pausedSeconds = intOf(o, "paused_s");
    return f;
}

DailyStats dailyStatsFromJson(const Poco::JSON::Object::Ptr& o) {
    DailyStats stats;
    stats.hall = optionalString(o, "hall").value_or("");
    stats.date = requireString(o, "date");
    if (auto totals = optionalObject(o, "totals"))
        stats.totals = dayFiguresFromJson(totals, nullptr);
    stats.byCounter = groupsFromJson(o, "by_counter", "counter");
    stats.byClerk = groupsFromJson(o, "by_clerk", "clerk");
    stats.byCategory = groupsFromJson(o, "by_category", "category");
    stats.byItem = groupsFromJson(o, "by_item", "item");
    if (auto hourly = optionalArray(o, "hourly")) {
        for (unsigned i = 0; i < hourly->size(); ++i) {
            auto h = hourly->getObject(i);
            if (!h)
                continue;
            HourFigures hour;
            hour.hour = intOf(h, "hour");
            hour.arrivals = intOf(h, "arrivals");
            hour.called = intOf(h, "called");
            hour.waitingAtEnd = intOf(h, "waiting_at_end");
            hour.wait.avg = numberOf(h, "wait_avg_s");
            hour.wait.max = intOf(h, "wait_max_s");
            stats.hourly.push_back(hour);
        }
    }
    stats.hoursSet = optionalBool(o, "hours_set").value_or(false);
    if (auto day = optionalObject(o, "hours")) {
        Poco::JSON::Object::Ptr week = new Poco::JSON::Object(true);
        Poco::JSON::Array::Ptr days = new Poco::JSON::Array;
        Poco::JSON::Object::Ptr copy = new Poco::JSON::Object(*day);
        copy->set("weekday", 1);
        days->add(copy);
        week->set("week", days);
        try {
            stats.hours = hallHoursFromJson(week).week[0];
        } catch (const DocumentErrors& e) {
            throw BadInput("invalid_field", "hours: " + std::string(e.what()));
        }
    }
    stats.issuedExtended = intOf(o, "issued_extended");
    stats.issuedOutsideHours = intOf(o, "issued_outside_hours");
    if (auto slotList = optionalArray(o, "appointment_slots")) {
        for (unsigned i = 0; i < slotList->size(); ++i) {
            auto e = slotList->getObject(i);
            if (!e)
                continue;
            AppointmentSlotFigures slot;
            slot.category = requireString(e, "category");
            slot.label = optionalString(e, "name").value_or(slot.category);
            const auto start = parseClock(requireString(e, "start")), end = parseClock(requireString(e, "end"));
            if (!start || !end)
                throw BadInput("invalid_field", "appointment_slots: start and end are HH:MM");
            slot.start = *start;
            slot.end = *end;
            slot.capacity = intOf(e, "capacity");
            slot.booked = intOf(e, "booked");
            slot.checkedIn = intOf(e, "checked_in");
            slot.noShow = intOf(e, "no_show");
            slot.cancelled = intOf(e, "cancelled");
            stats.appointmentSlots.push_back(std::move(slot));
        }
    }
    if (auto visits = optionalObject(o, "home_visits")) {
        stats.homeVisitsOnDay = intOf(visits, "on_day");
        stats.homeVisitsDone = intOf(visits, "done");
        stats.homeVisitsToSchedule = intOf(visits, "to_schedule");
    }
    return stats;
}

Poco::JSON::Object::Ptr ratingFiguresToJson(const RatingFigureGroup& g) {
    const RatingFigures& f = g.figures;
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("key", g.key);
    o->set("label", g.label);
    o->set("finished", f.finished);
    o->set("rated", f.rated);
    o->set("not_rated", g.notRated);
    o->set("ratings", levelsToJson(g));
    o->set("good", f.good);
    o->set("bad", f.bad);
    o->set("rating_rate", f.ratingRate());
    o->set("good_rate", f.goodRate());
    o->set("follow_ups_due", f.followUpsDue);
    o->set("follow_ups_on_time", f.followUpsOnTime);
    o->set("rectifications_due", f.rectificationsDue);
    o->set("rectifications_on_time", f.rectificationsOnTime);
    return o;
}

RatingFigureGroup ratingFiguresFromJson(const Poco::JSON::Object::Ptr& o) {
    RatingFigureGroup g;
    g.key = optionalString(o, "key").value_or("");
    g.label = optionalString(o, "label").value_or(g.key);
    g.figures.finished = intOf(o, "finished");
    g.figures.rated = intOf(o, "rated");
    g.notRated = intOf(o, "not_rated");
    levelsFromJson(o, g);
    g.figures.good = intOf(o, "good");
    g.figures.bad = intOf(o, "bad");
    g.figures.followUpsDue = intOf(o, "follow_ups_due");
    g.figures.followUpsOnTime = intOf(o, "follow_ups_on_time");
    g.figures.rectificationsDue = intOf(o, "rectifications_due");
    g.figures.rectificationsOnTime = intOf(o, "rectifications_on_time");
    return g;
}

void addCounts(DayFigures& into, const DayFigures& more) {
    for (int DayFigures::*count : {&DayFigures::ticketsIssued,
                                   &DayFigures::served,
                                   &DayFigures::noShow,
                                   &DayFigures::transferred,
                                   &DayFigures::casesAccepted,
                                   &DayFigures::casesNotified,
                                   &DayFigures::casesRefused,
                                   &DayFigures::casesCompleted,
                                   &DayFigures::casesOverdue,
                                   &DayFigures::waivedOverdue,
                                   &DayFigures::casesCompletedOnTime,
                                   &DayFigures::correctionsRequested,
                                   &DayFigures::decisions,
                                   &DayFigures::handedOver,
                                   &DayFigures::posted,
                                   &DayFigures::rectificationsOpen,
                                   &DayFigures::rectificationsOverdue,
                                   &DayFigures::appointmentsBooked,
                                   &DayFigures::appointmentsCheckedIn,
                                   &DayFigures::appointmentsNoShow,
                                   &DayFigures::appointmentsCancelled,
                                   &DayFigures::pauses,
                                   &DayFigures::pausedSeconds})
        into.*count += more.*count;
    RatingFigures& r = into.ratings.figures;
    const RatingFigures& m = more.ratings.figures;
    for (int RatingFigures::*count :
         {&RatingFigures::finished, &RatingFigures::rated, &RatingFigures::good, &RatingFigures::bad,
          &RatingFigures::followUpsDue, &RatingFigures::followUpsOnTime, &RatingFigures::rectificationsDue,
          &RatingFigures::rectificationsOnTime})
        r.*count += m.*count;
    into.ratings.notRated += more.ratings.notRated;
    for (int level = 0; level < 5; ++level)
        into.ratings.levels[level] += more.ratings.levels[level];
}

Poco::JSON::Object::Ptr regionDayToJson(const RegionDay& day) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("region", day.region);
    o->set("name", day.name);
    o->set("date", day.date);
    Poco::JSON::Array::Ptr halls = new Poco::JSON::Array;
    for (const RegionHallDay& h : day.halls) {
        Poco::JSON::Object::Ptr e = dayFiguresToJson(h.totals);
        e->set("hall", h.hall);
        e->set("name", h.name);
        e->set("relayed_until", h.relayedUntil ? Poco::Dynamic::Var(*h.relayedUntil) : Poco::Dynamic::Var());
        e->set("backlog", h.backlog ? Poco::Dynamic::Var(*h.backlog) : Poco::Dynamic::Var());
        if (h.silentMinutes)
            e->set("silent_minutes", *h.silentMinutes);
        halls->add(e);
    }
    o->set("halls", halls);
    o->set("totals", dayFiguresToJson(day.totals));
    return o;
}

RegionDay regionDayFromJson(const Poco::JSON::Object::Ptr& o) {
    RegionDay day;
    day.region = requireString(o, "region");
    day.name = optionalString(o, "name").value_or(day.region);
    day.date = requireString(o, "date");
    if (auto halls = optionalArray(o, "halls"))
        for (unsigned i = 0; i < halls->size(); ++i)
            if (auto e = halls->getObject(i)) {
                RegionHallDay h;
                h.hall = requireString(e, "hall");
                h.name = optionalString(e, "name").value_or(h.hall);
                h.relayedUntil = optionalString(e, "relayed_until");
                h.backlog = optionalInt(e, "backlog");
                h.silentMinutes = optionalInt(e, "silent_minutes");
                h.totals = dayFiguresFromJson(e);
                h.totals.label = h.totals.key = h.hall;
                day.halls.push_back(std::move(h));
            }
    if (auto totals = optionalObject(o, "totals"))
        day.totals = dayFiguresFromJson(totals);
    return day;
}

} // namespace ow
