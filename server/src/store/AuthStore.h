#pragma once

#include "Crypto.h"
#include "Database.h"

#include "domain/Roles.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ow::server {

// Who is asking: always an enrolled device of one hall; on counter, station and supervisor devices
// also the person logged in.
struct Principal {
    std::string deviceId;
    std::string hall;
    DeviceKind kind = DeviceKind::Kiosk;
    std::optional<int> counter;
    std::optional<std::string> user;
    std::optional<StaffRole> role;
    std::string staffName;
    std::int64_t expiresAtMs = INT64_MAX; // a session's end; devices do not expire
    std::string caseNumberCode;           // the device part of the case numbers it gives ("C3", "S001")
    bool mustChangePassword = false;      // a session whose password was set by an administrator: only a change
    // A region's PC (区域) and its supervisor: `hall` is empty, and no hall's route lets it in; the region's own
    // routes and the drill-down into its halls' days do.
    std::string region{};
    // The hall has a server of its own (this server is its upstream): its devices read here but change nothing.
    bool hallOnOwnServer = false;

    bool isStaff() const { return user.has_value(); }
    bool ofRegion() const { return !region.empty(); }
};

// Where a staff account, a device or an enrollment code belongs: a hall, or a region (a region's supervisor and the
// PC they use).
struct Home {
    std::string hall, region; // one of them
    static Home ofHall(std::string id) { return {std::move(id), {}}; }
    static Home ofRegion(std::string id) { return {{}, std::move(id)}; }
};

// Whether a person may log in over this caller: a counter, station or supervisor device as itself, not over another
// person's session.
extern const char* const kLoginDevices; // why not, in words
inline bool hostsLogin(const Principal& caller) { return !caller.isStaff() && hostsStaffSessions(caller.kind); }

// Throws StoreError (403) unless `actor` is a clerk logged in at the PC of counter `counter`; `what` says what only
// such a clerk does ("call and serve tickets").
void requireClerkAt(const Principal& actor, int counter, const std::string& what);

struct EnrolledDevice {
    std::string deviceId;
    std::string deviceToken;
    std::string hall;
    DeviceKind kind;
    std::optional<int> counter;
    std::string code;   // in case numbers: C<counter> for a counter, S001 … for a station; empty for others
    std::string region; // a region's PC: `hall` is empty
};

struct LoginResult {
    std::string token;
    std::string user;
    StaffRole role;
    std::string name;
    std::int64_t expiresAtMs;
    bool mustChangePassword = false;
};

// Why a session or a device stopped working before its time (sessions.ended), as the API's 401 codes.
inline constexpr const char* kEndedDisabled = "account_disabled";
inline constexpr const char* kEndedPasswordReset = "password_reset";
inline constexpr const char* kEndedDeviceRevoked = "device_revoked";

// Devices, enrollment codes, staff accounts and sessions. Tokens and codes are stored only as SHA-256
// hashes; passwords with PBKDF2. Five failed logins lock an account for 15 minutes.
class AuthStore {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr std::int64_t kLockoutMs = 15 * 60 * 1000;
    static constexpr std::int64_t kSessionMs = 12 * 60 * 60 * 1000;
    static constexpr std::int64_t kEnrollmentCodeMs = 7LL * 24 * 60 * 60 * 1000; // a code unused for a week expires

    explicit AuthStore(Database& db)
        : m_db(db) {}

    // How many PBKDF2 iterations new and renewed password hashes get: kDefaultKdfIterations unless told (the test
    // servers take fewer: a login there need not cost a quarter of a second). Set before the store is used.
    void setKdfIterations(unsigned iterations) { m_kdfIterations = iterations; }

    // `by`: the administrator who asked through the API, for the audit record (the command line's is not).
    std::string createEnrollmentCode(const std::string& hall, DeviceKind kind, std::optional<int> counter,
                                     std::int64_t nowMs, const Principal* by = nullptr) {
        return createEnrollmentCode(Home::ofHall(hall), kind, counter, nowMs, by);
    }
    // A region's code is for a supervisor's PC only.
    std::string createEnrollmentCode(const Home& home, DeviceKind kind, std::optional<int> counter, std::int64_t nowMs,
                                     const Principal* by = nullptr);
    // `expected`: the kind the device says it is; a code for another kind is refused (StoreError Conflict
    // wrong_kind) and stays unused.
    EnrolledDevice enroll(const std::string& code, const std::string& deviceName, std::int64_t nowMs,
                          std::optional<DeviceKind> expected = std::nullopt);

