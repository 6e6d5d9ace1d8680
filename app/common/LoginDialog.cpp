#include "app/common/LoginDialog.h"

#include "services/OfflineLogin.h"

#include "widgets/Style.h"

#include "domain/Json.h"
#include "domain/wire/Auth.h"

#include <QFormLayout>
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
        wire::LoggedIn in;
        try {
            in = wire::LoggedIn::fromJson(parseObject(reply.body.toStdString()));
        } catch (const std::exception& e) {
            showMessage(m_messageLabel,
                        tr("The server's answer could not be read (%1).").arg(QString::fromUtf8(e.what())), true);
            return;
        }
        m_session = {QByteArray::fromStdString(in.token), QString::fromStdString(in.user),
                     QString::fromStdString(in.name), QString::fromStdString(in.role)};
        m_hallTimeZone = QString::fromStdString(in.timeZone);
        if (m_offline)
            m_offline->remember(m_session, m_passwordEdit->text());
        accept();
    });
}

} // namespace ow
