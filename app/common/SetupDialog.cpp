#include "app/common/SetupDialog.h"

#include "sync/ApiClient.h"
#include "widgets/Style.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace ow {

SetupDialog::SetupDialog(const QString& serverUrl, const QString& code, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("OneWindow — enroll this device"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeaderBar(tr("Enroll this device")));
    auto* intro = new QLabel(tr("Enter the server address and the one-time code from the administrator."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_serverEdit = new QLineEdit(serverUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8080") : serverUrl);
    m_codeEdit = new QLineEdit(code);
    m_codeEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
    m_nameEdit = new QLineEdit(QSysInfo::machineHostName());
    form->addRow(tr("Server"), m_serverEdit);
    form->addRow(tr("Enrollment code"), m_codeEdit);
    form->addRow(tr("Device name"), m_nameEdit);
    layout->addLayout(form);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);
    m_enrollButton = new QPushButton(tr("Enroll"));
    m_enrollButton->setObjectName(QStringLiteral("primaryButton"));
    m_enrollButton->setDefault(true);
    layout->addWidget(m_enrollButton);
    connect(m_enrollButton, &QPushButton::clicked, this, &SetupDialog::submit);
    resize(520, 320);
}

void SetupDialog::submit() {
    const QString server = m_serverEdit->text().trimmed();
    if (!server.startsWith(QLatin1String("http://")) && !server.startsWith(QLatin1String("https://"))) {
        showMessage(m_messageLabel, tr("The server address starts with http:// or https://"), true);
        return;
    }
    m_enrollButton->setEnabled(false);
    m_api = std::make_unique<ApiClient>(server);
    m_api->enroll(m_codeEdit->text().trimmed(), m_nameEdit->text().trimmed(), [this, server](const ApiReply& reply) {
        m_enrollButton->setEnabled(true);
        if (!reply.ok()) {
            showMessage(m_messageLabel, reply.userMessage(), true);
            return;
        }
        try {
            m_registration = ApiClient::registrationFromEnrollment(server, reply.body);
        } catch (const std::exception& e) {
            showMessage(m_messageLabel,
                        tr("The server's answer could not be read (%1).").arg(QString::fromUtf8(e.what())), true);
            return;
        }
        accept();
    });
}

} // namespace ow
