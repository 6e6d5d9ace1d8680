#include "app/supervisor/admin/DevicesPage.h"

#include "app/common/TextTableModel.h"
#include "domain/Clock.h"
#include "domain/EnrollLink.h"
#include "domain/Json.h"
#include "printer/QrImage.h"
#include "sync/AdminService.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

} // namespace

EnrollCodeDialog::EnrollCodeDialog(const wire::EnrollCode& code, const QString& serverUrl, const QString& expires,
                                   QWidget* parent)
    : QDialog(parent)
    , m_link(q(makeEnrollLink({serverUrl.toStdString(), code.code}))) {
    setWindowTitle(tr("Enrollment code"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeaderBar(tr("Code for a new device")));
    auto* shown = new QLabel(q(code.code));
    shown->setObjectName(QStringLiteral("enrollCode"));
    shown->setAccessibleName(tr("The enrollment code"));
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shown->setAlignment(Qt::AlignCenter);
    QFont big = shown->font();
    big.setFamily(QStringLiteral("DejaVu Sans Mono"));
    big.setPointSize(30);
    big.setBold(true);
    shown->setFont(big);
    layout->addWidget(shown);
    m_qr = new QLabel;
    m_qr->setObjectName(QStringLiteral("enrollQr"));
    m_qr->setAccessibleName(tr("The enrollment code as a QR code, with this server's address"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setPixmap(QPixmap::fromImage(qrImage(m_link, 280)));
    layout->addWidget(m_qr);
    auto* note = new QLabel(tr("On the new device, start OneWindow and scan this code with its camera or barcode "
                               "reader, or type the code and the server %1. It works once, until %2.")
                                .arg(serverUrl, expires));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QImage EnrollCodeDialog::qrCode() const { return m_qr->pixmap().toImage(); }

QString DevicesPage::kindText(const QString& kind) {
    if (kind == QLatin1String("counter"))
        return tr("Counter computer (窗口)");
    if (kind == QLatin1String("pad"))
        return tr("Rating pad (评价器)");
    if (kind == QLatin1String("kiosk"))
        return tr("Kiosk (自助终端)");
    if (kind == QLatin1String("display"))
        return tr("Call display (叫号屏)");
    if (kind == QLatin1String("station"))
        return tr("Agency station (代办站)");
    if (kind == QLatin1String("supervisor"))
        return tr("Supervisor computer (督查)");
    return kind;
}

DevicesPage::DevicesPage(AdminService& service, const Clock& clock, QString serverUrl, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_serverUrl(std::move(serverUrl))
    , m_model(new TextTableModel(
          {tr("Name"), tr("Kind"), tr("Counter"), tr("Code"), tr("Enrolled"), tr("Last seen"), tr("State"), tr("Id")},
          this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("New device:")));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("enrollKind"));
    m_kind->setAccessibleName(tr("Kind of the new device"));
    for (const char* kind : {"counter", "pad", "kiosk", "display", "station", "supervisor"})
        m_kind->addItem(kindText(QLatin1String(kind)), QLatin1String(kind));
    top->addWidget(m_kind);
    auto* counterLabel = new QLabel(tr("counter"));
    top->addWidget(counterLabel);
    m_counter = new QSpinBox;
    m_counter->setObjectName(QStringLiteral("enrollCounter"));
    m_counter->setAccessibleName(tr("Counter of the new device"));
    m_counter->setRange(1, 999);
    counterLabel->setBuddy(m_counter);
    top->addWidget(m_counter);
    auto* make = new QPushButton(tr("Make an enrollment code"));
    make->setObjectName(QStringLiteral("makeCodeButton"));
    top->addWidget(make);
    top->addStretch(1);
    layout->addLayout(top);
    auto updateCounter = [this, counterLabel] {
        const QString kind = m_kind->currentData().toString();
        const bool needs = kind == QLatin1String("counter") || kind == QLatin1String("pad");
        m_counter->setEnabled(needs);
        counterLabel->setEnabled(needs);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateCounter);
    updateCounter();
    connect(make, &QPushButton::clicked, this, [this] {
        const QString kind = m_kind->currentData().toString();
        const bool needs = kind == QLatin1String("counter") || kind == QLatin1String("pad");
        makeCode(kind, needs ? std::optional<int>(m_counter->value()) : std::nullopt);
    });

    m_view = makeTextTable(m_model, QStringLiteral("deviceTable"), tr("Enrolled devices"));
    layout->addWidget(m_view, 1);
    auto* bottom = new QHBoxLayout;
    m_revoke = new QPushButton(tr("Revoke the selected device…"));
    m_revoke->setObjectName(QStringLiteral("revokeDeviceButton"));
    bottom->addWidget(m_revoke);
    auto* refresh = new QPushButton(tr("Refresh"));
    bottom->addWidget(refresh);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesPage::revokeSelected);
    connect(refresh, &QPushButton::clicked, &m_service, &AdminService::reloadDevices);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_revoke->setEnabled(!selectedId().isEmpty()); });
    connect(&m_service, &AdminService::devicesChanged, this, &DevicesPage::showDevices);
    connect(&m_service, &AdminService::enrollCodeMade, this, [this](const wire::EnrollCode& code) {
        const QString expires = q(m_clock.hallTime().localDateTime(parseUtcIso(code.expiresAt)));
        m_lastCode = new EnrollCodeDialog(code, m_serverUrl, expires, this);
        m_lastCode->setAttribute(Qt::WA_DeleteOnClose);
        m_lastCode->open();
    });
    showDevices();
}

void DevicesPage::showDevices() {
    const QString keep = selectedId();
    std::vector<QStringList> rows;
    std::vector<QString> tones;
    const auto when = [this](const std::string& iso) {
        return iso.empty() ? QString() : q(m_clock.hallTime().localDateTime(parseUtcIso(iso)));
    };
    for (const auto& d : m_service.devices()) {
        const bool revoked = !d.revokedAt.empty();
        rows.push_back({q(d.name), kindText(q(d.kind)), d.counter ? QString::number(*d.counter) : QString(), q(d.code),
                        when(d.enrolledAt), d.lastSeenAt.empty() ? tr("not yet") : when(d.lastSeenAt),
                        revoked ? tr("Revoked %1").arg(when(d.revokedAt)) : tr("Enrolled"), q(d.id)});
        tones.push_back(revoked ? QStringLiteral("bad") : QString());
    }
    m_model->setRows(std::move(rows), std::move(tones));
    if (!keep.isEmpty())
        selectDevice(keep);
    m_revoke->setEnabled(!selectedId().isEmpty());
}

QString DevicesPage::selectedId() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->data(m_model->index(rows.first().row(), 7)).toString();
}

void DevicesPage::selectDevice(const QString& id) {
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->data(m_model->index(row, 7)).toString() == id)
            m_view->selectRow(row);
}

void DevicesPage::makeCode(const QString& kind, std::optional<int> counter) { m_service.makeEnrollCode(kind, counter); }

void DevicesPage::revoke(const QString& id) { m_service.revokeDevice(id); }

void DevicesPage::revokeSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto rows = m_view->selectionModel()->selectedRows();
    const QString name = m_model->data(m_model->index(rows.first().row(), 0)).toString();
    if (QMessageBox::question(this, tr("Revoke device"),
                              tr("Revoke \"%1\"? It stops working at once, whoever is logged in on it, and its screens "
                                 "close. To use it again it must be enrolled anew with a new code.")
                                  .arg(name)) == QMessageBox::Yes)
        revoke(id);
}

} // namespace ow
