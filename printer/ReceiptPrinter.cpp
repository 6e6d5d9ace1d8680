#include "printer/ReceiptPrinter.h"

#include "printer/PdfFile.h"
#include "printer/QrImage.h"

#include "domain/IdNumber.h"

#include <QPageSize>
#include <QPainter>

namespace ow {
QString ReceiptPrinter::caseReference(const std::string& caseNo) {
    return QStringLiteral("OW-CASE:") + QString::fromStdString(caseNo);
}

void ReceiptPrinter::paint(const Case& c, const ReceiptContext& context, QPagedPaintDevice& device) {
    QPainter p(&device);
    const QRect page = p.viewport();
    const double mm = page.width() / 210.0;
    const int margin = static_cast<int>(20 * mm);
    const QRect area = page.adjusted(margin, margin, -margin, -margin);
    int y = area.top();
    auto line = [&](const QString& text, const QFont& f, double heightMm, int flags = Qt::AlignLeft) {
        p.setFont(f);
        const QRect box(area.left(), y, area.width(), static_cast<int>(heightMm * mm));
        p.drawText(box, flags | Qt::AlignVCenter | Qt::TextWordWrap, text);
        y += box.height();
    };
    line(context.hallName, documentFont(14, true), 10, Qt::AlignHCenter);
    line(tr("Acceptance receipt"), documentFont(20, true), 14, Qt::AlignHCenter);
    line(tr("Case number: %1").arg(QString::fromStdString(c.caseNo)), documentFont(12), 8);
    line(tr("Items: %1").arg(context.itemNames.join(QStringLiteral("、"))), documentFont(11), 8);
    const std::string id = c.applicant.kind == Applicant::Kind::Person ? IdNumber::masked(c.applicant.idNumber)
                                                                       : c.applicant.creditCode;
    line(tr("Applicant: %1 (%2)").arg(QString::fromStdString(c.applicant.name), QString::fromStdString(id)), documentFont(11), 8);
    line(tr("Accepted on %1; promised completion by %2 (working days, holidays excluded).")
             .arg(QString::fromStdString(c.acceptedDate), QString::fromStdString(c.promisedDate)),
         documentFont(11), 8);
    y += static_cast<int>(3 * mm);
    line(tr("Materials"), documentFont(12, true), 8);
    for (const MaterialRecord& m : c.materials) {
        QString name = QString::fromStdString(m.materialId);
        for (const auto& [materialId, materialName] : context.materialNames)
            if (materialId == m.materialId)
                name = materialName;
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
        line(QStringLiteral("· ") + name + QStringLiteral(" — ") + state, documentFont(10.5), 7);
    }
    y += static_cast<int>(4 * mm);
    line(tr("Scan the code or enter the case number at the kiosk to follow this application."), documentFont(10), 7);
    const int qrSide = static_cast<int>(32 * mm);
    const QRect qrBox(area.right() - qrSide, area.bottom() - qrSide - static_cast<int>(20 * mm), qrSide, qrSide);
    p.drawImage(qrBox, qrImage(caseReference(c.caseNo), qrSide));
    p.setFont(documentFont(10.5));
    const int signY = area.bottom() - static_cast<int>(12 * mm);
    p.drawText(QRect(area.left(), signY, area.width() / 2, static_cast<int>(8 * mm)), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Clerk: %1").arg(context.clerkName));
    p.drawText(QRect(area.left() + area.width() / 2, signY, area.width() / 2 - qrSide, static_cast<int>(8 * mm)),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Applicant's signature: ____________"));
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
