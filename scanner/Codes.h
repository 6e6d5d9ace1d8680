#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace ow::scan {

// A barcode or QR code found on a scan.
struct Code {
    std::string format; // "QRCode", "Code128", "EAN-13", …
    std::string text;   // UTF-8
    std::vector<cv::Point> corners;
};

// Every barcode and QR code in the image (ZXing-C++: turned, inverted and small codes tried too).
std::vector<Code> readCodes(const cv::Mat& image);

// A QR code of `text` (UTF-8, so Chinese is kept), `size` pixels square with a quiet zone; grey 8-bit.
cv::Mat writeQrCode(const std::string& text, int size);

} // namespace ow::scan
