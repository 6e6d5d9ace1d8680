#include "app/common/AppContext.h"
#include "app/common/LoginDialog.h"
#include "app/common/SetupDialog.h"
#include "app/counter/CounterWindow.h"
#include "app/display/CounterScreenWindow.h"
#include "app/display/DisplayWindow.h"
#include "app/kiosk/KioskWindow.h"
#include "app/pad/PadWindow.h"
#include "app/station/StationWindow.h"
#include "app/supervisor/RegionWindow.h"
#include "app/supervisor/SupervisorWindow.h"
#include "domain/Version.h"
#include "net/ServerTrust.h"
#include "services/CardReaderService.h"
#include "services/OfflineLogin.h"
#include "widgets/Announcer.h"
#include "widgets/RatingPad.h"
#include "widgets/Style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>

#include <memory>
#include <optional>

using namespace ow;

namespace {

struct LoggedIn {
    StaffSession session;
    std::unique_ptr<ApiClient> api; // carries the session's token
    bool offline = false;           // opened without the network (a station's offline login)
};

// A person logs in at this device; nothing when they gave up. A device the server no longer knows forgets its
// enrollment, so that the next start asks for a new code.
std::optional<LoggedIn> logIn(AppContext& context, const DeviceRegistration& reg, const QString& title,
                              const QString& user, OfflineLogin* offline = nullptr) {
    LoginDialog login(context.api(), title, user);
    if (offline)
        login.allowOffline(offline);
    if (login.exec() != QDialog::Accepted) {
        if (login.deviceRejected())
            context.store().clearRegistration();
        return std::nullopt;
    }
    context.adoptTimeZone(login.hallTimeZone()); // the hall's days are counted in its zone
    LoggedIn person{login.session(), std::make_unique<ApiClient>(reg.serverUrl), login.openedOffline()};
    person.api->setToken(person.session.token);
    return person;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setApplicationVersion(QString::fromLatin1(ow::productVersion()) + QStringLiteral(" (") +
                                        QString::fromLatin1(ow::productCommit()) + QLatin1Char(')'));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow service-hall client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption modeOption(
        QStringLiteral("mode"), QStringLiteral("counter, station, supervisor, kiosk, display, counter-screen or pad"),
        QStringLiteral("mode"), QStringLiteral("counter"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("server URL"),
                                          QStringLiteral("url"));
    const QCommandLineOption codeOption(QStringLiteral("enroll-code"), QStringLiteral("one-time enrollment code"),
                                        QStringLiteral("code"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("profile name (separate enrollment per profile)"),
                                           QStringLiteral("name"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("user name to prefill"),
                                        QStringLiteral("user"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("zh_CN or en (default: Chinese, English only on an English locale)"),
        QStringLiteral("lang"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
                                            QStringLiteral("kiosk and display in a window"));
    const QCommandLineOption pinOption(QStringLiteral("kiosk-pin"), QStringLiteral("set the kiosk exit PIN"),
                                       QStringLiteral("pin"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"), QStringLiteral("screen for kiosk, display and pad: 0 the first, 1 the second"),
        QStringLiteral("n"));
    const QCommandLineOption caOption(QStringLiteral("server-ca"),
                                      QStringLiteral("CA certificate (PEM) an https:// server must chain to; kept"),
                                      QStringLiteral("file"));
    const QCommandLineOption serverPinOption(
        QStringLiteral("server-pin"), QStringLiteral("SHA-256 fingerprint of the https:// server's certificate; kept"),
        QStringLiteral("sha256"));
    const QCommandLineOption idcardOption(
        QStringLiteral("idcard"),
        QStringLiteral("ID card reader: its serial port, auto (found by USB ids; the default) or off; kept"),
        QStringLiteral("port"));
    const QCommandLineOption idcardPhotoOption(
        QStringLiteral("idcard-photo-decoder"),
        QStringLiteral("the hall's licensed decoder of the card's photo, a shared library; kept"),
        QStringLiteral("library"));
    const QCommandLineOption idcardUsbOption(QStringLiteral("idcard-usb"),
                                             QStringLiteral("USB ids to find the ID card reader by, 1a86:7523,…; kept"),
                                             QStringLiteral("ids"));
    const QCommandLineOption counterOption(QStringLiteral("counter"),
                                           QStringLiteral("counter-screen: the counter whose screen this is; kept"),
                                           QStringLiteral("n"));
    parser.addOptions({modeOption, serverOption, codeOption, profileOption, userOption, langOption, windowedOption,
                       pinOption, screenOption, caOption, serverPinOption, idcardOption, idcardUsbOption,
                       idcardPhotoOption, counterOption});
    parser.process(app);

    AppContext::installTranslation(app, parser.value(langOption));
    applyStyle(app);

    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("counter") && mode != QLatin1String("kiosk") && mode != QLatin1String("display") &&
        mode != QLatin1String("station") && mode != QLatin1String("pad") && mode != QLatin1String("supervisor") &&
        mode != QLatin1String("counter-screen")) {
        QMessageBox::critical(nullptr, QStringLiteral("OneWindow"),
                              QApplication::translate("main", "Unknown mode \"%1\". Use counter, station, supervisor, "
                                                              "kiosk, display, counter-screen or pad.")
                                  .arg(mode));
        return 2;
    }
    // The screen above a counter is a display of the hall, enrolled with a display's code.
    const QString kind = mode == QLatin1String("counter-screen") ? QStringLiteral("display") : mode;
    const QString profile = parser.value(profileOption).isEmpty() ? mode : parser.value(profileOption);
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(profile);
    std::unique_ptr<AppContext> context;
    try {
        QDir().mkpath(dir);
        auto given = [&](const QCommandLineOption& option) -> std::optional<std::string> {
            if (parser.isSet(option))
                return parser.value(option).toStdString();
            return std::nullopt;
        };
        applyServerTrust(dir.toStdString(), given(caOption), given(serverPinOption));
        context = std::make_unique<AppContext>(dir);
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("OneWindow"), QString::fromUtf8(e.what()));
        return 1;
    }

    // First run (or another server given): enroll with a one-time code.
    const auto& existing = context->registration();
    const QString server = parser.value(serverOption);
    if (!existing || (!server.isEmpty() && existing->serverUrl != server) || existing->kind != kind) {
        SetupDialog setup(server.isEmpty() && existing ? existing->serverUrl : server, parser.value(codeOption));
        if (parser.isSet(codeOption))
            setup.submit();
        if (setup.exec() != QDialog::Accepted)
            return 0;
        if (setup.registration().kind != kind) {
            QMessageBox::critical(nullptr, QStringLiteral("OneWindow"),
                                  QApplication::translate("main", "This code enrolls a %1 device, not a %2.")
                                      .arg(setup.registration().kind, kind));
            return 1;
        }
        context->setRegistration(setup.registration());
    }
    const DeviceRegistration reg = *context->registration();
    // The desktop ID card reader of a counter, a station or a kiosk.
    if (parser.isSet(idcardOption))
        context->store().setValue(QStringLiteral("idcard_device"), parser.value(idcardOption));
    if (parser.isSet(idcardUsbOption))
        context->store().setValue(QStringLiteral("idcard_usb"), parser.value(idcardUsbOption));
    if (parser.isSet(idcardPhotoOption))
        context->store().setValue(QStringLiteral("idcard_photo_decoder"), parser.value(idcardPhotoOption));
    std::unique_ptr<CardReaderService> cardReader;
    const QString idcard = context->store().value(QStringLiteral("idcard_device"), QStringLiteral("auto"));
    if (idcard != QLatin1String("off") &&
        (mode == QLatin1String("counter") || mode == QLatin1String("station") || mode == QLatin1String("kiosk"))) {
        CardReaderService::Settings settings;
        settings.device = idcard == QLatin1String("auto") ? QString() : idcard;
        settings.usbIds = context->store().value(QStringLiteral("idcard_usb"));
        settings.photoDecoder = context->store().value(QStringLiteral("idcard_photo_decoder"));
        cardReader = std::make_unique<CardReaderService>(settings, context->clock());
    }
    const bool windowed = parser.isSet(windowedOption);
    // The citizen's screens open full screen, on the screen asked for (a counter PC's pad is its second screen).
    auto showOnScreen = [&](QWidget* window) {
        const auto screens = QGuiApplication::screens();
        bool ok = false;
        const int n = parser.value(screenOption).toInt(&ok);
        if (ok && n >= 0 && n < screens.size())
            window->move(screens[n]->geometry().topLeft());
        windowed ? window->show() : window->showFullScreen();
    };

    if (mode == QLatin1String("counter")) {
        auto person =
            logIn(*context, reg, QApplication::translate("main", "Counter %1 — log in").arg(reg.counter.value_or(0)),
                  parser.value(userOption));
        if (!person)
            return 0;
        auto* window = new CounterWindow(std::move(person->api),
                                         {reg.hall, reg.counter.value_or(0), person->session, &context->store(),
                                          reg.deviceId, QDir(dir).filePath(QStringLiteral("documents")),
                                          QDir(dir).filePath(QStringLiteral("permit-keys.json")), context->clock(),
                                          cardReader.get()});
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    }
    if (mode == QLatin1String("station")) {
        // A village station opens without the network for anyone who logged in here before.
        OfflineLogin offline(context->store());
        auto person = logIn(*context, reg, QApplication::translate("main", "Agency station — log in"),
                            parser.value(userOption), &offline);
        if (!person)
            return 0;
        auto* window = new StationWindow(std::move(person->api),
                                         {reg.hall, context->store().value(QStringLiteral("station_name"), reg.hall),
                                          person->session, &context->store(), reg.deviceId, caseNumberCode(reg),
                                          QDir(dir).filePath(QStringLiteral("documents")), person->offline,
                                          context->clock(), cardReader.get()});
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    }
    if (mode == QLatin1String("supervisor")) {
        auto person =
            logIn(*context, reg, QApplication::translate("main", "Supervisor — log in"), parser.value(userOption));
        if (!person)
            return 0;
        QMainWindow* window = nullptr;
        if (!person->session.region.isEmpty()) // a region's PC: the region's halls side by side
            window =
                new RegionWindow(std::move(person->api), person->session.region, person->session, context->clock());
        else
            window = new SupervisorWindow(std::move(person->api), reg.hall, person->session, context->clock());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    }
    if (mode == QLatin1String("kiosk")) {
        if (parser.isSet(pinOption))
            context->store().setValue(QStringLiteral("kiosk_pin"), KioskWindow::hashPin(parser.value(pinOption)));
        auto* window = new KioskWindow(context->api(), reg.hall, context->store().value(QStringLiteral("kiosk_pin")),
                                       QDir(dir).filePath(QStringLiteral("permit-keys.json")), context->clock());
        if (cardReader)
            window->setCardReader(*cardReader);
        window->setVoice(Announcer::defaultSpeaker()); // 长辈模式's voice
        window->setAttribute(Qt::WA_DeleteOnClose);
        showOnScreen(window);
        return app.exec();
    }
    if (mode == QLatin1String("pad")) {
        auto* window = new PadWindow(context->api(), {reg.hall, reg.counter.value_or(0), &context->store()});
        window->pad().setVoice(Announcer::defaultSpeaker()); // 长辈模式's voice
        window->setAttribute(Qt::WA_DeleteOnClose);
        showOnScreen(window);
        return app.exec();
    }
    if (mode == QLatin1String("counter-screen")) {
        if (parser.isSet(counterOption))
            context->store().setValue(QStringLiteral("screen_counter"), parser.value(counterOption));
        bool ok = false;
        const int counter = context->store().value(QStringLiteral("screen_counter")).toInt(&ok);
        if (!ok || counter < 1 || counter > 999) {
            QMessageBox::critical(nullptr, QStringLiteral("OneWindow"),
                                  QApplication::translate("main", "Say which counter this screen is above: --counter N "
                                                                  "(1–999)."));
            return 2;
        }
        auto* window = new CounterScreenWindow(context->api(), reg.hall, counter);
        window->setAttribute(Qt::WA_DeleteOnClose);
        showOnScreen(window);
        return app.exec();
    }
    auto* window = new DisplayWindow(context->api(), reg.hall, std::make_unique<Announcer>(Announcer::defaultSpeaker()),
                                     context->clock());
    window->setAttribute(Qt::WA_DeleteOnClose);
    showOnScreen(window);
    return app.exec();
}
