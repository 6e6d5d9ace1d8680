#pragma once

#include "AuthStore.h"
#include "Database.h"

#include <cstdint>
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
    std::string data; // the entity as JSON text
};

// What became of it. A replay of a change the server already has gets the first answer again.
struct PushResult {
    enum class Status { Applied, Conflict, Rejected };
    std::int64_t seq = 0;
    Status status = Status::Applied;
    bool replay = false;
    std::string reason;     // conflict or rejection, for a person
    int serverVersion = 0;  // conflict: what the server holds
};

std::string_view toString(PushResult::Status status);

// Offline-first sync, server side. Each change is applied at most once per (device, seq): the unique key of
// sync_applied is inserted first — not checked first — so concurrent replays cannot both apply. A change based
// on a stale version is kept as a conflict for a person; an invalid one is quarantined with the reason. Every
// applied change is appended to the change log that devices pull.
class SyncStore {
public:
    explicit SyncStore(Database& db)
        : m_db(db) {}

    PushResult apply(const Principal& device, const PushedChange& change, std::int64_t nowMs);
    std::int64_t cursor(const std::string& hall);
    struct Counts {
        std::int64_t cases = 0, conflicts = 0, quarantined = 0;
    };
    Counts counts();

private:
    Database& m_db;
};

} // namespace ow::server
