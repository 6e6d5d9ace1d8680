#pragma once

#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace ow {

// The queue ticket handed out by the kiosk: 80 mm thermal roll, hall, the number very large, category,
// people ahead, time of issue and a QR code holding the ticket id (for tracking and rating later).
struct TicketSlip {
    Ticket ticket;
    QString hallName;
    QString categoryName;
    QString issuedLocal; // "2026-11-27 09:05", in the hall's time zone
};

class TicketPrinter {
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)
public:
    static constexpr double kWidthMm = 80.0;
    static constexpr double kHeightMm = 120.0;

    // Paints the slip on any paged device (a QPrinter for a real printer or a PDF).
    static void paint(const TicketSlip& slip, QPagedPaintDevice& device);
    // Writes the slip as a PDF file; false with `error` filled when the file cannot be written.
    static bool printToPdf(const TicketSlip& slip, const QString& path, QString* error = nullptr);
    // Sends the slip to a named printer (empty: the system default).
    static bool printTo(const TicketSlip& slip, const QString& printerName, QString* error = nullptr);
};

} // namespace ow
