#include "domain/Appointment.h"

#include "domain/HallHours.h"
#include "domain/JsonChecker.h"
#include "domain/Ticket.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>

namespace ow {

const AppointmentSlot* AppointmentPlan::slotAt(int start) const {
    const auto it =
        std::find_if(times.begin(), times.end(), [&](const AppointmentSlot& s) { return s.start == start; });
    return it == times.end() ? nullptr : &*it;
}

Poco::JSON::Object::Ptr appointmentPlanToJson(const AppointmentPlan& plan) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("category", plan.category);
    Poco::JSON::Array::Ptr weekdays = new Poco::JSON::Array;
    for (const int d : plan.weekdays)
        weekdays->add(d);
    out->set("weekdays", weekdays);
    Poco::JSON::Array::Ptr slots = new Poco::JSON::Array;
    for (const auto& s : plan.times) {
        Poco::JSON::Object::Ptr slot = new Poco::JSON::Object(true);
        slot->set("start", clockText(s.start));
        slot->set("end", clockText(s.end));
        slot->set("capacity", s.capacity);
        slots->add(slot);
    }
    out->set("slots", slots);
    return out;
}

AppointmentPlan appointmentPlanFromJson(const Poco::JSON::Object::Ptr& object) {
    JsonChecker check;
    AppointmentPlan plan;
    plan.category = check.string(object, "$", "category", true);
    if (!plan.category.empty() && !isValidCategoryPrefix(plan.category))
        check.error("$.category", "must be a queue prefix (1-3 capital letters)");
    if (const auto weekdays = check.array(object, "$", "weekdays", true)) {
        for (std::size_t i = 0; i < weekdays->size(); ++i) {
            const auto value = weekdays->get(static_cast<unsigned>(i));
            const std::string path = "$.weekdays[" + std::to_string(i) + "]";
            if (!value.isInteger() || value.convert<long>() < 1 || value.convert<long>() > 7)
                check.error(path, "must be a weekday 1 (Monday) to 7 (Sunday)");
            else if (!plan.weekdays.insert(value.convert<int>()).second)
                check.error(path, "this weekday is given twice");
        }
        if (weekdays->size() == 0)
            check.error("$.weekdays", "at least one weekday");
    }
    if (const auto slots = check.array(object, "$", "slots", true)) {
        for (const auto& [slot, path] : check.objects(slots, "$.slots")) {
            const std::string startText = check.string(slot, path, "start", true);
            const std::string endText = check.string(slot, path, "end", true);
            const auto capacity = check.integer(slot, path, "capacity", true, 1, 500);
            const auto start = parseClock(startText), end = parseClock(endText);
            if (!startText.empty() && !start)
                check.error(path + ".start", "must be a time of day as HH:MM");
            if (!endText.empty() && !end)
                check.error(path + ".end", "must be a time of day as HH:MM");
            if (start && end && *start >= *end)
                check.error(path + ".end", "must be after start");
            else if (start && end && capacity)
                plan.times.push_back({*start, *end, static_cast<int>(*capacity)});
        }
        if (slots->size() == 0)
            check.error("$.slots", "at least one slot");
        if (slots->size() > 200)
            check.error("$.slots", "at most 200 slots");
    }
    std::sort(plan.times.begin(), plan.times.end(),
              [](const AppointmentSlot& a, const AppointmentSlot& b) { return a.start < b.start; });
    for (std::size_t i = 1; i < plan.times.size(); ++i)
        if (plan.times[i].start < plan.times[i - 1].end)
            check.error("$.slots", "the slot at " + clockText(plan.times[i].start) + " overlaps the one before it");
    if (!check.errors().empty())
        throw DocumentErrors(check.takeErrors());
    return plan;
}

Poco::JSON::Object::Ptr noShowPolicyToJson(const NoShowPolicy& policy) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("no_shows", policy.noShows);
    out->set("within_days", policy.withinDays);
    out->set("blocked_days", policy.blockedDays);
    return out;
}

NoShowPolicy noShowPolicyFromJson(const Poco::JSON::Object::Ptr& object) {
    JsonChecker check;
    NoShowPolicy policy;
    if (const auto n = check.integer(object, "$", "no_shows", true, 0, 100))
        policy.noShows = static_cast<int>(*n);
    if (const auto n = check.integer(object, "$", "within_days", true, 1, 366))
        policy.withinDays = static_cast<int>(*n);
    if (const auto n = check.integer(object, "$", "blocked_days", true, 1, 366))
        policy.blockedDays = static_cast<int>(*n);
    if (!check.errors().empty())
        throw DocumentErrors(check.takeErrors());
    return policy;
}

std::string makeAppointmentLink(const AppointmentLink& link) {
    Poco::URI uri("onewindow://appointment");
    uri.addQueryParameter("hall", link.hall);
    uri.addQueryParameter("code", link.code);
    return uri.toString();
}

std::optional<AppointmentLink> parseAppointmentLink(std::string_view text) {
    try {
        const Poco::URI uri{std::string(text)};
        if (uri.getScheme() != "onewindow" || uri.getHost() != "appointment")
            return std::nullopt;
        AppointmentLink link;
        for (const auto& [key, value] : uri.getQueryParameters()) {
            if (key == "hall")
                link.hall = value;
            else if (key == "code")
                link.code = value;
        }
        const bool sixDigits = link.code.size() == 6 && link.code.find_first_not_of("0123456789") == std::string::npos;
        if (link.hall.empty() || !sixDigits)
            return std::nullopt;
        return link;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

std::string normalizeMobile(const std::string& text) {
    std::string digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            digits += c;
        else if (c != ' ' && c != '-' && c != '+')
            return {};
    }
    if (digits.size() == 13 && digits.rfind("86", 0) == 0)
        digits.erase(0, 2);
    if (digits.size() != 11 || digits[0] != '1' || digits[1] < '3')
        return {};
    return digits;
}

} // namespace ow
