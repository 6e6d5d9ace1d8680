#include "AuthStore.h"

#include "AuditLog.h"
#include "Crypto.h"
#include "RelayStore.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/CaseNumber.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace ow::server {

const char* const kLoginDevices = "staff log in on a counter, station or supervisor device";

namespace {

// Inside a write: the hall or region exists (404 otherwise). A region has supervisors only, on supervisors' PCs.
void requireHome(Poco::Data::Session& s, const Home& home) {
    if (home.hall.empty() == home.region.empty())
        throw StoreError::invalid("invalid_field", "give a hall or a region");
    if (!home.hall.empty() && !exists(s, "SELECT COUNT(*) FROM halls WHERE id = $1", home.hall))
        throw StoreError::notFound("no hall \"" + home.hall + "\"");
    if (!home.region.empty() && !exists(s, "SELECT COUNT(*) FROM regions WHERE id = $1", home.region))
        throw StoreError::notFound("no region \"" + home.region + "\"");
}

// A column's value, or NULL for an empty one.
Poco::Nullable<std::string> orNull(const std::string& text) {
    return nullable(text.empty() ? std::nullopt : std::optional<std::string>(text));
}

} // namespace

std::string AuthStore::createEnrollmentCode(const Home& home, DeviceKind kind, std::optional<int> counter,
                                            std::int64_t nowMs, const Principal* by) {
    if (!home.region.empty() && kind != DeviceKind::Supervisor)
        throw StoreError::invalid("invalid_field", "a region enrolls supervisors' PCs only (--kind supervisor)");
    const std::string& hall = home.hall;
    const bool needsCounter = kind == DeviceKind::Counter || kind == DeviceKind::Pad;
    if (needsCounter && !counter)
        throw StoreError::invalid("invalid_field", "a counter or pad device needs --counter");
    if (!needsCounter)
        counter.reset();
    std::string code = newEnrollmentCode();
    const std::string hash = sha256Hex(normalizeEnrollmentCode(code));
    const std::string kindName(toString(kind));
    m_db.write([&](Poco::Data::Session& s) {
        requireHome(s, home);
        if (counter) {
            if (!exists(s, "SELECT COUNT(*) FROM counters WHERE hall = $1 AND number = $2", hall, *counter))
                throw StoreError::notFound("hall \"" + hall + "\" has no counter " + std::to_string(*counter));
        }
        s << "INSERT INTO enroll_codes(code_hash, hall, region, kind, counter, created_at) VALUES($1, $2, $3, $4, $5,"
             " $6)",
            bind(hash), bind(orNull(hall)), bind(orNull(home.region)), bind(kindName), bind(nullable(counter)),
            bind(nowMs), now;
        if (by) { // never the code itself
            Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
            detail->set("kind", kindName);
            if (counter)
                detail->set("counter", *counter);
            AuditLog::append(s, *by, "device.enroll_code", hall.empty() ? "region:" + home.region : "hall:" + hall,
                             detail, nowMs);
        }
    });
    return code;
}

