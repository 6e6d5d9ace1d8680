#include "Relay.h"

#include "BlobStore.h"
#include "BookingRelay.h"
#include "HallSetupCopy.h"
#include "PermitKeyStore.h"
#include "Sql.h"

#include "domain/ApiPaths.h"
#include "domain/Json.h"
#include "domain/wire/Blobs.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace ow::server {

std::optional<Relay> Relay::forDatabase(Database& db, AuthStore& auth, std::function<std::int64_t()> clock) {
    const SqlRows line = db.read([](Poco::Data::Session& s) {
        return runSql(s, "SELECT hall, url, token, ca_file, pin_sha256, device_id FROM upstream");
    });
    if (line.empty())
        return std::nullopt;
    return Relay(db, auth, line.text(0, 0), line.text(0, 5),
                 UpstreamClient(line.text(0, 1), ServerTrust{line.text(0, 3), line.text(0, 4)}, line.text(0, 2)),
                 std::move(clock));
}

Relay::Relay(Database& db, AuthStore& auth, std::string hall, std::string deviceId, UpstreamClient client,
             std::function<std::int64_t()> clock)
    : m_db(db)
    , m_auth(auth)
    , m_hall(std::move(hall))
    , m_deviceId(std::move(deviceId))
    , m_client(std::move(client))
    , m_clock(std::move(clock))
    , m_store(db) {
    m_store.installTriggers();
}

Relay::Relay(Relay&& other) noexcept
    : m_db(other.m_db)
    , m_auth(other.m_auth)
    , m_hall(std::move(other.m_hall))
    , m_deviceId(std::move(other.m_deviceId))
    , m_client(std::move(other.m_client))
    , m_clock(std::move(other.m_clock))
    , m_store(other.m_db)
    , m_onChange(std::move(other.m_onChange)) {}

Relay::~Relay() { stop(); }

bool sendOwedPermitKey(Database& db, UpstreamClient& upstream, const std::string& hall) {
    // The hall's newest key, unless the upstream has confirmed it (one made at joining, or by keygen since).
    const SqlRows owed = db.read([&](Poco::Data::Session& s) {
        return runSql(s,
                      "SELECT k.kid, k.public_jwk FROM permit_keys k WHERE k.issuer = $1"
                      " AND k.kid <> COALESCE((SELECT key_sent FROM upstream WHERE hall = $2), '')"
                      " AND NOT EXISTS (SELECT 1 FROM permit_keys n WHERE n.issuer = k.issuer"
                      " AND n.created_at > k.created_at) ORDER BY k.kid DESC LIMIT 1",
                      {hall, hall});
    });
    if (owed.empty())
        return true;
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(true);
    body->set("jwk", parseObject(owed.text(0, 1)));
    if (!upstream.post(api::path(api::kHallPermitKeys, {hall}), toJsonText(body)).ok())
        return false;
    db.write([&](Poco::Data::Session& s) {
        runSql(s, "UPDATE upstream SET key_sent = $1 WHERE hall = $2", {owed.text(0, 0), hall});
    });
    return true;
}

