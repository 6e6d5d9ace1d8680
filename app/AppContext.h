#pragma once

#include "store/LocalStore.h"
#include "sync/ApiClient.h"

#include <QString>

#include <memory>
#include <optional>

class QApplication;

namespace ow {

// What every mode needs: the device's local store, its registration and a client of the server.
struct StaffSession {
    QByteArray token;
    QString user;
    QString name;
    QString role;
};

class AppContext {
public:
    explicit AppContext(const QString& profileDirectory);

    LocalStore& store() { return *m_store; }
    const std::optional<DeviceRegistration>& registration() const { return m_registration; }
    void setRegistration(const DeviceRegistration& registration);
    ApiClient& api();

    // Installs the zh_CN (default on a Chinese locale) or English translation.
    static void installTranslation(QApplication& app, const QString& language);

private:
    std::unique_ptr<LocalStore> m_store;
    std::optional<DeviceRegistration> m_registration;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace ow
