#include "app/cases/CaseStepsBar.h"

#include "app/cases/CaseListPanel.h"

#include "printer/CaseStepPrinters.h"
#include "services/CaseDesk.h"
#include "services/CatalogSource.h"
#include "store/CaseStore.h"
#include "sync/CaseWorkService.h"
#include "sync/SyncEngine.h"
#include "widgets/ScanView.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ow {

CaseStepsBar::CaseStepsBar(CaseDesk& desk, std::function<QString()> selectedCaseId, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_cases(desk.cases())
    , m_service(desk.caseWork())
    , m_catalog(desk.catalog())
    , m_selected(std::move(selectedCaseId)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 0);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_history->setWordWrap(true);
    grid->addWidget(m_history, 4, 0, 1, 5);
    m_material = new QComboBox(this);
    m_material->setObjectName(QStringLiteral("waivedMaterial"));
    m_material->setAccessibleName(tr("Material brought later"));
    m_supply = new QPushButton(tr("Brought (后补) (Ctrl+Shift+S)"), this);
    m_scanSupply = new QPushButton(tr("Scan it… (Ctrl+Shift+F7)"), this);
    m_scanSupply->setToolTip(tr("Scan the material brought; its pages go to the hall with the case."));
    grid->addWidget(new QLabel(tr("Waived material"), this), 0, 0);
    grid->addWidget(m_material, 0, 1, 1, 2);
    grid->addWidget(m_scanSupply, 0, 3);
    grid->addWidget(m_supply, 0, 4);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipient->setPlaceholderText(tr("Who receives the result"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_idChecked = new QCheckBox(tr("ID card checked"), this);
    m_handOver = new QPushButton(tr("Hand over (出件) (Ctrl+Shift+H)"), this);
    grid->addWidget(new QLabel(tr("Recipient"), this), 1, 0);
    grid->addWidget(m_recipient, 1, 1, 1, 2);
    grid->addWidget(m_idChecked, 1, 3);
    grid->addWidget(m_handOver, 1, 4);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("postAddress"));
    m_address->setPlaceholderText(tr("Postal address"));
    m_address->setAccessibleName(m_address->placeholderText());
    m_waybill = new QLineEdit(this);
    m_waybill->setObjectName(QStringLiteral("waybill"));
    m_waybill->setPlaceholderText(tr("Waybill number"));
    m_waybill->setAccessibleName(m_waybill->placeholderText());
    m_post = new QPushButton(tr("Post (寄递) (Ctrl+Shift+M)"), this);
    grid->addWidget(new QLabel(tr("By post"), this), 2, 0);
    grid->addWidget(m_address, 2, 1, 1, 2);
    grid->addWidget(m_waybill, 2, 3);
    grid->addWidget(m_post, 2, 4);
    m_delivered = new QPushButton(tr("Delivered (妥投) (Ctrl+Shift+D)"), this);
    m_delivered->setToolTip(tr("The post confirmed that the posted result arrived."));
    m_notice = new QPushButton(tr("Print the correction notice (补正通知书) (Ctrl+Shift+N)"), this);
    grid->addWidget(m_delivered, 3, 3);
    grid->addWidget(m_notice, 3, 4);
    m_message = makeMessageLabel();
    grid->addWidget(m_message, 3, 0, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);

    auto shortcut = [this](const char* keys, void (CaseStepsBar::*slot)()) {
        auto* s = new QShortcut(QKeySequence(QString::fromLatin1(keys)), parentWidget() ? parentWidget() : this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    connect(m_supply, &QPushButton::clicked, this, &CaseStepsBar::supply);
    connect(m_scanSupply, &QPushButton::clicked, this, &CaseStepsBar::scanAndSupply);
    connect(m_delivered, &QPushButton::clicked, this, &CaseStepsBar::confirmDelivered);
    connect(m_handOver, &QPushButton::clicked, this, &CaseStepsBar::handOver);
    connect(m_post, &QPushButton::clicked, this, &CaseStepsBar::post);
    connect(m_notice, &QPushButton::clicked, this, &CaseStepsBar::printCorrectionNotice);
    shortcut("Ctrl+Shift+N", &CaseStepsBar::printCorrectionNotice);
    shortcut("Ctrl+Shift+S", &CaseStepsBar::supply);
    shortcut("Ctrl+Shift+F7", &CaseStepsBar::scanAndSupply);
    shortcut("Ctrl+Shift+D", &CaseStepsBar::confirmDelivered);
    shortcut("Ctrl+Shift+H", &CaseStepsBar::handOver);
    shortcut("Ctrl+Shift+M", &CaseStepsBar::post);
    connect(&m_service, &CaseWorkService::caseUpdated, this, [this](const Case& c) {
        m_cases.applyPulled({c}, m_cases.pullCursor()); // the hall's version, now; the next pull brings it again
        keepPapers(c);
        emit caseUpdated();
    });
    connect(&m_service, &CaseWorkService::stepped, this, [this](const QString&, const QString& text) {
        say(text, false);
        m_recipient->clear();
        m_idChecked->setChecked(false);
        m_address->clear();
        m_waybill->clear();
        selectionChanged();
    });
    connect(&m_service, &CaseWorkService::failed, this, [this](const QString& text) { say(text, true); });
    connect(&m_service, &CaseWorkService::busyChanged, this, &CaseStepsBar::updateButtons);
    selectionChanged();
}

QString CaseStepsBar::historyText() const { return m_history->text(); }

QString CaseStepsBar::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

void CaseStepsBar::say(const QString& text, bool error) { showMessage(m_message, text, error); }

void CaseStepsBar::selectionChanged() {
    m_case = m_selected ? m_cases.find(m_selected()) : std::nullopt; // read once per selection, not per button state
    m_material->clear();
    QStringList steps;
    if (const auto& c = m_case) {
        const ReceiptContext names = contextFor(*c);
        for (const MaterialRecord& m : c->materials) {
            if (m.state != MaterialState::Waived)
                continue;
            const QString name = names.materialName(m.materialId, QString::fromStdString(m.materialId));
            m_material->addItem(m.dueDate ? tr("%1 (by %2)").arg(name, QString::fromStdString(*m.dueDate)) : name,
                                QString::fromStdString(m.materialId));
        }
        if (!c->life.assignedTo.empty() || !c->life.department.empty())
            steps << tr("with %1").arg(
                QString::fromStdString(c->life.department.empty() ? c->life.assignedTo : c->life.department));
        for (const CaseStep& s : c->life.steps)
            steps << tr("%1 %2").arg(QString::fromStdString(s.day), CaseListModel::stepName(s.action));
        if (const Correction* open = c->life.openCorrection())
            steps << tr("waiting for a correction: %1").arg(QString::fromStdString(open->reason));
        if (m_recipient->text().isEmpty() && c->state == CaseState::Completed)
            m_recipient->setText(QString::fromStdString(c->applicant.name));
    }
    m_history->setText(steps.isEmpty() ? QString() : tr("After intake: %1").arg(steps.join(QStringLiteral(" → "))));
    updateButtons();
}

void CaseStepsBar::updateButtons() {
    const auto& c = m_case;
    const bool busy = m_service.isBusy();
    const bool open = c && (c->state == CaseState::Accepted || c->state == CaseState::InReview ||
                            c->state == CaseState::Supplement || c->state == CaseState::Approved);
    m_supply->setEnabled(open && m_material->count() > 0); // on this device: the hall need not answer
    m_scanSupply->setEnabled(m_supply->isEnabled());
    m_handOver->setEnabled(!busy && c && c->state == CaseState::Completed);
    m_post->setEnabled(!busy && c && c->state == CaseState::Completed);
    m_delivered->setEnabled(!busy && c && c->state == CaseState::Posted);
    m_notice->setEnabled(c && c->state == CaseState::Supplement && c->life.openCorrection() &&
                         !m_documentsDir.isEmpty());
}

void CaseStepsBar::setPapers(QString documentsDir, std::function<HallLetterhead()> hall, QString personName) {
    m_documentsDir = std::move(documentsDir);
    m_hall = std::move(hall);
    m_personName = std::move(personName);
    selectionChanged();
}

ReceiptContext CaseStepsBar::contextFor(const Case& c) const {
    return ReceiptContext::forCase(c, m_catalog.document() ? &*m_catalog.document() : nullptr,
                                   m_hall ? m_hall() : HallLetterhead{}, m_personName);
}

void CaseStepsBar::keepPapers(const Case& c) {
    if (m_documentsDir.isEmpty() || !c.life.handover || c.life.steps.empty())
        return;
    const std::string& last = c.life.steps.back().action;
    if (last != "handed_over" && last != "posted")
        return;
    QDir().mkpath(m_documentsDir);
    const bool posted = last == "posted";
    const QString path = QDir(m_documentsDir)
                             .filePath(QString::fromStdString(c.caseNo) +
                                       (posted ? QStringLiteral("-label.pdf") : QStringLiteral("-proof.pdf")));
    QString error;
    const bool written = posted
                             ? CaseStepPrinters::postLabelPdf(c, *c.life.handover, contextFor(c), path, &error)
                             : CaseStepPrinters::deliveryReceiptPdf(c, *c.life.handover, contextFor(c), path, &error);
    if (written)
        m_keptPdfs << path;
    else
        say(error, true);
}

void CaseStepsBar::printCorrectionNotice() {
    const auto& c = m_case;
    if (!c || !m_notice->isEnabled() || !c->life.openCorrection())
        return;
    QDir().mkpath(m_documentsDir);
    const QString path =
        QDir(m_documentsDir).filePath(QString::fromStdString(c->caseNo) + QStringLiteral("-correction.pdf"));
    QString error;
    if (CaseStepPrinters::correctionNoticePdf(*c, *c->life.openCorrection(), contextFor(*c), path, &error)) {
        m_keptPdfs << path;
        say(tr("The correction notice is kept as %1.").arg(path), false);
    } else {
        say(error, true);
    }
}

void CaseStepsBar::supply() {
    if (!m_supply->isEnabled())
        return;
    supplyWith(m_material->currentData().toString(), {});
}

void CaseStepsBar::supplyWith(const QString& material, const std::vector<std::string>& scans) {
    const QString caseId = m_selected();
    try {
        m_desk.intake().supplyLater(caseId.toStdString(), material.toStdString(), scans);
    } catch (const IntakeError& e) {
        say(tr("Not recorded: %1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    say(scans.empty() ? tr("The material is recorded as brought (容缺后补); it goes to the hall with the case.")
                      : tr("The material is recorded as brought with %n scanned page(s); they go to the hall with "
                           "the case.",
                           nullptr, static_cast<int>(scans.size())),
        false);
    emit caseSaved();
    emit caseUpdated();
    selectionChanged();
}

void CaseStepsBar::scanAndSupply() {
    if (!m_scanSupply->isEnabled())
        return;
    m_scanMaterial = m_material->currentData().toString();
    if (!m_scanDialog) {
        m_scanDialog = new QDialog(this);
        m_scanDialog->setObjectName(QStringLiteral("supplyScan"));
        m_scanDialog->resize(1000, 700);
        auto* layout = new QVBoxLayout(m_scanDialog);
        m_scanner = new ScanView(m_desk.clock(), m_scanDialog);
        layout->addWidget(m_scanner);
        connect(m_scanDialog, &QDialog::finished, m_scanner, &ScanView::stop);
        connect(
            m_scanner, &ScanView::pagesAttached, this, [this](const QString& material, const QList<QByteArray>& pages) {
                std::vector<std::string> scans;
                try {
                    for (const QByteArray& page : pages)
                        scans.push_back(m_desk.sync().blobs().addBytes(page).toStdString());
                } catch (const std::exception& e) {
                    say(tr("The scan could not be kept on this computer: %1").arg(QString::fromUtf8(e.what())), true);
                    return;
                }
                m_scanDialog->accept();
                supplyWith(material, scans);
            });
    }
    m_scanDialog->setWindowTitle(tr("Scan the material brought: %1").arg(m_material->currentText()));
    m_scanner->setMaterials({{m_scanMaterial, m_material->currentText()}});
    m_scanDialog->open();
    m_scanner->start(qEnvironmentVariable("ONEWINDOW_SCAN_SOURCE", QStringLiteral("camera:0")));
    m_scanner->setFocus();
}

void CaseStepsBar::confirmDelivered() {
    if (!m_delivered->isEnabled())
        return;
    m_service.confirmDelivery(m_selected());
}

void CaseStepsBar::handOver() {
    if (!m_handOver->isEnabled())
        return;
    if (m_recipient->text().trimmed().isEmpty()) {
        say(tr("Write who receives the result."), true);
        m_recipient->setFocus();
        return;
    }
    if (!m_idChecked->isChecked()) {
        say(tr("Check the recipient's ID card first (lay it on the reader or look at it), then tick the box."), true);
        return;
    }
    m_service.handOverAtWindow(m_selected(), m_recipient->text().trimmed(), true);
}

void CaseStepsBar::post() {
    if (!m_post->isEnabled())
        return;
    if (m_recipient->text().trimmed().isEmpty() || m_address->text().trimmed().isEmpty() ||
        m_waybill->text().trimmed().isEmpty()) {
        say(tr("A result by post needs the recipient, the address and the waybill number."), true);
        return;
    }
    m_service.post(m_selected(), m_recipient->text().trimmed(), m_address->text().trimmed(),
                   m_waybill->text().trimmed());
}

} // namespace ow
