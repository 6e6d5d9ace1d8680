#pragma once

#include "DatabaseUrl.h"

#include <Poco/Data/Session.h>

#include <string>
#include <vector>

namespace ow::server {

// Versioned schema: migration N brings the schema from version N-1 to N, in the statements of the dialect. Both
// dialects have the same number of migrations, and the same tables and columns after each (a test compares them).
const std::vector<std::vector<std::string>>& schemaMigrations(Dialect dialect = Dialect::SQLite);

int schemaVersionOf(Poco::Data::Session& session, Dialect dialect);

// Brings the schema at `writer` up to date, each migration in a write of its own; throws when the schema is newer
// than this server. On PostgreSQL several instances may start at once: the first migrates, the others wait for it
// and find the schema up to date.
void migrateSchema(Poco::Data::Session& writer, Dialect dialect);

} // namespace ow::server
