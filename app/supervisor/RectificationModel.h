#pragma once

#include "domain/Rectification.h"

#include <QAbstractTableModel>

namespace ow {

class RectificationService;

// The hall's rectifications as a table: state, rating, reasons, counter, clerk, ticket or case, and the two due
// dates — overdue ones in red with the word, due today in amber.
class RectificationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, RatedOn, Level, Reasons, Counter, Clerk, Service, FollowUpDue, FixDue, ColumnCount };

    explicit RectificationModel(RectificationService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Rectification* at(int row) const;

    static QString stateText(const Rectification& r);
    static QString levelText(int level);
    static QString dateText(const std::string& isoDate); // "2026-11-27 周五"

private:
    QString dueText(const std::string& due, bool done, bool overdue) const;

    RectificationService& m_service;
};

} // namespace ow
