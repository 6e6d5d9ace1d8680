#include "HallStore.h"

#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/Ticket.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace ow::server {

void HallStore::addHall(const Hall& h) {
    if (h.id.empty() || h.id.size() > 64 || h.id.find_first_of("/ ?#") != std::string::npos)
        throw StoreError::invalid("invalid_hall", "a hall id is 1-64 characters without spaces or '/'");
    if (h.name.empty())
        throw StoreError::invalid("invalid_hall", "a hall needs a name");
    if (!HallTime::isKnownZone(h.timezone))
        throw StoreError::invalid("invalid_timezone", "unknown time zone \"" + h.timezone + "\"");
    if (h.recallLimit < 0 || h.recallLimit > 20)
        throw StoreError::invalid("invalid_hall", "the recall limit must be between 0 and 20");
    m_db.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO halls(id, name, timezone, recall_limit, created_at) VALUES($1, $2, $3, $4, $5)"
             " ON CONFLICT(id) DO UPDATE SET name = excluded.name, timezone = excluded.timezone,"
             " recall_limit = excluded.recall_limit",
            bind(h.id), bind(h.name), bind(h.timezone), bind(h.recallLimit), bind(nowUtcMs()), now;
    });
}

void HallStore::addCategory(const std::string& hallId, const std::string& prefix, const std::string& name,
                            const std::string& group) {
    if (!isValidCategoryPrefix(prefix))
        throw StoreError::invalid("invalid_category", "a category prefix is 1-3 capital letters A-Z");
    if (name.empty())
        throw StoreError::invalid("invalid_category", "a category needs a name");
    if (!hall(hallId))
        throw StoreError::notFound("no hall \"" + hallId + "\"");
    m_db.write([&](Poco::Data::Session& s) {
        runSql(s,
               "INSERT INTO categories(hall, prefix, name, group_name) VALUES($1, $2, $3, $4)"
               " ON CONFLICT(hall, prefix) DO UPDATE SET name = excluded.name, group_name = excluded.group_name",
               {hallId, prefix, name, group.empty() ? std::nullopt : std::optional<std::string>(group)});
    });
}

void HallStore::addCounter(const std::string& hallId, int number, const std::vector<std::string>& cats) {
    if (number < 1 || number > 999)
        throw StoreError::invalid("invalid_counter", "a counter number is between 1 and 999");
    if (cats.empty())
        throw StoreError::invalid("invalid_counter", "a counter serves at least one category");
    if (!hall(hallId))
        throw StoreError::notFound("no hall \"" + hallId + "\"");
    const auto known = categories(hallId);
    for (const auto& prefix : cats) {
        bool found = false;
        for (const auto& [p, n] : known)
            found = found || p == prefix;
        if (!found)
            throw StoreError::notFound("hall \"" + hallId + "\" has no category \"" + std::string(prefix) + "\"");
    }
    m_db.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO counters(hall, number) VALUES($1, $2) ON CONFLICT DO NOTHING", bind(hallId), bind(number),
            now;
        s << "DELETE FROM counter_categories WHERE hall = $1 AND counter = $2", bind(hallId), bind(number), now;
        for (const auto& prefix : cats)
            s << "INSERT INTO counter_categories(hall, counter, category) VALUES($1, $2, $3)"
                 " ON CONFLICT DO NOTHING",
                bind(hallId), bind(number), bind(prefix), now;
    });
}

std::optional<Hall> HallStore::hall(const std::string& id) {
    return m_db.read([&](Poco::Data::Session& s) -> std::optional<Hall> {
        Poco::Data::Statement st(s);
        st << "SELECT id, name, timezone, recall_limit FROM halls WHERE id = $1", bind(id);
        st.execute();
        Poco::Data::RecordSet rs(st);
        if (rs.rowCount() == 0)
            return std::nullopt;
        return Hall{rs.value(0, 0).convert<std::string>(), rs.value(1, 0).convert<std::string>(),
                    rs.value(2, 0).convert<std::string>(), rs.value(3, 0).convert<int>()};
    });
}

std::vector<std::pair<std::string, std::string>> HallStore::categories(const std::string& hallId) {
    return m_db.read([&](Poco::Data::Session& s) {
        std::vector<std::string> prefixes, names;
        s << "SELECT prefix, name FROM categories WHERE hall = $1 ORDER BY prefix", bind(hallId), into(prefixes),
            into(names), now;
        std::vector<std::pair<std::string, std::string>> out;
        for (std::size_t i = 0; i < prefixes.size(); ++i)
            out.emplace_back(prefixes[i], names[i]);
        return out;
    });
}

std::vector<CounterInfo> HallStore::counters(const std::string& hallId) {
    return m_db.read([&](Poco::Data::Session& s) {
        std::vector<int> numbers;
        s << "SELECT number FROM counters WHERE hall = $1 ORDER BY number", bind(hallId), into(numbers), now;
        std::vector<int> counterOf;
        std::vector<std::string> categoryOf;
        s << "SELECT counter, category FROM counter_categories WHERE hall = $1 ORDER BY counter, category",
            bind(hallId), into(counterOf), into(categoryOf), now;
        std::vector<CounterInfo> out;
        for (int n : numbers) {
            CounterInfo info{n, {}};
            for (std::size_t i = 0; i < counterOf.size(); ++i)
                if (counterOf[i] == n)
                    info.categories.push_back(categoryOf[i]);
            out.push_back(std::move(info));
        }
        return out;
    });
}

std::string hallZone(Poco::Data::Session& s, const std::string& hall) {
    std::string zone;
    s << "SELECT timezone FROM halls WHERE id = $1", Poco::Data::Keywords::useRef(hall),
        Poco::Data::Keywords::into(zone), Poco::Data::Keywords::now;
    return zone.empty() ? std::string("Asia/Shanghai") : zone;
}

std::optional<HallHours> hallHours(Poco::Data::Session& s, const std::string& hall) {
    std::vector<std::string> bodies;
    s << "SELECT body FROM hall_hours WHERE hall = $1", Poco::Data::Keywords::useRef(hall),
        Poco::Data::Keywords::into(bodies), Poco::Data::Keywords::now;
    if (bodies.empty())
        return std::nullopt;
    return hallHoursFromJson(parseObject(bodies.front())); // checked before it was stored
}

HallProfile hallProfile(Poco::Data::Session& s, const std::string& hall) {
    std::vector<std::string> bodies;
    s << "SELECT body FROM hall_profiles WHERE hall = $1", Poco::Data::Keywords::useRef(hall),
        Poco::Data::Keywords::into(bodies), Poco::Data::Keywords::now;
    return bodies.empty() ? HallProfile{} : hallProfileFromJson(parseObject(bodies.front()));
}

std::string hallDay(Poco::Data::Session& s, const std::string& hall, std::int64_t nowMs) {
    return HallTime(hallZone(s, hall)).businessDay(nowMs);
}

} // namespace ow::server
