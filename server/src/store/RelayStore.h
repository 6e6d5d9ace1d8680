#pragma once

#include "AuthStore.h"
#include "Database.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// The relay of a hall server to its upstream (issue 31), as kept in the databases. Each change of a relayed table is
// written by a trigger, in the same transaction as the change, as the row then was — so the upstream replays the
// hall's changes in the hall's order, each once (its watermark), never an older state over a newer one (the row's
// version), and a change never committed is never relayed.
class RelayStore {
public:
    explicit RelayStore(Database& db)
        : m_db(db) {}

    // What goes up: the hall's set-up (queues, counters and which queues each calls, hours, rating and appointment
    // policies and plans), its numbers, ratings and their rectification, cases with their steps, permits, its staff
    // accounts, and the hall's audit chain (kept upstream as one chain per hall, hall_audit).
    struct Kind {
        std::string name;                  // on the wire: "ticket", "rating", …
        std::string table;                 // at the hall
        std::string upstreamTable;         // where the upstream keeps it
        std::vector<std::string> columns;  // as they go up (the phone left for a text message stays in the hall)
        std::vector<std::string> integers; // of them, the whole numbers
        std::string key; // the row's key, its columns as "a, b" (the upstream's conflict target); empty: added only
        bool versioned = false; // a newer version only replaces an older one
        bool chained = false;   // the audit chain: kept upstream under the hall that relayed it
        bool sentAhead = false; // an attachment: its bytes went up first (the blob routes), the change only confirms
        bool merged = false;    // an account: merged field by field upstream (accounts::takeFromHall), with "base"
        bool deletable = false; // a row the hall deletes (a queue taken off a counter): the deletion goes up too
        bool booking = false;   // a booking: merged upstream by how far it has come (bookings::take)
        std::vector<std::string> keyColumns() const;
    };
    static const std::vector<Kind>& kinds();
    static const Kind* kind(const std::string& name);

    // SQL that holds when the hall in `hallColumn` has a server of its own (an enrolled, unrevoked device of kind
    // hall): the upstream then leaves the hall's queue, records and rules to it.
    static std::string hallOnOwnServer(const std::string& hallColumn);

    // On a hall server: makes (again) the triggers that record each change, for the columns of this version.
    void installTriggers();
    struct Change {
        std::int64_t seq = 0;
        std::string kind, id;
        std::string row; // JSON, as written
    };
    // The oldest changes still to relay, at most `limit`.
    std::vector<Change> pending(std::size_t limit);
    std::int64_t pendingCount();
    // The upstream has them up to `seq`: they are forgotten here.
    void relayed(std::int64_t seq);

    // On the upstream: applies a hall's changes in their order, each once, in one transaction; returns how far the
    // hall's relay has come (the highest seq applied, kept per hall). A change of another hall, of a kind not known or
    // a row that does not read is refused (StoreError Invalid) and nothing of the batch is applied.
    // `backlog`: what the hall still had to send after these (kept with the time of this contact).
    // `hallServer`: the hall's server, as the accounts it relays are audited here; `auth`: this server's (an account
    // the hall disabled or gave a new password ends its sessions here; the caller calls auth.accessEnded() after).
    std::int64_t apply(const Principal& hallServer, AuthStore& auth, const Poco::JSON::Array::Ptr& changes,
                       std::int64_t backlog, std::int64_t nowMs);
    struct HallRelay {
        std::int64_t relayedSeq = 0, relayedAtMs = 0, backlog = 0;
    };
    // How far a hall's relay has come: nothing for a hall that never relayed (one served here).
    std::optional<HallRelay> relayOf(const std::string& hall);
    // Every hall that relays here, by id.
    std::vector<std::pair<std::string, HallRelay>> relays();

private:
    Database& m_db;
};

} // namespace ow::server
