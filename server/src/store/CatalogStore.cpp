#include "CatalogStore.h"

#include "AuditLog.h"

#include "StoreError.h"

#include "domain/Catalog.h"
#include "domain/Json.h"
#include "forms/CatalogDocument.h"

using namespace Poco::Data::Keywords;

namespace ow::server {

StoredCatalog CatalogStore::import(const std::string& jsonText, std::int64_t nowMs, const Principal* by) {
    const Catalog catalog = parseCatalogDocument(parseObject(jsonText)).catalog;
    return m_db.write([&](Poco::Data::Session& s) {
        std::vector<int> versions;
        std::vector<std::string> bodies;
        s << "SELECT version, body FROM catalogs ORDER BY version DESC LIMIT 1", into(versions), into(bodies), now;
        if (!versions.empty()) {
            if (versions.front() == catalog.version && bodies.front() == jsonText)
                return StoredCatalog{catalog.version, jsonText};
            if (versions.front() >= catalog.version)
                throw StoreError::conflict("stale_version", "catalog version " + std::to_string(catalog.version) +
                                                                " is not newer than the current version " +
                                                                std::to_string(versions.front()));
        }
        s << "INSERT INTO catalogs(version, body, imported_at) VALUES($1, $2, $3)", bind(catalog.version),
            bind(jsonText), bind(nowMs), now;
        if (by) {
            Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
            detail->set("before", versions.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(versions.front()));
            detail->set("after", catalog.version);
            detail->set("items", static_cast<int>(catalog.items.size()));
            AuditLog::append(s, *by, "catalog.imported", "catalog:" + std::to_string(catalog.version), detail, nowMs);
        }
        return StoredCatalog{catalog.version, jsonText};
    });
}

std::optional<StoredCatalog> CatalogStore::latest() {
    return m_db.read([&](Poco::Data::Session& s) -> std::optional<StoredCatalog> {
        std::vector<int> versions;
        std::vector<std::string> bodies;
        s << "SELECT version, body FROM catalogs ORDER BY version DESC LIMIT 1", into(versions), into(bodies), now;
        if (versions.empty())
            return std::nullopt;
        return StoredCatalog{versions.front(), bodies.front()};
    });
}

WorkCalendar currentCalendar(Poco::Data::Session& s) {
    std::string body;
    s << "SELECT body FROM catalogs ORDER BY version DESC LIMIT 1", Poco::Data::Keywords::into(body),
        Poco::Data::Keywords::now;
    if (body.empty())
        return {};
    if (auto calendar = optionalObject(parseObject(body), "calendar"))
        return WorkCalendar::fromJson(calendar);
    return {};
}

std::optional<CatalogDocument> currentCatalogDocument(Poco::Data::Session& s) {
    std::string body;
    s << "SELECT body FROM catalogs ORDER BY version DESC LIMIT 1", Poco::Data::Keywords::into(body),
        Poco::Data::Keywords::now;
    if (body.empty())
        return std::nullopt;
    return parseCatalogDocument(parseObject(body));
}

std::optional<Catalog> currentCatalog(Poco::Data::Session& s) {
    auto document = currentCatalogDocument(s);
    return document ? std::optional<Catalog>(std::move(document->catalog)) : std::nullopt;
}

} // namespace ow::server
