#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The wire contract of offline-first sync: what a device pushes from its outbox, what became of each change, and the
// pages of the hall's change log it pulls (POST /api/v1/sync/push, GET /api/v1/sync/pull).
namespace ow::wire {

// One change of a device's outbox.
struct SyncChange {
    std::int64_t seq = 0; // the device's own order, unique per device
    std::string entity;   // "case"
    std::string id;
    int baseVersion = 0; // the version the device changed; 0 for a new entity
    std::string op;      // "upsert"
    Poco::JSON::Object::Ptr data;

    Poco::JSON::Object::Ptr toJson() const;
    static SyncChange fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// Body of POST /api/v1/sync/push.
struct SyncPush {
    static constexpr std::size_t kMaxChanges = 500;
    std::string deviceId;
    std::vector<SyncChange> changes;

    Poco::JSON::Object::Ptr toJson() const;
    // Throws BadInput naming the change that is wrong, or when there are more than kMaxChanges.
    static SyncPush fromJson(const Poco::JSON::Object::Ptr& object);
};

// What became of one pushed change. A replay of a change the server already has gets the first answer again.
struct PushResult {
    // Waiting: the change names attachments the server does not hold yet; nothing was recorded, the device keeps
    // it and sends it again after uploading them (`missing` lists them).
    enum class Status { Applied, Conflict, Rejected, Waiting };
    std::int64_t seq = 0;
    Status status = Status::Applied;
    bool replay = false;
    std::string reason;               // conflict or rejection, for a person
    int serverVersion = 0;            // conflict: what the server holds
    std::vector<std::string> missing; // waiting: the blobs still to upload

    Poco::JSON::Object::Ptr toJson() const;
    static PushResult fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};
std::string_view toString(PushResult::Status status);

// 200 of POST /api/v1/sync/push: a result per change; acks are the changes the device may clear from its outbox
// (all but the waiting ones); cursor is the hall's change log as of the push.
struct PushReply {
    std::vector<std::int64_t> acks;
    std::vector<PushResult> results;
    std::int64_t cursor = 0;

    Poco::JSON::Object::Ptr toJson() const;
    static PushReply fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// One entry of the change log, as a device pulls it.
struct PulledChange {
    std::int64_t cursor = 0;
    std::string entity; // "case", "permit"
    std::string id;
    int version = 0;
    Poco::JSON::Object::Ptr data;

    Poco::JSON::Object::Ptr toJson() const;
    static PulledChange fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// 200 of GET /api/v1/sync/pull: the page, the cursor after it, and whether more follow.
struct PullPage {
    std::vector<PulledChange> changes;
    std::int64_t cursor = 0;
    bool more = false;

    Poco::JSON::Object::Ptr toJson() const;
    static PullPage fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

} // namespace ow::wire
