#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace ow::scan {

// A barcode or QR code found on a scan.
struct Code {
    std::string format;  // "QRCode", "Code128", "EAN-13", …
    std::string text;    // UTF-8; empty when the charset is "unknown" or "binary" (then see `bytes`)
    std::string charset; // what the text was written in: named by the code's ECI marker, or told from the bytes
                         // (decodeUndeclared): "UTF-8", "GB18030", "Shift_JIS", "ISO-8859-1", …; "binary" for
                         // an ECI that says the content is not text; "unknown" when the bytes could not be told
    std::string bytes;   // the content as the code holds it, before any decoding
    bool eci = false;    // the code names its charset
    std::vector<cv::Point> corners;

    bool hasText() const { return charset != "unknown" && charset != "binary"; }
};

// Every barcode and QR code in the image (ZXing-C++: turned, inverted and small codes tried too). A code's charset
// is its ECI marker's; without one, valid UTF-8 stays UTF-8 and other bytes are told by decodeUndeclared — a code
// whose bytes cannot be told is still returned, with its bytes and no text, never with empty or cut text.
std::vector<Code> readCodes(const cv::Mat& image);

// A QR code of `text` (UTF-8, with the ECI marker saying so: Chinese is kept by every reader), `size` pixels
// square with a quiet zone; grey 8-bit.
cv::Mat writeQrCode(const std::string& text, int size);

} // namespace ow::scan