    void addStaff(const std::string& hall, const std::string& user, StaffRole role, const std::string& name,
                  const std::string& password, const std::string& staffNo = {}) {
        addStaff(Home::ofHall(hall), user, role, name, password, staffNo);
    }
    // A region's account is a supervisor's. `staffNo`: its 工号 (kept as it is when empty).
    void addStaff(const Home& home, const std::string& user, StaffRole role, const std::string& name,
                  const std::string& password, const std::string& staffNo = {});
    LoginResult login(const Principal& device, const std::string& user, const std::string& password,
                      std::int64_t nowMs);

    // A device lost, stolen or replaced: its token and every session on it stop working (in this process at once; in
    // other instances within kCacheMs). Returns false when the hall has no such device standing.
    bool revokeDevice(const std::string& hall, const std::string& deviceId, const Principal& by, std::int64_t nowMs);
    // Someone who left the hall: no login any more, and the sessions open end. False when the hall has no such account.
    bool disableStaff(const std::string& hall, const std::string& user, const Principal& by, std::int64_t nowMs);
    struct DeviceRow {
        std::string id, kind, name, code;
        std::optional<int> counter;
        std::int64_t enrolledAtMs = 0;
        std::optional<std::int64_t> revokedAtMs;
        std::optional<std::int64_t> lastSeenAtMs;
    };
    std::vector<DeviceRow> devices(const std::string& hall);

    // Inside a write: ends the sessions whose `column` ("user_name" or "device_id", never a caller's text) is `key`,
    // recording `reason` (kEnded…), and tells the other instances with the commit. After the write, accessEnded().
    // Returns how many ended.
    std::size_t endSessions(Poco::Data::Session& s, const char* column, const std::string& key,
                            const std::string& reason);
    // Inside a write that changed who may do what (a role, a password) without ending sessions through
    // endSessions: the other instances are told with the commit. After the write, accessEnded().
    void announceAccessChange(Poco::Data::Session& s) {
        if (m_announce)
            m_announce(s);
    }
    // After a write that ended sessions or stopped a device: the tokens this instance holds are forgotten and the
    // open event streams asked again, at once.
    void accessEnded();
    unsigned kdfIterations() const { return m_kdfIterations; }
    // Told inside such a write (other instances: HallFanout), and after it (this instance's streams).
    void setAccessAnnouncer(std::function<void(Poco::Data::Session&)> announce) { m_announce = std::move(announce); }
    void setAccessListener(std::function<void()> listener) { m_listener = std::move(listener); }
    // Why a token stopped working early (kEnded…), when it did; nothing for an unknown or merely expired one.
    std::optional<std::string> whyEnded(const std::string& token);

    // The device (and person) a bearer token stands for, or nothing when it is unknown, expired or revoked.
    std::optional<Principal> authenticate(const std::string& token, std::int64_t nowMs);

private:
    // Stops a device or an account: `stop` (an UPDATE of one row: $1 now, $2 `key`, $3 the hall) and the sessions
    // whose `column` is `key` (endSessions, for `reason`), audited as `action`. False when nothing was stopped.
    bool stopAccess(const std::string& stop, const char* column, const std::string& reason, const std::string& key,
                    const std::string& hall, const Principal& by, const std::string& action, const std::string& subject,
                    std::int64_t nowMs);
    std::optional<Principal> lookup(const std::string& hash, bool isSession, std::int64_t nowMs);

    // A device's last_seen_at is written when it is older than this (a write per device every few minutes).
    static constexpr std::int64_t kSeenEveryMs = 2 * 60 * 1000;
    // Recently seen tokens, so that every request does not read the database to authenticate.
    // An entry lives at most kCacheMs; revoking a device takes effect within that time.
    static constexpr std::int64_t kCacheMs = 5000;
    struct CachedPrincipal {
        Principal principal;
        std::int64_t validUntilMs;
    };
    // The hash an unknown user's password is checked against, as slow as a real account's.
    std::string unknownUserHash();

    Database& m_db;
    std::function<void(Poco::Data::Session&)> m_announce;
    std::function<void()> m_listener;
    std::atomic<unsigned> m_kdfIterations{kDefaultKdfIterations};
    std::mutex m_unknownMutex;
    std::string m_unknownHash; // made with m_unknownIterations
    unsigned m_unknownIterations = 0;
    std::mutex m_cacheMutex;
    std::unordered_map<std::string, CachedPrincipal> m_cache;
};

} // namespace ow::server
