#include "app/AppContext.h"
#include "app/CounterWindow.h"
#include "app/DisplayWindow.h"
#include "app/KioskWindow.h"
#include "app/LoginDialog.h"
#include "app/OfflineLogin.h"
#include "app/PadWindow.h"
#include "app/StationWindow.h"
#include "app/SetupDialog.h"
#include "app/SupervisorWindow.h"
#include "widgets/Announcer.h"
#include "widgets/Style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

using namespace ow;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationName(QStringLiteral("onewindow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow service-hall client"));
    parser.addHelpOption();
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("counter, station, supervisor, kiosk, display or pad"),
                                        QStringLiteral("mode"), QStringLiteral("counter"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("url"));
    const QCommandLineOption codeOption(QStringLiteral("enroll-code"), QStringLiteral("one-time enrollment code"),
                                        QStringLiteral("code"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("profile name (separate enrollment per profile)"),
                                           QStringLiteral("name"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("user name to prefill"),
                                        QStringLiteral("user"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"), QStringLiteral("kiosk and display in a window"));
    const QCommandLineOption pinOption(QStringLiteral("kiosk-pin"), QStringLiteral("set the kiosk exit PIN"),
                                       QStringLiteral("pin"));
    parser.addOptions({modeOption, serverOption, codeOption, profileOption, userOption, langOption, windowedOption,
                       pinOption});
    parser.process(app);

    AppContext::installTranslation(app, parser.value(langOption));
    applyStyle(app);

    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("counter") && mode != QLatin1String("kiosk") && mode != QLatin1String("display") &&
        mode != QLatin1String("station") && mode != QLatin1String("pad") && mode != QLatin1String("supervisor")) {
        QMessageBox::critical(nullptr, QStringLiteral("OneWindow"),
                              QApplication::translate("main", "Unknown mode \"%1\". Use counter, station, supervisor, kiosk, display or pad.")
                                  .arg(mode));
        return 2;
    }
    const QString profile = parser.value(profileOption).isEmpty() ? mode : parser.value(profileOption);
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(profile);
    std::unique_ptr<AppContext> context;
    try {
        context = std::make_unique<AppContext>(dir);
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("OneWindow"), QString::fromUtf8(e.what()));
        return 1;
    }

    // First run (or another server given): enroll with a one-time code.
    const auto& existing = context->registration();
    const QString server = parser.value(serverOption);
    if (!existing || (!server.isEmpty() && existing->serverUrl != server) || existing->kind != mode) {
        SetupDialog setup(server.isEmpty() && existing ? existing->serverUrl : server, parser.value(codeOption));
        if (parser.isSet(codeOption))
            setup.submit();
        if (setup.exec() != QDialog::Accepted)
            return 0;
        if (setup.registration().kind != mode) {
            QMessageBox::critical(nullptr, QStringLiteral("OneWindow"),
                                  QApplication::translate("main", "This code enrolls a %1 device, not a %2.")
                                      .arg(setup.registration().kind, mode));
            return 1;
        }
        context->setRegistration(setup.registration());
    }
    const DeviceRegistration reg = *context->registration();
    const bool windowed = parser.isSet(windowedOption);

    if (mode == QLatin1String("counter")) {
        LoginDialog login(context->api(), QApplication::translate("main", "Counter %1 — log in").arg(reg.counter.value_or(0)),
                          parser.value(userOption));
        if (login.exec() != QDialog::Accepted) {
            if (login.deviceRejected())
                context->store().clearRegistration(); // the next start asks for a new enrollment code
            return 0;
        }
        auto sessionApi = std::make_unique<ApiClient>(reg.serverUrl);
        sessionApi->setToken(login.session().token);
        auto* window = new CounterWindow(std::move(sessionApi),
                                         {reg.hall, reg.counter.value_or(0), login.session(), &context->store(),
                                          reg.deviceId, QDir(dir).filePath(QStringLiteral("documents"))});
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    }
    if (mode == QLatin1String("station")) {
        // A village station opens without the network for anyone who logged in here before.
        OfflineLogin offline(context->store());
        LoginDialog login(context->api(), QApplication::translate("main", "Agency station — log in"),
                          parser.value(userOption));
        login.allowOffline(&offline);
        if (login.exec() != QDialog::Accepted) {
            if (login.deviceRejected())
                context->store().clearRegistration();
            return 0;
        }
        auto sessionApi = std::make_unique<ApiClient>(reg.serverUrl);
        sessionApi->setToken(login.session().token);
        auto* window = new StationWindow(
            std::move(sessionApi),
            {reg.hall, context->store().value(QStringLiteral("station_name"), reg.hall), login.session(),
             &context->store(), reg.deviceId,
             caseNumberCode(reg),
             QDir(dir).filePath(QStringLiteral("documents")), login.openedOffline()});
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    }
    if (mode == QLatin1String("supervisor")) {
        LoginDialog login(context->api(), QApplication::translate("main", "Supervisor — log in"), parser.value(userOption));
        if (login.exec() != QDialog::Accepted) {
            if (login.deviceRejected())
                context->store().clearRegistration();
            return 0;
        }
        auto sessionApi = std::make_unique<ApiClient>(reg.serverUrl);
        sessionApi->setToken(login.session().token);
        auto* window = new SupervisorWindow(std::move(sessionApi), reg.hall, login.session());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    }
    if (mode == QLatin1String("kiosk")) {
        if (parser.isSet(pinOption))
            context->store().setValue(QStringLiteral("kiosk_pin"), KioskWindow::hashPin(parser.value(pinOption)));
        auto* window = new KioskWindow(context->api(), reg.hall, context->store().value(QStringLiteral("kiosk_pin")));
        window->setAttribute(Qt::WA_DeleteOnClose);
        windowed ? window->show() : window->showFullScreen();
        return app.exec();
    }
    if (mode == QLatin1String("pad")) {
        auto* window = new PadWindow(context->api(), {reg.hall, reg.counter.value_or(0), &context->store()});
        window->setAttribute(Qt::WA_DeleteOnClose);
        windowed ? window->show() : window->showFullScreen();
        return app.exec();
    }
    auto* window = new DisplayWindow(context->api(), reg.hall, std::make_unique<Announcer>(Announcer::defaultSpeaker()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    windowed ? window->show() : window->showFullScreen();
    return app.exec();
}
