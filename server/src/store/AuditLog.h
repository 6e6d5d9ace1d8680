#pragma once

#include "AuthStore.h"

#include <Poco/Data/Session.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// One line of the audit log (全程留痕): who (user or device) did what to which record, when.
struct AuditRecord {
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    std::string hall, actor, deviceId, action, subject, detail; // detail: JSON text
    std::string prevHash, hash;
};

// The append-only audit log. Each entry holds the SHA-256 of the entry before it and of its own content, so a
// changed, removed or reordered entry breaks the chain; the database refuses UPDATE and DELETE on it.
class AuditLog {
public:
    // Appends within the caller's write transaction, so the entry stands or falls with the change it records. The
    // entry is numbered and chained at the end of the transaction, with the batch's other entries, in one statement.
    static void append(Poco::Data::Session& s, const Principal& who, const std::string& action,
                       const std::string& subject, const Poco::JSON::Object::Ptr& detail, std::int64_t nowMs);
    // The newest entries of a hall, newest first.
    static std::vector<AuditRecord> recent(Poco::Data::Session& s, const std::string& hall, int limit);
    // A hall's entries, newest first, by whom and in which time, a page at a time (older than `beforeSeq`).
    struct Query {
        std::string hall;
        std::optional<std::string> actor;
        std::optional<std::int64_t> fromMs, toMs; // [from, to)
        std::optional<std::int64_t> beforeSeq;
        int limit = 100;
    };
    static std::vector<AuditRecord> find(Poco::Data::Session& s, const Query& query);
    // The hash an entry must have, given the one before it.
    static std::string entryHash(const AuditRecord& record);

    // What walking the whole chain found: intact, or where it first breaks and how.
    struct Verdict {
        bool intact = true;
        std::int64_t entries = 0;  // read, in order
        std::int64_t firstBad = 0; // the seq of the first entry that does not hold (0 when intact)
        std::string problem;       // "changed", "missing before it", "out of order", for a person
        std::string lastHash;      // the hash of the last entry: write it down to notice a cut-off tail later
    };
    // Reads every entry in seq order (a few thousand per round trip) and checks that the numbers run without gaps,
    // that each entry names the hash of the one before it, and that each hash is the hash of its own content. With a
    // `chain`: the chain a hall server relayed here for its hall (hall_audit), as far as it has come.
    static Verdict verify(Poco::Data::Session& s, const std::optional<std::string>& chain = std::nullopt);
    // The halls whose own servers relay their audit chains here.
    static std::vector<std::string> relayedChains(Poco::Data::Session& s);
};

} // namespace ow::server