EnrolledDevice AuthStore::enroll(const std::string& code, const std::string& deviceName, std::int64_t nowMs,
                                 std::optional<DeviceKind> expected) {
    const std::string hash = sha256Hex(normalizeEnrollmentCode(code));
    const std::string deviceId = newUuid();
    const std::string token = "dev_" + randomHex(32);
    return m_db.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        st << "SELECT COALESCE(hall, ''), kind, counter, created_at, COALESCE(region, '') FROM enroll_codes"
              " WHERE code_hash = $1 AND used_at IS NULL",
            bind(hash);
        st.execute();
        Poco::Data::RecordSet rs(st);
        if (rs.rowCount() == 0)
            throw StoreError(StoreError::Kind::Unauthenticated, "invalid_code",
                             "this enrollment code is unknown or has already been used");
        if (rs.value(3, 0).convert<std::int64_t>() <= nowMs - kEnrollmentCodeMs)
            throw StoreError(StoreError::Kind::Unauthenticated, "invalid_code",
                             "this enrollment code has expired (codes are good for 7 days); ask "
                             "the administrator for a new one");
        EnrolledDevice device{deviceId,
                              token,
                              rs.value(0, 0).convert<std::string>(),
                              *deviceKindFromString(rs.value(1, 0).convert<std::string>()),
                              optionalValue<int>(rs.value(2, 0)),
                              {},
                              rs.value(4, 0).convert<std::string>()};
        const std::string kindName(toString(device.kind));
        if (expected && *expected != device.kind)
            throw StoreError(StoreError::Kind::Conflict, "wrong_kind",
                             "this code enrolls a " + kindName + " device, not a " + std::string(toString(*expected)) +
                                 "; it stays unused");
        Poco::Data::Statement usedSt(s);
        usedSt << "UPDATE enroll_codes SET used_at = $1, device_id = $2 WHERE code_hash = $3 AND used_at IS NULL",
            bind(nowMs), bind(deviceId), bind(hash);
        const std::size_t used = usedSt.execute();
        if (used != 1)
            throw StoreError(StoreError::Kind::Unauthenticated, "invalid_code",
                             "this enrollment code is unknown or has already been used");
        if (device.kind == DeviceKind::Station) {
            // The hall's next station number, inside this write: the unique index on (hall, code) holds the line.
            int stations = 0;
            s << "SELECT COUNT(*) FROM devices WHERE hall = $1 AND code LIKE 'S%'", bind(device.hall), into(stations),
                now;
            if (stations >= 999)
                throw StoreError(StoreError::Kind::Conflict, "too_many_stations",
                                 "a hall has at most 999 agency stations");
            const std::string number = std::to_string(stations + 1);
            device.code = "S" + std::string(3 - number.size(), '0') + number;
        } else if (device.counter) {
            device.code = "C" + std::to_string(*device.counter);
        }
        std::optional<std::string> stationCode; // a counter's code is its number, shared by its re-enrollments
        if (device.kind == DeviceKind::Station)
            stationCode = device.code;
        s << "INSERT INTO devices(id, hall, kind, counter, name, token_hash, enrolled_at, code, region)"
             " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            bind(deviceId), bind(orNull(device.hall)), bind(kindName), bind(nullable(device.counter)), bind(deviceName),
            bind(sha256Hex(token)), bind(nowMs), bind(nullable(stationCode)), bind(orNull(device.region)), now;
        Principal enrolled;
        enrolled.deviceId = deviceId;
        enrolled.hall = device.hall;
        enrolled.region = device.region;
        enrolled.kind = device.kind;
        enrolled.counter = device.counter;
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("kind", kindName);
        if (device.counter)
            detail->set("counter", *device.counter);
        detail->set("name", deviceName.substr(0, 120));
        AuditLog::append(s, enrolled, "device.enroll", "device:" + deviceId, detail, nowMs);
        return device;
    });
}

void AuthStore::addStaff(const Home& home, const std::string& user, StaffRole role, const std::string& name,
                         const std::string& password, const std::string& staffNo) {
    if (!home.region.empty() && role != StaffRole::Supervisor)
        throw StoreError::invalid("invalid_field", "a region's account is a supervisor's (--role supervisor)");
    if (user.empty() || user.size() > 64)
        throw StoreError::invalid("invalid_field", "a user name is 1-64 characters");
    if (password.size() < 8)
        throw StoreError::invalid("weak_password", "a password has at least 8 characters");
    const std::string hash = hashPassword(password, m_kdfIterations);
    const std::string roleName(toString(role));
    m_db.write([&](Poco::Data::Session& s) {
        requireHome(s, home);
        s << "INSERT INTO staff(user_name, hall, region, role, name, password_hash) VALUES($1, $2, $3, $4, $5, $6)"
             " ON CONFLICT(user_name) DO UPDATE SET hall = excluded.hall, region = excluded.region,"
             " role = excluded.role, name = excluded.name, password_hash = excluded.password_hash,"
             " failed_logins = 0, locked_until = 0",
            bind(user), bind(orNull(home.hall)), bind(orNull(home.region)), bind(roleName),
            bind(name.empty() ? user : name), bind(hash), now;
        if (!staffNo.empty())
            s << "UPDATE staff SET staff_no = $1 WHERE user_name = $2", bind(staffNo), bind(user), now;
        // A password set again ends the account's sessions: whoever knew the old one is logged out.
        endSessions(s, "user_name", user, kEndedPasswordReset);
    });
    accessEnded();
}

std::size_t AuthStore::endSessions(Poco::Data::Session& s, const char* column, const std::string& key,
                                   const std::string& reason) {
    Poco::Data::Statement st(s);
    st << "UPDATE sessions SET ended = $1 WHERE " + std::string(column) + " = $2 AND ended IS NULL", bind(reason),
        bind(key);
    const std::size_t ended = st.execute();
    if (ended > 0 && m_announce)
        m_announce(s);
    return ended;
}

