#pragma once

#include <QByteArray>

class QAbstractItemModel;

namespace ow {

// A table as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so that Chinese opens right), the header
// row first, fields quoted when they hold a comma, a quote or a line break (RFC 4180), lines ending in CR LF.
QByteArray tableAsCsv(const QAbstractItemModel& model);

} // namespace ow
