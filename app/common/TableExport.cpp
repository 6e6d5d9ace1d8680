#include "app/common/TableExport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace ow {
namespace {

QString field(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QByteArray tableAsCsv(const QAbstractItemModel& model) {
    QByteArray out("\xEF\xBB\xBF");
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << field(model.headerData(column, Qt::Horizontal).toString());
    out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < model.columnCount(); ++column)
            cells << field(model.data(model.index(row, column)).toString());
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace ow
