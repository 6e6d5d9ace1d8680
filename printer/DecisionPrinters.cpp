#include "printer/DecisionPrinters.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"

namespace ow {

void RefusalPrinter::paint(const Case& c, const ReceiptContext& context, const QString& date,
                           QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("Notice of refusal"), context.documentNumber(c, "不受"));
    doc.line(ReceiptPrinter::applicantLine(c, context));
    doc.line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    doc.gap(3);
    doc.line(tr("Having examined your application, this office does not accept it, for this reason:"), 11, false, 9);
    doc.line(QString::fromStdString(c.refusalReason), 12, true, 10);
    doc.gap(3);
    doc.line(tr("If you disagree with this decision you may apply for administrative review within 60 days of "
                "receiving this notice, or bring an administrative lawsuit within 6 months."),
             10.5, false, 14);
    doc.stamp(context.hallName, date);
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Applicant's signature: ____________"));
    ReceiptPrinter::contacts(doc, context);
}

bool RefusalPrinter::printToPdf(const Case& c, const ReceiptContext& context, const QString& date, const QString& path,
                                QString* error) {
    return writeA4Pdf(
        path, tr("Notice of refusal"), [&](QPagedPaintDevice& d) { paint(c, context, date, d); }, error);
}

bool CommitmentPrinter::needed(const Case& c) {
    for (const auto& m : c.materials)
        if (m.state == MaterialState::Commitment)
            return true;
    return false;
}

void CommitmentPrinter::paint(const Case& c, const ReceiptContext& context, const QString& date,
                              QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("Letter of commitment"));
    if (!c.caseNo.empty())
        doc.line(tr("Case number: %1").arg(QString::fromStdString(c.caseNo)));
    doc.line(ReceiptPrinter::applicantLine(c, context));
    doc.line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    doc.gap(3);
    doc.line(tr("The office has told me the conditions that the following materials prove. Instead of providing "
                "them, I promise that I meet these conditions:"),
             11, false, 14);
    int n = 0;
    for (const auto& m : c.materials)
        if (m.state == MaterialState::Commitment)
            doc.line(
                tr("%1. %2").arg(++n).arg(context.materialName(m.materialId, QString::fromStdString(m.materialId))), 11,
                false, 8);
    doc.gap(3);
    doc.line(tr("I understand that the office may verify this promise. If it is untrue, the decision made on it "
                "will be revoked, I bear the legal consequences, and the breach is recorded in my credit record."),
             11, false, 14);
    doc.gap(2);
    doc.line(tr("Signed on %1.").arg(DocumentPainter::date(date)), 10.5);
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Applicant's signature: ____________"));
    ReceiptPrinter::contacts(doc, context);
}

bool CommitmentPrinter::printToPdf(const Case& c, const ReceiptContext& context, const QString& date,
                                   const QString& path, QString* error) {
    return writeA4Pdf(
        path, tr("Letter of commitment"), [&](QPagedPaintDevice& d) { paint(c, context, date, d); }, error);
}

} // namespace ow
