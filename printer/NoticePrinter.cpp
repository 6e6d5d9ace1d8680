#include "printer/NoticePrinter.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"

namespace ow {

QString NoticePrinter::reason(MaterialProblem::Kind kind) {
    switch (kind) {
    case MaterialProblem::Kind::Missing: return tr("not provided");
    case MaterialProblem::Kind::WaiverNotAllowed: return tr("required now: it cannot be supplied later for this item");
    case MaterialProblem::Kind::CommitmentNotAllowed: return tr("required: a signed commitment cannot replace it");
    case MaterialProblem::Kind::SharingNotAllowed: return tr("required: it cannot be obtained by data sharing");
    }
    return {};
}

void NoticePrinter::paint(const Case& c, const std::vector<MaterialProblem>& problems, const ReceiptContext& context,
                          const QString& noticeDate, QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("One-time notice"), context.documentNumber(c, "告"));
    doc.line(ReceiptPrinter::applicantLine(c, context));
    doc.line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    doc.gap(2);
    doc.line(tr("Your application cannot be accepted yet. This notice lists everything that is still needed; "
                "bring all of it together and the application will be accepted in one visit."),
             11, false, 14);
    doc.gap(2);
    int n = 0;
    for (const MaterialProblem& p : problems) {
        const QString name = context.materialName(p.materialId, QString::fromStdString(p.name));
        doc.line(tr("%1. %2 — %3").arg(++n).arg(name, reason(p.kind)), 11, false, 8);
    }
    doc.gap(4);
    doc.line(tr("Questions: ask at the counter or the help desk."), 10, false, 7);
    doc.stamp(context.hallName, noticeDate);
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Applicant's signature: ____________"));
    ReceiptPrinter::contacts(doc, context);
}

bool NoticePrinter::printToPdf(const Case& c, const std::vector<MaterialProblem>& problems,
                               const ReceiptContext& context, const QString& noticeDate, const QString& path,
                               QString* error) {
    return writeA4Pdf(
        path, tr("One-time notice"), [&](QPagedPaintDevice& d) { paint(c, problems, context, noticeDate, d); }, error);
}

} // namespace ow
