#include "Codes.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

namespace ow::scan {

std::vector<Code> readCodes(const cv::Mat& image) {
    if (image.empty() || image.depth() != CV_8U)
        return {};
    cv::Mat grey;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = image;
    if (!grey.isContinuous())
        grey = grey.clone();
    const ZXing::ImageView view(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum);
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setCharacterSet("UTF-8"); // codes without an ECI marker: ours, and most in China, are UTF-8
    std::vector<Code> out;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        Code code{ZXing::ToString(result.format()), result.text(), {}};
        const auto position = result.position();
        for (int i = 0; i < 4; ++i)
            code.corners.emplace_back(position[i].x, position[i].y);
        out.push_back(std::move(code));
    }
    return out;
}

cv::Mat writeQrCode(const std::string& text, int size) {
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEncoding(ZXing::CharacterSet::UTF8);
    writer.setMargin(4);
    writer.setEccLevel(4); // level M, as printed documents have it
    const ZXing::BitMatrix matrix = writer.encode(text, size, size);
    cv::Mat out(matrix.height(), matrix.width(), CV_8UC1);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            out.at<uchar>(y, x) = matrix.get(x, y) ? 0 : 255;
    return out;
}

} // namespace ow::scan