void AuthStore::accessEnded() {
    {
        std::lock_guard lock(m_cacheMutex);
        m_cache.clear(); // what was just stopped must not live on in the cache
    }
    if (m_listener)
        m_listener();
}

std::optional<std::string> AuthStore::whyEnded(const std::string& token) {
    const bool isSession = token.rfind("ses_", 0) == 0;
    const std::string hash = sha256Hex(token);
    return m_db.read([&](Poco::Data::Session& s) -> std::optional<std::string> {
        // The session's own reason first; then its device revoked, or its account disabled (by an older server, which
        // deleted no reason); a device's token only by its revocation.
        const SqlRows rows =
            isSession ? runSql(s,
                               "SELECT se.ended, d.revoked_at, st.disabled_at FROM sessions se"
                               " JOIN devices d ON d.id = se.device_id JOIN staff st ON st.user_name = se.user_name"
                               " WHERE se.token_hash = $1",
                               {hash})
                      : runSql(s, "SELECT NULL, revoked_at, NULL FROM devices WHERE token_hash = $1", {hash});
        if (rows.empty())
            return std::nullopt;
        if (!rows.isNull(0, 0))
            return rows.text(0, 0);
        if (!rows.isNull(0, 1))
            return std::string(kEndedDeviceRevoked);
        if (!rows.isNull(0, 2))
            return std::string(kEndedDisabled);
        return std::nullopt;
    });
}

LoginResult AuthStore::login(const Principal& device, const std::string& user, const std::string& password,
                             std::int64_t nowMs) {
    if (!hostsLogin(device))
        throw StoreError::notAllowed(kLoginDevices);
    struct StaffRow {
        std::string role, name, hash; // (whether it is locked is read when the attempt is counted)
        bool mustChange = false;
    };
    // Only the device's own hall is searched: an account of another hall is as unknown as a made-up name (the same
    // answer, and nothing counted, locked or audited over there).
    auto row = m_db.read([&](Poco::Data::Session& s) -> std::optional<StaffRow> {
        Poco::Data::Statement st(s);
        st << "SELECT role, name, password_hash, must_change_password FROM staff WHERE user_name = $1"
              " AND COALESCE(hall, '') = $2 AND COALESCE(region, '') = $3 AND disabled_at IS NULL",
            bind(user), bind(device.hall), bind(device.region);
        st.execute();
        Poco::Data::RecordSet rs(st);
        if (rs.rowCount() == 0)
            return std::nullopt;
        return StaffRow{rs.value(0, 0).convert<std::string>(), rs.value(1, 0).convert<std::string>(),
                        rs.value(2, 0).convert<std::string>(), rs.value(3, 0).convert<int>() != 0};
    });
    const StoreError wrong(StoreError::Kind::Unauthenticated, "wrong_password", "wrong user name or password");
    const std::string subject = "staff:" + user.substr(0, 64);
    if (!row) {
        // As slow as a real account's check, so that answering time does not tell which names exist.
        (void)verifyPassword(password, unknownUserHash());
        m_db.write(
            [&](Poco::Data::Session& s) { AuditLog::append(s, device, "auth.login_failed", subject, nullptr, nowMs); });
        throw wrong;
    }
    // The attempt is counted before the slow check, in one write with reading the count back, so that guesses sent
    // side by side cannot all pass a check made before any of them was counted: the sixth at once is refused.
    int attempts = 0;
    std::int64_t lockedUntil = 0;
    m_db.write([&](Poco::Data::Session& s) {
        s << "UPDATE staff SET failed_logins = failed_logins + 1 WHERE user_name = $1 AND locked_until <= $2",
            bind(user), bind(nowMs), now;
        s << "SELECT failed_logins, locked_until FROM staff WHERE user_name = $1", bind(user), into(attempts),
            into(lockedUntil), now;
    });
    if (lockedUntil > nowMs || attempts > kMaxFailedLogins)
        throw StoreError(StoreError::Kind::TooMany, "locked",
                         "too many failed logins; try again in " +
                             std::to_string((std::max(lockedUntil, nowMs + kLockoutMs) - nowMs + 59999) / 60000) +
                             " minutes");
    // The slow hash runs outside the write lock.
    if (!verifyPassword(password, row->hash)) {
        m_db.write([&](Poco::Data::Session& s) {
            if (attempts >= kMaxFailedLogins)
                s << "UPDATE staff SET locked_until = $1, failed_logins = 0 WHERE user_name = $2",
                    bind(nowMs + kLockoutMs), bind(user), now;
            AuditLog::append(s, device, "auth.login_failed", subject, nullptr, nowMs);
        });
        throw wrong;
    }
    const StaffRole role = *staffRoleFromString(row->role);
    const std::string token = "ses_" + randomHex(32);
    const std::int64_t expires = nowMs + kSessionMs;
    // A hash made with fewer iterations than today's is made again now that the password is known (outside the lock).
    const std::optional<std::string> rehashed =
        passwordNeedsRehash(row->hash, m_kdfIterations)
            ? std::optional<std::string>(hashPassword(password, m_kdfIterations))
            : std::nullopt;
    m_db.write([&](Poco::Data::Session& s) {
        s << "UPDATE staff SET failed_logins = 0, last_login_at = $1 WHERE user_name = $2", bind(nowMs), bind(user),
            now;
        if (rehashed)
            s << "UPDATE staff SET password_hash = $1 WHERE user_name = $2 AND password_hash = $3", bind(*rehashed),
                bind(user), bind(row->hash), now;
        s << "INSERT INTO sessions(token_hash, user_name, device_id, created_at, expires_at) VALUES($1, $2, $3, $4, "
             "$5)",
            bind(sha256Hex(token)), bind(user), bind(device.deviceId), bind(nowMs), bind(expires), now;
        Principal person = device;
        person.user = user;
        AuditLog::append(s, person, "auth.login", "staff:" + user, nullptr, nowMs);
    });
    return {token, user, role, row->name, expires, row->mustChange};
}

