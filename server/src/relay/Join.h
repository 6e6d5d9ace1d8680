#pragma once

#include "Database.h"

#include "net/ServerTrust.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ow::server {

// Where a hall server's upstream is and how it is trusted (admin join's flags).
struct JoinRequest {
    std::string upstream; // https://city.example:8443
    std::string code;     // from the upstream's admin enroll-code --hall ID --kind hall
    ServerTrust trust;    // --upstream-ca / --upstream-pin; neither: the system's CAs
    std::string name = "hall server";
};

struct Joined {
    std::string hall, deviceId, kid;
    bool keySent = false; // the key's public half confirmed by the upstream (else sent with the relay later)
    std::size_t staff = 0, counters = 0, categories = 0;
    std::optional<std::int64_t> catalogVersion;
};

// Makes this database the server of a hall of the upstream (admin join, issue 31): enrolls with the one-time code
// as the hall's device of kind hall, takes the hall in as the upstream keeps it (HallSetupCopy), records the line
// (table upstream), makes the hall's own permit-signing key and sends its public half up. Throws std::runtime_error
// in words — a code that is not a hall server's, a line that fails, a database that holds the hall already — and
// leaves this database as it was unless the hall was taken in.
Joined joinUpstream(Database& db, const JoinRequest& request, std::int64_t nowMs);

} // namespace ow::server
