#pragma once

// Reads printed documents back the way a person would: the text layer with pdftotext, the QR code from the
// rendered page with ZXing.
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

#include <algorithm>

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

// How many pictures (raster images) the PDF holds, as pdfimages lists them; -1 when it cannot be read.
inline int pdfImageCount(const QString& pdf) {
    QProcess list;
    list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    list.waitForFinished(20000);
    if (list.exitCode() != 0)
        return -1;
    const QStringList lines =
        QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::max(0, static_cast<int>(lines.size()) - 2); // a header line and a rule above the images
}

// A paper for people names things, never by the ids that name them to machines: none of `ids` may stand in its text.
inline void expectNoIds(const QString& text, const QStringList& ids) {
    for (const QString& id : ids)
        EXPECT_FALSE(text.contains(id)) << "the id \"" << id.toStdString() << "\" stands in the text:\n"
                                        << text.toStdString();
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
