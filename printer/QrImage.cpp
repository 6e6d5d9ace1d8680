#include "printer/QrImage.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace ow {

QImage qrImage(const QString& text, int minimumSide) {
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        writer.setMargin(4);
        writer.setEccLevel(4); // level M (ZXing's 0-8 scale: 3-4 is M); its default is L
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        const int modules = matrix.width();
        const int scale = std::max(1, (minimumSide + modules - 1) / modules);
        QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 0; y < modules; ++y)
            for (int x = 0; x < modules; ++x)
                if (matrix.get(x, y))
                    for (int dy = 0; dy < scale; ++dy) {
                        uchar* line = image.scanLine(y * scale + dy);
                        std::fill(line + x * scale, line + (x + 1) * scale, 0);
                    }
        return image;
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace ow
