#include "printer/CaseStepPrinters.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"
#include "printer/QrImage.h"

#include <QPainter>

namespace ow {

void CaseStepPrinters::paintCorrectionNotice(const Case& c, const Correction& correction, const ReceiptContext& context,
                                             QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("Notice of correction"), context.documentNumber(c, "补"));
    doc.qrCode(ReceiptPrinter::caseReference(c.caseNo, c.queryCode), 28); // the applicant keeps the notice
    doc.line(tr("Case number: %1").arg(QString::fromStdString(c.caseNo)), 11, true);
    doc.line(ReceiptPrinter::applicantLine(c, context));
    doc.line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    doc.gap(2);
    doc.line(tr("Your application needs the following materials corrected or brought. The time limit of the case "
                "stands still until they are received; it runs again from that day."),
             11, false, 14);
    doc.gap(2);
    int n = 0;
    for (const auto& id : correction.materials)
        doc.line(tr("%1. %2").arg(++n).arg(context.materialName(id, QString::fromStdString(id))), 11, false, 8);
    doc.gap(2);
    doc.line(tr("Why: %1").arg(QString::fromStdString(correction.reason)), 11, false, 10);
    doc.gap(4);
    doc.line(tr("Bring them to any counter of the hall, or to your village agency station."), 10, false, 7);
    doc.stamp(context.hallName, QString::fromStdString(correction.requestedDay));
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Applicant's signature: ____________"));
    ReceiptPrinter::contacts(doc, context);
}

bool CaseStepPrinters::correctionNoticePdf(const Case& c, const Correction& correction, const ReceiptContext& context,
                                           const QString& path, QString* error) {
    return writeA4Pdf(
        path, tr("Notice of correction"),
        [&](QPagedPaintDevice& d) { paintCorrectionNotice(c, correction, context, d); }, error);
}

void CaseStepPrinters::paintDeliveryReceipt(const Case& c, const Handover& handover, const ReceiptContext& context,
                                            QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("Proof of delivery"));
    doc.line(tr("Case number: %1").arg(QString::fromStdString(c.caseNo)), 11, true);
    doc.line(ReceiptPrinter::applicantLine(c, context));
    doc.line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    doc.gap(2);
    doc.table({{tr("Handed over to"), QString::fromStdString(handover.recipient)},
               {tr("Identity"), handover.idChecked ? tr("ID card checked") : tr("not checked")},
               {tr("Handed over on"), DocumentPainter::date(QString::fromStdString(handover.day))}},
              {0.3, 0.7});
    doc.gap(4);
    doc.line(tr("I have received the result of this case."), 11, false, 10);
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Recipient's signature: ____________"));
    ReceiptPrinter::contacts(doc, context);
}

bool CaseStepPrinters::deliveryReceiptPdf(const Case& c, const Handover& handover, const ReceiptContext& context,
                                          const QString& path, QString* error) {
    return writeA4Pdf(
        path, tr("Proof of delivery"), [&](QPagedPaintDevice& d) { paintDeliveryReceipt(c, handover, context, d); },
        error);
}

bool CaseStepPrinters::postLabelPdf(const Case& c, const Handover& handover, const ReceiptContext& context,
                                    const QString& path, QString* error) {
    auto writer = openPdfWriter(path, QPageSize(QSizeF(100, 150), QPageSize::Millimeter), tr("Postal label"), error);
    if (!writer)
        return false;
    QPainter p(writer.get());
    const double mm = writer->resolution() / 25.4;
    auto at = [&](double x, double y) { return QPointF(x * mm, y * mm); };
    const QRectF page(0, 0, 100 * mm, 150 * mm);
    p.setPen(QPen(Qt::black, 0.4 * mm));
    p.drawRect(page.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm));
    p.setFont(documentFont(9));
    p.drawText(at(7, 11), tr("From: %1").arg(context.hallName));
    p.setFont(documentFont(10, true));
    p.drawText(at(7, 22), tr("To"));
    p.setFont(documentFont(14, true));
    p.drawText(at(7, 31), QString::fromStdString(handover.recipient));
    p.setFont(documentFont(11));
    p.drawText(QRectF(at(7, 35), QSizeF(86 * mm, 24 * mm)), Qt::TextWordWrap, QString::fromStdString(handover.address));
    p.setFont(documentFont(10, true));
    p.drawText(at(7, 68), tr("Waybill: %1").arg(QString::fromStdString(handover.waybill)));
    p.drawText(at(7, 76), tr("Case: %1").arg(QString::fromStdString(c.caseNo)));
    p.setFont(documentFont(9));
    p.drawText(at(7, 84), tr("Contents: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    const QImage qr = qrImage(ReceiptPrinter::caseReference(c.caseNo), 600);
    p.drawImage(QRectF(at(25, 92), QSizeF(50 * mm, 50 * mm)), qr);
    p.drawText(QRectF(at(7, 143), QSizeF(86 * mm, 5 * mm)), Qt::AlignHCenter, tr("Scan for the case's progress"));
    return p.end();
}

} // namespace ow
