#include "app/supervisor/DayFiguresModel.h"

#include "widgets/Style.h"

#include "printer/DailyReportPrinter.h"

#include <algorithm>
#include <cmath>

namespace ow {

DayFiguresModel::DayFiguresModel(QString nameHeader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_nameHeader(std::move(nameHeader)) {}

void DayFiguresModel::setRows(std::vector<DayFigures> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const DayFigures* DayFiguresModel::at(int row) const {
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int DayFiguresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DayFiguresModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString DayFiguresModel::duration(double seconds) { return DailyReportPrinter::duration(seconds); }

QString DayFiguresModel::percent(double share) { return DailyReportPrinter::percent(share); }

QVariant DayFiguresModel::data(const QModelIndex& index, int role) const {
    const DayFigures* f = at(index.row());
    if (!f || (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool display = role == Qt::DisplayRole;
    const RatingFigures& r = f->ratings.figures;
    switch (index.column()) {
    case Name: {
        const QString label = QString::fromStdString(f->label.empty() ? f->key : f->label);
        const bool number = !f->key.empty() && f->key.size() < 6 &&
                            std::all_of(f->key.begin(), f->key.end(), [](char c) { return c >= '0' && c <= '9'; });
        return !display && number ? QVariant(std::stoi(f->key)) : QVariant(label); // counters sort as numbers
    }
    case Issued: return f->ticketsIssued;
    case Served: return f->served;
    case NoShow: return f->noShow;
    case Transferred: return f->transferred;
    case WaitAvg: return display ? QVariant(duration(f->wait.avg)) : QVariant(f->wait.avg);
    case WaitP90: return display ? QVariant(duration(static_cast<double>(f->wait.p90))) : QVariant(qint64(f->wait.p90));
    case ServiceAvg: return display ? QVariant(duration(f->service.avg)) : QVariant(f->service.avg);
    case Accepted: return f->casesAccepted;
    case Notified: return f->casesNotified;
    case Overdue: return f->casesOverdue;
    case RatingRate: return display ? QVariant(percent(r.ratingRate())) : QVariant(r.ratingRate());
    case GoodRate:
        return display ? QVariant(r.rated ? percent(r.goodRate()) : QStringLiteral("—")) : QVariant(r.goodRate());
    case Rectifications: return f->rectificationsOpen;
    case Paused:
        if (!display)
            return f->pausedSeconds;
        return f->pauses ? tr("%1 (%n×)", nullptr, f->pauses).arg(duration(f->pausedSeconds)) : QStringLiteral("—");
    default: return {};
    }
}

QVariant DayFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return m_nameHeader;
    case Issued: return tr("Numbers");
    case Served: return tr("Served");
    case NoShow: return tr("No-show");
    case Transferred: return tr("Transferred");
    case WaitAvg: return tr("Wait (avg)");
    case WaitP90: return tr("Wait (90%)");
    case ServiceAvg: return tr("Service (avg)");
    case Accepted: return tr("Accepted");
    case Notified: return tr("One-time notices");
    case Overdue: return tr("Overdue");
    case RatingRate: return tr("Rating rate");
    case GoodRate: return tr("Good rate");
    case Rectifications: return tr("Open rectifications");
    case Paused: return tr("Paused");
    default: return {};
    }
}

void DayFiguresModel::showTotals(QWidget* root, const DayFigures& t) {
    const RatingFigures& r = t.ratings.figures;
    setTileValue(root, QStringLiteral("issued"), QString::number(t.ticketsIssued));
    setTileValue(root, QStringLiteral("served"), QString::number(t.served));
    setTileValue(root, QStringLiteral("wait"), duration(t.wait.avg));
    setTileValue(root, QStringLiteral("wait90"), duration(static_cast<double>(t.wait.p90)));
    setTileValue(root, QStringLiteral("accepted"), QString::number(t.casesAccepted));
    setTileValue(root, QStringLiteral("overdue"), QString::number(t.casesOverdue),
                 t.casesOverdue ? QStringLiteral("bad") : QString());
    setTileValue(root, QStringLiteral("completed"), tr("%1 (%2)").arg(t.casesCompleted).arg(t.casesCompletedOnTime),
                 t.casesCompletedOnTime < t.casesCompleted ? QStringLiteral("warn") : QString());
    setTileValue(root, QStringLiteral("ratingRate"), percent(r.ratingRate()));
    setTileValue(root, QStringLiteral("goodRate"), r.rated ? percent(r.goodRate()) : QStringLiteral("—"),
                 r.rated && r.goodRate() < 0.9 ? QStringLiteral("warn") : QString());
    setTileValue(root, QStringLiteral("rectifications"),
                 t.rectificationsOverdue ? tr("%1 (%2 late)").arg(t.rectificationsOpen).arg(t.rectificationsOverdue)
                                         : QString::number(t.rectificationsOpen),
                 t.rectificationsOverdue ? QStringLiteral("bad") : QString());
}

} // namespace ow
