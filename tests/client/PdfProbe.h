#pragma once

// Reads printed documents back the way a person would: the text layer with pdftotext, the QR code from the
// rendered page with ZXing.
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

namespace ow::testing {

// The text layer as pdftotext reads it. A radical where an ideograph was written (⻘ for 青, ⼈ for 人 — what Qt wrote
// for the ideographs that share a glyph with a radical in Noto Sans CJK) fails the test reading it: search, copy,
// archives and screen readers get the wrong character. The text is handed back in NFKC, so that tests compare the
// words and not the width of a colon or a bracket.
inline QString pdfText(const QString& pdf) {
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.waitForFinished(20000);
    const QString raw = QString::fromUtf8(text.readAllStandardOutput());
    for (const QChar c : raw)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) { // CJK Radicals Supplement, Kangxi Radicals
            ADD_FAILURE() << "the text of " << pdf.toStdString() << " has the radical " << QString(c).toStdString()
                          << " where an ideograph was written:\n"
                          << raw.toStdString();
            break;
        }
    return raw.normalized(QString::NormalizationForm_KC);
}

// The text of the first QR code on the first page, or an empty string.
inline QString pdfQrCode(const QString& pdf) {
    QTemporaryDir dir;
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                  pdf, dir.filePath(QStringLiteral("page"))});
    raster.waitForFinished(20000);
    const QImage page = QImage(dir.filePath(QStringLiteral("page.png"))).convertToFormat(QImage::Format_Grayscale8);
    if (page.isNull())
        return {};
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const auto result = ZXing::ReadBarcode(
        {page.constBits(), page.width(), page.height(), ZXing::ImageFormat::Lum, static_cast<int>(page.bytesPerLine())},
        hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace ow::testing
