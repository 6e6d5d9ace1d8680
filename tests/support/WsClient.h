#pragma once

#include "domain/Json.h"

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <memory>
#include <string>

namespace ow::testing {

// A hall's live event stream as a board sees it: one JSON message at a time (pings skipped).
class WsClient {
public:
    WsClient(std::uint16_t port, const std::string& path, const std::string& token)
        : m_session("127.0.0.1", port) {
        Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, path, Poco::Net::HTTPMessage::HTTP_1_1);
        req.set("Authorization", "Bearer " + token);
        Poco::Net::HTTPResponse res;
        m_ws = std::make_unique<Poco::Net::WebSocket>(m_session, req, res);
        m_ws->setReceiveTimeout(Poco::Timespan(5, 0));
    }
    // How long next() waits for a message before it throws Poco::TimeoutException (5 s unless set).
    void setTimeout(int ms) { m_ws->setReceiveTimeout(Poco::Timespan(0, ms * 1000)); }
    Poco::JSON::Object::Ptr next() {
        for (;;) {
            Poco::Buffer<char> buffer(0);
            int flags = 0;
            const int n = m_ws->receiveFrame(buffer, flags);
            if ((flags & Poco::Net::WebSocket::FRAME_OP_BITMASK) == Poco::Net::WebSocket::FRAME_OP_PING)
                continue;
            return parseObject(std::string(buffer.begin(), static_cast<std::size_t>(n)));
        }
    }

    // Reads until the server closes the stream: its close code, or -1 when `ms` pass first.
    int waitForClose(int ms) {
        setTimeout(ms);
        try {
            for (;;) {
                Poco::Buffer<char> buffer(0);
                int flags = 0;
                const int n = m_ws->receiveFrame(buffer, flags);
                if ((flags & Poco::Net::WebSocket::FRAME_OP_BITMASK) == Poco::Net::WebSocket::FRAME_OP_CLOSE)
                    return n >= 2 ? (static_cast<unsigned char>(buffer[0]) << 8) | static_cast<unsigned char>(buffer[1])
                                  : 1005;
                if (n == 0 && flags == 0)
                    return 1006; // the connection ended without a close frame
            }
        } catch (const Poco::TimeoutException&) {
            return -1;
        }
    }

private:
    Poco::Net::HTTPClientSession m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_ws;
};

} // namespace ow::testing
