#include "RegionStore.h"

#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"

#include <algorithm>

namespace ow::server {
namespace {

// Regions are few and shallow (province › city › county › township); a chain longer than this is a loop.
constexpr int kMaxDepth = 16;

// The regions from `id` up to the top, `id` first.
std::vector<std::string> chainUp(Poco::Data::Session& s, std::string id) {
    std::vector<std::string> chain;
    while (!id.empty() && static_cast<int>(chain.size()) < kMaxDepth) {
        chain.push_back(id);
        const SqlRows rows = runSql(s, "SELECT parent FROM regions WHERE id = $1", {id});
        id = rows.empty() ? std::string() : rows.text(0, 0);
    }
    return chain;
}

} // namespace

void RegionStore::addRegion(const Region& r) {
    if (r.id.empty() || r.id.size() > 64 || r.id.find_first_of("/ ?#") != std::string::npos)
        throw StoreError::invalid("invalid_region", "a region id is 1-64 characters without spaces or '/'");
    if (r.name.empty())
        throw StoreError::invalid("invalid_region", "a region needs a name");
    if (!HallTime::isKnownZone(r.timezone))
        throw StoreError::invalid("invalid_timezone", "unknown time zone \"" + r.timezone + "\"");
    m_db.write([&](Poco::Data::Session& s) {
        if (r.parent) {
            if (runSql(s, "SELECT 1 FROM regions WHERE id = $1", {*r.parent}).empty())
                throw StoreError::notFound("no region \"" + *r.parent + "\" (the parent is added first)");
            const auto above = chainUp(s, *r.parent);
            if (std::find(above.begin(), above.end(), r.id) != above.end() ||
                static_cast<int>(above.size()) >= kMaxDepth)
                throw StoreError::invalid("invalid_region", "region \"" + r.id + "\" cannot lie inside \"" + *r.parent +
                                                                "\": it holds it");
        }
        runSql(s,
               "INSERT INTO regions(id, name, parent, timezone, created_at) VALUES($1, $2, $3, $4, $5)"
               " ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent = excluded.parent,"
               " timezone = excluded.timezone",
               {r.id, r.name, r.parent, r.timezone, nowUtcMs()});
    });
}

void RegionStore::setHallRegion(const std::string& hall, const std::string& region) {
    m_db.write([&](Poco::Data::Session& s) {
        if (runSql(s, "SELECT 1 FROM regions WHERE id = $1", {region}).empty())
            throw StoreError::notFound("no region \"" + region + "\"");
        if (runSql(s, "UPDATE halls SET region = $1 WHERE id = $2", {region, hall}).affected() != 1)
            throw StoreError::notFound("no hall \"" + hall + "\"");
    });
}

std::optional<Region> RegionStore::region(const std::string& id) {
    return m_db.read([&](Poco::Data::Session& s) -> std::optional<Region> {
        const SqlRows rows = runSql(s, "SELECT name, parent, timezone FROM regions WHERE id = $1", {id});
        if (rows.empty())
            return std::nullopt;
        return Region{id, rows.text(0, 0), rows.optionalText(0, 1), rows.text(0, 2)};
    });
}

std::vector<RegionHall> RegionStore::hallsUnder(const std::string& region) {
    return m_db.read([&](Poco::Data::Session& s) {
        // UNION, not UNION ALL: it ends even on a loop (which addRegion never lets in).
        const SqlRows rows = runSql(s,
                                    "WITH RECURSIVE under(id) AS (SELECT id FROM regions WHERE id = $1"
                                    " UNION SELECT r.id FROM regions r JOIN under u ON r.parent = u.id)"
                                    " SELECT h.id, h.name, h.timezone FROM halls h JOIN under u ON h.region = u.id"
                                    " ORDER BY h.id",
                                    {region});
        std::vector<RegionHall> out;
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.push_back({rows.text(i, 0), rows.text(i, 1), rows.text(i, 2)});
        return out;
    });
}

bool RegionStore::holds(const std::string& region, const std::string& hall) {
    return m_db.read([&](Poco::Data::Session& s) {
        const SqlRows rows = runSql(s, "SELECT region FROM halls WHERE id = $1", {hall});
        if (rows.empty() || rows.isNull(0, 0))
            return false;
        const auto chain = chainUp(s, rows.text(0, 0));
        return std::find(chain.begin(), chain.end(), region) != chain.end();
    });
}

bool RegionStore::within(const std::string& outer, const std::string& inner) {
    return m_db.read([&](Poco::Data::Session& s) {
        const auto chain = chainUp(s, inner);
        return std::find(chain.begin(), chain.end(), outer) != chain.end();
    });
}

} // namespace ow::server
