#include "printer/PermitPrinter.h"

#include "printer/DocumentPainter.h"
#include "printer/PdfFile.h"
#include "printer/QrImage.h"

#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace ow {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }

constexpr const char* kLongTerm = "9999-12-31";

} // namespace

QString PermitPrinter::validity(const Permit& p) {
    if (p.validTo == kLongTerm)
        return tr("long-term, from %1").arg(q(p.validFrom));
    return tr("%1 to %2").arg(q(p.validFrom), q(p.validTo));
}

namespace {

void paintA4(const Permit& p, const PermitPaper& paper, QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    if (paper.sample)
        doc.watermark(PermitPrinter::tr("SAMPLE"));
    doc.heading(paper.hallName, q(p.typeName));
    doc.line(PermitPrinter::tr("Permit number: %1").arg(q(p.id)), 12, true, 9);
    doc.gap(2);
    std::vector<QStringList> rows{
        {PermitPrinter::tr("Holder"), q(p.holderName)},
        {p.holderId.find('*') != std::string::npos ? PermitPrinter::tr("Identity number")
                                                   : PermitPrinter::tr("Credit code"),
         q(p.holderId)},
        {PermitPrinter::tr("Service item"), paper.itemName.isEmpty() ? q(p.item) : paper.itemName}};
    if (!p.scope.empty())
        rows.push_back({PermitPrinter::tr("Scope"), q(p.scope)});
    rows.push_back({PermitPrinter::tr("Valid"), PermitPrinter::validity(p)});
    rows.push_back({PermitPrinter::tr("Issuing authority"), q(p.authority.empty() ? p.issuer : p.authority)});
    rows.push_back({PermitPrinter::tr("Issued on"), paper.issuedOn});
    if (!p.caseNo.empty())
        rows.push_back({PermitPrinter::tr("Case number"), q(p.caseNo)});
    doc.table(rows, {0.28, 0.72}, false, 11.5);
    doc.gap(4);
    doc.qrBlock(
        q(p.token), 45,
        {PermitPrinter::tr("Scan to verify"),
         PermitPrinter::tr("The code is signed by the issuing authority (key %1). Any scanner holding its public "
                           "key proves this permit genuine without a network; online it also tells whether the "
                           "permit has been revoked.")
             .arg(q(p.kid)),
         PermitPrinter::tr("A permit whose printed details differ from what the scan shows is not genuine.")});
    doc.stamp(PermitPrinter::tr("%1 (seal)").arg(q(p.authority.empty() ? p.issuer : p.authority)), paper.issuedOn);
}

// 85.6 × 54 mm: a blue band with the permit's name, the code on the left, the essentials on the right.
void paintCard(const Permit& p, const PermitPaper& paper, QPagedPaintDevice& device) {
    QPainter painter(&device);
    const QRect page = painter.viewport();
    const double mm = page.width() / PermitPrinter::kCardWidthMm;
    auto box = [mm](double x, double y, double w, double h) {
        return QRect(static_cast<int>(x * mm), static_cast<int>(y * mm), static_cast<int>(w * mm),
                     static_cast<int>(h * mm));
    };
    painter.fillRect(box(0, 0, PermitPrinter::kCardWidthMm, 10), QColor(0x1f, 0x4e, 0x8c));
    painter.setPen(Qt::white);
    painter.setFont(documentFont(10, true));
    painter.drawText(box(3, 0.5, 52, 9), Qt::AlignLeft | Qt::AlignVCenter, q(p.typeName));
    painter.setFont(documentFont(5.5));
    painter.drawText(box(45, 0.5, 38, 9), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, paper.hallName);
    painter.drawImage(box(2, 12.5, 36, 36), qrImage(q(p.token), static_cast<int>(36 * mm)));
    painter.setPen(Qt::black);
    const QStringList lines{PermitPrinter::tr("No. %1").arg(q(p.id)), q(p.holderName), q(p.holderId),
                            PermitPrinter::validity(p), q(p.authority.empty() ? p.issuer : p.authority)};
    double y = 13;
    for (int i = 0; i < lines.size(); ++i) {
        painter.setFont(documentFont(i == 1 ? 7 : 6, i == 1));
        const QRect line = box(40, y, 43.5, i == 1 ? 9 : 5.5);
        const QRect used = painter.boundingRect(line, Qt::AlignLeft | Qt::TextWordWrap, lines[i]);
        painter.drawText(line, Qt::AlignLeft | Qt::TextWordWrap, lines[i]);
        y += std::max(5.0, used.height() / mm + 1.2);
    }
    painter.setFont(documentFont(5));
    painter.drawText(box(40, 47.5, 43.5, 5), Qt::AlignLeft | Qt::AlignVCenter, PermitPrinter::tr("Scan to verify"));
    if (paper.sample) {
        painter.setPen(QColor(0xb3, 0x26, 0x1e));
        painter.setFont(documentFont(9, true));
        painter.drawText(box(62, 45, 22, 8), Qt::AlignRight | Qt::AlignVCenter, PermitPrinter::tr("SAMPLE"));
    }
}

} // namespace

void PermitPrinter::paint(const Permit& permit, const PermitPaper& paper, Layout layout, QPagedPaintDevice& device) {
    if (layout == Layout::A4)
        paintA4(permit, paper, device);
    else
        paintCard(permit, paper, device);
}

bool PermitPrinter::printToPdf(const Permit& permit, const PermitPaper& paper, Layout layout, const QString& path,
                               QString* error) {
    const QPageSize size = layout == Layout::A4 ? QPageSize(QPageSize::A4)
                                                : QPageSize(QSizeF(kCardWidthMm, kCardHeightMm), QPageSize::Millimeter,
                                                            QString(), QPageSize::ExactMatch);
    auto writer = openPdfWriter(path, size, tr("Permit %1").arg(q(permit.id)), error);
    if (!writer)
        return false;
    paint(permit, paper, layout, *writer);
    return true;
}

} // namespace ow
