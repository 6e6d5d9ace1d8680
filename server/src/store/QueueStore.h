#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/QueueSnapshot.h"
#include "domain/Ticket.h"
#include "domain/wire/Queue.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

using TransferTarget = wire::TransferTarget;

// A ticket as a write left it, with the sequence number of the event the write logged: live clients order
// what they see by it.
struct TicketChange {
    Ticket ticket;
    std::int64_t seq = 0;
};

// The queue of a hall. Issuing a number and calling the next ticket each run in one immediate write
// transaction, so under any concurrency a number is issued once and a waiting ticket is called once;
// unique indexes back both rules up.
// What happened to which ticket, for other server instances (HallFanout): the event name a hall's live clients
// are sent, and its sequence number.
struct QueueEvent {
    std::string hall, event, ticketId;
    std::int64_t seq = 0;
};

class QueueStore {
public:
    explicit QueueStore(Database& db);
    ~QueueStore();

    // Called where the transaction of ticket changes commits, with its events in commit order (so that they are
    // told if and only if the changes commit).
    using Announcer = std::function<void(Poco::Data::Session&, const std::vector<QueueEvent>&)>;
    void setAnnouncer(Announcer announcer) { m_announce = std::move(announcer); }

    // `by`: the kiosk or counter that asked, for the audit log (nothing when the server itself issues, in tests).
    // `holder`: a real-name number's holder, the ID number already masked.
    TicketChange issue(const std::string& hall, const std::string& category, Priority priority, std::int64_t nowMs,
                       const Principal* by = nullptr, const std::string& holder = {});

    // What a number is issued as, decided inside the issuing transaction (an appointment's check-in).
    struct NumberTerms {
        std::string category;
        Priority priority = Priority::Normal;
        std::string holder;
        std::optional<std::int64_t> queuedAtMs; // the place in the queue, when not the issue time
        bool evenIfClosed = false;              // a queue closed to the kiosk still honours a booking
    };
    // `decide` runs first in the transaction and may refuse by throwing; `issued` runs with the ticket before the
    // commit, to write what goes with it. Both or neither commit.
    TicketChange issueWith(const std::string& hall, const std::function<NumberTerms(Poco::Data::Session&)>& decide,
                           const std::function<void(Poco::Data::Session&, const Ticket&)>& issued, std::int64_t nowMs,
                           const Principal* by);
    // The next ticket for `counter` (in the order of callsBefore), now called; nothing when nobody waits.
    std::optional<TicketChange> callNext(const Principal& actor, int counter, std::int64_t nowMs);
    // recall, no-show, start, finish, transfer. Transfer returns the new waiting ticket.
    TicketChange act(const Principal& actor, const std::string& ticketId, TicketAction action, std::int64_t nowMs,
                     const TransferTarget& target = {});

    std::optional<Ticket> find(const std::string& hall, const std::string& ticketId); // nothing from another hall
    QueueSnapshot snapshot(const std::string& hall, std::int64_t nowMs);
    // Sequence number of the hall's latest queue event; orders snapshots sent to live clients.
    std::int64_t lastEventSeq(const std::string& hall);

    class EventLog; // the hall's event log, written where a batch commits

    // How many waiting numbers of its queue are called before a ticket of `rank` queued at `queuedAtMs` (itself
    // not counted), bounded at 999: what the slip and the "few before yours" message say.
    static int waitingAhead(Poco::Data::Session& s, const std::string& hall, const std::string& businessDay,
                            const std::string& category, int rank, std::int64_t queuedAtMs);

private:
    Database& m_db;
    Announcer m_announce;
    std::unique_ptr<EventLog> m_events;
};

} // namespace ow::server
