// The administrator's changes to a hall's queues, counters and hours (HallStore, the part reached through the API).
#include "AuditLog.h"
#include "HallStore.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/JsonChecker.h"

#include <algorithm>

namespace ow::server {
namespace {

using Session = Poco::Data::Session;

std::vector<wire::CategorySetup> readCategories(Session& s, const std::string& hall) {
    const SqlRows rows =
        runSql(s, "SELECT prefix, name, closed, group_name FROM categories WHERE hall = $1 ORDER BY prefix", {hall});
    std::vector<wire::CategorySetup> out;
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.push_back({rows.text(i, 0), rows.text(i, 1), rows.integer(i, 2) == 0, rows.text(i, 3)});
    return out;
}

std::vector<wire::CounterSetup> readCounters(Session& s, const std::string& hall, const std::string& day,
                                             std::optional<int> only = std::nullopt) {
    const SqlRows rows =
        runSql(s, "SELECT number, name, COALESCE(closed_on, '') FROM counters WHERE hall = $1 ORDER BY number", {hall});
    const SqlRows served = runSql(
        s, "SELECT counter, category FROM counter_categories WHERE hall = $1 ORDER BY counter, category", {hall});
    std::vector<wire::CounterSetup> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int number = static_cast<int>(rows.integer(i, 0));
        if (only && *only != number)
            continue;
        wire::CounterSetup c{number, rows.text(i, 1), {}, rows.text(i, 2) == day};
        for (std::size_t k = 0; k < served.size(); ++k)
            if (served.integer(k, 0) == number)
                c.categories.push_back(served.text(k, 1));
        out.push_back(std::move(c));
    }
    return out;
}

// The hall's administrator on its supervisor device; every other caller is refused in words.
void requireHallAdmin(const Principal& by) {
    if (!by.isStaff() || by.role != StaffRole::Admin || by.kind != DeviceKind::Supervisor)
        throw StoreError::notAllowed("the hall is set up by its administrator, logged in on a supervisor device");
}

void requireCategories(Session& s, const std::string& hall, const std::vector<std::string>& prefixes) {
    for (const auto& prefix : prefixes)
        if (!exists(s, "SELECT COUNT(*) FROM categories WHERE hall = $1 AND prefix = $2", hall, prefix))
            throw StoreError::invalid("invalid_field", "categories: the hall has no queue \"" + prefix + "\"");
}

void writeCounterCategories(Session& s, const std::string& hall, int number, const std::vector<std::string>& cats) {
    runSql(s, "DELETE FROM counter_categories WHERE hall = $1 AND counter = $2", {hall, number});
    for (const auto& prefix : cats)
        runSql(s, "INSERT INTO counter_categories(hall, counter, category) VALUES($1, $2, $3) ON CONFLICT DO NOTHING",
               {hall, number, prefix});
}

Poco::JSON::Object::Ptr beforeAfter(const Poco::JSON::Object::Ptr& before, const Poco::JSON::Object::Ptr& after) {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
    detail->set("before", before ? Poco::Dynamic::Var(before) : Poco::Dynamic::Var());
    detail->set("after", after);
    return detail;
}

} // namespace

std::vector<wire::CategorySetup> HallStore::categorySetups(const std::string& hall) {
    return m_db.read([&](Session& s) { return readCategories(s, hall); });
}

std::vector<wire::CounterSetup> HallStore::counterSetups(const std::string& hall, std::int64_t nowMs) {
    return m_db.read([&](Session& s) { return readCounters(s, hall, hallDay(s, hall, nowMs)); });
}

wire::CategorySetup HallStore::createCategory(const Principal& by, const wire::CategorySetup& category,
                                              std::int64_t nowMs) {
    requireHallAdmin(by);
    return m_db.write([&](Session& s) {
        if (exists(s, "SELECT COUNT(*) FROM categories WHERE hall = $1 AND prefix = $2", by.hall, category.prefix))
            throw StoreError::conflict("exists", "the hall has a queue \"" + category.prefix + "\" already");
        runSql(s, "INSERT INTO categories(hall, prefix, name, closed, group_name) VALUES($1, $2, $3, $4, $5)",
               {by.hall, category.prefix, category.name, category.open ? 0 : 1,
                category.group.empty() ? std::nullopt : std::optional<std::string>(category.group)});
        AuditLog::append(s, by, "hall.category_added", "category:" + category.prefix,
                         beforeAfter(nullptr, category.toJson()), nowMs);
        return category;
    });
}

wire::CategorySetup HallStore::changeCategory(const Principal& by, const std::string& prefix,
                                              const wire::CategoryChange& change, std::int64_t nowMs) {
    requireHallAdmin(by);
    return m_db.write([&](Session& s) {
        const auto all = readCategories(s, by.hall);
        const auto it = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.prefix == prefix; });
        if (it == all.end())
            throw StoreError::notFound("the hall has no queue \"" + prefix + "\"");
        wire::CategorySetup after = *it;
        after.name = change.name.value_or(after.name);
        after.open = change.open.value_or(after.open);
        after.group = change.group.value_or(after.group);
        runSql(s, "UPDATE categories SET name = $1, closed = $2, group_name = $3 WHERE hall = $4 AND prefix = $5",
               {after.name, after.open ? 0 : 1,
                after.group.empty() ? std::nullopt : std::optional<std::string>(after.group), by.hall, prefix});
        AuditLog::append(s, by, "hall.category_changed", "category:" + prefix,
                         beforeAfter(it->toJson(), after.toJson()), nowMs);
        return after;
    });
}

