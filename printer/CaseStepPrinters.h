#pragma once

#include "printer/ReceiptPrinter.h"

#include "domain/Case.h"

namespace ow {

// The papers of a case's life after intake: the 补正通知书 (what to correct and why; the time limit stands still
// until it comes), the 送达回证 signed when the result is handed over at the window, and the 寄递 label with the
// recipient, address, waybill and a QR code of the case for the post to scan and the applicant to look it up.
class CaseStepPrinters {
    Q_DECLARE_TR_FUNCTIONS(CaseStepPrinters)
public:
    static void paintCorrectionNotice(const Case& c, const Correction& correction, const ReceiptContext& context,
                                      QPagedPaintDevice& device);
    static bool correctionNoticePdf(const Case& c, const Correction& correction, const ReceiptContext& context,
                                    const QString& path, QString* error = nullptr);

    static void paintDeliveryReceipt(const Case& c, const Handover& handover, const ReceiptContext& context,
                                     QPagedPaintDevice& device);
    static bool deliveryReceiptPdf(const Case& c, const Handover& handover, const ReceiptContext& context,
                                   const QString& path, QString* error = nullptr);

    // A 100 × 150 mm label.
    static bool postLabelPdf(const Case& c, const Handover& handover, const ReceiptContext& context,
                             const QString& path, QString* error = nullptr);
};

} // namespace ow
