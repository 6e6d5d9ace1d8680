#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace Poco::Net {
class WebSocket;
}

namespace ow {

// The hall's live event stream (WebSocket), read on its own thread. Reconnects by itself with
// exponential backoff and jitter; every (re)connection starts with a full snapshot from the server.
class EventStream : public QObject {
    Q_OBJECT
public:
    EventStream(QString baseUrl, QString hall, QByteArray token, QObject* parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }

signals:
    void message(const QByteArray& json);
    void connectedChanged(bool connected);

private:
    void run();
    void setConnected(bool connected);

    QString m_baseUrl;
    QString m_hall;
    QByteArray m_token;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
    std::mutex m_socketMutex;
    Poco::Net::WebSocket* m_socket = nullptr;
};

} // namespace ow
