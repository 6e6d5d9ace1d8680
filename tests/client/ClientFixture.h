#pragma once

#include "TestFiles.h"
#include "TestServer.h"

#include "sync/ApiClient.h"
#include "widgets/Announcer.h"

#include "domain/Case.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Net/ServerSocket.h>

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <stdexcept>

namespace ow::testing {

// Spins the event loop until `condition` holds or `ms` pass; returns whether it held.
inline bool waitFor(const std::function<bool()>& condition, int ms = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        // Sleep in the event loop, not beside it: callbacks are handled the moment they arrive.
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The address of a port on 127.0.0.1 where nothing listens: a server that is down.
inline QString deadServerUrl() {
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = probe.address().port();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

// The device id behind a session or device token.
inline QString deviceOf(TestServer& server, const std::string& token) {
    return QString::fromStdString(server.context().auth.authenticate(token, nowUtcMs())->deviceId);
}

inline std::unique_ptr<ApiClient> clientFor(TestServer& server, const std::string& token) {
    auto api = std::make_unique<ApiClient>(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    api->setToken(QByteArray::fromStdString(token));
    return api;
}

// Sends `c` (version 1, as created on the device behind `token`) to the server the way a device's sync does.
inline void pushNewCase(TestServer& server, const std::string& token, Case c, int seq = 1) {
    c.version = 1;
    HttpClient http(server.port());
    const auto pushed =
        http.post("/api/v1/sync/push",
                  R"({"device_id":")" + deviceOf(server, token).toStdString() + R"(","changes":[{"seq":)" +
                      std::to_string(seq) + R"(,"entity":"case","id":")" + c.id +
                      R"(","base_version":0,"op":"create","data":)" + toJsonText(caseToJson(c)) + "}]}",
                  token);
    if (pushed.status != 200 || pushed.body.find("\"applied\"") == std::string::npos)
        throw std::runtime_error("the case was not applied: " + pushed.body);
}

// A station enrolled in `hall` with the agent `user` (password TestServer::kPassword) logged in on it: the
// session token.
inline std::string agentAtStation(TestServer& server, const std::string& hall, const std::string& user) {
    const std::string device = server.enroll(hall, DeviceKind::Station);
    HttpClient http(server.port());
    auto login =
        http.post("/api/v1/sessions",
                  R"({"user":")" + user + R"(","password":")" + std::string(TestServer::kPassword) + "\"}", device);
    if (login.status != 201)
        throw std::runtime_error("the agent could not log in: " + login.body);
    return login.json()->getValue<std::string>("token");
}

// A hall `h1` with the demo catalog and the agent agent1 (赵代办) logged in at a freshly enrolled station: the
// session token.
inline std::string stationHallWithAgent(TestServer& server) {
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    server.context().auth.addStaff("h1", "agent1", StaffRole::Agent, "赵代办", TestServer::kPassword);
    return agentAtStation(server, "h1", "agent1");
}

// The action of a window on `key` (F1 …), or nothing.
inline QAction* actionFor(QWidget& window, Qt::Key key) {
    for (QAction* action : window.actions())
        if (action->shortcut() == QKeySequence(key))
            return action;
    return nullptr;
}

// The seam of a voice: what it was asked to say, each sentence done at once.
class RecordingSpeaker : public Speaker {
public:
    void speak(const QString& text) override {
        said << text;
        QTimer::singleShot(1, this, &Speaker::finished);
    }
    QString name() const override { return QStringLiteral("recorder"); }
    QStringList said;
};

} // namespace ow::testing
