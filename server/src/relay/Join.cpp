#include "Join.h"

#include "HallSetupCopy.h"
#include "PermitKeyStore.h"
#include "Relay.h"
#include "RelayStore.h"
#include "Sql.h"
#include "UpstreamClient.h"

#include "domain/ApiPaths.h"
#include "domain/Json.h"
#include "domain/wire/Auth.h"

#include <stdexcept>

namespace ow::server {

Joined joinUpstream(Database& db, const JoinRequest& request, std::int64_t nowMs) {
    if (db.dialect() != Dialect::SQLite) // before the code is used
        throw std::runtime_error("a hall server keeps its database in SQLite (--db sqlite:PATH); PostgreSQL is for "
                                 "the servers of a city or a province");
    UpstreamClient upstream(request.upstream, request.trust);
    wire::EnrollRequest asked;
    asked.code = request.code;
    asked.name = request.name;
    asked.kind = "hall"; // a code for another kind of device is refused and stays unused
    const UpstreamReply enrolled = upstream.post(api::kEnroll, toJsonText(asked.toJson()));
    if (!enrolled.ok())
        throw std::runtime_error("the upstream did not enroll this hall server: " + enrolled.problem());
    wire::Enrolled device;
    try {
        device = wire::Enrolled::fromJson(enrolled.json());
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the upstream's answer to the enrollment could not be read: ") + e.what());
    }
    if (device.kind != "hall")
        throw std::runtime_error("this code enrolled a " + device.kind +
                                 " device, not a hall server: on the upstream, admin enroll-code --hall " +
                                 device.hall + " --kind hall gives one");
    upstream.setToken(device.deviceToken);

    const UpstreamReply setup = upstream.get(api::path(api::kHallSetup, {device.hall}));
    if (!setup.ok())
        throw std::runtime_error("the upstream did not hand over hall \"" + device.hall + "\": " + setup.problem());
    Poco::JSON::Object::Ptr hall;
    try {
        hall = setup.json();
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the hall's setup could not be read: ") + e.what());
    }
    // Everything the hall does from here on goes up, its audit chain from its first entry.
    RelayStore(db).installTriggers();
    Joined joined;
    joined.hall = takeHallSetup(db, hall, nowMs);
    joined.deviceId = device.deviceId;
    auto sizeOf = [&](const char* list) -> std::size_t {
        const auto rows = optionalArray(hall, list);
        return rows ? rows->size() : 0;
    };
    joined.staff = sizeOf("staff");
    joined.counters = sizeOf("counters");
    joined.categories = sizeOf("categories");
    if (const auto catalogs = optionalArray(hall, "catalogs"); catalogs && catalogs->size() > 0)
        joined.catalogVersion = catalogs->getObject(0)->getValue<std::int64_t>("version");
    db.write([&](Poco::Data::Session& s) {
        runSql(s,
               "INSERT INTO upstream(hall, url, device_id, token, ca_file, pin_sha256, joined_at)"
               " VALUES($1, $2, $3, $4, $5, $6, $7)",
               {joined.hall, upstream.url(), device.deviceId, device.deviceToken,
                request.trust.caFile.empty() ? SqlParam() : SqlParam(request.trust.caFile),
                request.trust.pinSha256.empty() ? SqlParam() : SqlParam(request.trust.pinSha256), nowMs});
    });

    // The hall signs its own permits from now on, with the line cut too; the upstream keeps the public half.
    joined.kid = PermitKeyStore(db, db.keyDirectory()).generate(joined.hall, std::nullopt, nowMs);
    joined.keySent = sendOwedPermitKey(db, upstream, joined.hall);
    return joined;
}

} // namespace ow::server
