#include "printer/PdfFile.h"

#include <QCoreApplication>
#include <QFile>

namespace ow {

QFont documentFont(double points, bool bold) {
    QFont f;
    f.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

std::unique_ptr<QPdfWriter> openPdfWriter(const QString& path, const QPageSize& size, const QString& title,
                                          QString* error) {
    QFile probe(path); // QPdfWriter reports nothing when it cannot write: find out first
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("PdfFile", "Cannot write %1.").arg(path);
        return nullptr;
    }
    probe.close();
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setPageSize(size);
    writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    writer->setResolution(300);
    writer->setTitle(title);
    return writer;
}

bool writeA4Pdf(const QString& path, const QString& title, const std::function<void(QPagedPaintDevice&)>& paint,
                QString* error) {
    auto writer = openPdfWriter(path, QPageSize(QPageSize::A4), title, error);
    if (!writer)
        return false;
    paint(*writer);
    return true;
}

} // namespace ow
