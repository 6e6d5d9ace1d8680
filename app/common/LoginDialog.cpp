#include "app/common/LoginDialog.h"

#include "services/OfflineLogin.h"

#include "widgets/Style.h"

#include "domain/Json.h"
#include "domain/Staff.h"
#include "domain/wire/Admin.h"
#include "domain/wire/Auth.h"
#include "domain/wire/Error.h"

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
    // The second step, for a password the administrator gave: the person's own, twice.
    m_newPasswordBox = new QWidget;
    auto* newForm = new QFormLayout(m_newPasswordBox);
    newForm->setContentsMargins(0, 0, 0, 0);
    auto* why = new QLabel(tr("Your password was given by the administrator. Choose your own now: at least %1 "
                              "characters, not containing your user name, mixing letters with digits or other "
                              "characters.")
                               .arg(kMinPasswordLength));
    why->setWordWrap(true);
    newForm->addRow(why);
    m_newEdit = new QLineEdit;
    m_newEdit->setObjectName(QStringLiteral("newPassword"));
    m_newEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = new QLineEdit;
    m_repeatEdit->setObjectName(QStringLiteral("repeatPassword"));
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    newForm->addRow(tr("New password"), m_newEdit);
    newForm->addRow(tr("Once more"), m_repeatEdit);
    m_newPasswordBox->hide();
    layout->addWidget(m_newPasswordBox);
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

void LoginDialog::setNewPassword(const QString& password) {
    m_newEdit->setText(password);
    m_repeatEdit->setText(password);
}

QString LoginDialog::messageText() const { return m_messageLabel->isHidden() ? QString() : m_messageLabel->text(); }

void LoginDialog::finish() {
    if (m_offline)
        m_offline->remember(m_session, m_passwordEdit->text());
    accept();
}

void LoginDialog::chooseOwnPassword() {
    const QString password = m_newEdit->text();
    if (password != m_repeatEdit->text()) {
        showMessage(m_messageLabel, tr("The two new passwords differ. Type the same twice."), true);
        return;
    }
    if (const auto problem = passwordProblem(m_session.user.toStdString(), password.toStdString())) {
        showMessage(m_messageLabel,
                    tr("This password does not follow the rules: at least %1 characters, not containing your user "
                       "name, mixing letters with digits or other characters.")
                        .arg(kMinPasswordLength),
                    true);
        return;
    }
    m_loginButton->setEnabled(false);
    m_sessionApi->post(
        apiPath(api::kMyPassword),
        jsonBytes(wire::PasswordChange{password.toStdString(), m_passwordEdit->text().toStdString()}.toJson()),
        [this, password](const ApiReply& reply) {
            m_loginButton->setEnabled(true);
            if (!reply.ok()) {
                showMessage(
                    m_messageLabel,
                    reply.errorCode() == QLatin1String("weak_password")
                        ? tr("The server refused this password: %1")
                              .arg(QString::fromStdString(wire::ErrorReply::fromBody(reply.body.toStdString()).message))
                        : reply.userMessage(),
                    true);
                return;
            }
            m_passwordEdit->setText(password); // what an offline login checks from now on
            finish();
        });
}

void LoginDialog::submit() {
    if (m_choosing) {
        chooseOwnPassword();
        return;
    }
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
            m_deviceRejected = reply.errorCode() == QLatin1String("invalid_token") ||
                               reply.errorCode() == QLatin1String("device_revoked");
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
                     QString::fromStdString(in.name), QString::fromStdString(in.role),
                     QString::fromStdString(in.region)};
        m_hallTimeZone = QString::fromStdString(in.timeZone);
        if (in.mustChangePassword) {
            m_choosing = true;
            m_sessionApi = std::make_unique<ApiClient>(m_api.baseUrl());
            m_sessionApi->setToken(m_session.token);
            m_userEdit->setEnabled(false);
            m_passwordEdit->setEnabled(false);
            m_newPasswordBox->show();
            m_newEdit->setFocus();
            m_loginButton->setText(tr("Save my password and continue"));
            showMessage(m_messageLabel, tr("Choose your own password to continue."), false);
            return;
        }
        finish();
    });
}

} // namespace ow