bool AuthStore::stopAccess(const std::string& stop, const char* column, const std::string& reason,
                           const std::string& key, const std::string& hall, const Principal& by,
                           const std::string& action, const std::string& subject, std::int64_t nowMs) {
    const bool stopped = m_db.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        st << stop, bind(nowMs), bind(key), bind(hall);
        if (st.execute() != 1)
            return false;
        if (endSessions(s, column, key, reason) == 0 && m_announce) // a device's own token stops too
            m_announce(s);
        AuditLog::append(s, by, action, subject, nullptr, nowMs);
        return true;
    });
    if (stopped)
        accessEnded();
    return stopped;
}

bool AuthStore::revokeDevice(const std::string& hall, const std::string& deviceId, const Principal& by,
                             std::int64_t nowMs) {
    return stopAccess("UPDATE devices SET revoked_at = $1 WHERE id = $2 AND hall = $3 AND revoked_at IS NULL",
                      "device_id", kEndedDeviceRevoked, deviceId, hall, by, "device.revoked", "device:" + deviceId,
                      nowMs);
}

bool AuthStore::disableStaff(const std::string& hall, const std::string& user, const Principal& by,
                             std::int64_t nowMs) {
    return stopAccess("UPDATE staff SET disabled_at = $1 WHERE user_name = $2 AND hall = $3 AND disabled_at IS NULL",
                      "user_name", kEndedDisabled, user, hall, by, "staff.disabled", "staff:" + user, nowMs);
}

std::vector<AuthStore::DeviceRow> AuthStore::devices(const std::string& hall) {
    return m_db.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        st << "SELECT id, kind, name, code, counter, enrolled_at, revoked_at, last_seen_at FROM devices WHERE hall = $1"
              " ORDER BY enrolled_at, id",
            bind(hall);
        st.execute();
        Poco::Data::RecordSet rs(st);
        std::vector<DeviceRow> rows;
        for (std::size_t i = 0; i < rs.rowCount(); ++i)
            rows.push_back({rs.value(0, i).convert<std::string>(), rs.value(1, i).convert<std::string>(),
                            rs.value(2, i).convert<std::string>(),
                            optionalValue<std::string>(rs.value(3, i)).value_or(""), optionalValue<int>(rs.value(4, i)),
                            rs.value(5, i).convert<std::int64_t>(), optionalValue<std::int64_t>(rs.value(6, i)),
                            optionalValue<std::int64_t>(rs.value(7, i))});
        return rows;
    });
}

std::string AuthStore::unknownUserHash() {
    std::lock_guard lock(m_unknownMutex);
    if (m_unknownIterations != m_kdfIterations) {
        m_unknownIterations = m_kdfIterations;
        m_unknownHash = hashPassword("no account has this password", m_unknownIterations);
    }
    return m_unknownHash;
}

