#include "printer/DailyReportPrinter.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace ow {
namespace {

QStringList tableRow(const DayFigures& f) {
    const RatingFigures& r = f.ratings.figures;
    return {QString::fromStdString(f.label.empty() ? f.key : f.label),
            QString::number(f.ticketsIssued),
            QString::number(f.served),
            QString::number(f.noShow),
            DailyReportPrinter::duration(f.wait.avg),
            DailyReportPrinter::duration(f.service.avg),
            QString::number(f.casesAccepted),
            DailyReportPrinter::percent(r.ratingRate()),
            r.rated ? DailyReportPrinter::percent(r.goodRate()) : QStringLiteral("—")};
}

} // namespace

QString DailyReportPrinter::duration(double seconds) {
    // In words with their units, as a person says them: 45 秒, 3 分 20 秒, 1 小时 5 分.
    const auto total = std::max(0LL, static_cast<long long>(std::llround(seconds)));
    if (total < 60)
        return tr("%1 s").arg(total);
    if (total < 3600)
        return total % 60 ? tr("%1 min %2 s").arg(total / 60).arg(total % 60) : tr("%1 min").arg(total / 60);
    const long long minutes = (total + 30) / 60;
    return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60) : tr("%1 h").arg(minutes / 60);
}

QString DailyReportPrinter::percent(double share) { return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1); }

void DailyReportPrinter::paint(const DailyStats& day, const QString& hallName, const Charts& charts,
                               QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    const QDate date = QDate::fromString(QString::fromStdString(day.date), Qt::ISODate);
    doc.heading(hallName,
                tr("Daily report %1 %2").arg(date.toString(Qt::ISODate), QLocale().dayName(date.dayOfWeek())));
    const DayFigures& t = day.totals;
    const RatingFigures& r = t.ratings.figures;
    doc.line(tr("Queue: %1 numbers taken, %2 served, %3 no-show, %4 transferred.")
                 .arg(t.ticketsIssued)
                 .arg(t.served)
                 .arg(t.noShow)
                 .arg(t.transferred));
    doc.line(tr("Waiting: %1 on average, 9 in 10 at most %2, the longest %3. Service: %4 on average.")
                 .arg(duration(t.wait.avg), duration(static_cast<double>(t.wait.p90)),
                      duration(static_cast<double>(t.wait.max)), duration(t.service.avg)));
    doc.line(tr("Cases: %1 accepted, %2 one-time notices, %3 refused, %4 completed; %5 overdue, %6 waived materials "
                "past their date.")
                 .arg(t.casesAccepted)
                 .arg(t.casesNotified)
                 .arg(t.casesRefused)
                 .arg(t.casesCompleted)
                 .arg(t.casesOverdue)
                 .arg(t.waivedOverdue));
    doc.line(tr("After intake: %1 corrections asked for, %2 decisions, %3 of %4 completed on time, %5 handed over at "
                "the window, %6 posted.")
                 .arg(t.correctionsRequested)
                 .arg(t.decisions)
                 .arg(t.casesCompletedOnTime)
                 .arg(t.casesCompleted)
                 .arg(t.handedOver)
                 .arg(t.posted));
    doc.line(tr("Ratings: %1 of %2 services rated (%3), good rate %4; %5 very satisfied, %6 satisfied, %7 fairly "
                "satisfied, %8 dissatisfied, %9 very dissatisfied.")
                 .arg(r.rated)
                 .arg(r.finished)
                 .arg(percent(r.ratingRate()), r.rated ? percent(r.goodRate()) : QStringLiteral("—"))
                 .arg(t.ratings.levels[4])
                 .arg(t.ratings.levels[3])
                 .arg(t.ratings.levels[2])
                 .arg(t.ratings.levels[1])
                 .arg(t.ratings.levels[0]));
    doc.line(tr("Rectifications open at the end of the day: %1, of them past a due date: %2.")
                 .arg(t.rectificationsOpen)
                 .arg(t.rectificationsOverdue));
    if (t.appointmentsBooked || t.appointmentsCancelled)
        doc.line(tr("Appointments: %1 places booked, %2 checked in, %3 did not come, %4 cancelled.")
                     .arg(t.appointmentsBooked)
                     .arg(t.appointmentsCheckedIn)
                     .arg(t.appointmentsNoShow)
                     .arg(t.appointmentsCancelled));
    if (day.homeVisitsOnDay || day.homeVisitsToSchedule)
        doc.line(tr("Home visits: %1 planned for the day, %2 done; %3 requests still to schedule.")
                     .arg(day.homeVisitsOnDay)
                     .arg(day.homeVisitsDone)
                     .arg(day.homeVisitsToSchedule));
    doc.gap(3);
    doc.drawing(charts.hourly, 170);
    doc.gap(3);
    doc.drawingsInRow({charts.counters, charts.ratings});
    const QStringList header = {tr("Name"),    tr("Numbers"),  tr("Served"),      tr("No-show"),  tr("Wait"),
                                tr("Service"), tr("Accepted"), tr("Rating rate"), tr("Good rate")};
    const std::vector<double> widths = {0.2, 0.09, 0.09, 0.09, 0.1, 0.1, 0.09, 0.12, 0.12};
    for (const auto& [title, groups] :
         {std::pair{tr("By counter"), &day.byCounter}, std::pair{tr("By staff"), &day.byClerk}}) {
        if (groups->empty())
            continue;
        doc.gap(4);
        doc.needRoom(35); // the title, the header and the first rows together
        doc.line(title, 12, true);
        std::vector<QStringList> rows = {header};
        for (const DayFigures& f : *groups)
            rows.push_back(tableRow(f));
        doc.table(rows, widths, true, 9.5);
    }
    if (!day.appointmentSlots.empty()) {
        doc.gap(4);
        doc.needRoom(35);
        doc.line(tr("Appointments by slot"), 12, true);
        std::vector<QStringList> rows = {appointmentHeader()};
        for (QStringList& row : appointmentRows(day))
            rows.push_back(std::move(row));
        doc.table(rows, {0.22, 0.14, 0.09, 0.09, 0.12, 0.12, 0.11, 0.11}, true, 9.5);
    }
}

QStringList DailyReportPrinter::appointmentHeader() {
    return {tr("Queue"),      tr("Slot"),         tr("Places"),  tr("Booked"),
            tr("Checked in"), tr("Did not come"), tr("To come"), tr("Cancelled")};
}

std::vector<QStringList> DailyReportPrinter::appointmentRows(const DailyStats& day) {
    std::vector<QStringList> rows;
    for (const AppointmentSlotFigures& slot : day.appointmentSlots)
        rows.push_back({QString::fromStdString(slot.label),
                        QStringLiteral("%1–%2").arg(QString::fromStdString(clockText(slot.start)),
                                                    QString::fromStdString(clockText(slot.end))),
                        QString::number(slot.capacity), QString::number(slot.booked), QString::number(slot.checkedIn),
                        QString::number(slot.noShow), QString::number(slot.booked - slot.checkedIn - slot.noShow),
                        QString::number(slot.cancelled)});
    return rows;
}

bool DailyReportPrinter::printToPdf(const DailyStats& day, const QString& hallName, const Charts& charts,
                                    const QString& path, QString* error) {
    return writeA4Pdf(
        path, tr("Daily report %1").arg(QString::fromStdString(day.date)),
        [&](QPagedPaintDevice& d) { paint(day, hallName, charts, d); }, error);
}

} // namespace ow
