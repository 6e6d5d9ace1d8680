#pragma once

#include "Database.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

// 短信: the text messages the server owes people, kept in its database until a gateway took them. A message is
// written in the transaction of what it tells (a booking made, a reminder due), so it exists exactly when that
// commits; a dedupe key keeps it from being owed twice. Delivery (notify/Notifier) leases due messages, so two
// instances do not send one at once, and retries with backoff: at least once. Its id goes to the gateway as the
// message's own id, by which the platform shows a message sent twice once.
struct OutgoingMessage {
    std::string id, hall, kind, phone; // phone: 11 digits, never written to a log whole
    Poco::JSON::Object::Ptr params;    // the template's values (a code, a date, a time; never an ID number)
    int attempts = 0;
    std::int64_t createdAtMs = 0;
};

class Outbox {
public:
    explicit Outbox(Database& db)
        : m_db(db) {}

    // In the caller's transaction; nothing when a message with `dedupeKey` is owed or was sent already. Not sent
    // before `dueMs`.
    static void enqueue(Poco::Data::Session& s, const std::string& dedupeKey, const std::string& hall,
                        const std::string& kind, const std::string& phone, const Poco::JSON::Object::Ptr& params,
                        std::int64_t dueMs, std::int64_t nowMs);

    // Up to `limit` messages due by `nowMs`, leased until `nowMs + leaseMs` (another taker passes them over).
    std::vector<OutgoingMessage> lease(std::int64_t nowMs, std::int64_t leaseMs, int limit);
    void delivered(const std::string& id, std::int64_t nowMs);
    // Tried again at `retryAtMs`; given up (state failed) when `giveUp`.
    void failed(const std::string& id, const std::string& error, std::int64_t retryAtMs, bool giveUp);

    struct Counts {
        long pending = 0, sent = 0, failed = 0;
    };
    Counts counts();

private:
    Database& m_db;
};

} // namespace ow::server