std::optional<Principal> AuthStore::authenticate(const std::string& token, std::int64_t nowMs) {
    const bool isSession = token.rfind("ses_", 0) == 0;
    if (!isSession && token.rfind("dev_", 0) != 0)
        return std::nullopt;
    const std::string hash = sha256Hex(token);
    {
        std::lock_guard lock(m_cacheMutex);
        if (auto it = m_cache.find(hash); it != m_cache.end()) {
            if (it->second.validUntilMs > nowMs)
                return it->second.principal;
            m_cache.erase(it);
        }
    }
    auto principal = lookup(hash, isSession, nowMs);
    if (principal) {
        std::lock_guard lock(m_cacheMutex);
        if (m_cache.size() > 10000)
            m_cache.clear();
        m_cache[hash] = {*principal, std::min(nowMs + kCacheMs, principal->expiresAtMs)};
    }
    return principal;
}

std::optional<Principal> AuthStore::lookup(const std::string& hash, bool isSession, std::int64_t nowMs) {
    std::int64_t lastSeen = 0;
    auto principal = m_db.read([&](Poco::Data::Session& s) -> std::optional<Principal> {
        Poco::Data::Statement st(s);
        const std::string ownServer = RelayStore::hallOnOwnServer("d.hall");
        if (isSession)
            st << "SELECT d.id, COALESCE(d.hall, ''), d.kind, d.counter, d.code, d.last_seen_at, st.user_name,"
                  " st.role, st.name, se.expires_at, st.must_change_password, COALESCE(d.region, ''), " +
                      ownServer +
                      " FROM sessions se JOIN devices d ON d.id = se.device_id JOIN staff st ON st.user_name = "
                      "se.user_name"
                      " WHERE se.token_hash = $1 AND se.expires_at > $2 AND se.ended IS NULL AND d.revoked_at IS NULL"
                      " AND COALESCE(st.hall, '') = COALESCE(d.hall, '') AND COALESCE(st.region, '') = "
                      "COALESCE(d.region, "
                      "'')"
                      " AND st.disabled_at IS NULL",
                bind(hash), bind(nowMs);
        else
            st << "SELECT d.id, COALESCE(d.hall, ''), d.kind, d.counter, d.code, d.last_seen_at, COALESCE(d.region, "
                  "''), " +
                      ownServer + " FROM devices d WHERE d.token_hash = $1 AND d.revoked_at IS NULL",
                bind(hash);
        st.execute();
        Poco::Data::RecordSet rs(st);
        if (rs.rowCount() == 0)
            return std::nullopt;
        Principal p;
        p.deviceId = rs.value(0, 0).convert<std::string>();
        p.hall = rs.value(1, 0).convert<std::string>();
        p.kind = *deviceKindFromString(rs.value(2, 0).convert<std::string>());
        p.counter = optionalValue<int>(rs.value(3, 0));
        // Devices enrolled before the server handed out codes made theirs from their id and counter.
        p.caseNumberCode =
            optionalValue<std::string>(rs.value(4, 0)).value_or(CaseNumber::deviceCode(p.deviceId, p.counter));
        lastSeen = optionalValue<std::int64_t>(rs.value(5, 0)).value_or(0);
        p.region = rs.value(isSession ? 11 : 6, 0).convert<std::string>();
        p.hallOnOwnServer = rs.value(isSession ? 12 : 7, 0).convert<int>() != 0;
        if (isSession) {
            p.user = rs.value(6, 0).convert<std::string>();
            p.role = staffRoleFromString(rs.value(7, 0).convert<std::string>());
            p.staffName = rs.value(8, 0).convert<std::string>();
            p.expiresAtMs = rs.value(9, 0).convert<std::int64_t>();
            p.mustChangePassword = rs.value(10, 0).convert<int>() != 0;
        }
        return p;
    });
    // When the device was last seen, for the administrator's list: written every few minutes at most.
    if (principal && lastSeen < nowMs - kSeenEveryMs) {
        try {
            m_db.write([&](Poco::Data::Session& s) {
                s << "UPDATE devices SET last_seen_at = $1 WHERE id = $2", bind(nowMs), bind(principal->deviceId), now;
            });
        } catch (const std::exception&) {
            // Only the list's "last seen" is older; the request itself goes on.
        }
    }
    return principal;
}

void requireClerkAt(const Principal& actor, int counter, const std::string& what) {
    if (actor.kind != DeviceKind::Counter || !actor.isStaff())
        throw StoreError::notAllowed("only a clerk logged in at a counter can " + what);
    if (actor.counter != counter)
        throw StoreError::notAllowed("this device is counter " + std::to_string(actor.counter.value_or(0)) +
                                     "; it cannot act for counter " + std::to_string(counter));
}

} // namespace ow::server