wire::CounterSetup HallStore::createCounter(const Principal& by, const wire::CounterSetup& counter,
                                            std::int64_t nowMs) {
    requireHallAdmin(by);
    return m_db.write([&](Session& s) {
        if (exists(s, "SELECT COUNT(*) FROM counters WHERE hall = $1 AND number = $2", by.hall, counter.number))
            throw StoreError::conflict("exists",
                                       "the hall has a counter " + std::to_string(counter.number) + " already");
        requireCategories(s, by.hall, counter.categories);
        const std::string day = hallDay(s, by.hall, nowMs);
        runSql(s, "INSERT INTO counters(hall, number, name, closed_on) VALUES($1, $2, $3, $4)",
               {by.hall, counter.number, counter.name,
                counter.closedToday ? std::optional<std::string>(day) : std::nullopt});
        writeCounterCategories(s, by.hall, counter.number, counter.categories);
        wire::CounterSetup made = readCounters(s, by.hall, day, counter.number).front();
        AuditLog::append(s, by, "hall.counter_added", "counter:" + std::to_string(counter.number),
                         beforeAfter(nullptr, made.toJson()), nowMs);
        return made;
    });
}

wire::CounterSetup HallStore::changeCounter(const Principal& by, int number, const wire::CounterChange& change,
                                            std::int64_t nowMs) {
    requireHallAdmin(by);
    return m_db.write([&](Session& s) {
        const std::string day = hallDay(s, by.hall, nowMs);
        const auto found = readCounters(s, by.hall, day, number);
        if (found.empty())
            throw StoreError::notFound("the hall has no counter " + std::to_string(number));
        const wire::CounterSetup& before = found.front();
        if (change.name)
            runSql(s, "UPDATE counters SET name = $1 WHERE hall = $2 AND number = $3", {*change.name, by.hall, number});
        if (change.closedToday) // closed for the hall's day: the next day it opens by itself
            runSql(s, "UPDATE counters SET closed_on = $1 WHERE hall = $2 AND number = $3",
                   {*change.closedToday ? std::optional<std::string>(day) : std::nullopt, by.hall, number});
        if (change.categories) {
            requireCategories(s, by.hall, *change.categories);
            writeCounterCategories(s, by.hall, number, *change.categories);
        }
        wire::CounterSetup after = readCounters(s, by.hall, day, number).front();
        AuditLog::append(s, by, "hall.counter_changed", "counter:" + std::to_string(number),
                         beforeAfter(before.toJson(), after.toJson()), nowMs);
        return after;
    });
}

std::optional<HallHours> HallStore::hours(const std::string& hall) {
    return m_db.read([&](Session& s) { return hallHours(s, hall); });
}

void HallStore::setHours(const Principal& by, const HallHours& hours, std::int64_t nowMs) {
    requireHallAdmin(by);
    const Poco::JSON::Object::Ptr after = hallHoursToJson(hours);
    const std::string body = toJsonText(after);
    m_db.write([&](Session& s) {
        const SqlRows old = runSql(s, "SELECT body FROM hall_hours WHERE hall = $1", {by.hall});
        runSql(s,
               "INSERT INTO hall_hours(hall, body, updated_at) VALUES($1, $2, $3)"
               " ON CONFLICT(hall) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
               {by.hall, body, nowMs});
        AuditLog::append(s, by, "hall.hours", "hall:" + by.hall,
                         beforeAfter(old.empty() ? nullptr : parseObject(old.text(0, 0)), after), nowMs);
    });
}

HallProfile HallStore::profile(const std::string& hall) {
    return m_db.read([&](Session& s) { return hallProfile(s, hall); });
}

namespace {

Poco::JSON::Object::Ptr storeProfile(Session& s, const std::string& hall, const HallProfile& profile,
                                     std::int64_t nowMs) {
    const SqlRows old = runSql(s, "SELECT body FROM hall_profiles WHERE hall = $1", {hall});
    runSql(s,
           "INSERT INTO hall_profiles(hall, body, updated_at) VALUES($1, $2, $3)"
           " ON CONFLICT(hall) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
           {hall, toJsonText(hallProfileToJson(profile)), nowMs});
    return old.empty() ? nullptr : parseObject(old.text(0, 0));
}

} // namespace

void HallStore::setProfile(const Principal& by, const HallProfile& profile, std::int64_t nowMs) {
    requireHallAdmin(by);
    m_db.write([&](Session& s) {
        const auto before = storeProfile(s, by.hall, profile, nowMs);
        AuditLog::append(s, by, "hall.profile", "hall:" + by.hall, beforeAfter(before, hallProfileToJson(profile)),
                         nowMs);
    });
}

void HallStore::setProfile(const std::string& hall, const HallProfile& profile, std::int64_t nowMs) {
    m_db.write([&](Session& s) { storeProfile(s, hall, profile, nowMs); });
}

} // namespace ow::server
