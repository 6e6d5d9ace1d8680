#include "printer/TicketPrinter.h"

#include "printer/PdfFile.h"
#include "printer/QrImage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

namespace ow {
void TicketPrinter::paint(const TicketSlip& slip, QPagedPaintDevice& device) {
    QPainter p(&device);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect page = p.viewport();
    const double mm = page.width() / kWidthMm;
    const int margin = static_cast<int>(4 * mm);
    QRect area = page.adjusted(margin, margin, -margin, -margin);
    int y = area.top();
    auto line = [&](const QString& text, const QFont& f, double heightMm) {
        p.setFont(f);
        const QRect box(area.left(), y, area.width(), static_cast<int>(heightMm * mm));
        p.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
        y += box.height();
    };
    line(slip.hallName, documentFont(11, true), 8);
    line(slip.categoryName, documentFont(10), 6);
    line(QString::fromStdString(slip.ticket.number), documentFont(40, true), 22);
    if (slip.ticket.priority == Priority::Appointment)
        line(tr("Appointment (checked in)"), documentFont(10, true), 6);
    else if (slip.ticket.priority != Priority::Normal)
        line(tr("Priority service"), documentFont(10, true), 6);
    line(slip.ticket.waitingAhead == 0 ? tr("You are next")
                                       : tr("%n people ahead of you", nullptr, slip.ticket.waitingAhead),
         documentFont(11), 7);
    line(slip.issuedLocal, documentFont(9), 6);
    if (!slip.ticket.holder.empty()) // 实名取号: the number read from the card, masked
        line(tr("Real-name number · %1").arg(QString::fromStdString(slip.ticket.holder)), documentFont(9), 5);
    const int qrSide = static_cast<int>(32 * mm);
    const QImage qr = qrImage(QString::fromStdString(slip.ticket.id), qrSide);
    p.drawImage(QRect(area.center().x() - qrSide / 2, y + static_cast<int>(2 * mm), qrSide, qrSide), qr);
    y += qrSide + static_cast<int>(3 * mm);
    line(tr("Please wait for your number to be called. Scan the code to check progress or rate our service."),
         documentFont(8), 12);
}

bool TicketPrinter::printToPdf(const TicketSlip& slip, const QString& path, QString* error) {
    auto writer =
        openPdfWriter(path, QPageSize(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, QStringLiteral("Ticket80")),
                      tr("Queue ticket %1").arg(QString::fromStdString(slip.ticket.number)), error);
    if (!writer)
        return false;
    paint(slip, *writer);
    return true;
}

bool TicketPrinter::printTo(const TicketSlip& slip, const QString& printerName, QString* error) {
    const QPrinterInfo info =
        printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        if (error)
            *error = tr("No ticket printer is installed.");
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QSizeF(kWidthMm, kHeightMm), QPageSize::Millimeter, QStringLiteral("Ticket80")));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    paint(slip, printer);
    return true;
}

} // namespace ow
