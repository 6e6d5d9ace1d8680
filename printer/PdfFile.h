#pragma once

#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QString>

#include <functional>
#include <memory>

namespace ow {

// The font of printed documents: Latin letters and digits from DejaVu Sans, Chinese from WenQuanYi Zen Hei (Noto Sans
// CJK SC where it is missing). Qt's PDF output of Noto CJK's own digits cannot be read back as text by PDF readers
// (DejaVu's can), and Noto CJK draws about 280 ideographs with the glyph of a radical (青 and ⻘): Qt writes each
// glyph's lowest code point into the PDF, so their text came back as radicals. WenQuanYi's glyphs are its own.
QFont documentFont(double points, bool bold = false);

// A PDF writer at 300 dpi, no margins, for `path` — or nothing, with `error` set, when the file cannot be written.
std::unique_ptr<QPdfWriter> openPdfWriter(const QString& path, const QPageSize& size, const QString& title,
                                          QString* error);

// Paints an A4 document into a PDF at `path`; false, with `error` set, when the file cannot be written.
bool writeA4Pdf(const QString& path, const QString& title, const std::function<void(QPagedPaintDevice&)>& paint,
                QString* error);

} // namespace ow
