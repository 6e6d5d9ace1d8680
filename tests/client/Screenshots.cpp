// Renders the counter, kiosk and display modes against a real server with the demo hall, in Chinese,
// into the directory given as the first argument (docs/screenshots).
#include "ClientFixture.h"

#include "AdminCommands.h"
#include "app/AppContext.h"
#include "app/CounterWindow.h"
#include "app/DisplayWindow.h"
#include "app/KioskWindow.h"
#include "store/LocalStore.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "widgets/Announcer.h"
#include "widgets/Style.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <iostream>
#include <sstream>

using namespace ow;
using namespace ow::testing;

namespace {

class SilentSpeaker : public Speaker {
public:
    void speak(const QString&) override { QTimer::singleShot(1, this, &Speaker::finished); }
    QString name() const override { return QStringLiteral("silent"); }
};

bool save(QWidget& widget, const QString& path) {
    waitFor([] { return false; }, 400); // let layouts and style settle
    const bool ok = widget.grab().save(path);
    std::cout << (ok ? "wrote " : "FAILED ") << path.toStdString() << std::endl;
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    AppContext::installTranslation(app, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    applyStyle(app);

    TestServer server;
    std::ostringstream codes;
    createDemoHall(server.context().halls, server.context().auth, codes);
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("demo", DeviceKind::Kiosk);
    for (const char* body : {R"({"category":"A"})", R"({"category":"A","priority":"elderly"})", R"({"category":"B"})",
                             R"({"category":"A"})", R"({"category":"C"})", R"({"category":"A"})", R"({"category":"B"})"})
        http.post("/api/v1/halls/demo/tickets", body, kiosk);
    auto login = [&](int counter) {
        const std::string device = server.enroll("demo", DeviceKind::Counter, counter);
        auto res = http.post("/api/v1/sessions",
                             R"({"user":"clerk)" + std::to_string(counter) + R"(","password":"demo1234"})", device);
        return res.json()->getValue<std::string>("token");
    };
    const std::string clerk3 = login(3);
    http.post("/api/v1/counters/1/call-next", "", login(1));
    http.post("/api/v1/counters/5/call-next", "", login(5));
    int ok = 0;
    {
        StaffSession clerk{QByteArray::fromStdString(clerk3), QStringLiteral("clerk3"), QStringLiteral("王磊"),
                           QStringLiteral("clerk")};
        QTemporaryDir dir;
        LocalStore local(dir.filePath(QStringLiteral("device.db")));
        CounterWindow counter(clientFor(server, clerk3),
                              {QStringLiteral("demo"), 3, clerk, &local, deviceOf(server, clerk3), dir.path()});
        counter.resize(1366, 768);
        counter.show();
        waitFor([&] { return counter.feed().isLive(); });
        counter.service().callNext();
        waitFor([&] { return counter.currentNumberText() != QStringLiteral("—"); });
        ok += save(counter, QDir(out).filePath(QStringLiteral("counter.png")));
    }
    {
        auto api = clientFor(server, kiosk);
        KioskWindow window(*api, QStringLiteral("demo"), {});
        window.resize(1080, 1440);
        window.show();
        waitFor([&] { return false; }, 1500);
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk.png")));
        window.setTicketSink([](const TicketSlip&, QString*) { return true; });
        window.takeNumber(QStringLiteral("A"), Priority::Normal);
        waitFor([&] { return window.currentPage() == 1 && window.printed().has_value(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-ticket.png")));
    }
    {
        auto api = clientFor(server, server.enroll("demo", DeviceKind::Display));
        DisplayWindow display(*api, QStringLiteral("demo"), std::make_unique<Announcer>(std::make_unique<SilentSpeaker>()));
        display.resize(1920, 1080);
        display.show();
        waitFor([&] { return display.feed().isLive(); });
        waitFor([&] { return false; }, 500);
        ok += save(display, QDir(out).filePath(QStringLiteral("display.png")));
    }
    return ok == 4 ? 0 : 1;
}
