#pragma once

#include "AuthStore.h"

#include <Poco/Data/Session.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>

namespace ow::server {

// The staff accounts of a hall with a server of its own, changed on both sides (issue 31): the hall's administrator
// runs them at the hall, with the line cut too, and the city's command line may add, rename, disable or give a new
// password upstream. Each account's fields — role, name, password (with whether its owner must change it), disabled
// — are merged one by one against what the upstream last said of them (upstream_accounts, at the hall):
// - changed on one side only, the other side takes it: down at the hall's next round, up with the relay;
// - changed on both sides to the same value, nothing to do;
// - changed on both sides differently, the upstream keeps its value and the hall keeps its own, and the hall's
//   administrator settles it (account_conflicts; the 人员 page): keeping the hall's sends it up as a change made
//   after the upstream's, taking the upstream's applies it at the hall.
// Nothing is lost and nothing is applied twice: a change comes back as the value the other side already has.
// A password or a disabling taken from the other side ends the account's sessions there, as a reset would.
namespace accounts {

// At joining: the accounts as the upstream gave them are what it last said.
void recordJoined(Poco::Data::Session& s, const Poco::JSON::Array::Ptr& rows);

struct Merged {
    int added = 0;     // accounts the upstream added for the hall
    int taken = 0;     // fields changed upstream only, now the hall's too
    int disabled = 0;  // of them, accounts disabled
    int conflicts = 0; // fields changed on both sides, newly kept for the administrator
};
// At the hall, inside a write: the upstream's accounts of the hall (the rows of its setup; another hall's are passed
// over) merged into the hall's. Audited as `by` (the hall server): staff.added, staff.changed and staff.disabled with
// "from":"upstream", staff.conflict when a field is first kept for the administrator. After the write the caller
// calls auth.accessEnded() (sessions may have ended).
Merged takeFromUpstream(Poco::Data::Session& s, AuthStore& auth, const Poco::JSON::Array::Ptr& rows,
                        const Principal& by, std::int64_t nowMs);

// Upstream, inside the relay's write: an account of the hall as its server relayed it (its fields, and under "base"
// what the hall last took from here). A new user name is added to the hall; one of another hall or a region is
// left alone (audited staff.refused: user names are unique on a server, and the hall's administrator chose one that
// is taken here); a field is taken only where this side still has what the hall last took. StoreError Invalid for a
// row that does not read (the batch is refused).
void takeFromHall(Poco::Data::Session& s, AuthStore& auth, const Principal& hallServer,
                  const Poco::JSON::Object::Ptr& row, std::int64_t nowMs);

// At the hall, inside a write: the administrator settles a field kept on both sides — `keepHall`: the hall's value
// stays and goes up as decided after the upstream's; otherwise the upstream's is applied here. StoreError NotFound
// when no such conflict is kept; Conflict own_account when `by` would take from the upstream a role other than
// administrator or a disabling for their own account (another administrator decides that).
void settle(Poco::Data::Session& s, AuthStore& auth, const Principal& by, const std::string& user,
            const std::string& field, bool keepHall, std::int64_t nowMs);

// The relay's trigger: what the hall last took of the account NEW.user_name, as a JSON value for json_object().
std::string baseForTrigger();

} // namespace accounts
} // namespace ow::server
