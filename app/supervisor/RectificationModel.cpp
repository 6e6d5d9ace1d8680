#include "app/supervisor/RectificationModel.h"

#include "sync/RectificationService.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

namespace ow {

RectificationModel::RectificationModel(RectificationService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    connect(&service, &RectificationService::itemsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&service, &RectificationService::itemChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int RectificationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_service.items().size());
}

int RectificationModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const Rectification* RectificationModel::at(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_service.items()[static_cast<std::size_t>(row)];
}

QString RectificationModel::stateText(const Rectification& r) {
    switch (r.state()) {
    case RectificationState::Open: return tr("Follow-up due");
    case RectificationState::FollowedUp: return tr("Followed up, fix due");
    case RectificationState::Fixed: return tr("Fixed");
    case RectificationState::Appealing: return tr("Appeal awaiting decision");
    case RectificationState::Voided: return tr("Voided on appeal");
    }
    return {};
}

QString RectificationModel::levelText(int level) {
    return level == 1 ? tr("Very dissatisfied") : level == 2 ? tr("Dissatisfied") : QString::number(level);
}

QString RectificationModel::dateText(const std::string& isoDate) {
    const QDate date = QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
    if (!date.isValid())
        return QString::fromStdString(isoDate);
    return QStringLiteral("%1 %2").arg(date.toString(Qt::ISODate),
                                       QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

QString RectificationModel::dueText(const std::string& due, bool done, bool overdue) const {
    if (done)
        return tr("%1 — done").arg(dateText(due));
    if (overdue)
        return tr("%1 — overdue").arg(dateText(due));
    if (due == m_service.today().toStdString())
        return tr("%1 — due today").arg(dateText(due));
    return dateText(due);
}

QVariant RectificationModel::data(const QModelIndex& index, int role) const {
    const Rectification* r = at(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const std::string today = m_service.today().toStdString();
    const bool voided = r->state() == RectificationState::Voided;
    const bool followUpLate = r->followUpOverdue(today), fixLate = r->fixOverdue(today);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case State: return stateText(*r);
        case RatedOn: return dateText(r->ratedOn);
        case Level: return levelText(r->level);
        case Reasons: {
            QStringList reasons;
            for (const auto& reason : r->reasons)
                reasons << QString::fromStdString(reason);
            return reasons.join(QStringLiteral("、"));
        }
        case Counter: return r->counter ? tr("Counter %1").arg(*r->counter) : tr("Kiosk");
        case Clerk: return QString::fromStdString(r->clerkName.empty() ? r->clerk : r->clerkName);
        case Service: return QString::fromStdString(r->caseNo.empty() ? r->ticketNumber : r->caseNo);
        case FollowUpDue: return voided ? QString() : dueText(r->followUpDue, r->followUp.has_value(), followUpLate);
        case FixDue: return voided ? QString() : dueText(r->fixDue, r->fix.has_value(), fixLate);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        const bool late = (index.column() == FollowUpDue && followUpLate) || (index.column() == FixDue && fixLate);
        const bool dueToday = (index.column() == FollowUpDue && !r->followUp && r->followUpDue == today) ||
                              (index.column() == FixDue && !r->fix && r->fixDue == today);
        if (late)
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        if (dueToday)
            return QBrush(QColor(0x7a, 0x52, 0x00));
        if (index.column() == State && r->isClosed())
            return QBrush(QColor(0x1b, 0x6e, 0x31));
    }
    if (role == Qt::ToolTipRole && index.column() == Reasons && !r->comment.empty())
        return QString::fromStdString(r->comment);
    return {};
}

QVariant RectificationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State: return tr("State");
    case RatedOn: return tr("Rated on");
    case Level: return tr("Rating");
    case Reasons: return tr("Reasons");
    case Counter: return tr("Counter");
    case Clerk: return tr("Staff");
    case Service: return tr("Ticket / case");
    case FollowUpDue: return tr("Follow-up by");
    case FixDue: return tr("Fix by");
    default: return {};
    }
}

} // namespace ow
