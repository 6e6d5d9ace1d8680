#include "app/supervisor/CaseWorkPanel.h"

#include "app/cases/CaseListPanel.h"
#include "app/common/TextTableModel.h"
#include "sync/CaseWorkService.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {
namespace {

QString materialStateName(MaterialState state) {
    switch (state) {
    case MaterialState::Submitted: return CaseWorkPanel::tr("brought");
    case MaterialState::Waived: return CaseWorkPanel::tr("to be brought later (容缺)");
    case MaterialState::Commitment: return CaseWorkPanel::tr("commitment (告知承诺)");
    case MaterialState::Shared: return CaseWorkPanel::tr("fetched by the department (免提交)");
    case MaterialState::Missing: return CaseWorkPanel::tr("missing");
    }
    return {};
}

} // namespace

CaseWorkPanel::CaseWorkPanel(CaseWorkService& service, StaffRole role, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_role(role)
    , m_model(new TextTableModel({tr("Time left"), tr("Case number"), tr("Service items"), tr("Applicant"), tr("State"),
                                  tr("Promised by"), tr("Passed to")},
                                 this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(
        role == StaffRole::Approver ? tr("Cases passed to you for a decision") : tr("The hall's open cases"), this);
    title->setObjectName(QStringLiteral("sectionLabel"));
    top->addWidget(title);
    top->addStretch(1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, &m_service, &CaseWorkService::reload);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseWorkTable"));
    m_table->setAccessibleName(tr("Cases to review"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 3);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto* cardLayout = new QHBoxLayout(card);
    m_detail = new QLabel(card);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    cardLayout->addWidget(m_detail, 3);
    auto* actions = new QVBoxLayout;
    m_materials = new QListWidget(card);
    m_materials->setObjectName(QStringLiteral("correctionMaterials"));
    m_materials->setAccessibleName(tr("Materials a correction asks for"));
    m_materials->setMaximumHeight(110);
    actions->addWidget(new QLabel(tr("A correction asks for (tick):"), card));
    actions->addWidget(m_materials);
    auto* form = new QFormLayout;
    m_reason = new QLineEdit(card);
    m_reason->setObjectName(QStringLiteral("caseReason"));
    m_reason->setPlaceholderText(tr("Reason: said to the applicant on a refusal or a correction"));
    form->addRow(tr("Reason"), m_reason);
    m_approver = new QLineEdit(card);
    m_approver->setObjectName(QStringLiteral("caseApprover"));
    m_approver->setPlaceholderText(tr("User name of the approver"));
    m_department = new QLineEdit(card);
    m_department->setPlaceholderText(tr("Department that decides"));
    if (role != StaffRole::Approver) {
        form->addRow(tr("Approver"), m_approver);
        form->addRow(tr("Department"), m_department);
    } else {
        m_approver->hide();
        m_department->hide();
    }
    actions->addLayout(form);
    auto* clock = new QHBoxLayout;
    m_stopKind = new QComboBox(card);
    m_stopKind->setObjectName(QStringLiteral("clockStopKind"));
    m_stopKind->setAccessibleName(tr("What stops the time limit"));
    m_stopKind->setPlaceholderText(tr("none for this item"));
    m_pause = new QPushButton(tr("Pause the time limit"), card);
    m_pause->setToolTip(tr("公示, 专家评审, 听证 or 检验检测 do not count in the time limit where the item says so; "
                           "write the reason first"));
    m_resume = new QPushButton(tr("Time limit runs again"), card);
    clock->addWidget(new QLabel(tr("Time limit:"), card));
    clock->addWidget(m_stopKind, 1);
    clock->addWidget(m_pause);
    clock->addWidget(m_resume);
    actions->addLayout(clock);
    auto* buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("Approve (Ctrl+Return)"), card);
    m_approve->setObjectName(QStringLiteral("primaryButton"));
    m_refuse = new QPushButton(tr("Refuse"), card);
    m_correction = new QPushButton(tr("Ask for a correction (补正)"), card);
    m_received = new QPushButton(tr("Correction received"), card);
    m_passOn = new QPushButton(tr("Pass on (分办)"), card);
    for (auto* button : {m_approve, m_refuse, m_correction, m_received, m_passOn})
        buttons->addWidget(button);
    if (role == StaffRole::Approver)
        m_passOn->hide();
    actions->addLayout(buttons);
    cardLayout->addLayout(actions, 2);
    layout->addWidget(card, 2);
    m_message = makeMessageLabel();
    layout->addWidget(m_message);

    connect(m_approve, &QPushButton::clicked, this, &CaseWorkPanel::approve);
    connect(m_refuse, &QPushButton::clicked, this, &CaseWorkPanel::refuse);
    connect(m_correction, &QPushButton::clicked, this, &CaseWorkPanel::askForCorrection);
    connect(m_received, &QPushButton::clicked, this, &CaseWorkPanel::correctionReceived);
    connect(m_passOn, &QPushButton::clicked, this, &CaseWorkPanel::passOn);
    connect(m_pause, &QPushButton::clicked, this, &CaseWorkPanel::pauseClock);
    connect(m_resume, &QPushButton::clicked, this, &CaseWorkPanel::resumeClock);
    auto* approveKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(approveKey, &QShortcut::activated, this, &CaseWorkPanel::approve);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseWorkPanel::updateDetails);
    connect(&m_service, &CaseWorkService::casesChanged, this, &CaseWorkPanel::showCases);
    // Busy or not, only the buttons change: the ticked materials and the typed reason stay.
    connect(&m_service, &CaseWorkService::busyChanged, this, &CaseWorkPanel::updateButtons);
    connect(&m_service, &CaseWorkService::failed, this,
            [this](const QString& text) { showMessage(m_message, text, true); });
    connect(&m_service, &CaseWorkService::stepped, this, [this](const QString&, const QString& text) {
        m_reason->clear();
        showMessage(m_message, text, false);
    });
    showCases();
}

void CaseWorkPanel::selectRow(int row) { m_table->selectRow(row); }

const WorkCase* CaseWorkPanel::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= static_cast<int>(m_ids.size()))
        return nullptr;
    return m_service.find(m_ids[static_cast<std::size_t>(rows.first().row())]);
}

