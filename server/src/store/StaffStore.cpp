#include "StaffStore.h"

#include "AccountSync.h"
#include "AuditLog.h"
#include "Crypto.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/Staff.h"

namespace ow::server {
namespace {

using Session = Poco::Data::Session;

void requireHallAdmin(const Principal& by) {
    if (!by.isStaff() || by.role != StaffRole::Admin || by.kind != DeviceKind::Supervisor)
        throw StoreError::notAllowed("staff accounts are kept by the hall's administrator, on a supervisor device");
}

// 工号 are the hall's: one person's each.
void requireFreeStaffNo(Session& s, const std::string& hall, const std::string& number, const std::string& user) {
    if (!number.empty() &&
        !runSql(s, "SELECT 1 FROM staff WHERE hall = $1 AND staff_no = $2 AND user_name <> $3", {hall, number, user})
             .empty())
        throw StoreError::conflict("staff_no_taken", "the staff number " + number + " is someone else's in this hall");
}

std::optional<std::string> storedStaffNo(const std::string& number) {
    return number.empty() ? std::nullopt : std::optional<std::string>(number);
}

void requireGoodPassword(const std::string& user, const std::string& password) {
    if (const auto problem = passwordProblem(user, password))
        throw StoreError::invalid("weak_password", describe(*problem));
}

constexpr const char* kColumns =
    "user_name, name, role, disabled_at, must_change_password, last_login_at, COALESCE(staff_no, '')";

// The accounts of `rows` (kColumns), each with what of it waits to be settled with the upstream.
std::vector<wire::StaffMember> readStaff(Session& s, const SqlRows& rows) {
    std::vector<wire::StaffMember> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto lastLogin = rows.optionalInteger(i, 5);
        out.push_back({rows.text(i, 0),
                       rows.text(i, 1),
                       rows.text(i, 2),
                       !rows.isNull(i, 3),
                       rows.integer(i, 4) != 0,
                       lastLogin ? utcIso(*lastLogin) : std::string(),
                       {},
                       rows.text(i, 6)});
        const SqlRows conflicts = runSql(s,
                                         "SELECT field, hall_value, upstream_value, seen_at FROM account_conflicts"
                                         " WHERE user_name = $1 ORDER BY field",
                                         {rows.text(i, 0)});
        for (std::size_t c = 0; c < conflicts.size(); ++c)
            out.back().upstreamConflicts.push_back({conflicts.text(c, 0), conflicts.optionalText(c, 1),
                                                    conflicts.optionalText(c, 2), utcIso(conflicts.integer(c, 3))});
    }
    return out;
}

// The account of `user` in the caller's hall; 404 for one of another hall, as for one that does not exist.
wire::StaffMember accountOf(Session& s, const Principal& by, const std::string& user) {
    const auto found =
        readStaff(s, runSql(s, std::string("SELECT ") + kColumns + " FROM staff WHERE user_name = $1 AND hall = $2",
                            {user, by.hall}));
    if (found.empty())
        throw StoreError::notFound("the hall has no account \"" + user + "\"");
    return found.front();
}

Poco::JSON::Object::Ptr beforeAfter(const wire::StaffMember* before, const wire::StaffMember& after) {
    auto visible = [](const wire::StaffMember& m) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
        o->set("name", m.name);
        o->set("role", m.role);
        o->set("disabled", m.disabled);
        o->set("staff_no", m.staffNo);
        return o;
    };
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
    detail->set("before", before ? Poco::Dynamic::Var(visible(*before)) : Poco::Dynamic::Var());
    detail->set("after", visible(after));
    return detail;
}

} // namespace

std::vector<wire::StaffMember> StaffStore::list(const std::string& hall) {
    return m_db.read([&](Session& s) {
        return readStaff(s, runSql(s,
                                   std::string("SELECT ") + kColumns +
                                       " FROM staff WHERE hall = $1 ORDER BY disabled_at IS NOT NULL, user_name",
                                   {hall}));
    });
}

wire::StaffMember StaffStore::create(const Principal& by, const wire::NewStaff& staff, std::int64_t nowMs) {
    requireHallAdmin(by);
    requireGoodPassword(staff.user, staff.password);
    const std::string hash = hashPassword(staff.password, m_auth.kdfIterations()); // slow: outside the write
    return m_db.write([&](Session& s) {
        if (!runSql(s, "SELECT 1 FROM staff WHERE user_name = $1", {staff.user}).empty())
            throw StoreError::conflict("user_taken", "the user name \"" + staff.user + "\" is taken; choose another");
        requireFreeStaffNo(s, by.hall, staff.staffNo, staff.user);
        // Given by the administrator: its owner chooses their own at the first login.
        runSql(s,
               "INSERT INTO staff(user_name, hall, role, name, password_hash, must_change_password, staff_no)"
               " VALUES($1, $2, $3, $4, $5, 1, $6)",
               {staff.user, by.hall, staff.role, staff.name, hash, storedStaffNo(staff.staffNo)});
        wire::StaffMember made = accountOf(s, by, staff.user);
        AuditLog::append(s, by, "staff.added", "staff:" + staff.user, beforeAfter(nullptr, made), nowMs);
        return made;
    });
}

