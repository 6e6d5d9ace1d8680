// Codes, frame sources and the onewindow-scan command line on real files, good and bad.
#include "SyntheticScene.h"

#include "Codes.h"
#include "FrameSource.h"
#include "Process.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include "permit/PermitToken.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ow::scan;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    TempDir() {
        path = fs::temp_directory_path() / ("ow-scan-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
    fs::path path;
    static inline int counter = 0;
};

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

ow::testing::ProcessResult scan(std::vector<std::string> args) {
    args.insert(args.begin(), ONEWINDOW_SCAN_EXE);
    return ow::testing::Process::run(args, {}, std::chrono::seconds(60));
}

} // namespace

TEST(Codes, AQrCodeWithChineseTextReadsBackAsWritten) {
    const std::string text = "一窗通办 受理编号 GY-20261127-C1-0007";
    const cv::Mat qr = writeQrCode(text, 400);
    const auto found = readCodes(qr);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].format, "QRCode");
    EXPECT_EQ(found[0].text, text);
    EXPECT_TRUE(readCodes(cv::Mat(200, 200, CV_8UC1, cv::Scalar(255))).empty());
}

TEST(FrameSource, AFolderOrAVideoStandsInForTheCamera) {
    TempDir dir;
    std::mt19937 random(1);
    const synth::Document card = synth::residentIdCard(random);
    synth::PhotoOptions small;
    small.frame = {640, 360};
    for (int i = 0; i < 3; ++i)
        cv::imwrite(dir.file("frame" + std::to_string(i) + ".png"), synth::photograph(card, random, small).frame);
    writeBytes(dir.file("frame9.png"), "not an image");
    auto folder = openFrameSource(dir.path.string());
    cv::Mat frame;
    int frames = 0;
    while (folder->next(frame))
        ++frames;
    EXPECT_EQ(frames, 3);
    EXPECT_EQ(dynamic_cast<ImageFilesSource&>(*folder).skipped().size(), 1u);

    const std::string video = dir.file("clip.avi");
    {
        cv::VideoWriter writer(video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10, small.frame);
        ASSERT_TRUE(writer.isOpened());
        for (int i = 0; i < 5; ++i)
            writer.write(synth::photograph(card, random, small).frame);
    }
    auto clip = openFrameSource(video);
    frames = 0;
    while (clip->next(frame))
        frames += frame.size() == small.frame;
    EXPECT_EQ(frames, 5);
    EXPECT_THROW(openFrameSource(dir.file("missing.avi")), std::runtime_error);
}

TEST(ScanCommand, EveryBadFileGetsItsOwnClearErrorAndTheRestAreDone) {
    TempDir dir;
    std::mt19937 random(2);
    const synth::Photo photo = synth::photograph(synth::passportPage(random), random);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", photo.frame, jpeg);
    const std::string good = dir.file("good.jpg");
    writeBytes(good, std::string(jpeg.begin(), jpeg.end()));
    writeBytes(dir.file("empty.jpg"), "");
    writeBytes(dir.file("text.png"), "hello, this is not a picture");
    writeBytes(dir.file("cut.jpg"), std::string(jpeg.begin(), jpeg.begin() + static_cast<long>(jpeg.size() / 2)));

    const auto result = scan({"detect", "--json", good, dir.file("empty.jpg"), dir.file("text.png"),
                              dir.file("cut.jpg"), dir.file("missing.jpg")});
    EXPECT_EQ(result.exitCode, 2);
    std::istringstream lines(result.out);
    std::vector<std::string> out;
    for (std::string line; std::getline(lines, line);)
        out.push_back(line);
    ASSERT_EQ(out.size(), 5u) << result.out;
    EXPECT_NE(out[0].find("\"found\":true"), std::string::npos) << out[0];
    EXPECT_NE(out[0].find("\"quad\":[["), std::string::npos);
    EXPECT_NE(out[0].find("\"quality\":{\"ok\":"), std::string::npos);
    EXPECT_NE(out[1].find("empty"), std::string::npos) << out[1];
    EXPECT_NE(out[2].find("not an image"), std::string::npos) << out[2];
    EXPECT_NE(out[3].find("cut off"), std::string::npos) << out[3];
    EXPECT_NE(out[4].find("no such file"), std::string::npos) << out[4];

    const auto huge = dir.file("huge.png");
    writeBytes(huge, std::string(65 * 1024 * 1024, 'x'));
    EXPECT_NE(scan({"codes", "--json", huge}).out.find("larger than"), std::string::npos);
    EXPECT_EQ(scan({"detect"}).exitCode, 1);
    EXPECT_EQ(scan({"frobnicate", good}).exitCode, 1);
}

