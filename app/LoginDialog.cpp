#include "app/LoginDialog.h"

#include "app/OfflineLogin.h"

#include "widgets/Style.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

LoginDialog::LoginDialog(ApiClient& deviceApi, const QString& title, const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_api(deviceApi) {
    setWindowTitle(tr("OneWindow — log in"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeaderBar(title));
    auto* form = new QFormLayout;
    m_userEdit = new QLineEdit(user);
    m_passwordEdit = new QLineEdit;
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_userEdit);
    form->addRow(tr("Password"), m_passwordEdit);
    layout->addLayout(form);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);
    m_loginButton = new QPushButton(tr("Log in"));
    m_loginButton->setObjectName(QStringLiteral("primaryButton"));
    m_loginButton->setDefault(true);
    layout->addWidget(m_loginButton);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    if (!user.isEmpty())
        m_passwordEdit->setFocus();
    resize(440, 280);
}

void LoginDialog::setPassword(const QString& password) { m_passwordEdit->setText(password); }

void LoginDialog::submit() {
    m_loginButton->setEnabled(false);
    m_api.login(m_userEdit->text().trimmed(), m_passwordEdit->text(), [this](const ApiReply& reply) {
        m_loginButton->setEnabled(true);
        if (reply.offline() && m_offline) {
            if (auto session = m_offline->check(m_userEdit->text().trimmed(), m_passwordEdit->text())) {
                m_session = *session;
                m_openedOffline = true;
                accept();
                return;
            }
            showMessage(m_messageLabel,
                        tr("The server cannot be reached, and this person has not logged in on this computer before. "
                           "The first login needs the network."),
                        true);
            return;
        }
        if (!reply.ok()) {
            m_deviceRejected = reply.errorCode() == QLatin1String("invalid_token");
            showMessage(m_messageLabel, reply.userMessage(), true);
            m_passwordEdit->selectAll();
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        const QJsonObject staff = o.value(QStringLiteral("staff")).toObject();
        m_session = {o.value(QStringLiteral("token")).toString().toUtf8(), staff.value(QStringLiteral("user")).toString(),
                     staff.value(QStringLiteral("name")).toString(), staff.value(QStringLiteral("role")).toString()};
        if (m_offline)
            m_offline->remember(m_session, m_passwordEdit->text());
        accept();
    });
}

} // namespace ow
