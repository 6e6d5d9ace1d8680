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
        return tr("long-term, from %1").arg(DocumentPainter::date(q(p.validFrom)));
    return tr("%1 to %2").arg(DocumentPainter::date(q(p.validFrom)), DocumentPainter::date(q(p.validTo)));
}

QString PermitPrinter::authority(const Permit& p, const PermitPaper& paper) {
    return p.authority.empty() ? paper.hallName : q(p.authority);
}

namespace {

// The A4 permit: the issuing authority over the permit's name; who holds it and what it grants in a table; the code
// that proves it genuine; the authority's 落款 with its seal place. An enterprise's (营业执照) is headed by its credit
// code and lists the enterprise's particulars.
void paintA4(const Permit& p, const PermitPaper& paper, QPagedPaintDevice& device) {
    DocumentPainter doc(device);
    if (paper.sample)
        doc.watermark(PermitPrinter::tr("SAMPLE"));
    const QString authority = PermitPrinter::authority(p, paper);
    doc.heading(authority, q(p.typeName));
    std::vector<QStringList> rows;
    if (p.enterprise) {
        doc.line(PermitPrinter::tr("Unified social credit code: %1").arg(q(p.holderId)), 12, true, 8);
        doc.line(PermitPrinter::tr("Permit number: %1").arg(q(p.id)), 10.5, false, 7);
        doc.gap(2);
        rows.push_back({PermitPrinter::tr("Name"), q(p.holderName)});
        for (const auto& [label, value] : p.particulars)
            rows.push_back({q(label), q(value)});
        if (!p.scope.empty())
            rows.push_back({PermitPrinter::tr("Business scope"), q(p.scope)});
        rows.push_back({PermitPrinter::tr("Established on"), DocumentPainter::date(q(p.validFrom))});
        rows.push_back({PermitPrinter::tr("Term of operation"),
                        p.validTo == kLongTerm ? PermitPrinter::tr("long-term") : PermitPrinter::validity(p)});
    } else {
        doc.line(PermitPrinter::tr("Permit number: %1").arg(q(p.id)), 12, true, 9);
        doc.gap(2);
        rows.push_back({PermitPrinter::tr("Holder"), q(p.holderName)});
        rows.push_back({PermitPrinter::tr("Identity number"), q(p.holderId)});
        rows.push_back({PermitPrinter::tr("Service item"), paper.itemName.isEmpty() ? q(p.typeName) : paper.itemName});
        for (const auto& [label, value] : p.particulars)
            rows.push_back({q(label), q(value)});
        if (!p.scope.empty())
            rows.push_back({PermitPrinter::tr("Scope"), q(p.scope)});
        rows.push_back({PermitPrinter::tr("Valid"), PermitPrinter::validity(p)});
    }
    if (!p.caseNo.empty())
        rows.push_back({PermitPrinter::tr("Case number"), q(p.caseNo)});
    doc.table(rows, {0.28, 0.72}, false, 11.5);
    doc.gap(4);
    doc.qrBlock(q(p.token), 45,
                {PermitPrinter::tr("Scan to verify"),
                 PermitPrinter::tr(
                     "The code is signed by the issuing authority. Any scanner holding its public key proves this "
                     "permit genuine without a network; online it also tells whether the permit has been revoked."),
                 PermitPrinter::tr("A permit whose printed details differ from what the scan shows is not genuine.")});
    doc.stamp(authority, paper.issuedOn);
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
    // Each value under its label, as on an ID card: the holder's name larger.
    const std::vector<std::pair<QString, QString>> lines{
        {PermitPrinter::tr("No."), q(p.id)},
        {p.enterprise ? PermitPrinter::tr("Name") : PermitPrinter::tr("Holder"), q(p.holderName)},
        {p.enterprise ? PermitPrinter::tr("Credit code") : PermitPrinter::tr("Identity number"), q(p.holderId)},
        {PermitPrinter::tr("Valid"), PermitPrinter::validity(p)},
        {PermitPrinter::tr("Issued by"), PermitPrinter::authority(p, paper)}};
    double y = 12.5;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool holder = i == 1;
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.setFont(documentFont(4.5));
        painter.drawText(box(40, y, 43.5, 2.6), Qt::AlignLeft | Qt::AlignVCenter, lines[i].first);
        y += 2.6;
        painter.setPen(Qt::black);
        painter.setFont(documentFont(holder ? 7 : 5.8, holder));
        const QRect line = box(40, y, 43.5, holder ? 8 : 5);
        const QRect used = painter.boundingRect(line, Qt::AlignLeft | Qt::TextWordWrap, lines[i].second);
        painter.drawText(line, Qt::AlignLeft | Qt::TextWordWrap, lines[i].second);
        y += std::max(holder ? 3.6 : 3.0, used.height() / mm + 0.6);
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
