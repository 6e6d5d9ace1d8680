#include "app/cases/CaseListPanel.h"

#include "forms/FieldText.h"

#include "app/cases/CaseStepsBar.h"
#include "app/cases/PermitIssueDialog.h"
#include "services/CatalogSource.h"

#include "sync/PermitService.h"
#include "widgets/DocumentPreview.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CaseListModel::CaseListModel(const CatalogSource& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog) {}

void CaseListModel::setRows(std::vector<CaseRow> rows, QString today) {
    beginResetModel();
    m_rows = std::move(rows);
    m_today = std::move(today);
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CaseListModel::stepName(const std::string& action) {
    static const std::pair<const char*, const char*> kNames[] = {
        {"supplied", QT_TRANSLATE_NOOP("ow::CaseListModel", "material brought (后补)")},
        {"correction_requested", QT_TRANSLATE_NOOP("ow::CaseListModel", "correction asked for (补正)")},
        {"correction_received", QT_TRANSLATE_NOOP("ow::CaseListModel", "correction received")},
        {"clock_stopped", QT_TRANSLATE_NOOP("ow::CaseListModel", "time limit paused")},
        {"clock_restarted", QT_TRANSLATE_NOOP("ow::CaseListModel", "time limit running again")},
        {"assigned", QT_TRANSLATE_NOOP("ow::CaseListModel", "passed on (分办)")},
        {"approved", QT_TRANSLATE_NOOP("ow::CaseListModel", "approved")},
        {"denied", QT_TRANSLATE_NOOP("ow::CaseListModel", "refused")},
        {"deemed_approved", QT_TRANSLATE_NOOP("ow::CaseListModel", "approved by rule (超时默认)")},
        {"completed", QT_TRANSLATE_NOOP("ow::CaseListModel", "completed (办结)")},
        {"handed_over", QT_TRANSLATE_NOOP("ow::CaseListModel", "handed over (出件)")},
        {"posted", QT_TRANSLATE_NOOP("ow::CaseListModel", "posted (寄递)")},
        {"delivered", QT_TRANSLATE_NOOP("ow::CaseListModel", "delivered")},
    };
    for (const auto& [key, name] : kNames)
        if (action == key)
            return tr(name);
    return QString::fromStdString(action);
}

QString CaseListModel::clockStopName(const std::string& kind) {
    if (kind == "publicity")
        return tr("publicity (公示)");
    if (kind == "expert_review")
        return tr("expert review (专家评审)");
    if (kind == "hearing")
        return tr("hearing (听证)");
    if (kind == "inspection")
        return tr("inspection or testing (检验检测)");
    return QString::fromStdString(kind);
}

QString CaseListModel::stateName(CaseState state) {
    switch (state) {
    case CaseState::Draft: return tr("Draft");
    case CaseState::Accepted: return tr("Accepted");
    case CaseState::Notified: return tr("Notified (not accepted)");
    case CaseState::Refused: return tr("Refused");
    case CaseState::InReview: return tr("In review");
    case CaseState::Supplement: return tr("Waiting for supplement");
    case CaseState::Approved: return tr("Approved");
    case CaseState::Denied: return tr("Denied");
    case CaseState::Completed: return tr("Completed");
    case CaseState::Posted: return tr("In the post");
    case CaseState::Delivered: return tr("Delivered");
    }
    return {};
}

CaseListModel::Light CaseListModel::light(const CaseRow& row) const {
    const bool running = row.state == CaseState::Accepted || row.state == CaseState::InReview ||
                         row.state == CaseState::Approved || row.state == CaseState::Denied;
    if (!running && row.state != CaseState::Supplement)
        return Light::None;
    if (!row.waiverDue.isEmpty() && row.waiverDue < m_today)
        return Light::WaiverOverdue;
    const auto accepted = parseIsoDate(row.acceptedDate.toStdString());
    const auto due = parseIsoDate(row.promisedDate.toStdString());
    const auto today = parseIsoDate(m_today.toStdString());
    if (!running || !accepted || !due || !today)
        return Light::None; // a case waiting for a supplement has its clock stopped
    WorkCalendar calendar;
    if (const auto& document = m_catalog.document())
        calendar = document->catalog.calendar;
    switch (calendar.level(*accepted, *due, *today)) {
    case DeadlineLevel::Normal: return Light::Normal;
    case DeadlineLevel::DueSoon: return Light::DueSoon;
    case DeadlineLevel::Overdue: return Light::Overdue;
    }
    return Light::None;
}

QString CaseListModel::limitText(const CaseRow& row) const {
    switch (light(row)) {
    case Light::None: return {};
    case Light::Normal: return tr("On time");
    case Light::DueSoon: return tr("⚠ Due soon");
    case Light::Overdue: return tr("✖ Overdue");
    case Light::WaiverOverdue: return tr("✖ Waived material overdue");
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CaseRow& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return r.caseNo.isEmpty() ? tr("(no number)") : r.caseNo;
        case Applicant: return r.applicantName;
        case IdNumber: return r.applicantIdMasked;
        case State: return stateName(r.state);
        case Accepted: return r.acceptedDate;
        case Promised: return r.promisedDate;
        case Limit: return limitText(r);
        case Upload: return r.pendingUpload ? tr("⇅ Waiting to upload") : tr("✔ Confirmed by the server");
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Upload)
        return QBrush(r.pendingUpload ? QColor(0x6b, 0x4a, 0x00) : QColor(0x1b, 0x6e, 0x31));
    if (role == Qt::BackgroundRole && index.column() == Limit) {
        switch (light(r)) {
        case Light::DueSoon: return QBrush(QColor(0xff, 0xf1, 0xc2));
        case Light::Overdue:
        case Light::WaiverOverdue: return QBrush(QColor(0xfd, 0xde, 0xdb));
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Limit) {
        switch (light(r)) {
        case Light::DueSoon: return QBrush(QColor(0x6b, 0x4a, 0x00));
        case Light::Overdue:
        case Light::WaiverOverdue: return QBrush(QColor(0xa6, 0x1b, 0x1b));
        case Light::Normal: return QBrush(QColor(0x1b, 0x6e, 0x31));
        default: return {};
        }
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Case number");
    case Applicant: return tr("Applicant");
    case IdNumber: return tr("ID number");
    case State: return tr("State");
    case Accepted: return tr("Accepted on");
    case Promised: return tr("Promised by");
    case Limit: return tr("Time limit");
    case Upload: return tr("Server");
    default: return {};
    }
}

CaseListPanel::CaseListPanel(CaseStore& cases, const CatalogSource& catalog, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
    , m_catalog(catalog)
    , m_clock(clock) {
    setObjectName(QStringLiteral("caseListPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Case number, applicant name or whole ID number"));
    m_search->setAccessibleName(tr("Find a case"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox;
    m_state->addItem(tr("All states"), -1);
    for (CaseState s : {CaseState::Accepted, CaseState::Notified, CaseState::Refused, CaseState::InReview,
                        CaseState::Supplement, CaseState::Completed, CaseState::Posted, CaseState::Delivered})
        m_state->addItem(CaseListModel::stateName(s), static_cast<int>(s));
    m_overdue = new QCheckBox(tr("Only overdue"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    layout->addLayout(filters);

    m_model = new CaseListModel(catalog, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("caseSplitter"));
    split->addWidget(m_table);
    m_preview = new DocumentPreview;
    m_preview->hide();
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("hintLabel"));
    layout->addWidget(m_count);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseListPanel::updateActions);
    connect(m_search, &QLineEdit::textChanged, this, &CaseListPanel::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseListPanel::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListPanel::refresh);
    refresh();
}

void CaseListPanel::refresh() {
    CaseFilter filter;
    filter.text = m_search->text().trimmed();
    if (const int state = m_state->currentData().toInt(); state >= 0)
        filter.state = static_cast<CaseState>(state);
    filter.today = QString::fromStdString(m_clock.todayIso());
    filter.overdueOnly = m_overdue->isChecked();
    const QString selected = selectedCaseId(); // kept across the refresh a sync round brings
    try {
        m_model->setRows(m_cases.search(filter), filter.today);
        if (!selected.isEmpty())
            selectCase(selected);
        m_count->setText(tr("%n case(s) shown", nullptr, m_model->rowCount()));
    } catch (const std::exception& e) {
        m_count->setText(tr("The cases could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
    updateActions();
}

void CaseListPanel::enablePermits(PermitService& service, std::function<HallLetterhead()> hall, QString documentsDir) {
    m_permits = &service;
    m_hall = std::move(hall);
    m_documentsDir = std::move(documentsDir);
    auto* row = new QHBoxLayout;
    m_approve = new QPushButton(tr("Approve now (即办件) (Ctrl+Shift+A)"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_issue = new QPushButton(tr("Issue or reprint permit (Ctrl+Shift+P)"));
    m_issue->setObjectName(QStringLiteral("issuePermitButton"));
    m_print = new QPushButton(tr("Print (Ctrl+P)"));
    m_print->setObjectName(QStringLiteral("printPermitButton"));
    m_print->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    row->addWidget(m_approve);
    row->addWidget(m_issue);
    row->addWidget(m_print);
    row->addWidget(m_message, 1);
    static_cast<QVBoxLayout*>(layout())->insertLayout(layout()->count() - 1, row);
    auto shortcut = [this](const char* keys, auto slot) {
        auto* s = new QShortcut(QKeySequence(QString::fromLatin1(keys)), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    connect(m_approve, &QPushButton::clicked, this, &CaseListPanel::approveSelected);
    connect(m_issue, &QPushButton::clicked, this, &CaseListPanel::issueSelected);
    shortcut("Ctrl+Shift+A", &CaseListPanel::approveSelected);
    shortcut("Ctrl+Shift+P", &CaseListPanel::issueSelected);
    auto printNow = [this] {
        if (!m_print->isVisible())
            return;
        QString error;
        if (m_preview->print(&error))
            say(tr("Sent to the printer."), false);
        else
            say(error, true);
    };
    connect(m_print, &QPushButton::clicked, this, printNow);
    auto* printKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+P")), this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, printNow);
    connect(&service, &PermitService::issued, this, &CaseListPanel::showPermit);
    connect(&service, &PermitService::failed, this, [this](const QString& text) { say(text, true); });
    connect(&service, &PermitService::busyChanged, this, [this](bool busy) {
        if (busy)
            say(tr("Asking the hall's server to sign the permit…"), false);
        updateActions();
    });
    updateActions();
}

void CaseListPanel::enableSteps(CaseDesk& desk, QString documentsDir, std::function<HallLetterhead()> hall,
                                QString personName) {
    m_steps = new CaseStepsBar(
        desk, [this] { return selectedCaseId(); }, this);
    m_steps->setPapers(std::move(documentsDir), std::move(hall), std::move(personName));
    static_cast<QVBoxLayout*>(layout())->insertWidget(layout()->count() - 1, m_steps);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_steps,
            &CaseStepsBar::selectionChanged);
    connect(m_steps, &CaseStepsBar::caseUpdated, this, &CaseListPanel::refresh);
}

QString CaseListPanel::selectedCaseId() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->row(rows.first().row()).id;
}

void CaseListPanel::selectCase(const QString& caseId) {
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i).id == caseId) {
            m_table->selectRow(i);
            return;
        }
}

void CaseListPanel::updateActions() {
    if (!m_permits)
        return;
    const QString id = selectedCaseId();
    std::optional<CaseState> state;
    for (int i = 0; i < m_model->rowCount() && !id.isEmpty(); ++i)
        if (m_model->row(i).id == id)
            state = m_model->row(i).state;
    const bool busy = m_permits->isBusy();
    m_approve->setEnabled(!busy && state && (*state == CaseState::Accepted || *state == CaseState::InReview));
    m_issue->setEnabled(!busy && state &&
                        (*state == CaseState::Approved || *state == CaseState::Completed ||
                         *state == CaseState::Posted || *state == CaseState::Delivered));
}

void CaseListPanel::approveSelected() {
    const QString id = selectedCaseId();
    if (id.isEmpty() || !m_permits)
        return;
    QString error;
    if (!m_permits->approve(id, &error)) {
        say(error, true);
        return;
    }
    refresh();
    selectCase(id);
    say(tr("Approved. The permit can be issued now (Ctrl+Shift+P)."), false);
    emit caseChanged();
}

void CaseListPanel::issueSelected() {
    const QString id = selectedCaseId();
    if (id.isEmpty() || !m_permits || !m_issue->isEnabled())
        return;
    const auto c = m_cases.find(id);
    if (!c)
        return;
    QList<PermitChoice> items;
    const auto& document = m_catalog.document();
    for (const auto& code : c->items) {
        const ServiceItem* item = document ? document->catalog.item(code) : nullptr;
        if (!item || item->result.empty())
            continue;
        PermitChoice choice{QString::fromStdString(code), tr("%1 — %2").arg(QString::fromStdString(item->result),
                                                                            QString::fromStdString(item->name))};
        // The holder and scope as the server will take them from the form: shown before, so the clerk sees whom the
        // permit names.
        if (const FormDefinition* form = document->form(item->form)) {
            choice.scope = QString::fromStdString(fieldText(*form, c->formValues, item->permit.scopeField));
            const PermitEnterprise enterprise = permitEnterprise(item->permit, *form, *c);
            choice.enterprise = QString::fromStdString(enterprise.name);
            choice.creditCode = QString::fromStdString(enterprise.creditCode);
        }
        items.append(choice);
    }
    if (items.isEmpty()) {
        say(tr("None of this case's items issues a permit."), true);
        return;
    }
    PermitIssueDialog dialog(items, QDate::fromString(QString::fromStdString(m_clock.todayIso()), Qt::ISODate), this);
    if (dialog.exec() == QDialog::Accepted)
        issuePermit(id, dialog.input());
}

void CaseListPanel::issuePermit(const QString& caseId, const PermitInput& input) {
    if (m_permits)
        m_permits->issue(caseId, input);
}

void CaseListPanel::showPermit(const Permit& permit, bool isNew) {
    QString itemName = QString::fromStdString(permit.item);
    if (m_catalog.document())
        if (const ServiceItem* item = m_catalog.document()->catalog.item(permit.item))
            itemName = QString::fromStdString(item->name);
    const PermitPaper paper{m_hall ? m_hall().name : QString(), itemName,
                            QString::fromStdString(m_clock.hallTime().businessDay(permit.issuedAtMs)), false};
    const QString id = QString::fromStdString(permit.id);
    std::vector<PrintableDocument> documents;
    documents.push_back(
        {tr("Permit %1").arg(id), QStringLiteral("permit-%1.pdf").arg(id),
         [permit, paper](QPagedPaintDevice& d) { PermitPrinter::paint(permit, paper, PermitPrinter::Layout::A4, d); }});
    documents.push_back(
        {tr("Card"), QStringLiteral("permit-card-%1.pdf").arg(id),
         [permit, paper](QPagedPaintDevice& d) { PermitPrinter::paint(permit, paper, PermitPrinter::Layout::Card, d); },
         QPageSize(QSizeF(PermitPrinter::kCardWidthMm, PermitPrinter::kCardHeightMm), QPageSize::Millimeter, QString(),
                   QPageSize::ExactMatch)});
    m_preview->setDocuments(std::move(documents));
    m_preview->show();
    m_print->show();
    QString error;
    m_keptPdfs = m_documentsDir.isEmpty() ? QStringList() : m_preview->writePdfs(m_documentsDir, &error);
    say(isNew ? tr("Permit %1 issued. Check the preview, then print (Ctrl+P).").arg(id)
              : tr("Permit %1 was issued before; here it is to print again.").arg(id),
        false);
    if (!error.isEmpty())
        say(error, true);
    updateActions();
}

void CaseListPanel::say(const QString& text, bool error) {
    if (!m_message)
        return;
    m_message->setText(text);
    m_message->setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->style()->polish(m_message);
    m_message->show();
}

QString CaseListPanel::messageText() const { return m_message ? m_message->text() : QString(); }

} // namespace ow
