#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/wire/Sync.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// One change pushed by a device (its outbox record).
struct PushedChange {
    std::int64_t seq = 0;
    std::string entity;
    std::string id;
    int baseVersion = 0;
    std::string op;
    std::string data;               // the entity as JSON text
    Poco::JSON::Object::Ptr object; // the same, parsed, when the caller has it (saves parsing it again)
};

// What became of a pushed change: the wire's (domain/wire/Sync.h).
using PushResult = wire::PushResult;

// One entry of the change log a device pulls.
struct LoggedChange {
    std::int64_t cursor = 0;
    std::string entity;
    std::string id;
    int version = 0;
    std::string data;
    bool own = false; // made by the device that pulls: only its cursor is of use (data is left empty)
};

// Offline-first sync, server side. Each change is applied at most once per (device, seq): the unique key of
// sync_applied is inserted first — not checked first — so concurrent replays cannot both apply. A change based
// on a stale version is kept as a conflict for a person; an invalid one is quarantined with the reason. Every
// applied change is appended to the change log that devices pull.
class SyncStore {
public:
    explicit SyncStore(Database& db)
        : m_db(db) {}

    PushResult apply(const Principal& device, const PushedChange& change, std::int64_t nowMs);
    // A whole push in one transaction, in order; the same outcome per change as apply().
    std::vector<PushResult> applyAll(const Principal& device, const std::vector<PushedChange>& changes,
                                     std::int64_t nowMs);
    std::int64_t cursor(const std::string& hall);
    // The hall's change log after `cursor`, oldest first, at most `limit` entries; those `deviceId` made itself
    // are marked own and come without their data.
    std::vector<LoggedChange> pull(const std::string& hall, std::int64_t cursor, int limit,
                                   const std::string& deviceId = {});
    // The last sequence of the case numbers `deviceCode` has given in `hall`, for each day (YYYYMMDD) from
    // `sinceDay` on: a device enrolled again under the same code (a counter PC replaced in mid-day) carries on after
    // them instead of starting at 1 again.
    std::map<std::string, int> lastCaseNumbers(const std::string& hall, const std::string& deviceCode,
                                               const std::string& sinceDay);
    // The attachments a stored case names (its materials' scans); nothing when the case is not in `hall`.
    std::optional<std::vector<std::string>> caseAttachments(const std::string& hall, const std::string& caseId);
    struct Counts {
        std::int64_t cases = 0, conflicts = 0, quarantined = 0, blobs = 0;
    };
    Counts counts();

private:
    Database& m_db;
};

} // namespace ow::server
