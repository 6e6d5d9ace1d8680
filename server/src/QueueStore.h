#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/QueueSnapshot.h"
#include "domain/Ticket.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ow::server {

struct TransferTarget {
    std::optional<std::string> category;
    std::optional<int> counter;
};

// A ticket as a write left it, with the sequence number of the event the write logged: live clients order
// what they see by it.
struct TicketChange {
    Ticket ticket;
    std::int64_t seq = 0;
};

// The queue of a hall. Issuing a number and calling the next ticket each run in one immediate write
// transaction, so under any concurrency a number is issued once and a waiting ticket is called once;
// unique indexes back both rules up.
class QueueStore {
public:
    explicit QueueStore(Database& db)
        : m_db(db) {}

    // `by`: the kiosk or counter that asked, for the audit log (nothing when the server itself issues, in tests).
    TicketChange issue(const std::string& hall, const std::string& category, Priority priority, std::int64_t nowMs,
                       const Principal* by = nullptr);
    // The next ticket for `counter` (priority first, then the oldest), now called; nothing when nobody waits.
    std::optional<TicketChange> callNext(const Principal& actor, int counter, std::int64_t nowMs);
    // recall, no-show, start, finish, transfer. Transfer returns the new waiting ticket.
    TicketChange act(const Principal& actor, const std::string& ticketId, TicketAction action, std::int64_t nowMs,
                     const TransferTarget& target = {});

    std::optional<Ticket> find(const std::string& ticketId);
    QueueSnapshot snapshot(const std::string& hall, std::int64_t nowMs);
    // Sequence number of the hall's latest queue event; orders snapshots sent to live clients.
    std::int64_t lastEventSeq(const std::string& hall);

private:
    Database& m_db;
};

} // namespace ow::server