void CaseWorkPanel::showCases() {
    const auto rows = m_table->selectionModel()->selectedRows();
    const QString keep = rows.isEmpty() || rows.first().row() >= static_cast<int>(m_ids.size())
                             ? QString()
                             : m_ids[static_cast<std::size_t>(rows.first().row())];
    std::vector<QStringList> table;
    std::vector<QString> tones;
    m_ids.clear();
    for (const WorkCase& w : m_service.cases()) {
        const Case& c = w.c;
        QStringList items;
        for (const auto& code : c.items)
            items << w.nameOf(code);
        const bool running =
            (c.state == CaseState::Accepted || c.state == CaseState::InReview) && !c.life.openClockStop();
        const ClockStop* stop = c.life.openClockStop();
        table.push_back({c.state == CaseState::Supplement ? tr("stopped (补正)")
                         : stop                  ? tr("stopped: %1").arg(CaseListModel::clockStopName(stop->kind))
                         : w.workingDaysLeft < 0 ? tr("%n working day(s) late", nullptr, -w.workingDaysLeft)
                                                 : tr("%n working day(s)", nullptr, w.workingDaysLeft),
                         QString::fromStdString(c.caseNo), items.join(QStringLiteral(", ")),
                         QString::fromStdString(c.applicant.name), CaseListModel::stateName(c.state),
                         QString::fromStdString(c.promisedDate),
                         c.life.assignedTo.empty() ? QString() : w.nameOf(c.life.assignedTo)});
        tones.push_back(!running                 ? QString()
                        : w.workingDaysLeft < 0  ? QStringLiteral("bad")
                        : w.workingDaysLeft <= 1 ? QStringLiteral("warn")
                                                 : QString());
        m_ids.push_back(QString::fromStdString(c.id));
    }
    m_model->setRows(std::move(table), std::move(tones));
    int row = 0;
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        if (m_ids[i] == keep)
            row = static_cast<int>(i);
    if (!m_ids.empty())
        selectRow(row);
    updateDetails();
}

void CaseWorkPanel::updateButtons() {
    const WorkCase* w = selected();
    const bool busy = m_service.isBusy();
    const CaseState state = w ? w->c.state : CaseState::Draft;
    const bool stopped = w && w->c.life.openClockStop();
    const bool deciding = w && state == CaseState::InReview && !stopped;
    m_approve->setEnabled(!busy && deciding);
    m_refuse->setEnabled(!busy && deciding);
    m_correction->setEnabled(!busy && w && (state == CaseState::Accepted || state == CaseState::InReview));
    m_received->setEnabled(!busy && w && state == CaseState::Supplement && w->c.life.openCorrection());
    m_passOn->setEnabled(!busy && w && (state == CaseState::Accepted || state == CaseState::InReview));
    m_pause->setEnabled(!busy && deciding && m_stopKind->count() > 0);
    m_resume->setEnabled(!busy && stopped);
    m_stopKind->setEnabled(m_pause->isEnabled());
}

