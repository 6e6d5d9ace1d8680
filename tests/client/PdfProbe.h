#pragma once

// Reads printed documents back the way a person would: the text layer with pdftotext, the QR code from the
// rendered page with ZXing.
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <ZXing/ReadBarcode.h>

namespace ow::testing {

// Qt's PDF text layer maps some ideographs that share a glyph with a Kangxi radical (人/⼈, 身/⾝) to the radical;
// NFKC gives the ideograph back, as a reader's search does.
inline QString pdfText(const QString& pdf) {
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.waitForFinished(20000);
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
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
