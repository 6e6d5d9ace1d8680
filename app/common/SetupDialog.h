#pragma once

#include "store/LocalStore.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class ApiClient;

// First run: which server, and the one-time enrollment code from the administrator — typed, or read from the QR code
// on the administrator's screen (domain/EnrollLink.h) by the camera or by a barcode reader typing it into the field.
class SetupDialog : public QDialog {
    Q_OBJECT
public:
    SetupDialog(const QString& serverUrl, const QString& code, QWidget* parent = nullptr);
    ~SetupDialog() override;

    const DeviceRegistration& registration() const { return m_registration; }
    void submit();
    // Fills the server and the code from a link's text; false (nothing changed) for any other text.
    bool applyLink(const QString& text);
    // Watches the camera for the administrator's QR code, for at most `seconds`; fills and submits when seen.
    void scanWithCamera(const QString& source, int seconds = 30);
    QString serverText() const;
    QString codeText() const;
    QString messageText() const;

private:
    QLineEdit* m_serverEdit;
    QLineEdit* m_codeEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_messageLabel;
    QPushButton* m_enrollButton;
    QPushButton* m_cameraButton = nullptr;
    std::unique_ptr<ApiClient> m_api;
    DeviceRegistration m_registration;
    std::shared_ptr<std::atomic_bool> m_stopCamera = std::make_shared<std::atomic_bool>(false);
};

} // namespace ow
