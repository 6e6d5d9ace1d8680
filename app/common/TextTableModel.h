#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class QTableView;

#include <vector>

namespace ow {

// A read-only table of texts for lists that are only looked at (drill-downs, warnings): a header, rows, and per
// row a tone ("bad", "warn" or empty) shown in the text colour — always beside a word that says the same.
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TextTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<QStringList> rows, std::vector<QString> tones = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<QStringList> m_rows;
    std::vector<QString> m_tones;
};

// A table of `model`'s rows to look at and pick one from: whole rows, one at a time, alternating colours, no row
// numbers, each column as wide as its texts and the last taking the rest.
QTableView* makeTextTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName);

} // namespace ow
