#include "ApiError.h"
#include "Router.h"

#include "domain/Json.h"

namespace ow::server {

void addSyncRoutes(Router& router) {
    // POST {"device_id","changes":[{"seq","entity","id","base_version","op","data"}]}: every change gets a result;
    // all of them are acknowledged (applied, conflict kept for a person, or quarantined) so the device can clear
    // its outbox; only a malformed request is refused whole.
    router.add("POST", "/api/v1/sync/push", [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        if (!who.isStaff() || (who.kind != DeviceKind::Counter && who.kind != DeviceKind::Station))
            throw ApiError::forbidden("cases are pushed by a counter or station with a person logged in");
        const auto body = ctx.jsonBody();
        if (requireString(body, "device_id") != who.deviceId)
            throw ApiError::forbidden("a device pushes only its own changes");
        const auto changes = optionalArray(body, "changes");
        if (!changes)
            throw BadInput("invalid_field", "field \"changes\" is required");
        if (changes->size() > 500)
            throw BadInput("invalid_field", "at most 500 changes per push");
        std::vector<PushedChange> parsed;
        for (unsigned i = 0; i < changes->size(); ++i) {
            const auto c = changes->getObject(i);
            if (!c)
                throw BadInput("invalid_field", "changes[" + std::to_string(i) + "] must be an object");
            PushedChange change;
            change.seq = requireInt(c, "seq");
            change.entity = requireString(c, "entity");
            change.id = requireString(c, "id");
            change.baseVersion = static_cast<int>(optionalInt(c, "base_version").value_or(0));
            change.op = requireString(c, "op");
            const auto data = optionalObject(c, "data");
            if (!data)
                throw BadInput("invalid_field", "changes[" + std::to_string(i) + "].data must be an object");
            change.data = toJsonText(data);
            parsed.push_back(std::move(change));
        }
        Poco::JSON::Array::Ptr results = new Poco::JSON::Array;
        Poco::JSON::Array::Ptr acks = new Poco::JSON::Array;
        for (const auto& change : parsed) {
            const PushResult r = ctx.server().sync.apply(who, change, ctx.server().clock());
            Poco::JSON::Object::Ptr item = new Poco::JSON::Object(true);
            item->set("seq", r.seq);
            item->set("status", std::string(toString(r.status)));
            item->set("replay", r.replay);
            if (!r.reason.empty())
                item->set("reason", r.reason);
            if (r.status == PushResult::Status::Conflict)
                item->set("server_version", r.serverVersion);
            results->add(item);
            acks->add(r.seq);
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("acks", acks);
        out->set("results", results);
        out->set("cursor", ctx.server().sync.cursor(who.hall));
        ctx.sendJson(200, out);
    });
}

} // namespace ow::server
