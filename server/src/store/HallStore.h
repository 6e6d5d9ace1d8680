#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/HallHours.h"
#include "domain/HallProfile.h"
#include "domain/wire/Admin.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

struct Hall {
    std::string id;
    std::string name;
    std::string timezone = "Asia/Shanghai";
    int recallLimit = 3;
};

struct CounterInfo {
    int number = 0;
    std::vector<std::string> categories;
};

// Halls, their queue categories, counters and opening hours. The adds of the command line are idempotent (insert or
// update); the administrator's changes through the API (by a Principal) create once (409 when it exists), change
// what exists (404 when not), and are audited with what was before and after.
class HallStore {
public:
    explicit HallStore(Database& db)
        : m_db(db) {}

    void addHall(const Hall& hall);
    // `group`: the queue's department (empty: none); the command line's, so on an existing queue it sets it too.
    void addCategory(const std::string& hall, const std::string& prefix, const std::string& name,
                     const std::string& group = {});
    void addCounter(const std::string& hall, int number, const std::vector<std::string>& categories);

    // The administrator's view and changes (the hall's day decides what "closed today" means).
    std::vector<wire::CategorySetup> categorySetups(const std::string& hall);
    std::vector<wire::CounterSetup> counterSetups(const std::string& hall, std::int64_t nowMs);
    wire::CategorySetup createCategory(const Principal& by, const wire::CategorySetup& category, std::int64_t nowMs);
    wire::CategorySetup changeCategory(const Principal& by, const std::string& prefix,
                                       const wire::CategoryChange& change, std::int64_t nowMs);
    wire::CounterSetup createCounter(const Principal& by, const wire::CounterSetup& counter, std::int64_t nowMs);
    wire::CounterSetup changeCounter(const Principal& by, int number, const wire::CounterChange& change,
                                     std::int64_t nowMs);
    // Nothing when the hall has none set: it is always open.
    std::optional<HallHours> hours(const std::string& hall);
    void setHours(const Principal& by, const HallHours& hours, std::int64_t nowMs);
    // 本厅信息: empty fields for a hall that never set it. The command line's `setProfile` is not audited.
    HallProfile profile(const std::string& hall);
    void setProfile(const Principal& by, const HallProfile& profile, std::int64_t nowMs);
    void setProfile(const std::string& hall, const HallProfile& profile, std::int64_t nowMs);

    std::optional<Hall> hall(const std::string& id);
    std::vector<std::pair<std::string, std::string>> categories(const std::string& hall);
    std::vector<CounterInfo> counters(const std::string& hall);

private:
    Database& m_db;
};

// Inside a store's transaction: the hall's time zone (Asia/Shanghai for a hall the database does not know), and its
// day at `nowMs` (ISO).
std::string hallZone(Poco::Data::Session& s, const std::string& hall);
std::string hallDay(Poco::Data::Session& s, const std::string& hall, std::int64_t nowMs);
// Inside a store's transaction: the hall's opening hours, nothing when it never set any (always open).
std::optional<HallHours> hallHours(Poco::Data::Session& s, const std::string& hall);
// Inside a store's transaction: what the hall's papers and screens say of it (empty fields when never set).
HallProfile hallProfile(Poco::Data::Session& s, const std::string& hall);

} // namespace ow::server