wire::StaffMember StaffStore::change(const Principal& by, const std::string& user, const wire::StaffChange& change,
                                     std::int64_t nowMs) {
    requireHallAdmin(by);
    const bool own = by.user == user;
    if (own && change.disabled.value_or(false))
        throw StoreError::conflict("own_account", "an administrator cannot disable their own account; another "
                                                  "administrator can");
    if (own && change.role && *change.role != toString(StaffRole::Admin))
        throw StoreError::conflict("own_account", "an administrator cannot give up their own role; another "
                                                  "administrator can");
    auto after = m_db.write([&](Session& s) {
        const wire::StaffMember before = accountOf(s, by, user);
        if (change.name)
            runSql(s, "UPDATE staff SET name = $1 WHERE user_name = $2", {*change.name, user});
        if (change.role)
            runSql(s, "UPDATE staff SET role = $1 WHERE user_name = $2", {*change.role, user});
        if (change.staffNo) {
            requireFreeStaffNo(s, by.hall, *change.staffNo, user);
            runSql(s, "UPDATE staff SET staff_no = $1 WHERE user_name = $2", {storedStaffNo(*change.staffNo), user});
        }
        if (change.disabled && *change.disabled != before.disabled) {
            runSql(s, "UPDATE staff SET disabled_at = $1 WHERE user_name = $2",
                   {*change.disabled ? std::optional<std::int64_t>(nowMs) : std::nullopt, user});
            if (*change.disabled)
                m_auth.endSessions(s, "user_name", user, kEndedDisabled);
        }
        // A new role holds from the next request, on every instance.
        m_auth.announceAccessChange(s);
        wire::StaffMember made = accountOf(s, by, user);
        AuditLog::append(s, by, "staff.changed", "staff:" + user, beforeAfter(&before, made), nowMs);
        return made;
    });
    m_auth.accessEnded();
    return after;
}

void StaffStore::resetPassword(const Principal& by, const std::string& user, const std::string& password,
                               std::int64_t nowMs) {
    requireHallAdmin(by);
    if (by.user == user)
        throw StoreError::conflict("own_account",
                                   "change your own password under your name (我的密码), not by a reset");
    requireGoodPassword(user, password);
    const std::string hash = hashPassword(password, m_auth.kdfIterations());
    m_db.write([&](Session& s) {
        accountOf(s, by, user);
        runSql(s,
               "UPDATE staff SET password_hash = $1, must_change_password = 1, failed_logins = 0, locked_until = 0"
               " WHERE user_name = $2",
               {hash, user});
        m_auth.endSessions(s, "user_name", user, kEndedPasswordReset);
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("must_change_password", true);
        AuditLog::append(s, by, "staff.password_reset", "staff:" + user, detail, nowMs);
    });
    m_auth.accessEnded();
}

void StaffStore::changeOwnPassword(const Principal& who, const std::string& sessionToken, const std::string& current,
                                   const std::string& password, std::int64_t nowMs) {
    if (!who.isStaff())
        throw StoreError::notAllowed("a password is changed by its owner, logged in");
    const std::string user = *who.user;
    const std::string stored = m_db.read([&](Session& s) {
        return runSql(s, "SELECT password_hash FROM staff WHERE user_name = $1", {user}).text(0, 0);
    });
    if (!verifyPassword(current, stored))
        throw StoreError::notAllowed("wrong_password", "the current password is not right");
    requireGoodPassword(user, password);
    if (verifyPassword(password, stored))
        throw StoreError::invalid("weak_password", "the new password must differ from the current one");
    const std::string hash = hashPassword(password, m_auth.kdfIterations());
    m_db.write([&](Session& s) {
        runSql(s, "UPDATE staff SET password_hash = $1, must_change_password = 0 WHERE user_name = $2", {hash, user});
        // Whoever else knew the old password is logged out; this session goes on.
        runSql(s, "UPDATE sessions SET ended = $1 WHERE user_name = $2 AND ended IS NULL AND token_hash <> $3",
               {std::string(kEndedPasswordReset), user, sha256Hex(sessionToken)});
        m_auth.announceAccessChange(s);
        AuditLog::append(s, who, "staff.password_changed", "staff:" + user, nullptr, nowMs);
    });
    m_auth.accessEnded();
}

wire::StaffMember StaffStore::settleConflict(const Principal& by, const std::string& user, const std::string& field,
                                             const wire::ConflictSettled& settled, std::int64_t nowMs) {
    requireHallAdmin(by);
    auto after = m_db.write([&](Session& s) {
        accountOf(s, by, user);
        accounts::settle(s, m_auth, by, user, field, settled.keep == "hall", nowMs);
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("field", field);
        detail->set("kept", settled.keep);
        AuditLog::append(s, by, "staff.settled", "staff:" + user, detail, nowMs);
        return accountOf(s, by, user);
    });
    m_auth.accessEnded();
    return after;
}

} // namespace ow::server
