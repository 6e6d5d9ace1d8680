#pragma once

#include "domain/DailyStats.h"

#include <QAbstractTableModel>

#include <vector>

namespace ow {

// One row per counter, clerk, queue category or service item of a day. Qt::UserRole holds the number behind
// each cell, so that a sort proxy sorts by value (12 after 9, 2:05 after 0:50).
class DayFiguresModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Issued,
        Served,
        NoShow,
        Transferred,
        WaitAvg,
        WaitP90,
        ServiceAvg,
        Accepted,
        Notified,
        Overdue,
        RatingRate,
        GoodRate,
        Rectifications,
        Paused, // 暂停服务: the time paused, and how many pauses
        ColumnCount
    };

    explicit DayFiguresModel(QString nameHeader, QObject* parent = nullptr);

    void setRows(std::vector<DayFigures> rows);
    const DayFigures* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString duration(double seconds); // "12:05" (minutes:seconds), "1:02:05" past an hour
    static QString percent(double share);    // "87.5%"
    // A day's totals on the headline tiles under `root` that are there (issued, served, wait, wait90, accepted,
    // overdue, completed, ratingRate, goodRate, rectifications), a bad figure in its colour: a hall's day and a
    // region's alike.
    static void showTotals(QWidget* root, const DayFigures& totals);

private:
    QString m_nameHeader;
    std::vector<DayFigures> m_rows;
};

} // namespace ow
