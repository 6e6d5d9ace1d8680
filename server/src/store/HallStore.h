#pragma once

#include "Database.h"

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

// Halls, their queue categories and counters. Every add is idempotent (insert or update).
class HallStore {
public:
    explicit HallStore(Database& db)
        : m_db(db) {}

    void addHall(const Hall& hall);
    void addCategory(const std::string& hall, const std::string& prefix, const std::string& name);
    void addCounter(const std::string& hall, int number, const std::vector<std::string>& categories);

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

} // namespace ow::server
