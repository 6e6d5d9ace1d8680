#include "printer/ReceiptPrinter.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"

#include "domain/IdNumber.h"

#include <QPageSize>

namespace ow {
QString ReceiptPrinter::caseReference(const std::string& caseNo) {
    return QStringLiteral("OW-CASE:") + QString::fromStdString(caseNo);
}

QString ReceiptPrinter::materialLine(const MaterialRecord& m, const ReceiptContext& context) {
    const QString name = context.materialName(m.materialId, QString::fromStdString(m.materialId));
    QString state;
    switch (m.state) {
    case MaterialState::Submitted: state = tr("received"); break;
    case MaterialState::Waived:
        state = tr("accepted without it for now (容缺): bring it by %1").arg(QString::fromStdString(m.dueDate.value_or("")));
        break;
    case MaterialState::Commitment: state = tr("replaced by the applicant's signed commitment (告知承诺)"); break;
    case MaterialState::Shared: state = tr("obtained by data sharing, nothing to bring (免提交)"); break;
    case MaterialState::Missing: state = tr("not required for this application"); break;
    }
    return QStringLiteral("· ") + name + QStringLiteral(" — ") + state;
}

QString ReceiptPrinter::applicantLine(const Case& c) {
    const std::string id = c.applicant.kind == Applicant::Kind::Person ? IdNumber::masked(c.applicant.idNumber)
                                                                       : c.applicant.creditCode;
    return tr("Applicant: %1 (%2)").arg(QString::fromStdString(c.applicant.name), QString::fromStdString(id));
}

void ReceiptPrinter::paint(const Case& c, const ReceiptContext& context, QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    doc.heading(context.hallName, tr("Acceptance receipt"));
    doc.line(tr("Case number: %1").arg(QString::fromStdString(c.caseNo)), 12);
    doc.line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))));
    doc.line(applicantLine(c));
    doc.line(tr("Accepted on %1; promised completion by %2 (working days, holidays excluded).")
                 .arg(QString::fromStdString(c.acceptedDate), QString::fromStdString(c.promisedDate)));
    doc.gap(3);
    doc.line(tr("Materials"), 12, true);
    for (const MaterialRecord& m : c.materials)
        doc.line(materialLine(m, context), 10.5, false, 7);
    doc.gap(4);
    doc.line(tr("Scan the code or enter the case number at the kiosk to follow this application."), 10, false, 7);
    doc.qrCode(caseReference(c.caseNo), 32);
    doc.signatures(tr("Clerk: %1").arg(context.clerkName), tr("Applicant's signature: ____________"));
}

bool ReceiptPrinter::printToPdf(const Case& c, const ReceiptContext& context, const QString& path, QString* error) {
    auto writer = openPdfWriter(path, QPageSize(QPageSize::A4),
                                tr("Acceptance receipt %1").arg(QString::fromStdString(c.caseNo)), error);
    if (!writer)
        return false;
    paint(c, context, *writer);
    return true;
}

} // namespace ow
