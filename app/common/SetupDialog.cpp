#include "app/common/SetupDialog.h"

#include "app/common/CodeCamera.h"
#include "domain/EnrollLink.h"
#include "sync/ApiClient.h"
#include "widgets/Style.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSysInfo>
#include <QThreadPool>
#include <QVBoxLayout>

namespace ow {

SetupDialog::SetupDialog(const QString& serverUrl, const QString& code, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("OneWindow — enroll this device"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeaderBar(tr("Enroll this device")));
    auto* intro = new QLabel(tr("Enter the server address and the one-time code from the administrator, or read the "
                                "QR code on the administrator's screen with the camera or a barcode reader."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_serverEdit = new QLineEdit(serverUrl.isEmpty() ? QStringLiteral("http://127.0.0.1:8080") : serverUrl);
    m_codeEdit = new QLineEdit(code);
    m_codeEdit->setObjectName(QStringLiteral("enrollCodeEdit"));
    m_codeEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
    m_nameEdit = new QLineEdit(QSysInfo::machineHostName());
    form->addRow(tr("Server"), m_serverEdit);
    form->addRow(tr("Enrollment code"), m_codeEdit);
    form->addRow(tr("Device name"), m_nameEdit);
    layout->addLayout(form);
    m_messageLabel = makeMessageLabel();
    layout->addWidget(m_messageLabel);
    // A barcode reader types the administrator's QR code into the field: a link fills both fields.
    connect(m_codeEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.startsWith(QLatin1String("onewindow:")))
            applyLink(text);
    });
    m_cameraButton = new QPushButton(tr("Read the code with the camera"));
    m_cameraButton->setObjectName(QStringLiteral("scanCodeButton"));
    connect(m_cameraButton, &QPushButton::clicked, this, [this] { scanWithCamera(cameraSource()); });
    layout->addWidget(m_cameraButton);
    m_enrollButton = new QPushButton(tr("Enroll"));
    m_enrollButton->setObjectName(QStringLiteral("primaryButton"));
    m_enrollButton->setDefault(true);
    layout->addWidget(m_enrollButton);
    connect(m_enrollButton, &QPushButton::clicked, this, &SetupDialog::submit);
    resize(520, 320);
}

SetupDialog::~SetupDialog() { *m_stopCamera = true; }

QString SetupDialog::serverText() const { return m_serverEdit->text(); }
QString SetupDialog::codeText() const { return m_codeEdit->text(); }
QString SetupDialog::messageText() const { return m_messageLabel->isHidden() ? QString() : m_messageLabel->text(); }

bool SetupDialog::applyLink(const QString& text) {
    const auto link = parseEnrollLink(text.trimmed().toStdString());
    if (!link)
        return false;
    m_serverEdit->setText(QString::fromStdString(link->server));
    m_codeEdit->setText(QString::fromStdString(link->code));
    showMessage(m_messageLabel, tr("The code and the server %1 were read.").arg(m_serverEdit->text()), false);
    return true;
}

void SetupDialog::scanWithCamera(const QString& source, int seconds) {
    *m_stopCamera = true;
    m_stopCamera = std::make_shared<std::atomic_bool>(false);
    m_cameraButton->setEnabled(false);
    showMessage(m_messageLabel, tr("Hold the code on the administrator's screen in front of the camera…"), false);
    QPointer<SetupDialog> self(this);
    QThreadPool::globalInstance()->start([self, source, seconds, stop = m_stopCamera] {
        QStringList codes;
        bool cameraFailed = false;
        try {
            codes = readCodesFromCamera(source, seconds, *stop, [](const QString& text) {
                return parseEnrollLink(text.toStdString()).has_value();
            });
        } catch (const std::exception&) {
            cameraFailed = true;
        }
        if (*stop)
            return;
        QMetaObject::invokeMethod(qApp, [self, codes, cameraFailed] {
            if (!self)
                return;
            self->m_cameraButton->setEnabled(true);
            if (cameraFailed)
                showMessage(self->m_messageLabel,
                            tr("The camera cannot be opened. Type the code, or use a barcode reader."), true);
            else if (codes.isEmpty())
                showMessage(self->m_messageLabel,
                            tr("No enrollment code was seen. Hold it closer and still, and try again."), true);
            else if (self->applyLink(codes.first()))
                self->submit();
        });
    });
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