void CaseWorkPanel::updateDetails() {
    const WorkCase* w = selected();
    m_stopKind->clear();
    for (const auto& kind : w ? w->clockStops : std::vector<std::string>{})
        m_stopKind->addItem(CaseListModel::clockStopName(kind), QString::fromStdString(kind));
    m_stopKind->setCurrentIndex(m_stopKind->count() > 0 ? 0 : -1); // with a placeholder, none is chosen by itself
    updateButtons();
    m_materials->clear();
    if (!w) {
        m_detail->setText(m_service.cases().empty() ? tr("No cases wait for you.") : tr("Choose a case in the list."));
        return;
    }
    const Case& c = w->c;
    QStringList lines;
    lines << tr("<b>%1</b> — %2, accepted %3, promised by %4")
                 .arg(QString::fromStdString(c.caseNo).toHtmlEscaped(), CaseListModel::stateName(c.state),
                      QString::fromStdString(c.acceptedDate), QString::fromStdString(c.promisedDate));
    lines << tr("Applicant: %1").arg(QString::fromStdString(c.applicant.name).toHtmlEscaped());
    QStringList materials;
    for (const MaterialRecord& m : c.materials) {
        materials << tr("%1: %2 (%n scan(s))", nullptr, static_cast<int>(m.attachments.size()))
                         .arg(w->nameOf(m.materialId).toHtmlEscaped(), materialStateName(m.state));
        auto* item = new QListWidgetItem(w->nameOf(m.materialId), m_materials);
        item->setData(Qt::UserRole, QString::fromStdString(m.materialId));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    lines << tr("Materials: %1").arg(materials.join(QStringLiteral("; ")));
    if (const Correction* open = c.life.openCorrection())
        lines << tr("<b>Waiting for a correction</b> since %1: %2")
                     .arg(QString::fromStdString(open->requestedDay),
                          QString::fromStdString(open->reason).toHtmlEscaped());
    if (const ClockStop* stop = c.life.openClockStop())
        lines << tr("<b>Time limit paused</b> since %1 for %2: %3")
                     .arg(QString::fromStdString(stop->startedDay), CaseListModel::clockStopName(stop->kind),
                          QString::fromStdString(stop->reason).toHtmlEscaped());
    QStringList steps;
    for (const CaseStep& s : c.life.steps)
        steps << tr("%1 %2 %3")
                     .arg(QString::fromStdString(s.day), CaseListModel::stepName(s.action),
                          s.by.empty() ? QString() : QStringLiteral("(%1)").arg(w->nameOf(s.by).toHtmlEscaped()));
    if (!steps.isEmpty())
        lines << tr("History: %1").arg(steps.join(QStringLiteral(" → ")));
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

void CaseWorkPanel::approve() {
    if (const WorkCase* w = selected(); w && m_approve->isEnabled())
        m_service.decide(QString::fromStdString(w->c.id), true, m_reason->text().trimmed());
}

void CaseWorkPanel::refuse() {
    const WorkCase* w = selected();
    if (!w || !m_refuse->isEnabled())
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Write the reason for the refusal first: the applicant is told it."), true);
        m_reason->setFocus();
        return;
    }
    m_service.decide(QString::fromStdString(w->c.id), false, m_reason->text().trimmed());
}

void CaseWorkPanel::askForCorrection() {
    const WorkCase* w = selected();
    if (!w || !m_correction->isEnabled())
        return;
    QStringList materials;
    for (int i = 0; i < m_materials->count(); ++i)
        if (m_materials->item(i)->checkState() == Qt::Checked)
            materials << m_materials->item(i)->data(Qt::UserRole).toString();
    if (materials.isEmpty() || m_reason->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Tick the materials to correct and write why: the notice tells the applicant."),
                    true);
        return;
    }
    m_service.requestCorrection(QString::fromStdString(w->c.id), materials, m_reason->text().trimmed());
}

void CaseWorkPanel::correctionReceived() {
    const WorkCase* w = selected();
    if (!w || !m_received->isEnabled())
        return;
    if (const Correction* open = w->c.life.openCorrection())
        m_service.receiveCorrection(QString::fromStdString(w->c.id), QString::fromStdString(open->id));
}

void CaseWorkPanel::pauseClock() {
    const WorkCase* w = selected();
    if (!w || !m_pause->isEnabled())
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Write why the time limit pauses (for example 公示七日): the applicant sees it."),
                    true);
        m_reason->setFocus();
        return;
    }
    m_service.stopClock(QString::fromStdString(w->c.id), m_stopKind->currentData().toString(),
                        m_reason->text().trimmed());
}

void CaseWorkPanel::resumeClock() {
    const WorkCase* w = selected();
    if (!w || !m_resume->isEnabled())
        return;
    if (const ClockStop* stop = w->c.life.openClockStop())
        m_service.restartClock(QString::fromStdString(w->c.id), QString::fromStdString(stop->id));
}

void CaseWorkPanel::passOn() {
    const WorkCase* w = selected();
    if (!w || !m_passOn->isEnabled())
        return;
    if (m_approver->text().trimmed().isEmpty() && m_department->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Name the approver or the department the case goes to."), true);
        return;
    }
    m_service.assign(QString::fromStdString(w->c.id), m_department->text().trimmed(), m_approver->text().trimmed());
}

} // namespace ow
