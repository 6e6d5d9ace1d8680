#pragma once

#include "AccountSync.h"
#include "AuthStore.h"
#include "Database.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

namespace ow::server {

// A hall as its server needs it to serve on its own (issue 31): the hall, its queues and counters, its people with
// their password verifiers (so that they log in with the line to the city cut), the current service catalog, its
// rating and appointment policies and plans, its hours, and every issuer's public permit keys. Written by the
// upstream for the hall's server (GET /api/v1/halls/{hall}/setup), taken in by that server when it joins.
Poco::JSON::Object::Ptr hallSetupOf(Database& db, const std::string& hall); // StoreError NotFound: no such hall

// Takes a hall's setup into this database, all or nothing; refused (StoreError Conflict, hall_exists) when the hall is
// here already: a hall server joins once, into a database of its own. Returns the hall's id.
std::string takeHallSetup(Database& db, const Poco::JSON::Object::Ptr& setup, std::int64_t nowMs);

// What a hall server takes from its upstream's setup of the hall while it serves (down, issue 31): the catalog
// versions and public permit keys it lacks and keys retired upstream (the upstream's to decide), and the hall's
// accounts merged field by field with the hall's own (accounts::takeFromUpstream: added, changed upstream only,
// changed on both sides kept for the administrator). Everything else of the hall (queues, hours, policies) is the
// hall's own once it has joined, changed at the hall's 管理 screens. Each change is audited at the hall as `by`'s.
struct UpstreamNews {
    int catalogs = 0, keys = 0;
    accounts::Merged staff;
};
// `auth`: the serving server's (sessions ended here end at once).
UpstreamNews takeUpstreamNews(Database& db, AuthStore& auth, const Poco::JSON::Object::Ptr& setup, const Principal& by,
                              std::int64_t nowMs);

} // namespace ow::server
