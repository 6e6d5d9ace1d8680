#include "app/common/TextTableModel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QTableView>

namespace ow {

QTableView* makeTextTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName) {
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

TextTableModel::TextTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void TextTableModel::setRows(std::vector<QStringList> rows, std::vector<QString> tones) {
    beginResetModel();
    m_rows = std::move(rows);
    m_tones = std::move(tones);
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (role == Qt::DisplayRole)
        return m_rows[row].value(index.column());
    if (role == Qt::ForegroundRole && row < m_tones.size()) {
        if (m_tones[row] == QLatin1String("bad"))
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        if (m_tones[row] == QLatin1String("warn"))
            return QBrush(QColor(0x7a, 0x52, 0x00));
    }
    return {};
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_headers.value(section);
}

} // namespace ow
