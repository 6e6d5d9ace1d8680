#pragma once

#include "app/common/AppContext.h"

#include <QDialog>

#include <memory>

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
    // A password the administrator gave must be changed before anything else: the dialog then asks for a new one
    // (twice) and sends it with the session it got. Tests fill both fields with this.
    void setNewPassword(const QString& password);
    bool choosingPassword() const { return m_choosing; }
    QString messageText() const;
    void submit();
    // A station: remember each online login, and open offline for a person who logged in here before.
    void allowOffline(OfflineLogin* offline) { m_offline = offline; }
    bool openedOffline() const { return m_openedOffline; }
    // The hall's time zone as the server said it at login; empty when opened offline.
    const QString& hallTimeZone() const { return m_hallTimeZone; }

private:
    void chooseOwnPassword(); // the second step
    void finish();

    ApiClient& m_api;
    std::unique_ptr<ApiClient> m_sessionApi; // for the password change, with the session's token
    QLineEdit* m_newEdit = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QWidget* m_newPasswordBox = nullptr;
    bool m_choosing = false;
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
