#include "ApiError.h"
#include "Router.h"
#include "WebSocketFrames.h"

#include "domain/Json.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace ow::server {
namespace {

// Whether a header's comma-separated list has `token` (compared without case): "keep-alive, Upgrade".
bool hasToken(const std::string& header, const std::string& token) {
    Poco::StringTokenizer parts(header, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const auto& part : parts)
        if (Poco::icompare(part, token) == 0)
            return true;
    return false;
}

} // namespace

// GET /api/v1/halls/{hall}/events: a WebSocket of the hall's queue events. The upgrade is answered here, on a
// request thread; the connection is then handed to the event hub, which serves every stream from one thread.
void addEventsRoute(Router& router) {
    router.add("GET", api::kEvents, [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        const Principal& who = ctx.principal();
        ctx.requireHall(hall);
        auto& request = ctx.request();
        const std::string key = request.get("Sec-WebSocket-Key", "");
        if (!hasToken(request.get("Upgrade", ""), "websocket") || !hasToken(request.get("Connection", ""), "upgrade") ||
            key.empty())
            throw ApiError::badRequest("not_websocket", "this route needs a WebSocket upgrade");
        if (request.get("Sec-WebSocket-Version", "") != "13") {
            ctx.response().set("Sec-WebSocket-Version", "13");
            throw ApiError(426, "upgrade_required", "this server speaks WebSocket version 13");
        }
        ServerContext& server = ctx.server();
        // Registered before the snapshot is taken: whatever happens after it reaches the board too (the board
        // skips events its snapshot already has by their seq).
        auto stream = server.events.open(hall, {who.deviceId, ctx.bearerToken(), who.expiresAtMs});
        try {
            Poco::JSON::Object::Ptr first = new Poco::JSON::Object(true);
            first->set("type", std::string("snapshot"));
            first->set("seq", server.queue.lastEventSeq(hall));
            first->set("snapshot", queueSnapshotToJson(hallSnapshot(server, hall)));
            auto& response = ctx.response();
            response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_SWITCHING_PROTOCOLS);
            response.set("Upgrade", "websocket");
            response.set("Connection", "Upgrade");
            response.set("Sec-WebSocket-Accept", ws::acceptKey(key));
            response.setContentLength(Poco::Net::HTTPResponse::UNKNOWN_CONTENT_LENGTH);
            response.send().flush();
            auto socket = static_cast<Poco::Net::HTTPServerRequestImpl&>(request).detachSocket();
            server.events.attach(stream, socket, toJsonText(first));
        } catch (...) {
            server.events.close(stream);
            throw;
        }
    });
}

} // namespace ow::server
