// QR codes whose text is not UTF-8: GBK and GB18030 (what many Chinese systems and label printers still write),
// Shift_JIS, Latin-1 — made here without an ECI marker, read back by readCodes and by `onewindow-scan codes`.
#include "Codes.h"
#include "Process.h"
#include "TextCharset.h"

#include <Poco/Base64Decoder.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

using namespace ow::scan;
namespace fs = std::filesystem;

namespace {

// `utf8` written in `charset` (an iconv name).
std::string encoded(const std::string& utf8, const char* charset) {
    std::string out;
    EXPECT_TRUE(convertCharset(utf8, "UTF-8", charset, out)) << utf8 << " in " << charset;
    return out;
}

// A QR code holding `bytes` as they are, in byte mode, with no ECI marker (as a label printer writes them): each
// byte given to the encoder as the ISO-8859-1 character of that value, and no encoding named, so that the encoder
// takes ISO-8859-1, the QR code's default, and writes no marker.
cv::Mat qrOfBytes(const std::string& bytes, int size = 480) {
    std::wstring latin1;
    for (char c : bytes)
        latin1.push_back(static_cast<wchar_t>(static_cast<unsigned char>(c)));
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    const ZXing::BitMatrix matrix = writer.encode(latin1, size, size);
    cv::Mat out(matrix.height(), matrix.width(), CV_8UC1);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            out.at<uchar>(y, x) = matrix.get(x, y) ? 0 : 255;
    return out;
}

struct Sample {
    const char* charset; // iconv's name, to write the bytes
    const char* expected;
    std::string text;
};

const std::vector<Sample>& samples() {
    static const std::vector<Sample> all = {
        {"GBK", "GB18030", "四川省政务服务中心 受理编号 QBJ-20261127-0007"},
        {"GBK", "GB18030", "营业执照：成都市青白江区王记小吃店，经营者王磊"},
        {"GB2312", "GB18030", "不动产登记 一窗受理 办件进度查询"},
        {"GB18030", "GB18030", "申请人：王䶮（身份证 510113********2208）"}, // 䶮: four bytes, not in GBK
        {"GB18030", "GB18030", "𠮷野家 四川店"},                             // outside the BMP
        {"SHIFT_JIS", "Shift_JIS", "東京都千代田区 こんにちは、市役所です"},
        {"SHIFT_JIS", "Shift_JIS", "受付番号 A012 番窓口へお越しください"},
        {"CP932", "Shift_JIS", "カタカナ テスト ①②"},
        {"ISO-8859-1", "ISO-8859-1", "Müller, Zoë; Straße 5, 80331 München"},
        {"ISO-8859-1", "ISO-8859-1", "São Paulo - Ação, Señor Núñez"},
        {"ISO-8859-1", "ISO-8859-1", "café crème, 25 °C, £3"},
    };
    return all;
}

ow::testing::ProcessResult scanCodes(const std::string& file) {
    return ow::testing::Process::run({ONEWINDOW_SCAN_EXE, "codes", "--json", file}, {}, std::chrono::seconds(60));
}

} // namespace

TEST(Charset, ValidUtf8StaysUtf8) {
    EXPECT_EQ(decodeUndeclared("plain ASCII 123").charset, "UTF-8");
    EXPECT_EQ(decodeUndeclared("一窗通办").charset, "UTF-8");
    EXPECT_EQ(decodeUndeclared("一窗通办").text, "一窗通办");
    EXPECT_TRUE(isValidUtf8("é"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // a surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xE4\xB8"));         // cut short
}

TEST(Charset, EachCharsetIsToldFromItsBytes) {
    for (const Sample& s : samples()) {
        const std::string bytes = encoded(s.text, s.charset);
        ASSERT_FALSE(isValidUtf8(bytes)) << s.text;
        const DecodedText decoded = decodeUndeclared(bytes);
        EXPECT_EQ(decoded.charset, s.expected) << s.text;
        EXPECT_EQ(decoded.text, s.text);
    }
}

TEST(Charset, BytesThatCannotBeToldAreNotGuessed) {
    EXPECT_EQ(decodeUndeclared(std::string("\x01\x02\x80\xff\x00\x10", 6)).charset, "unknown");
    EXPECT_EQ(decodeUndeclared(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).charset, "unknown");
    const DecodedText binary = decodeUndeclared("\xfe\xfe\xfe\xfe");
    EXPECT_EQ(binary.charset, "unknown");
    EXPECT_TRUE(binary.text.empty());
}

TEST(Codes, CodesWithoutAnEciMarkerAreReadInTheirCharset) {
    for (const Sample& s : samples()) {
        const std::string bytes = encoded(s.text, s.charset);
        const auto found = readCodes(qrOfBytes(bytes));
        ASSERT_EQ(found.size(), 1u) << s.text;
        EXPECT_FALSE(found[0].eci);
        EXPECT_EQ(found[0].bytes, bytes);
        EXPECT_EQ(found[0].charset, s.expected) << s.text;
        EXPECT_EQ(found[0].text, s.text);
    }
}

TEST(Codes, OurCodesCarryTheirEciMarker) {
    const std::string text = "一窗通办 受理编号 GY-20261127-C1-0007";
    const auto found = readCodes(writeQrCode(text, 400));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].eci);
    EXPECT_EQ(found[0].charset, "UTF-8");
    EXPECT_EQ(found[0].text, text);
}

TEST(ScanCommand, CodesSaysTheCharsetAndGivesUnknownBytesBackWhole) {
    const fs::path dir = fs::temp_directory_path() / ("ow-charset-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto json = [&](const std::string& bytes) {
        const std::string file = (dir / "code.png").string();
        cv::imwrite(file, qrOfBytes(bytes));
        const auto run = scanCodes(file);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        const auto object = Poco::JSON::Parser().parse(run.out).extract<Poco::JSON::Object::Ptr>();
        const auto codes = object->getArray("codes");
        EXPECT_EQ(codes->size(), 1u) << run.out;
        return codes->getObject(0);
    };
    for (const Sample& s : samples()) {
        const auto code = json(encoded(s.text, s.charset));
        EXPECT_EQ(code->getValue<std::string>("charset"), s.expected) << s.text;
        EXPECT_EQ(code->getValue<std::string>("text"), s.text);
        EXPECT_FALSE(code->has("bytes_base64"));
    }
    const std::string binary("\x01\x02\x80\xff\x00\x10\xfe", 7);
    const auto unknown = json(binary);
    EXPECT_EQ(unknown->getValue<std::string>("charset"), "unknown");
    EXPECT_FALSE(unknown->has("text"));
    std::istringstream base64(unknown->getValue<std::string>("bytes_base64"));
    Poco::Base64Decoder decoder(base64);
    const std::string back((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
    EXPECT_EQ(back, binary);
    fs::remove_all(dir);
}
