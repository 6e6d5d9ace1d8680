#pragma once

#include "services/StaffSession.h"
#include "store/LocalStore.h"
#include "sync/ApiClient.h"

#include "domain/Clock.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QApplication;

namespace ow {

// What every mode needs: the device's local store, its registration and a client of the server.
class AppContext {
public:
    explicit AppContext(const QString& profileDirectory);

    LocalStore& store() { return *m_store; }
    const std::optional<DeviceRegistration>& registration() const { return m_registration; }
    void setRegistration(const DeviceRegistration& registration);
    // The hall's time zone as the server said it at login: kept with the registration and used from now on.
    void adoptTimeZone(const QString& zone);
    ApiClient& api();
    // The hall's clock: its business days in its own time zone.
    const Clock& clock() const { return m_clock; }

    // The language the UI speaks: the one asked for (--lang zh_CN or en); else English when the machine's locale is
    // English, and Chinese otherwise — a kiosk image's C or POSIX locale included (Chinese first).
    static QString languageFor(const QString& asked, const QLocale& system);
    // Installs the translation languageFor() chooses for the system's locale.
    static void installTranslation(QApplication& app, const QString& language);

private:
    void useZoneOf(const DeviceRegistration& registration);

    std::unique_ptr<LocalStore> m_store;
    std::optional<DeviceRegistration> m_registration;
    std::unique_ptr<ApiClient> m_api;
    Clock m_clock;
};

} // namespace ow
