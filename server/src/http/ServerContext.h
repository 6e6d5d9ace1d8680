#pragma once

#include "AppointmentStore.h"
#include "AuthStore.h"
#include "BlobStore.h"
#include "CaseLifeStore.h"
#include "CatalogStore.h"
#include "Database.h"
#include "EventHub.h"
#include "HallFanout.h"
#include "HallStore.h"
#include "HomeVisitStore.h"
#include "Metrics.h"
#include "Outbox.h"
#include "PermitKeyStore.h"
#include "PermitStore.h"
#include "QueueNotices.h"
#include "QueueStore.h"
#include "RateLimiter.h"
#include "RatingStore.h"
#include "RectificationStore.h"
#include "StaffStore.h"
#include "SyncStore.h"

#include "domain/HallTime.h"
#include "domain/QueueSnapshot.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace ow::server {

// Everything a request handler needs; one per running server.
struct ServerContext {
    explicit ServerContext(Database& database)
        : db(database)
        , halls(database)
        , auth(database)
        , staff(database, auth)
        , appointments(database)
        , homeVisits(database)
        , queue(database)
        , notices(database)
        , catalogs(database)
        , sync(database)
        , cases(database)
        , ratings(database)
        , rectifications(database)
        , blobs(database, database.blobDirectory())
        , permitKeys(database, database.keyDirectory())
        , permits(database, permitKeys)
        , fanout(database)
        , outbox(database) {
        queue.setAnnouncer(
            [this](Poco::Data::Session& s, const std::vector<QueueEvent>& events) { fanout.announce(s, events); });
        // A session or device stopped: the other instances hear it with the commit, this one's streams at once.
        auth.setAccessAnnouncer([this](Poco::Data::Session& s) { fanout.announceAccessEnded(s); });
        auth.setAccessListener([this] { events.recheckNow(); });
        if (database.dialect() == Dialect::PostgreSQL)
            for (RateLimiter* limiter :
                 {&enrollLimiter, &loginDeviceLimiter, &loginAddressLimiter, &lookupAddressLimiter, &lookupCaseLimiter,
                  &bookingAddressLimiter, &bookingPersonLimiter})
                limiter->share(database);
    }

    Database& db;
    HallStore halls;
    AuthStore auth;
    StaffStore staff; // the administrator's screens
    AppointmentStore appointments;
    HomeVisitStore homeVisits; // 预约上门
    QueueStore queue;
    QueueNotices notices; // a phone left at the kiosk: a message when few wait before it
    CatalogStore catalogs;
    SyncStore sync;
    CaseLifeStore cases; // a case's steps after intake
    RatingStore ratings;
    RectificationStore rectifications;
    BlobStore blobs;           // files in <database>.blobs/
    PermitKeyStore permitKeys; // private keys in <database>.keys/
    PermitStore permits;
    EventHub events;
    HallFanout fanout; // events to and from other instances (PostgreSQL)
    Outbox outbox;     // the text messages owed; ApiServer's Notifier delivers them
    // Called when a request's transaction owed a text message: the Notifier sends it now rather than at its next
    // round.
    std::function<void()> messagesOwed = [] {};
    Metrics metrics;
    std::function<HttpConnections::Counts()> connections; // the HTTP server's, once it runs
    // Failed attempts: 10 wrong enrollment codes per address, 10 wrong passwords per device (30 per address) in
    // 10 minutes; then the key waits until its oldest failure is 10 minutes old.
    // On PostgreSQL (several instances) they count through the database as well.
    RateLimiter enrollLimiter{"enroll", 10, 10 * 60 * 1000};
    RateLimiter loginDeviceLimiter{"login-device", 10, 10 * 60 * 1000};
    RateLimiter loginAddressLimiter{"login-address", 30, 10 * 60 * 1000};
    // A case's progress or rating without its query code (or the ID number's end): 10 wrong codes per case number
    // an hour, 100 per address in 10 minutes (a hall's kiosks and phones share one address). docs/decisions.md.
    RateLimiter lookupCaseLimiter{"lookup-case", 10, 60 * 60 * 1000};
    RateLimiter lookupAddressLimiter{"lookup-address", 100, 10 * 60 * 1000};
    // Every request of the public routes (progress, permit status, keys) per address: 600 a minute. In memory only:
    // sharing would write a row per request.
    RateLimiter publicLimiter{"public", 600, 60 * 1000};
    // Bookings from the public page: 30 an hour per address (a family, a village's shared line), 5 a day per ID
    // number (a person trying slots in turn, or someone booking in another's name); a device booking for someone at
    // the desk is not limited.
    RateLimiter bookingAddressLimiter{"booking-address", 30, 60 * 60 * 1000};
    RateLimiter bookingPersonLimiter{"booking-person", 5, 24 * 60 * 60 * 1000};
    // On a hall server: its line to the upstream as the relay last found it (main.cpp sets it when the server relays).
    std::function<std::optional<QueueSnapshot::Upstream>()> upstreamLine = [] {
        return std::optional<QueueSnapshot::Upstream>();
    };
    std::function<std::int64_t()> clock = nowUtcMs; // tests move time
    std::string metricsToken;                       // ApiServer::Options::metricsToken
};

// What a hall's live clients are sent when a ticket changed: the event, the ticket, a fresh snapshot of the queue;
// `seq` orders the messages (QueueRoutes.cpp).
std::string queueEventMessage(ServerContext& server, const std::string& event, const Ticket& ticket, std::int64_t seq);
// Tells the hall's live clients on this instance that a ticket changed (other instances were told by the change's
// transaction, QueueStore's announcer).
void publishTicketChange(ServerContext& server, const std::string& event, const TicketChange& change);
// What they are sent when the hall's set-up changed (a queue closed, a counter renamed, new hours): "hall.changed"
// with a fresh snapshot, ordered at the hall's latest event `seq`.
std::string hallChangedMessage(ServerContext& server, const std::string& hall, std::int64_t seq);
// Sends the hall's live screens on this instance that message, at the hall's latest event; returns that event's seq
// (for other instances to be told of the same).
std::int64_t publishHallChanged(ServerContext& server, const std::string& hall);
// The same, and other instances are told to send theirs one (a set-up changed, a counter paused, a clerk logged in).
void announceHallChanged(ServerContext& server, const std::string& hall);
// What every screen of the hall is sent of its queue (and, on a hall server, of its line to the upstream).
QueueSnapshot hallSnapshot(ServerContext& server, const std::string& hall);

} // namespace ow::server
