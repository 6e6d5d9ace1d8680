#include "ApiError.h"
#include "Router.h"

#include "domain/Json.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>

namespace ow::server {
namespace {

constexpr int kFin = Poco::Net::WebSocket::FRAME_FLAG_FIN;

void sendText(Poco::Net::WebSocket& ws, const std::string& text) {
    ws.sendFrame(text.data(), static_cast<int>(text.size()), Poco::Net::WebSocket::FRAME_TEXT);
}

// Answers pings and notices a close; returns false when the peer is gone.
bool drainIncoming(Poco::Net::WebSocket& ws) {
    while (ws.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ)) {
        char buffer[1024];
        int flags = 0;
        const int n = ws.receiveFrame(buffer, sizeof buffer, flags);
        const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
        if (n <= 0 || opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
            return false;
        if (opcode == Poco::Net::WebSocket::FRAME_OP_PING)
            ws.sendFrame(buffer, n, kFin | Poco::Net::WebSocket::FRAME_OP_PONG);
    }
    return true;
}

} // namespace

void addEventsRoute(Router& router) {
    router.add("GET", "/api/v1/halls/{}/events", [](RequestContext& ctx) {
        const std::string hall = ctx.param(0);
        ctx.principal();
        ctx.requireHall(hall);
        ServerContext& server = ctx.server();
        auto subscription = server.events.subscribe(hall);
        try {
            Poco::Net::WebSocket ws(ctx.request(), ctx.response());
            ws.setSendTimeout(Poco::Timespan(5, 0));
            Poco::JSON::Object::Ptr first = new Poco::JSON::Object(true);
            first->set("type", std::string("snapshot"));
            first->set("seq", server.queue.lastEventSeq(hall));
            first->set("snapshot", queueSnapshotToJson(server.queue.snapshot(hall, server.clock())));
            sendText(ws, toJsonText(first));
            int idleRounds = 0;
            while (!subscription->closed()) {
                auto messages = subscription->wait(std::chrono::milliseconds(500));
                for (const auto& message : messages)
                    sendText(ws, message);
                if (!drainIncoming(ws))
                    break;
                // A ping every 15 s of silence keeps proxies from closing an idle board.
                if (messages.empty() && ++idleRounds >= 30) {
                    idleRounds = 0;
                    ws.sendFrame("", 0, kFin | Poco::Net::WebSocket::FRAME_OP_PING);
                } else if (!messages.empty()) {
                    idleRounds = 0;
                }
            }
            ws.shutdown();
        } catch (const Poco::Net::WebSocketException& e) {
            server.events.unsubscribe(hall, subscription);
            if (!ctx.sent() && !ctx.response().sent())
                throw ApiError::badRequest("not_websocket", "this route needs a WebSocket upgrade: " + e.message());
            return;
        } catch (const Poco::Exception&) {
            // The peer went away.
        }
        server.events.unsubscribe(hall, subscription);
    });
}

} // namespace ow::server
