#pragma once

#include "domain/DailyStats.h"

#include <QCoreApplication>
#include <QPicture>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace ow {

// The supervisor's daily report on A4 (每日统计): the day's figures in sentences, the charts as shown on the
// dashboard, the tables per counter and per member of staff, and the appointments by slot.
class DailyReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(DailyReportPrinter)
public:
    // The dashboard's charts as painting commands (recorded on the GUI thread, replayed into the PDF as vectors).
    struct Charts {
        QPicture hourly, counters, ratings;
    };
    static void paint(const DailyStats& day, const QString& hallName, const Charts& charts, QPagedPaintDevice& device);
    static bool printToPdf(const DailyStats& day, const QString& hallName, const Charts& charts, const QString& path,
                           QString* error = nullptr);

    static QString duration(double seconds); // "45 秒", "12 分 5 秒", "1 小时 2 分": with their units
    static QString percent(double share);    // "87.5%"

    // The day's appointment slots as a table (the report's and the dashboard's): the header, then one row per slot
    // (queue, time, places, booked, checked in, not come, still to come, cancelled).
    static QStringList appointmentHeader();
    static std::vector<QStringList> appointmentRows(const DailyStats& day);
};

} // namespace ow
