#include "sync/EventStream.h"

#include "net/ServerTrust.h"

#include "domain/ApiPaths.h"

#include <Poco/Buffer.h>
#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/URI.h>

#include <chrono>
#include <random>

namespace ow {

EventStream::EventStream(QString baseUrl, QString hall, QByteArray token, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_hall(std::move(hall))
    , m_token(std::move(token)) {}

EventStream::~EventStream() { stop(); }

void EventStream::start() {
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void EventStream::stop() {
    m_stop = true;
    {
        std::lock_guard lock(m_socketMutex);
        if (m_socket) {
            try {
                m_socket->shutdown();
            } catch (const Poco::Exception&) {
            }
        }
    }
    if (m_thread.joinable())
        m_thread.join();
}

void EventStream::setConnected(bool connected) {
    if (m_connected.exchange(connected) == connected)
        return;
    QMetaObject::invokeMethod(
        this, [this, connected] { emit connectedChanged(connected); }, Qt::QueuedConnection);
}

void EventStream::run() {
    std::mt19937 random(std::random_device{}());
    int backoffMs = 500;
    while (!m_stop) {
        try {
            const Poco::URI uri(m_baseUrl.toStdString());
            const auto connection = openServerSession(uri); // https:// with the device's trust
            Poco::Net::HTTPClientSession& session = *connection;
            session.setTimeout(Poco::Timespan(5, 0));
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET,
                                           api::path(api::kEvents, {m_hall.toStdString()}),
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("Authorization", "Bearer " + m_token.toStdString());
            Poco::Net::HTTPResponse response;
            Poco::Net::WebSocket ws(session, request, response);
            ws.setReceiveTimeout(Poco::Timespan(1, 0));
            {
                std::lock_guard lock(m_socketMutex);
                m_socket = &ws;
            }
            setConnected(true);
            backoffMs = 500;
            auto lastTraffic = std::chrono::steady_clock::now();
            while (!m_stop) {
                Poco::Buffer<char> buffer(0);
                int flags = 0;
                int n = 0;
                try {
                    n = ws.receiveFrame(buffer, flags);
                } catch (const Poco::TimeoutException&) {
                    // The server pings every 15 s; 40 s of silence means the link is dead.
                    if (std::chrono::steady_clock::now() - lastTraffic > std::chrono::seconds(40))
                        break;
                    continue;
                }
                lastTraffic = std::chrono::steady_clock::now();
                const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
                if (opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE || (n == 0 && flags == 0))
                    break;
                if (opcode == Poco::Net::WebSocket::FRAME_OP_PING) {
                    ws.sendFrame(buffer.begin(), n,
                                 static_cast<int>(Poco::Net::WebSocket::FRAME_FLAG_FIN) |
                                     Poco::Net::WebSocket::FRAME_OP_PONG);
                    continue;
                }
                if (opcode != Poco::Net::WebSocket::FRAME_OP_TEXT)
                    continue;
                QByteArray text(buffer.begin(), n);
                QMetaObject::invokeMethod(
                    this, [this, text] { emit message(text); }, Qt::QueuedConnection);
            }
        } catch (const Poco::Exception&) {
            // Refused, reset or timed out: try again after the backoff.
        }
        {
            std::lock_guard lock(m_socketMutex);
            m_socket = nullptr;
        }
        setConnected(false);
        const int wait = backoffMs / 2 + static_cast<int>(random() % static_cast<unsigned>(backoffMs / 2 + 1));
        for (int slept = 0; slept < wait && !m_stop; slept += 50)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        backoffMs = std::min(backoffMs * 2, 10000);
    }
}

} // namespace ow
