#pragma once

#include "store/LocalStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class ApiClient;

// First run: which server, and the one-time enrollment code from the administrator.
class SetupDialog : public QDialog {
    Q_OBJECT
public:
    SetupDialog(const QString& serverUrl, const QString& code, QWidget* parent = nullptr);

    const DeviceRegistration& registration() const { return m_registration; }
    void submit();

private:
    QLineEdit* m_serverEdit;
    QLineEdit* m_codeEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_messageLabel;
    QPushButton* m_enrollButton;
    std::unique_ptr<ApiClient> m_api;
    DeviceRegistration m_registration;
};

} // namespace ow
