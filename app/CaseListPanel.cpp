#include "app/CaseListPanel.h"

#include "app/CatalogSource.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

CaseListPanel::CaseListPanel(CaseStore& cases, const CatalogSource& catalog, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases) {
    setObjectName(QStringLiteral("caseListPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Case number, applicant name or whole ID number"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox;
    m_state->addItem(tr("All states"), -1);
    for (CaseState s : {CaseState::Accepted, CaseState::Notified, CaseState::Refused, CaseState::InReview,
                        CaseState::Supplement, CaseState::Completed, CaseState::Delivered})
        m_state->addItem(CaseListModel::stateName(s), static_cast<int>(s));
    m_overdue = new QCheckBox(tr("Only overdue"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    layout->addLayout(filters);

    m_model = new CaseListModel(catalog, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("hintLabel"));
    layout->addWidget(m_count);

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
    filter.today = QDate::currentDate().toString(Qt::ISODate);
    filter.overdueOnly = m_overdue->isChecked();
    try {
        m_model->setRows(m_cases.search(filter), filter.today);
        m_count->setText(tr("%n case(s) shown", nullptr, m_model->rowCount()));
    } catch (const std::exception& e) {
        m_count->setText(tr("The cases could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace ow
