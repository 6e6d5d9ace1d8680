#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/Catalog.h"
#include "domain/WorkCalendar.h"
#include "forms/CatalogDocument.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ow::server {

struct StoredCatalog {
    int version = 0;
    std::string body; // the catalog JSON as imported
};

// The versioned service catalog (事项目录) the server distributes. An import is checked whole; a catalog
// with any problem is refused and the current one stays.
class CatalogStore {
public:
    explicit CatalogStore(Database& db)
        : m_db(db) {}

    // Throws BadInput (not JSON), CatalogErrors (every problem with its JSON path), or StoreError Conflict when the
    // version is not newer than the current one. Importing the current version again unchanged is a no-op.
    // `by`: the administrator who uploaded it through the API, for the audit record.
    StoredCatalog import(const std::string& jsonText, std::int64_t nowMs, const Principal* by = nullptr);
    std::optional<StoredCatalog> latest();

private:
    Database& m_db;
};

// The working-day calendar of the current catalog, read within the caller's session; Monday to Friday when no
// catalog has one.
WorkCalendar currentCalendar(Poco::Data::Session& s);
// The current catalog, read within the caller's session; nothing before the first import.
std::optional<Catalog> currentCatalog(Poco::Data::Session& s);
// The same with its forms (a permit's particulars are read from the case's form).
std::optional<CatalogDocument> currentCatalogDocument(Poco::Data::Session& s);

} // namespace ow::server
