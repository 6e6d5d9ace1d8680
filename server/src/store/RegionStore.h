#pragma once

#include "Database.h"

#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// A region above the halls (区域: a county, a city, a province), inside its parent region if it has one.
struct Region {
    std::string id, name;
    std::optional<std::string> parent;
    std::string timezone = "Asia/Shanghai"; // in which a region's supervisor counts days
};

struct RegionHall {
    std::string id, name, timezone;
};

// Regions and which halls they hold (a hall belongs to one region at most, a region to one parent at most, and no
// region is inside itself). Set by the command line; read by the region's supervisors.
class RegionStore {
public:
    explicit RegionStore(Database& db)
        : m_db(db) {}

    // Creates or renames a region; a parent must exist and must not lie inside it.
    void addRegion(const Region& region);
    // Puts an existing hall into a region (moving it from another).
    void setHallRegion(const std::string& hall, const std::string& region);

    std::optional<Region> region(const std::string& id);
    // The halls of the region and of every region inside it, by id.
    std::vector<RegionHall> hallsUnder(const std::string& region);
    // Whether the hall is in the region or in a region inside it.
    bool holds(const std::string& region, const std::string& hall);
    // Whether `inner` is `outer` or lies inside it.
    bool within(const std::string& outer, const std::string& inner);

private:
    Database& m_db;
};

} // namespace ow::server
