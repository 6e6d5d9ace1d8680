#pragma once

#include "Database.h"

#include <cstdint>
#include <string>

namespace ow::server {

// 短信提醒: a mobile number left at the kiosk for a waiting number, and the text message owed once only a few are
// waiting before it — so that the citizen may step out and come back in time. The phone is kept with the ticket
// only until the message is owed or the number no longer waits.
class QueueNotices {
public:
    explicit QueueNotices(Database& db)
        : m_db(db) {}

    static constexpr int kAhead = 3; // "3 numbers before yours"

    // The phone (11 digits) left for `ticketId` of `hall`: 404 for no such number there, 409 not_waiting for one
    // called or done. How many wait before it now.
    int ask(const std::string& hall, const std::string& ticketId, const std::string& phone);
    // For every number with a phone: a message owed (Outbox, once) when kAhead or fewer wait before it, the phone
    // then forgotten; forgotten too when the number no longer waits. How many were owed. Only reads when none is
    // due.
    int oweDue(std::int64_t nowMs);

private:
    Database& m_db;
};

} // namespace ow::server
