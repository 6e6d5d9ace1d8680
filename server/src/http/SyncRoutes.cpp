#include "ApiError.h"
#include "Router.h"
#include "StoreError.h"

#include "domain/BlobPack.h"
#include "domain/Json.h"
#include "domain/Masking.h"
#include "domain/wire/Blobs.h"
#include "domain/wire/Sync.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <optional>

namespace ow::server {
namespace {

struct ContentRange {
    std::int64_t first = 0, last = 0, total = 0;
};

// "bytes 0-1048575/4194304"
std::optional<ContentRange> parseContentRange(const std::string& text) {
    ContentRange r;
    char tail = 0;
    long long first = 0, last = 0, total = 0;
    if (std::sscanf(text.c_str(), "bytes %lld-%lld/%lld%c", &first, &last, &total, &tail) != 3)
        return std::nullopt;
    if (first < 0 || last < first || total <= last)
        return std::nullopt;
    r.first = first;
    r.last = last;
    r.total = total;
    return r;
}

// Attachments are scans taken at a window: a person logged in at a counter or a station uploads them, and asks how
// far an upload got.
// A counter or station with a person logged in, or the hall's own server relaying what its devices uploaded there.
void requireUploader(const Principal& who) {
    if (who.kind == DeviceKind::Hall)
        return;
    if (!who.isStaff() || (who.kind != DeviceKind::Counter && who.kind != DeviceKind::Station))
        throw ApiError::forbidden("attachments are uploaded by a counter or station with a person logged in");
}

} // namespace

void addSyncRoutes(Router& router) {
    // POST {"device_id","changes":[{"seq","entity","id","base_version","op","data"}]}: every change gets a result;
    // all of them are acknowledged (applied, conflict kept for a person, or quarantined) so the device can clear
    // its outbox; only a malformed request is refused whole.
    router.add("POST", api::kSyncPush, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        if (!who.isStaff() || (who.kind != DeviceKind::Counter && who.kind != DeviceKind::Station))
            throw ApiError::forbidden("cases are pushed by a counter or station with a person logged in");
        const wire::SyncPush push = wire::SyncPush::fromJson(ctx.jsonBody());
        if (push.deviceId != who.deviceId)
            throw ApiError::forbidden("a device pushes only its own changes");
        std::vector<PushedChange> parsed;
        parsed.reserve(push.changes.size());
        for (const wire::SyncChange& c : push.changes)
            parsed.push_back({c.seq, c.entity, c.id, c.baseVersion, c.op, toJsonText(c.data), c.data});
        wire::PushReply reply;
        reply.results = ctx.server().sync.applyAll(who, parsed, ctx.server().clock());
        for (const PushResult& r : reply.results)
            if (r.status != PushResult::Status::Waiting) // a waiting change stays in the device's outbox
                reply.acks.push_back(r.seq);
        reply.cursor = ctx.server().sync.cursor(who.hall);
        ctx.sendJson(200, reply.toJson());
    });

