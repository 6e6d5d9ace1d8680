#pragma once

#include <QImage>
#include <QString>

namespace ow {

// A QR code image of `text` (UTF-8) at error correction level M, drawn by ZXing-C++: black modules on white, with a
// quiet zone, at least `minimumSide` pixels square. Null image when the text cannot be encoded.
QImage qrImage(const QString& text, int minimumSide = 256);

} // namespace ow