TEST(ScanCommand, RectifiesAndReadsCodesFromAPhotographedPage) {
    TempDir dir;
    std::mt19937 random(4);
    const synth::Document page = synth::a4Page(random);
    const synth::Photo photo = synth::photograph(page, random);
    cv::imwrite(dir.file("page.png"), photo.frame);
    const auto rect = scan({"rectify", dir.file("page.png"), "--kind", "a4", "-o", dir.file("flat.png"), "--json"});
    ASSERT_EQ(rect.exitCode, 0) << rect.err;
    EXPECT_NE(rect.out.find("\"width\":2480"), std::string::npos) << rect.out;
    const auto codes = scan({"codes", "--json", dir.file("flat.png")});
    EXPECT_EQ(codes.exitCode, 0);
    EXPECT_NE(codes.out.find(page.qrText), std::string::npos) << codes.out;
    EXPECT_EQ(scan({"rectify", dir.file("page.png"), "--kind", "card", "-o", dir.file("x.png")}).exitCode, 1);
    cv::imwrite(dir.file("desk.png"), cv::Mat(720, 1280, CV_8UC3, cv::Scalar(50, 50, 50)));
    EXPECT_EQ(scan({"rectify", dir.file("desk.png"), "--kind", "a4", "-o", dir.file("y.png")}).exitCode, 3);
}

// `onewindow-scan verify`: a permit code photographed with a receipt's code beside it is found, checked against the
// issuers' public keys and reported valid; a forged one and one of an unknown issuer are refused, saying why.
TEST(ScanCommand, VerifiesThePermitCodeInAnImageOffline) {
    TempDir dir;
    const ow::PermitKey key = ow::PermitKey::generate("qbj-zwfw", "qbj-2026");
    ow::PermitKeyRing trusted;
    trusted.add(key);
    writeBytes(dir.file("keys.json"), [&] {
        std::ostringstream out;
        trusted.toJwks()->stringify(out);
        return out.str();
    }());
    const std::string token = ow::signPermit(
        {"QBJ-2026-000123", "dajian", "王磊 (110105********002X)", "qbj-zwfw", "2026-01-01", "2099-12-31"}, key);
    cv::Mat page(700, 1100, CV_8UC1, cv::Scalar(255));
    writeQrCode("OW-CASE:QBJ-20261127-C1-0007-03", 300).copyTo(page(cv::Rect(40, 200, 300, 300)));
    writeQrCode(token, 600).copyTo(page(cv::Rect(460, 50, 600, 600)));
    cv::imwrite(dir.file("permit.png"), page);
    const auto ok = scan({"verify", "--keys", dir.file("keys.json"), "--json", dir.file("permit.png")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err << ok.out;
    EXPECT_NE(ok.out.find("\"valid\":true"), std::string::npos) << ok.out;
    EXPECT_NE(ok.out.find("QBJ-2026-000123"), std::string::npos) << ok.out;
    EXPECT_NE(ok.out.find("revocation not checked"), std::string::npos) << ok.out;

    std::string forged = token;
    forged[forged.find('.') + 5] = forged[forged.find('.') + 5] == 'A' ? 'B' : 'A';
    cv::imwrite(dir.file("forged.png"), writeQrCode(forged, 600));
    const ow::PermitKey other = ow::PermitKey::generate("elsewhere", "elsewhere-1");
    cv::imwrite(dir.file("other.png"), writeQrCode(ow::signPermit({"X-1", "t", "h", "elsewhere", "", ""}, other), 600));
    const auto bad =
        scan({"verify", "--keys", dir.file("keys.json"), "--json", dir.file("forged.png"), dir.file("other.png")});
    EXPECT_EQ(bad.exitCode, 4) << bad.err << bad.out;
    EXPECT_NE(bad.out.find("\"verdict\":\"bad_signature\""), std::string::npos) << bad.out;
    EXPECT_NE(bad.out.find("\"verdict\":\"unknown_key\""), std::string::npos) << bad.out;
    EXPECT_EQ(scan({"verify", dir.file("permit.png")}).exitCode, 1); // no keys given
}
