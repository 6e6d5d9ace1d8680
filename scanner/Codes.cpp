#include "Codes.h"

#include "TextCharset.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/imgproc.hpp>

#include <cctype>
#include <map>

namespace ow::scan {
namespace {

// The charset an ECI marker names (AIM ITS/04-023), as its number appears first in ZXing's ECI rendering of the
// content ("\\000026…").
std::string eciCharset(const ZXing::Result& result) {
    static const std::map<int, std::string> names{
        {1, "ISO-8859-1"},    {2, "CP437"},         {3, "ISO-8859-1"},    {4, "ISO-8859-2"}, {5, "ISO-8859-3"},
        {6, "ISO-8859-4"},    {7, "ISO-8859-5"},    {8, "ISO-8859-6"},    {9, "ISO-8859-7"}, {10, "ISO-8859-8"},
        {11, "ISO-8859-9"},   {15, "ISO-8859-13"},  {17, "ISO-8859-15"},  {20, "Shift_JIS"}, {21, "windows-1250"},
        {22, "windows-1251"}, {23, "windows-1252"}, {24, "windows-1256"}, {25, "UTF-16BE"},  {26, "UTF-8"},
        {27, "US-ASCII"},     {28, "Big5"},         {29, "GB2312"},       {30, "EUC-KR"},    {32, "GB18030"},
        {170, "US-ASCII"},    {899, "binary"}};
    const ZXing::ByteArray rendered = result.bytesECI();
    const std::string text(rendered.begin(), rendered.end());
    const auto slash = text.find('\\');
    if (slash == std::string::npos || slash + 7 > text.size())
        return "ECI";
    int number = 0;
    for (std::size_t i = slash + 1; i < slash + 7; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return "ECI";
        number = number * 10 + (text[i] - '0');
    }
    const auto named = names.find(number);
    return named == names.end() ? "ECI " + std::to_string(number) : named->second;
}

} // namespace

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
    std::vector<Code> out;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        Code code;
        code.format = ZXing::ToString(result.format());
        code.bytes.assign(result.bytes().begin(), result.bytes().end());
        code.eci = result.hasECI();
        if (code.eci) {
            // ZXing decodes each ECI block from the charset it names.
            code.charset = eciCharset(result);
            if (code.charset == "binary" || result.contentType() == ZXing::ContentType::UnknownECI)
                code.charset = code.charset == "binary" ? "binary" : "unknown";
            else
                code.text = result.text();
        } else {
            DecodedText decoded = decodeUndeclared(code.bytes);
            code.charset = std::move(decoded.charset);
            code.text = std::move(decoded.text);
        }
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