    // The hall's change log after a cursor: what other devices and the server changed (a device's own changes are
    // left out; the cursor still moves past them). The device stores the new cursor only once it has applied the
    // changes locally.
    router.add("GET", api::kSyncPull, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        if (who.kind != DeviceKind::Counter && who.kind != DeviceKind::Station && who.kind != DeviceKind::Supervisor)
            throw ApiError::forbidden("only counters, stations and supervisors pull the change log");
        // Cases carry whole ID and phone numbers: a person of the hall must be logged in on the device (whose role
        // decides the masking), not just the device.
        if (!who.isStaff())
            throw ApiError(403, "session_required",
                           "the change log holds personal data: a person of the hall logs in first");
        const std::int64_t cursor = ctx.queryInt("cursor", 0, 0, std::numeric_limits<std::int64_t>::max());
        const int limit = static_cast<int>(ctx.queryInt("limit", 200, 1, 1000));
        const auto changes = ctx.server().sync.pull(who.hall, cursor, limit + 1, who.deviceId);
        wire::PullPage page;
        page.cursor = cursor;
        for (std::size_t i = 0; i < changes.size() && static_cast<int>(i) < limit; ++i) {
            page.cursor = changes[i].cursor;
            if (changes[i].own)
                continue; // the device has it: it made it
            Poco::JSON::Object::Ptr data = parseObject(changes[i].data);
            if (who.kind == DeviceKind::Supervisor)
                maskPersonalData(data); // a supervisor oversees cases; whole ID and phone numbers are the counters'
            page.changes.push_back({changes[i].cursor, changes[i].entity, changes[i].id, changes[i].version, data});
        }
        page.more = static_cast<int>(changes.size()) > limit;
        ctx.sendJson(200, page.toJson());
    });

    // Attachments, content-addressed. PUT takes the whole blob or a piece of it (Content-Range: bytes a-b/total);
    // 409 wrong_offset with "received" tells where an interrupted upload goes on.
    router.add("PUT", api::kBlob, [](RequestContext& ctx) {
        const Principal who = ctx.principalOrHallServer();
        requireUploader(who);
        const std::string sha = ctx.param(0);
        const std::string& bytes = ctx.body();
        std::int64_t offset = 0;
        std::int64_t total = static_cast<std::int64_t>(bytes.size());
        if (ctx.request().has("Content-Range")) {
            const auto range = parseContentRange(ctx.request().get("Content-Range"));
            if (!range || range->last - range->first + 1 != static_cast<std::int64_t>(bytes.size()))
                throw ApiError::badRequest("invalid_range",
                                           "Content-Range must be \"bytes first-last/total\" and match the body");
            offset = range->first;
            total = range->total;
        }
        if (!ctx.server().blobs.has(sha)) // sending a held blob again costs nothing
            ctx.server().blobs.admit(who.deviceId, who.hall, static_cast<std::int64_t>(bytes.size()),
                                     ctx.server().clock(), who.kind == DeviceKind::Hall);
        try {
            ctx.sendJson(200, ctx.server().blobs.put(sha, offset, total, bytes, ctx.server().clock()).toJson());
        } catch (const StoreError& e) {
            if (e.code() != "wrong_offset")
                throw;
            BlobStatus held = ctx.server().blobs.status(sha);
            held.errorCode = e.code();
            held.errorMessage = e.what();
            ctx.sendJson(409, held.toJson());
        }
    });
    // A pack of small attachments in one request (domain/BlobPack.h): each is checked and stored on its own and
    // gets its own status; one that does not match its name is reported without stopping the rest.
    router.add("POST", api::kBlobs, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        requireUploader(who);
        if (ctx.request().getContentType() != blobpack::kContentType)
            throw ApiError(415, "unsupported_media_type",
                           "a pack of attachments is sent as " + std::string(blobpack::kContentType));
        // Counted as announced (a pack without a length as the largest a pack may be).
        const auto& request = ctx.request();
        ctx.server().blobs.admit(who.deviceId, who.hall,
                                 request.hasContentLength() ? std::min(request.getContentLength64(), blobpack::kMaxBody)
                                                            : blobpack::kMaxBody,
                                 ctx.server().clock());
        const auto packed = ctx.server().blobs.putPack(ctx.bodyStream(blobpack::kMaxBody), ctx.server().clock());
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& blob : packed) {
            list->add(blob.toJson());
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("blobs", list);
        ctx.sendJson(200, out);
    });
    router.add("GET", api::kBlobStatus, [](RequestContext& ctx) {
        requireUploader(ctx.principalOrHallServer());
        ctx.sendJson(200, ctx.server().blobs.status(ctx.param(0)).toJson());
    });

    // Which of the attachments a case names the server holds.
    router.add("GET", api::kCaseAttachments, [](RequestContext& ctx) {
        const Principal who = ctx.principal();
        if (!who.isStaff())
            throw ApiError(403, "session_required", "a case's attachments are a person's of the hall to see");
        const auto expected = ctx.server().sync.caseAttachments(who.hall, ctx.param(0));
        if (!expected)
            throw ApiError::notFound("no such case in this hall");
        const auto held = ctx.server().blobs.held(*expected);
        Poco::JSON::Array::Ptr expectedList = new Poco::JSON::Array, heldList = new Poco::JSON::Array,
                               missingList = new Poco::JSON::Array;
        for (const auto& name : *expected) {
            expectedList->add(name);
            (std::find(held.begin(), held.end(), name) != held.end() ? heldList : missingList)->add(name);
        }
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
        out->set("case", ctx.param(0));
        out->set("expected", expectedList);
        out->set("held", heldList);
        out->set("missing", missingList);
        ctx.sendJson(200, out);
    });
}

} // namespace ow::server
