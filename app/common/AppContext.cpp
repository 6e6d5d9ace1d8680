#include "app/common/AppContext.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ow {

AppContext::AppContext(const QString& profileDirectory) {
    QDir().mkpath(profileDirectory);
    m_store = std::make_unique<LocalStore>(QDir(profileDirectory).filePath(QStringLiteral("device.db")));
    m_registration = m_store->registration();
    if (m_registration)
        useZoneOf(*m_registration);
}

void AppContext::setRegistration(const DeviceRegistration& registration) {
    m_store->saveRegistration(registration);
    m_registration = registration;
    useZoneOf(registration);
    m_api.reset();
}

void AppContext::adoptTimeZone(const QString& zone) {
    if (!m_registration || zone.isEmpty() || zone == m_registration->timeZone)
        return;
    DeviceRegistration moved = *m_registration;
    moved.timeZone = zone;
    m_store->saveRegistration(moved);
    m_registration = moved;
    useZoneOf(moved);
}

void AppContext::useZoneOf(const DeviceRegistration& registration) { m_clock = hallClock(registration); }

ApiClient& AppContext::api() {
    if (!m_api) {
        m_api = std::make_unique<ApiClient>(m_registration ? m_registration->serverUrl : QString());
        if (m_registration)
            m_api->setToken(m_registration->deviceToken.toUtf8());
    }
    return *m_api;
}

QString AppContext::languageFor(const QString& asked, const QLocale& system) {
    if (asked == QLatin1String("en") || asked == QLatin1String("zh_CN"))
        return asked;
    if (asked.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    if (asked.isEmpty() && system.language() == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("zh_CN");
}

void AppContext::installTranslation(QApplication& app, const QString& language) {
    const QString chosen = languageFor(language, QLocale::system());
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/onewindow/i18n/onewindow_%1.qm").arg(chosen)))
        app.installTranslator(translator);
    // Qt's own words (the dialogs' 确定, 取消, 保存 …) from qt6-translations-l10n; English needs none.
    auto* qtWords = new QTranslator(&app);
    if (chosen != QLatin1String("en") &&
        qtWords->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtWords);
    else
        delete qtWords;
}

} // namespace ow