namespace {

constexpr std::int64_t kPieceBytes = 1 << 20; // the upstream takes at most 1 MiB a request

// The bytes of attachment `sha` up to the upstream, by the blob routes the stations use, in pieces from where an
// earlier try left off. Empty when the upstream holds it whole; otherwise why not, in words.
std::string sendBlob(UpstreamClient& upstream, const std::filesystem::path& file, const std::string& sha) {
    const UpstreamReply asked = upstream.get(api::path(api::kBlobStatus, {sha}));
    if (!asked.ok())
        return asked.problem();
    std::int64_t received = 0;
    try {
        const auto held = wire::BlobStatus::fromJson(asked.json());
        if (held.complete)
            return {};
        received = held.received;
    } catch (const std::exception&) {
        return "the upstream's answer about attachment " + sha + " could not be read";
    }
    std::ifstream in(file, std::ios::binary);
    std::error_code error;
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(file, error));
    if (!in || error)
        return "attachment " + sha + " is not in this hall server's files";
    for (std::int64_t offset = received; offset < size || size == 0;) {
        std::string piece(static_cast<std::size_t>(std::min(kPieceBytes, size - offset)), '\0');
        in.seekg(offset);
        in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
        if (!in)
            return "attachment " + sha + " could not be read here";
        std::string range = "bytes " + std::to_string(offset) + "-";
        range += std::to_string(offset + static_cast<std::int64_t>(piece.size()) - 1) + "/" + std::to_string(size);
        const UpstreamReply put = upstream.putBytes(api::path(api::kBlob, {sha}), piece, size ? range : "");
        if (!put.ok())
            return put.problem();
        offset += static_cast<std::int64_t>(piece.size());
        if (size == 0)
            break;
    }
    return {};
}

} // namespace

bool Relay::runOnce() {
    const std::int64_t now = m_clock();
    std::string problem;
    bool ok = sendOwedPermitKey(m_db, m_client, m_hall);
    if (!ok)
        problem = "the permit key could not be sent";
    const auto changes = m_store.pending(kBatch);
    std::int64_t waiting = m_store.pendingCount();
    // The attachments of this batch first: the upstream confirms them only when it holds their bytes.
    for (const auto& c : changes)
        if (ok && c.kind == "blob") {
            problem = sendBlob(m_client, BlobStore::pathIn(m_db.blobDirectory(), c.id), c.id);
            ok = problem.empty();
        }
    if (ok && (!changes.empty() || now - m_lastSentMs >= kHeartbeatMs)) {
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& c : changes) {
            Poco::JSON::Object::Ptr change = new Poco::JSON::Object(true);
            change->set("seq", c.seq);
            change->set("kind", c.kind);
            change->set("row", parseObject(c.row));
            list->add(change);
        }
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object(true);
        body->set("changes", list);
        body->set("backlog", waiting - static_cast<std::int64_t>(changes.size()));
        const UpstreamReply reply = m_client.post(api::path(api::kHallRelay, {m_hall}), toJsonText(body));
        ok = reply.ok();
        if (ok) {
            try {
                const auto relayedSeq = optionalInt(reply.json(), "relayed_seq");
                if (relayedSeq) {
                    m_store.relayed(*relayedSeq);
                    waiting -= std::count_if(changes.begin(), changes.end(),
                                             [&](const RelayStore::Change& c) { return c.seq <= *relayedSeq; });
                }
                m_lastSentMs = now;
            } catch (const std::exception&) {
                ok = false;
                problem = "the upstream's answer could not be read";
            }
        } else {
            problem = reply.problem();
        }
    }
    // The line works (what went up was taken): a failure below is the upstream's answer or this database's, kept as
    // a problem of its own and tried again in a minute — the hall's screens must not say the line is cut.
    if (ok && now >= m_nextBookingsMs) {
        m_bookingsProblem = takeBookings();
        m_nextBookingsMs = now + (m_bookingsProblem.empty() ? kBookingsEveryMs : kDownRetryMs);
    }
    if (ok && now >= m_nextDownMs) {
        m_newsProblem.clear();
        try {
            const UpstreamReply setup = m_client.get(api::path(api::kHallSetup, {m_hall}));
            if (!setup.ok())
                throw std::runtime_error(setup.problem());
            Principal byUpstream;
            byUpstream.deviceId = m_deviceId;
            byUpstream.hall = m_hall;
            byUpstream.kind = DeviceKind::Hall;
            takeUpstreamNews(m_db, m_auth, setup.json(), byUpstream, now);
        } catch (const Poco::Exception& e) { // a database's words are in its display text
            m_newsProblem = "what changed upstream could not be taken: " + e.displayText();
        } catch (const std::exception& e) {
            m_newsProblem = std::string("what changed upstream could not be taken: ") + e.what();
        }
        m_nextDownMs = now + (m_newsProblem.empty() ? kDownEveryMs : kDownRetryMs);
    }
    {
        const std::string downProblem = m_newsProblem.empty() ? m_bookingsProblem : m_newsProblem;
        std::lock_guard lock(m_mutex);
        if (m_status.downProblem != downProblem) // for whoever keeps the server: once when it starts, once when mended
            std::cerr << "onewindow-server: relay of hall " << m_hall << ": "
                      << (downProblem.empty() ? "what changed upstream is taken again" : downProblem) << "\n";
        m_status.downProblem = downProblem;
    }
    record(ok, waiting, problem);
    return ok;
}

