#include "AccountSync.h"

#include "AuditLog.h"
#include "Sql.h"
#include "StoreError.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/Roles.h"

#include <array>
#include <iostream>

namespace ow::server::accounts {
namespace {

using Session = Poco::Data::Session;

// The fields merged one by one: their names (on the wire, in account_conflicts) and their columns in staff.
enum Field { Role, Name, Password, Disabled, kFields };
constexpr std::array<const char*, kFields> kNames = {"role", "name", "password", "disabled"};
constexpr std::array<const char*, kFields> kColumns = {"role", "name", "password_hash", "disabled_at"};

std::optional<Field> fieldNamed(const std::string& name) {
    for (int f = 0; f < kFields; ++f)
        if (name == kNames[static_cast<std::size_t>(f)])
            return static_cast<Field>(f);
    return std::nullopt;
}

// An account's fields on one side, as compared: text, "1"/"0" for disabled; nothing where not known (a base taken
// before this version). A password travels with whether its owner must change it; a disabling with its time.
struct Account {
    std::array<std::optional<std::string>, kFields> value;
    std::int64_t mustChange = 0;
    std::optional<std::int64_t> disabledAt;

    const std::optional<std::string>& operator[](Field f) const { return value[static_cast<std::size_t>(f)]; }
};

std::optional<std::string> disabledText(bool disabled) { return std::string(disabled ? "1" : "0"); }

// An account as a row of the setup or of the relay carries it (staff's columns).
Account fromRow(const Poco::JSON::Object::Ptr& row) {
    Account a;
    a.value[Role] = optionalString(row, "role");
    a.value[Name] = optionalString(row, "name");
    a.value[Password] = optionalString(row, "password_hash");
    a.mustChange = optionalInt(row, "must_change_password").value_or(0);
    a.disabledAt = optionalInt(row, "disabled_at");
    a.value[Disabled] = disabledText(a.disabledAt.has_value());
    return a;
}

Poco::JSON::Object::Ptr toRow(const Account& a) {
    Poco::JSON::Object::Ptr row = new Poco::JSON::Object(true);
    row->set("role", a[Role].value_or(""));
    row->set("name", a[Name].value_or(""));
    row->set("password_hash", a[Password].value_or(""));
    row->set("must_change_password", a.mustChange);
    row->set("disabled_at", a.disabledAt ? Poco::Dynamic::Var(*a.disabledAt) : Poco::Dynamic::Var());
    return row;
}

// An account read as role, name, password_hash, must_change_password and its disabled column (staff's disabled_at,
// or upstream_accounts' "1"/"0"); NULLs stay not known.
Account accountOf(const SqlRows& r, bool disabledAsTime) {
    Account a;
    a.value[Role] = r.optionalText(0, 0);
    a.value[Name] = r.optionalText(0, 1);
    a.value[Password] = r.optionalText(0, 2);
    a.mustChange = r.optionalInteger(0, 3).value_or(0);
    if (disabledAsTime) {
        a.disabledAt = r.optionalInteger(0, 4);
        a.value[Disabled] = disabledText(a.disabledAt.has_value());
    } else {
        a.value[Disabled] = r.optionalText(0, 4);
    }
    return a;
}

// The account of `user` in staff, with its hall (empty for a region's).
std::optional<std::pair<Account, std::string>> staffAccount(Session& s, const std::string& user) {
    const SqlRows r = runSql(s,
                             "SELECT role, name, password_hash, must_change_password, disabled_at, hall FROM staff"
                             " WHERE user_name = $1",
                             {user});
    if (r.empty())
        return std::nullopt;
    return std::make_pair(accountOf(r, true), r.text(0, 5));
}

// What the upstream last said of `user` (at the hall); nothing before the first time.
std::optional<Account> baseOf(Session& s, const std::string& user) {
    const SqlRows r = runSql(s,
                             "SELECT role, name, password_hash, must_change_password, disabled FROM upstream_accounts"
                             " WHERE user_name = $1",
                             {user});
    if (r.empty())
        return std::nullopt;
    return accountOf(r, false);
}

// The base as the relay carries it up ("base" of an account's change; null before the first time).
std::optional<Account> baseFromRow(const Poco::JSON::Object::Ptr& base) {
    if (!base)
        return std::nullopt;
    Account a;
    a.value[Role] = optionalString(base, "role");
    a.value[Name] = optionalString(base, "name");
    a.value[Password] = optionalString(base, "password_hash");
    a.value[Disabled] = optionalString(base, "disabled");
    return a;
}

// The upstream has said `t`'s value of field `f`.
void setBase(Session& s, const std::string& user, Field f, const Account& t) {
    runSql(s, "INSERT INTO upstream_accounts(user_name) VALUES($1) ON CONFLICT(user_name) DO NOTHING", {user});
    if (f == Password)
        runSql(s, "UPDATE upstream_accounts SET password_hash = $1, must_change_password = $2 WHERE user_name = $3",
               {t[Password], t.mustChange, user});
    else
        runSql(s,
               std::string("UPDATE upstream_accounts SET ") + (f == Disabled ? "disabled" : kColumns[f]) +
                   " = $1 WHERE user_name = $2",
               {t[f], user});
}

// `t`'s value of field `f` into the account `user` on this side; a new password or a disabling ends its sessions.
void applyField(Session& s, AuthStore& auth, const std::string& user, Field f, const Account& t, std::int64_t nowMs) {
    switch (f) {
    case Role:
    case Name:
        runSql(s, std::string("UPDATE staff SET ") + kColumns[f] + " = $1 WHERE user_name = $2", {t[f], user});
        auth.announceAccessChange(s); // a role holds from the next request, on every instance
        break;
    case Password:
        runSql(s,
               "UPDATE staff SET password_hash = $1, must_change_password = $2, failed_logins = 0, locked_until = 0"
               " WHERE user_name = $3",
               {t[Password], t.mustChange, user});
        auth.endSessions(s, "user_name", user, kEndedPasswordReset);
        break;
    case Disabled:
        if (t[Disabled] == disabledText(true)) {
            runSql(s, "UPDATE staff SET disabled_at = $1 WHERE user_name = $2", {t.disabledAt.value_or(nowMs), user});
            auth.endSessions(s, "user_name", user, kEndedDisabled);
        } else {
            runSql(s, "UPDATE staff SET disabled_at = NULL WHERE user_name = $1", {user});
        }
        break;
    case kFields: break;
    }
}

Poco::JSON::Object::Ptr fromUpstream() {
    Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
    detail->set("from", std::string("upstream"));
    return detail;
}

// What a person may see of a field's value: a password's is never shown.
std::optional<std::string> shown(Field f, const std::optional<std::string>& value) {
    return f == Password ? std::nullopt : value;
}

} // namespace

void recordJoined(Session& s, const Poco::JSON::Array::Ptr& rows) {
    for (unsigned i = 0; rows && i < rows->size(); ++i)
        if (const auto row = rows->getObject(i)) {
            const std::string user = requireString(row, "user_name");
            const Account joined = fromRow(row);
            for (int f = 0; f < kFields; ++f)
                setBase(s, user, static_cast<Field>(f), joined);
        }
}

Merged takeFromUpstream(Session& s, AuthStore& auth, const Poco::JSON::Array::Ptr& rows, const Principal& by,
                        std::int64_t nowMs) {
    Merged merged;
    for (unsigned i = 0; rows && i < rows->size(); ++i) {
        const auto row = rows->getObject(i);
        if (!row || optionalString(row, "hall").value_or("") != by.hall)
            continue; // the hall's accounts only, whatever the document says
        const std::string user = requireString(row, "user_name");
        const std::string subject = "staff:" + user;
        const Account theirs = fromRow(row);
        const auto here = staffAccount(s, user);
        if (!here) { // added upstream (the city's command line)
            runSql(s,
                   "INSERT INTO staff(user_name, hall, role, name, password_hash, must_change_password, disabled_at)"
                   " VALUES($1, $2, $3, $4, $5, $6, $7)",
                   {user, by.hall, theirs[Role], theirs[Name], theirs[Password], theirs.mustChange, theirs.disabledAt});
            for (int f = 0; f < kFields; ++f)
                setBase(s, user, static_cast<Field>(f), theirs);
            AuditLog::append(s, by, "staff.added", subject, fromUpstream(), nowMs);
            ++merged.added;
            continue;
        }
        if (here->second != by.hall)
            continue; // a name the hall holds for no account of its own
        const Account& ours = here->first;
        const auto base = baseOf(s, user);
        Poco::JSON::Array::Ptr changed = new Poco::JSON::Array;
        for (int n = 0; n < kFields; ++n) {
            const auto f = static_cast<Field>(n);
            auto forget = [&] {
                runSql(s, "DELETE FROM account_conflicts WHERE user_name = $1 AND field = $2", {user, kNames[f]});
            };
            const std::optional<std::string> b = base ? (*base)[f] : std::nullopt;
            if (theirs[f] == ours[f]) { // alike on both sides (a change that came back, or made on both)
                setBase(s, user, f, theirs);
                forget();
            } else if (b && theirs[f] == b) {
                // changed here only: it goes up with the relay
            } else if (b && ours[f] == b) { // changed upstream only
                applyField(s, auth, user, f, theirs, nowMs);
                setBase(s, user, f, theirs);
                forget();
                ++merged.taken;
                if (f == Disabled && theirs[Disabled] == disabledText(true)) {
                    AuditLog::append(s, by, "staff.disabled", subject, fromUpstream(), nowMs);
                    ++merged.disabled;
                } else {
                    changed->add(std::string(kNames[f]));
                }
            } else { // changed on both sides, each differently: for the hall's administrator
                const std::string upstreamRow = toJsonText(toRow(theirs));
                const SqlRows kept =
                    runSql(s, "SELECT upstream_row FROM account_conflicts WHERE user_name = $1 AND field = $2",
                           {user, kNames[f]});
                if (!kept.empty() && kept.text(0, 0) == upstreamRow)
                    continue; // kept already, as it is
                runSql(s,
                       "INSERT INTO account_conflicts(user_name, field, hall_value, upstream_value, upstream_row,"
                       " seen_at) VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT(user_name, field) DO UPDATE SET"
                       " hall_value = excluded.hall_value, upstream_value = excluded.upstream_value,"
                       " upstream_row = excluded.upstream_row, seen_at = excluded.seen_at",
                       {user, kNames[f], shown(f, ours[f]), shown(f, theirs[f]), upstreamRow, nowMs});
                Poco::JSON::Object::Ptr detail = fromUpstream();
                detail->set("field", std::string(kNames[f]));
                AuditLog::append(s, by, "staff.conflict", subject, detail, nowMs);
                ++merged.conflicts;
            }
        }
        if (changed->size() > 0) {
            Poco::JSON::Object::Ptr detail = fromUpstream();
            detail->set("fields", changed);
            AuditLog::append(s, by, "staff.changed", subject, detail, nowMs);
        }
    }
    return merged;
}

void takeFromHall(Session& s, AuthStore& auth, const Principal& hallServer, const Poco::JSON::Object::Ptr& row,
                  std::int64_t nowMs) {
    const std::string user = optionalString(row, "user_name").value_or("");
    Account hall;
    try {
        hall = fromRow(row);
    } catch (const BadInput& e) {
        throw StoreError::invalid("invalid_field", "account " + user + ": " + e.what());
    }
    if (user.empty() || !staffRoleFromString(hall[Role].value_or("")) || hall[Name].value_or("").empty() ||
        hall[Password].value_or("").empty())
        throw StoreError::invalid("invalid_field",
                                  "an account goes up with its user name, a known role, a name and a password");
    const std::string subject = "staff:" + user;
    const auto here = staffAccount(s, user);
    if (!here) {
        runSql(s,
               "INSERT INTO staff(user_name, hall, role, name, password_hash, must_change_password, disabled_at)"
               " VALUES($1, $2, $3, $4, $5, $6, $7)",
               {user, hallServer.hall, hall[Role], hall[Name], hall[Password], hall.mustChange, hall.disabledAt});
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("from", std::string("hall"));
        AuditLog::append(s, hallServer, "staff.added", subject, detail, nowMs);
        return;
    }
    if (here->second != hallServer.hall) {
        // The hall's administrator chose a name taken here (another hall's, a region's): the account serves at the
        // hall and stays out of this server, and whoever keeps it is told.
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("from", std::string("hall"));
        detail->set("reason", std::string("user_taken"));
        AuditLog::append(s, hallServer, "staff.refused", subject, detail, nowMs);
        std::cerr << "onewindow-server: hall " << hallServer.hall << " relayed an account \"" << user
                  << "\" whose name another hall or region holds here; it is kept at the hall only\n";
        return;
    }
    const Account& ours = here->first;
    const auto base = baseFromRow(optionalObject(row, "base"));
    Poco::JSON::Array::Ptr changed = new Poco::JSON::Array;
    for (int n = 0; n < kFields; ++n) {
        const auto f = static_cast<Field>(n);
        const std::optional<std::string> b = base ? (*base)[f] : std::nullopt;
        // Taken where this side still has what the hall last took from it; otherwise this side changed it too and
        // the hall's administrator settles it there.
        if (hall[f] != ours[f] && b && ours[f] == b) {
            applyField(s, auth, user, f, hall, nowMs);
            changed->add(std::string(kNames[f]));
        }
    }
    if (changed->size() > 0) {
        Poco::JSON::Object::Ptr detail = new Poco::JSON::Object(true);
        detail->set("from", std::string("hall"));
        detail->set("fields", changed);
        AuditLog::append(s, hallServer, "staff.changed", subject, detail, nowMs);
    }
}

void settle(Session& s, AuthStore& auth, const Principal& by, const std::string& user, const std::string& field,
            bool keepHall, std::int64_t nowMs) {
    const auto f = fieldNamed(field);
    const SqlRows kept =
        f ? runSql(s, "SELECT upstream_row FROM account_conflicts WHERE user_name = $1 AND field = $2", {user, field})
          : SqlRows();
    if (kept.empty())
        throw StoreError::notFound("nothing of " + user + "'s " + field + " waits to be settled");
    const Account theirs = fromRow(parseObject(kept.text(0, 0)));
    if (!keepHall && by.user == user &&
        ((*f == Role && theirs[Role] != std::string(toString(StaffRole::Admin))) ||
         (*f == Disabled && theirs[Disabled] == disabledText(true))))
        throw StoreError::conflict("own_account", "an administrator cannot take away their own role or account; "
                                                  "another administrator can");
    setBase(s, user, *f, theirs);
    runSql(s, "DELETE FROM account_conflicts WHERE user_name = $1 AND field = $2", {user, field});
    if (keepHall) // written again, so that it goes up as decided after the upstream's
        runSql(s, std::string("UPDATE staff SET ") + kColumns[*f] + " = " + kColumns[*f] + " WHERE user_name = $1",
               {user});
    else
        applyField(s, auth, user, *f, theirs, nowMs);
}

std::string baseForTrigger() {
    return "json((SELECT json_object('role', role, 'name', name, 'password_hash', password_hash,"
           " 'must_change_password', must_change_password, 'disabled', disabled) FROM upstream_accounts"
           " WHERE user_name = NEW.user_name))";
}

} // namespace ow::server::accounts
