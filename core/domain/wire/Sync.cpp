#include "domain/wire/Sync.h"

#include "domain/EnumNames.h"
#include "domain/Json.h"

#include <limits>

namespace ow::wire {
namespace {

constexpr EnumNames<PushResult::Status, 4> kStatuses{{{PushResult::Status::Applied, "applied"},
                                                      {PushResult::Status::Conflict, "conflict"},
                                                      {PushResult::Status::Rejected, "rejected"},
                                                      {PushResult::Status::Waiting, "waiting"}}};

// A version is a count of saves, added to: within 32 bits and below the largest.
int versionField(const Poco::JSON::Object::Ptr& object, const char* key) {
    return static_cast<int>(optionalIntIn(object, key, 0, std::numeric_limits<std::int32_t>::max() - 1).value_or(0));
}

Poco::JSON::Object::Ptr requireData(const Poco::JSON::Object::Ptr& object) {
    auto data = optionalObject(object, "data");
    if (!data)
        throw BadInput("invalid_field", "field \"data\" must be an object");
    return data;
}

template <typename T> Poco::JSON::Array::Ptr arrayOf(const std::vector<T>& items) {
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const auto& item : items)
        out->add(item.toJson());
    return out;
}

} // namespace

std::string_view toString(PushResult::Status status) { return nameOf(kStatuses, status); }

Poco::JSON::Object::Ptr SyncChange::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("seq", seq);
    o->set("entity", entity);
    o->set("id", id);
    o->set("base_version", baseVersion);
    o->set("op", op);
    o->set("data", data ? data : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    return o;
}

SyncChange SyncChange::fromJson(const Poco::JSON::Object::Ptr& object) {
    SyncChange c;
    c.seq = requireInt(object, "seq");
    c.entity = requireString(object, "entity");
    c.id = requireString(object, "id");
    c.baseVersion = versionField(object, "base_version");
    c.op = requireString(object, "op");
    c.data = requireData(object);
    return c;
}

Poco::JSON::Object::Ptr SyncPush::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("device_id", deviceId);
    o->set("changes", arrayOf(changes));
    return o;
}

SyncPush SyncPush::fromJson(const Poco::JSON::Object::Ptr& object) {
    SyncPush push;
    push.deviceId = requireString(object, "device_id");
    const auto changes = optionalArray(object, "changes");
    if (!changes)
        throw BadInput("invalid_field", "field \"changes\" is required");
    if (changes->size() > kMaxChanges)
        throw BadInput("invalid_field", "at most " + std::to_string(kMaxChanges) + " changes per push");
    push.changes = objectsOf<SyncChange>(object, "changes", SyncChange::fromJson);
    return push;
}

Poco::JSON::Object::Ptr PushResult::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("seq", seq);
    o->set("status", std::string(toString(status)));
    o->set("replay", replay);
    if (!reason.empty())
        o->set("reason", reason);
    if (status == Status::Conflict)
        o->set("server_version", serverVersion);
    if (status == Status::Waiting)
        o->set("missing", toJsonArray(missing));
    return o;
}

PushResult PushResult::fromJson(const Poco::JSON::Object::Ptr& object) {
    PushResult r;
    r.seq = requireInt(object, "seq");
    const std::string status = requireString(object, "status");
    const auto known = valueOf(kStatuses, status);
    if (!known)
        throw BadInput("invalid_field", "unknown status \"" + status + "\"");
    r.status = *known;
    r.replay = optionalBool(object, "replay").value_or(false);
    r.reason = optionalString(object, "reason").value_or("");
    r.serverVersion = versionField(object, "server_version");
    r.missing = optionalStrings(object, "missing");
    return r;
}

Poco::JSON::Object::Ptr PushReply::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    Poco::JSON::Array::Ptr acked = new Poco::JSON::Array;
    for (const auto seq : acks)
        acked->add(seq);
    o->set("acks", acked);
    o->set("results", arrayOf(results));
    o->set("cursor", cursor);
    return o;
}

PushReply PushReply::fromJson(const Poco::JSON::Object::Ptr& object) {
    PushReply reply;
    const auto acks = optionalArray(object, "acks");
    for (unsigned i = 0; acks && i < acks->size(); ++i) {
        if (!acks->get(i).isInteger())
            throw BadInput("invalid_field", "acks must be a list of integers");
        reply.acks.push_back(acks->get(i).convert<std::int64_t>());
    }
    reply.results = objectsOf<PushResult>(object, "results", PushResult::fromJson);
    reply.cursor = optionalInt(object, "cursor").value_or(0);
    return reply;
}

Poco::JSON::Object::Ptr PulledChange::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("cursor", cursor);
    o->set("entity", entity);
    o->set("id", id);
    o->set("version", version);
    o->set("data", data ? data : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    return o;
}

PulledChange PulledChange::fromJson(const Poco::JSON::Object::Ptr& object) {
    PulledChange c;
    c.cursor = requireInt(object, "cursor");
    c.entity = requireString(object, "entity");
    c.id = requireString(object, "id");
    c.version = versionField(object, "version");
    c.data = requireData(object);
    return c;
}

Poco::JSON::Object::Ptr PullPage::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set("changes", arrayOf(changes));
    o->set("cursor", cursor);
    o->set("more", more);
    return o;
}

PullPage PullPage::fromJson(const Poco::JSON::Object::Ptr& object) {
    PullPage page;
    page.changes = objectsOf<PulledChange>(object, "changes", PulledChange::fromJson);
    page.cursor = requireInt(object, "cursor");
    page.more = optionalBool(object, "more").value_or(false);
    return page;
}

} // namespace ow::wire
