#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/wire/Admin.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

// A hall's staff accounts as its administrator runs them from the screens: the list, a new account, a name or role
// changed, an account disabled or enabled again, a password reset (which its owner must change at the next login),
// and a person's own change of password. Every change is audited with what it was before and after (never a
// password); disabling and resetting end the account's sessions at once, on every instance (AuthStore::endSessions).
// The written password rules (domain/Staff.h) hold for every password set here.
class StaffStore {
public:
    StaffStore(Database& db, AuthStore& auth)
        : m_db(db)
        , m_auth(auth) {}

    // On a hall server, each account with the fields changed both there and upstream (upstream_conflicts).
    std::vector<wire::StaffMember> list(const std::string& hall);
    // 409 user_taken when the user name exists (in any hall: names are unique on a server).
    wire::StaffMember create(const Principal& by, const wire::NewStaff& staff, std::int64_t nowMs);
    // 404 for an account of another hall; 409 own_account for an administrator disabling themselves or giving up
    // their own role (another administrator does that, so that a hall cannot lock itself out).
    wire::StaffMember change(const Principal& by, const std::string& user, const wire::StaffChange& change,
                             std::int64_t nowMs);
    void resetPassword(const Principal& by, const std::string& user, const std::string& password, std::int64_t nowMs);
    // The person's own: 403 wrong_password when `current` is not their password. Their other sessions end;
    // `sessionToken` (the one asking) goes on.
    void changeOwnPassword(const Principal& who, const std::string& sessionToken, const std::string& current,
                           const std::string& password, std::int64_t nowMs);
    // On a hall server: a field changed both at the hall and upstream settled by the administrator (accounts::settle),
    // audited staff.settled with the field and the side kept. 404 when nothing of it waits to be settled.
    wire::StaffMember settleConflict(const Principal& by, const std::string& user, const std::string& field,
                                     const wire::ConflictSettled& settled, std::int64_t nowMs);

private:
    Database& m_db;
    AuthStore& m_auth;
};

} // namespace ow::server