std::string Relay::takeBookings() {
    try {
        // A full page goes on from its last booking exactly (many may share one time: a sweep's no-shows); the last
        // page sets where the next round starts, a little before the newest taken.
        std::int64_t since = m_bookingsSinceMs;
        std::string afterId;
        for (;;) {
            std::string path = api::path(api::kHallRelayBookings, {m_hall}) + "?since=" + std::to_string(since);
            if (!afterId.empty())
                path += "&after_id=" + afterId;
            const UpstreamReply reply = m_client.get(path);
            if (!reply.ok())
                return "the bookings made upstream could not be asked for: " + reply.problem();
            const auto list = optionalArray(reply.json(), "bookings");
            std::int64_t newest = since;
            std::string newestId = afterId;
            m_db.write([&](Poco::Data::Session& s) {
                for (unsigned i = 0; list && i < list->size(); ++i) {
                    const auto row = list->getObject(i);
                    if (!row || optionalString(row, "hall").value_or("") != m_hall)
                        throw std::runtime_error("the upstream sent a booking of another hall");
                    bookings::take(s, row, m_clock());
                    newest = optionalInt(row, "changed_at").value_or(newest);
                    newestId = optionalString(row, "id").value_or(newestId);
                }
            });
            if (!optionalBool(reply.json(), "more").value_or(false) || !list || list->size() == 0) {
                m_bookingsSinceMs = std::max(m_bookingsSinceMs, newest - kBookingsOverlapMs);
                return {};
            }
            since = newest;
            afterId = newestId;
        }
    } catch (const Poco::Exception& e) {
        return "the bookings made upstream could not be taken: " + e.displayText();
    } catch (const std::exception& e) {
        return std::string("the bookings made upstream could not be taken: ") + e.what();
    }
}

void Relay::record(bool ok, std::optional<std::int64_t> waiting, const std::string& problem) {
    Status seen;
    bool changed = false;
    {
        std::lock_guard lock(m_mutex);
        changed = m_status.connected != ok || (!ok && waiting && m_status.backlog != *waiting);
        if (m_status.connected != ok)
            std::cerr << "onewindow-server: relay of hall " << m_hall << ": "
                      << (ok ? std::string("the upstream is reached") : "the upstream is cut off: " + problem) << "\n";
        m_status.connected = ok;
        if (waiting)
            m_status.backlog = *waiting;
        if (ok)
            m_status.lastContactMs = m_lastSentMs;
        m_status.problem = problem;
        seen = m_status;
    }
    if (changed && m_onChange)
        m_onChange(seen);
}

void Relay::start() {
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void Relay::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Relay::Status Relay::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

void Relay::loop() {
    std::chrono::milliseconds wait(2000);
    for (;;) {
        bool ok = false;
        try {
            ok = runOnce();
        } catch (const std::exception& e) {
            record(false, std::nullopt, e.what());
        }
        const bool more = ok && status().backlog > 0;
        wait = ok ? std::chrono::milliseconds(2000) : std::min(wait * 2, std::chrono::milliseconds(60000));
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, more ? std::chrono::milliseconds(0) : wait, [this] { return m_stopping; }))
            return;
    }
}

} // namespace ow::server
