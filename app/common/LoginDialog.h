#pragma once

#include "app/common/AppContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class OfflineLogin;

// A clerk logs in at the start of the shift.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(ApiClient& deviceApi, const QString& title, const QString& user, QWidget* parent = nullptr);

    const StaffSession& session() const { return m_session; }
    // The server no longer knows this device (its database was reset or the device revoked).
    bool deviceRejected() const { return m_deviceRejected; }
    void setPassword(const QString& password);
    void submit();
    // A station: remember each online login, and open offline for a person who logged in here before.
    void allowOffline(OfflineLogin* offline) { m_offline = offline; }
    bool openedOffline() const { return m_openedOffline; }
    // The hall's time zone as the server said it at login; empty when opened offline.
    const QString& hallTimeZone() const { return m_hallTimeZone; }

private:
    ApiClient& m_api;
    QLineEdit* m_userEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_messageLabel;
    QPushButton* m_loginButton;
    StaffSession m_session;
    QString m_hallTimeZone;
    bool m_deviceRejected = false;
    OfflineLogin* m_offline = nullptr;
    bool m_openedOffline = false;
};

} // namespace ow
