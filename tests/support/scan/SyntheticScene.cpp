#include "SyntheticScene.h"

#include "Codes.h"
#include "Mrz.h"

#include "domain/IdNumber.h"

#include <opencv2/freetype.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <stdexcept>

namespace ow::scan::synth {
namespace {

constexpr const char* kCjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr const char* kOcrBFont = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";

cv::Ptr<cv::freetype::FreeType2> font(const char* path) {
    auto f = cv::freetype::createFreeType2();
    f->loadFontData(path, 0);
    return f;
}

cv::freetype::FreeType2& cjk() {
    static auto f = font(kCjkFont);
    return *f;
}

cv::freetype::FreeType2& ocrB() {
    static auto f = font(kOcrBFont);
    return *f;
}

double uniform(std::mt19937& r, double a, double b) { return std::uniform_real_distribution<double>(a, b)(r); }
int pick(std::mt19937& r, int n) { return std::uniform_int_distribution<int>(0, n - 1)(r); }

const std::vector<std::string> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
const std::vector<std::string> kGiven = {"磊", "娜", "建国", "秀英", "伟", "芳", "晓明", "静", "志强", "丽华"};
const std::vector<std::string> kPinyinSurnames = {"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG"};
const std::vector<std::string> kPinyinGiven = {"LEI", "NA", "JIANGUO", "XIUYING", "WEI", "FANG", "XIAOMING"};
const std::vector<std::string> kRegions = {"110105", "510104", "510802", "511803", "440106", "510107"};

std::string twoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

void text(cv::Mat& image, cv::freetype::FreeType2& f, const std::string& s, cv::Point at, int height,
          cv::Scalar colour = {30, 30, 30}) {
    f.putText(image, s, at, height, colour, -1, cv::LINE_AA, false);
}

// A faint guilloche of sine curves, as security printing has.
void guilloche(cv::Mat& image, std::mt19937& random, cv::Scalar colour) {
    const double period = uniform(random, 60, 140);
    for (int k = 0; k < 14; ++k) {
        std::vector<cv::Point> curve;
        const double phase = uniform(random, 0, 6.28), offset = image.rows * (k + 0.5) / 14.0;
        for (int x = 0; x < image.cols; x += 6)
            curve.emplace_back(x, cvRound(offset + 18 * std::sin(x / period * 6.28 + phase)));
        cv::polylines(image, curve, false, colour, 1, cv::LINE_AA);
    }
}

// A document of `kind` at its true size: paper of a colour between `low` and `high`, a pattern of `ink` over it.
Document blankDocument(DocumentKind kind, std::mt19937& random, cv::Scalar low, cv::Scalar high, cv::Scalar ink) {
    Document doc;
    doc.kind = kind;
    doc.image = cv::Mat(documentPixels(kind), CV_8UC3,
                        cv::Scalar(uniform(random, low[0], high[0]), uniform(random, low[1], high[1]),
                                   uniform(random, low[2], high[2])));
    guilloche(doc.image, random, ink);
    return doc;
}

void portrait(cv::Mat& image, cv::Rect where, std::mt19937& random) {
    image(where).setTo(cv::Scalar(uniform(random, 200, 230), uniform(random, 205, 225), uniform(random, 200, 215)));
    const cv::Point centre(where.x + where.width / 2, where.y + where.height * 2 / 5);
    const cv::Scalar skin(uniform(random, 120, 170), uniform(random, 140, 180), uniform(random, 170, 215));
    cv::ellipse(image, centre, cv::Size(where.width / 4, where.height / 4), 0, 0, 360, skin, -1, cv::LINE_AA);
    cv::ellipse(image, cv::Point(centre.x, where.y + where.height), cv::Size(where.width * 2 / 5, where.height / 3), 0,
                180, 360, cv::Scalar(60, 50, 40), -1, cv::LINE_AA);
}

// Lines of OCR-B (each given with its left and top) drawn glyph by glyph, `pitch` apart and `height` high, the
// glyphs grown about their cells' centres by the print's scale and thickened or thinned by its weight, then laid on
// `image` in ink of `grey`.
void inkLines(cv::Mat& image, const std::vector<std::pair<std::string, cv::Point>>& lines, double pitch, int height,
              int grey, const Print& print) {
    const int glyphHeight = cvRound(height * print.glyphScale);
    const double shift = pitch * (print.glyphScale - 1) / 2;
    cv::Mat ink(image.size(), CV_8UC3, cv::Scalar::all(0)); // FreeType draws on colour images only
    for (const auto& [line, at] : lines)
        for (std::size_t c = 0; c < line.size(); ++c)
            ocrB().putText(ink, std::string(1, line[c]),
                           {cvRound(at.x + static_cast<double>(c) * pitch - shift), at.y + height - glyphHeight},
                           glyphHeight, cv::Scalar::all(255), -1, cv::LINE_AA, false);
    cv::cvtColor(ink, ink, cv::COLOR_BGR2GRAY);
    if (print.weight != 0) {
        const int size = 2 * std::abs(print.weight) + 1;
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(size, size));
        if (print.weight > 0)
            cv::dilate(ink, ink, kernel);
        else
            cv::erode(ink, ink, kernel);
    }
    cv::Mat page, alpha, inkColour(image.size(), CV_32FC3, cv::Scalar::all(grey));
    image.convertTo(page, CV_32FC3);
    cv::cvtColor(ink, alpha, cv::COLOR_GRAY2BGR);
    alpha.convertTo(alpha, CV_32FC3, 1.0 / 255);
    cv::Mat out = page.mul(cv::Scalar::all(1.0) - alpha) + inkColour.mul(alpha);
    out.convertTo(image, CV_8UC3);
}

// The zone in OCR-B: `pitch` pixels a character (10 an inch is 30 at 300 dpi), lines `spacing` pitches apart,
// in ink of `grey` (0 black). Plain print is set a line at a time, varied print glyph by glyph.
void drawMrz(cv::Mat& image, const std::vector<std::string>& lines, int left, int bottom, double pitch,
             double spacing = 1.6, int grey = 20, const Print& print = {}) {
    // The font height whose 44-character line is pitch × 44 wide.
    int baseline = 0;
    const cv::Size probe = ocrB().getTextSize(std::string(44, 'M'), 100, -1, &baseline);
    const int height = cvRound(100.0 * pitch * 44 / probe.width);
    std::vector<std::pair<std::string, cv::Point>> placed; // each line with its top-left
    for (std::size_t i = 0; i < lines.size(); ++i)
        placed.push_back(
            {lines[i], {left, bottom - cvRound(static_cast<double>(lines.size() - 1 - i) * pitch * spacing) - height}});
    if (!print.plain())
        inkLines(image, placed, pitch, height, grey, print);
    else
        for (const auto& [line, at] : placed)
            text(image, ocrB(), line, at, height, cv::Scalar::all(grey));
}

// The zone as print varies from one document to the next: pitch 28–31 px (−7 % to +3 %), line spacing, margins
// and ink. `width` characters a line must fit in `image`.
void drawVariedMrz(cv::Mat& image, std::mt19937& random, const std::vector<std::string>& lines, int bottomMargin,
                   const Print& print) {
    const double pitch = uniform(random, 28, 31);
    const int width = static_cast<int>(lines.front().size());
    const int room = std::max(0, image.cols - cvRound(pitch * width) - 30);
    const int left = 25 + pick(random, std::max(1, std::min(room, 90)));
    drawMrz(image, lines, left, image.rows - bottomMargin - pick(random, 40), pitch, uniform(random, 1.45, 1.85),
            10 + pick(random, 70), print);
}

} // namespace

Print Print::varied(std::mt19937& random) {
    Print print;
    print.weight = pick(random, 4) - 1;
    print.glyphScale = uniform(random, 0.92, 1.15);
    return print;
}

std::string randomIdNumber(std::mt19937& random) {
    const int year = 1940 + pick(random, 69), month = 1 + pick(random, 12), day = 1 + pick(random, 28);
    std::string first17 = kRegions[pick(random, static_cast<int>(kRegions.size()))] + std::to_string(year) +
                          twoDigits(month) + twoDigits(day);
    const int sequence = pick(random, 1000);
    first17 += (sequence < 100 ? "0" : "") + std::string(sequence < 10 ? "0" : "") + std::to_string(sequence);
    return first17 + IdNumber::checkCharacter(first17);
}

std::vector<std::string> randomTd3(std::mt19937& random, const std::string& state, const std::string& given) {
    auto digit = [](const std::string& s) { return static_cast<char>('0' + *mrzCheckDigit(s)); };
    std::string names = kPinyinSurnames[pick(random, static_cast<int>(kPinyinSurnames.size()))] + "<<" +
                        kPinyinGiven[pick(random, static_cast<int>(kPinyinGiven.size()))];
    names.resize(39, '<');
    std::string number = "E";
    for (int i = 0; i < 8; ++i)
        number += static_cast<char>('0' + pick(random, 10));
    if (!given.empty())
        number = given;
    const std::string birth =
        twoDigits(40 + pick(random, 60)) + twoDigits(1 + pick(random, 12)) + twoDigits(1 + pick(random, 28));
    const std::string expiry =
        twoDigits(27 + pick(random, 10)) + twoDigits(1 + pick(random, 12)) + twoDigits(1 + pick(random, 28));
    const std::string sex = pick(random, 2) ? "M" : "F";
    const std::string personal(14, '<');
    std::string line2 =
        number + digit(number) + state + birth + digit(birth) + sex + expiry + digit(expiry) + personal + '0';
    const std::string composite = line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22);
    line2 += digit(composite);
    return {"P<" + state + names, line2};
}

std::vector<std::string> randomTd1(std::mt19937& random, const std::string& given) {
    auto digit = [](const std::string& s) { return static_cast<char>('0' + *mrzCheckDigit(s)); };
    std::string number = std::string(1, static_cast<char>('A' + pick(random, 26)));
    for (int i = 0; i < 8; ++i)
        number += static_cast<char>('0' + pick(random, 10));
    if (!given.empty())
        number = given;
    std::string line1 = "I<UTO" + number + digit(number);
    line1.resize(30, '<');
    const std::string birth =
        twoDigits(40 + pick(random, 60)) + twoDigits(1 + pick(random, 12)) + twoDigits(1 + pick(random, 28));
    const std::string expiry =
        twoDigits(27 + pick(random, 10)) + twoDigits(1 + pick(random, 12)) + twoDigits(1 + pick(random, 28));
    std::string line2 = birth + digit(birth) + (pick(random, 2) ? "M" : "F") + expiry + digit(expiry) + "UTO";
    line2.resize(29, '<');
    line2 += digit(line1.substr(5, 25) + line2.substr(0, 7) + line2.substr(8, 7) + line2.substr(18, 11));
    std::string names = kPinyinSurnames[pick(random, static_cast<int>(kPinyinSurnames.size()))] + "<<" +
                        kPinyinGiven[pick(random, static_cast<int>(kPinyinGiven.size()))];
    names.resize(30, '<');
    return {line1, line2, names};
}

Document residentIdCard(std::mt19937& random, const std::string& number, const Print& print) {
    Document doc = blankDocument(DocumentKind::Id1, random, {225, 228, 215}, {245, 242, 235}, {215, 200, 190});
    doc.idNumber = number.empty() ? randomIdNumber(random) : number;
    doc.name = kSurnames[pick(random, static_cast<int>(kSurnames.size()))] +
               kGiven[pick(random, static_cast<int>(kGiven.size()))];
    const cv::Scalar label(150, 110, 60);
    text(doc.image, cjk(), "姓 名", {60, 60}, 34, label);
    text(doc.image, cjk(), doc.name, {170, 56}, 42);
    text(doc.image, cjk(), "性 别", {60, 140}, 34, label);
    text(doc.image, cjk(), IdNumber::isMale(doc.idNumber) ? "男" : "女", {170, 136}, 38);
    text(doc.image, cjk(), "民 族", {290, 140}, 34, label);
    text(doc.image, cjk(), "汉", {390, 136}, 38);
    text(doc.image, cjk(), "出 生", {60, 215}, 34, label);
    const std::string birth = IdNumber::birthDate(doc.idNumber);
    text(doc.image, cjk(),
         birth.substr(0, 4) + " 年 " + std::to_string(std::stoi(birth.substr(5, 2))) + " 月 " +
             std::to_string(std::stoi(birth.substr(8, 2))) + " 日",
         {170, 211}, 36);
    text(doc.image, cjk(), "住 址", {60, 290}, 34, label);
    text(doc.image, cjk(), "四川省广元市利州区", {170, 286}, 36);
    text(doc.image, cjk(), "东坝街道嘉陵路 88 号", {170, 340}, 36);
    portrait(doc.image, cv::Rect(690, 70, 270, 330), random);
    text(doc.image, cjk(), "公民身份号码", {60, 520}, 34, label);
    // The number: its size, place, spacing and ink vary from card to card (and fit on it).
    const int height = 44 + pick(random, 8), grey = 10 + pick(random, 60);
    int spacing = pick(random, 5);
    const int y = 500 + pick(random, 20);
    int baseline = 0; // OCR-B is monospaced: one advance for every character
    const int advance =
        ocrB().getTextSize("00", height, -1, &baseline).width - ocrB().getTextSize("0", height, -1, &baseline).width;
    while (spacing > 0 && 290 + 18 * advance + 17 * spacing > doc.image.cols - 25)
        --spacing; // clear of the label and of the card's edge
    int x = std::max(290, std::min(305 + pick(random, 50), doc.image.cols - 25 - (18 * advance + 17 * spacing)));
    const int x0 = x;
    if (print.plain())
        for (char c : doc.idNumber) {
            text(doc.image, ocrB(), std::string(1, c), {x, y}, height, cv::Scalar::all(grey));
            x += advance + spacing;
        }
    else {
        inkLines(doc.image, {{doc.idNumber, {x, y}}}, advance + spacing, height, grey, print);
        x += 18 * (advance + spacing);
    }
    { // where the ink of the number is
        const cv::Rect band =
            cv::Rect(x0 - 5, y - 10, x - x0 + 10, height + 30) & cv::Rect(0, 0, doc.image.cols, doc.image.rows);
        cv::Mat grey8, dark;
        cv::cvtColor(doc.image(band), grey8, cv::COLOR_BGR2GRAY);
        cv::threshold(grey8, dark, grey + 60, 255, cv::THRESH_BINARY_INV);
        doc.numberBox = cv::boundingRect(dark) + band.tl();
    }
    return doc;
}

Document passportPage(std::mt19937& random, const std::vector<std::string>& mrz, const Print& print) {
    Document doc = blankDocument(DocumentKind::Passport, random, {215, 225, 225}, {240, 240, 245}, {200, 205, 215});
    doc.mrz = mrz.empty() ? randomTd3(random) : mrz;
    const auto parsed = parseMrz(doc.mrz);
    doc.name = parsed->value("surname") + " " + parsed->value("givenNames");
    const cv::Scalar label(120, 90, 70);
    text(doc.image, cjk(), "中华人民共和国  护照  PASSPORT", {80, 40}, 44, label);
    portrait(doc.image, cv::Rect(70, 150, 360, 460), random);
    int y = 150;
    for (const auto& [l, v] :
         std::vector<std::pair<std::string, std::string>>{{"姓/Surname", parsed->value("surname")},
                                                          {"名/Given names", parsed->value("givenNames")},
                                                          {"国籍/Nationality", "中国 CHINESE"},
                                                          {"性别/Sex", parsed->value("sex")},
                                                          {"出生日期/Date of birth", parsed->value("birthDate")},
                                                          {"护照号/Passport No.", parsed->value("documentNumber")}}) {
        text(doc.image, cjk(), l, {480, y}, 26, label);
        text(doc.image, cjk(), v, {480, y + 34}, 36);
        y += 95;
    }
    drawVariedMrz(doc.image, random, doc.mrz, 40, print);
    return doc;
}

Document td1Card(std::mt19937& random, const std::vector<std::string>& mrz, const Print& print) {
    Document doc = blankDocument(DocumentKind::Id1, random, {220, 225, 215}, {240, 240, 235}, {210, 205, 200});
    doc.mrz = mrz;
    text(doc.image, cjk(), "IDENTITY CARD", {60, 40}, 40, {120, 90, 70});
    drawVariedMrz(doc.image, random, doc.mrz, 30, print);
    return doc;
}

Document a4Page(std::mt19937& random) {
    Document doc;
    doc.kind = DocumentKind::A4;
    const cv::Size size = documentPixels(DocumentKind::A4);
    doc.image = cv::Mat(size, CV_8UC3,
                        cv::Scalar(uniform(random, 238, 252), uniform(random, 238, 252), uniform(random, 236, 250)));
    text(doc.image, cjk(), "营业执照申请书", {size.width / 2 - 520, 260}, 150);
    static const std::vector<std::string> sentences = {
        "申请人承诺所提交的材料真实、合法、有效，复印件与原件一致。",
        "按照一窗通办要求，本事项实行容缺受理，缺少的材料可在五个工作日内补齐。",
        "经办人应当一次性告知申请人需要补正的全部内容。", "本申请书一式两份，申请人与受理窗口各执一份。"};
    int y = 600;
    for (int line = 0; line < 22; ++line, y += 120)
        text(doc.image, cjk(), sentences[pick(random, static_cast<int>(sentences.size()))], {220, y}, 70);
    doc.qrText = "https://zwfw.example.gov.cn/case/" + std::to_string(100000 + pick(random, 900000)) + "?办件=受理";
    const cv::Mat qr = writeQrCode(doc.qrText, 520);
    cv::Mat qrColour;
    cv::cvtColor(qr, qrColour, cv::COLOR_GRAY2BGR);
    qrColour.copyTo(doc.image(cv::Rect(size.width - 760, size.height - 760, qr.cols, qr.rows)));
    return doc;
}

namespace {

// A form the document lies on: a sheet of paper under it, reaching out past one of its sides, with rows of print.
void drawUnderlay(cv::Mat& frame, const Quad& document, std::mt19937& random) {
    const cv::Point2f centre = (document.corners[0] + document.corners[2]) * 0.5f;
    const float size = static_cast<float>(std::sqrt(document.area()));
    const double angle = uniform(random, 0, CV_PI * 2);
    const cv::Point2f shift(static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle)));
    const cv::RotatedRect sheet(centre + shift * size * static_cast<float>(uniform(random, 0.6, 1.1)),
                                cv::Size2f(size * static_cast<float>(uniform(random, 1.4, 2.2)),
                                           size * static_cast<float>(uniform(random, 1.8, 2.6))),
                                static_cast<float>(uniform(random, -25, 25)));
    cv::Point2f corners[4];
    sheet.points(corners);
    std::vector<cv::Point> polygon;
    for (const auto& c : corners)
        polygon.emplace_back(cvRound(c.x), cvRound(c.y));
    const double white = uniform(random, 215, 250);
    cv::Mat mask(frame.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(mask, polygon, cv::Scalar(255), cv::LINE_AA);
    cv::Mat sheetImage(frame.size(), CV_8UC3, cv::Scalar(white - 4, white, white));
    // Rows of a form: thin grey lines across the sheet.
    const cv::Point2f across = corners[1] - corners[0], down = corners[3] - corners[0];
    for (float t = 0.08f; t < 0.95f; t += static_cast<float>(uniform(random, 0.04, 0.08))) {
        const cv::Point2f a = corners[0] + down * t + across * 0.06f, b = corners[0] + down * t + across * 0.94f;
        cv::line(sheetImage, a, b, cv::Scalar::all(white - 90), 1, cv::LINE_AA);
    }
    sheetImage.copyTo(frame, mask);
}

// Fingers holding the document: one to three, side by side, reaching in over a side or a corner from outside it,
// skin shaded round at their edges and casting a soft shadow.
void drawFingers(cv::Mat& frameF, const Quad& document, std::mt19937& random) {
    const int side = pick(random, 4);
    const cv::Point2f a = document.corners[side], b = document.corners[(side + 1) % 4];
    const cv::Point2f centre = (document.corners[0] + document.corners[2]) * 0.5f;
    const float length = static_cast<float>(cv::norm(b - a));
    float longest = 0;
    for (int i = 0; i < 4; ++i)
        longest = std::max(longest, static_cast<float>(cv::norm(document.corners[(i + 1) % 4] - document.corners[i])));
    const float width = longest * static_cast<float>(uniform(random, 0.12, 0.19));
    // Over a corner half the time, else anywhere along the side.
    float t = static_cast<float>(uniform(random, 0.15, 0.85));
    if (pick(random, 2))
        t = (pick(random, 2) ? 0.0f : 1.0f) + static_cast<float>(uniform(random, -0.12, 0.12));
    cv::Point2f inward(-(b - a).y / length, (b - a).x / length);
    const cv::Point2f onSide = a + (b - a) * t;
    if ((centre - onSide).dot(inward) < 0)
        inward = -inward;
    const double turn = uniform(random, -0.45, 0.45);
    const cv::Point2f along(static_cast<float>(inward.x * std::cos(turn) - inward.y * std::sin(turn)),
                            static_cast<float>(inward.x * std::sin(turn) + inward.y * std::cos(turn)));
    const cv::Point2f beside(-along.y, along.x);
    const int count = 1 + pick(random, 3);
    cv::Mat mask(frameF.size(), CV_32F, cv::Scalar(0)), shade(frameF.size(), CV_32F, cv::Scalar(0));
    for (int f = 0; f < count; ++f) {
        const cv::Point2f base =
            onSide + beside * (width * 1.05f * (static_cast<float>(f) - static_cast<float>(count - 1) / 2.0f));
        const float reach = longest * static_cast<float>(uniform(random, 0.04, 0.16));
        const cv::Point2f tip = base + along * reach, root = base - along * (longest * 0.8f);
        // The finger's cross-section, lightest along its middle: nested capsules, each a little lighter.
        for (int ring = 0; ring < 6; ++ring) {
            const float r = width * 0.5f * (1.0f - static_cast<float>(ring) / 6.0f);
            const float value = 0.72f + 0.28f * static_cast<float>(ring) / 5.0f;
            cv::line(mask, root, tip - along * (width * 0.5f - r), cv::Scalar(value), std::max(1, cvRound(2 * r)),
                     cv::LINE_AA);
        }
        cv::line(shade, root + beside * (width * 0.25f), tip + beside * (width * 0.25f), cv::Scalar(0.35),
                 std::max(1, cvRound(width)), cv::LINE_AA);
    }
    cv::GaussianBlur(mask, mask, cv::Size(0, 0), std::max(1.5, width * 0.04));
    cv::GaussianBlur(shade, shade, cv::Size(0, 0), width * 0.4);
    const auto red = static_cast<float>(uniform(random, 150, 235));
    const cv::Vec3f skin(red * static_cast<float>(uniform(random, 0.55, 0.7)),
                         red * static_cast<float>(uniform(random, 0.7, 0.82)), red);
    for (int y = 0; y < frameF.rows; ++y) {
        const float* m = mask.ptr<float>(y);
        const float* s = shade.ptr<float>(y);
        auto* px = frameF.ptr<cv::Vec3f>(y);
        for (int x = 0; x < frameF.cols; ++x) {
            px[x] *= 1.0f - s[x];
            if (m[x] > 0.01f) {
                const float cover = std::min(1.0f, m[x] / 0.72f);
                px[x] = px[x] * (1.0f - cover) + skin * std::min(1.0f, m[x]) * cover;
            }
        }
    }
}

// A wide phone lens: what lies at radius r from the centre (in half-diagonals) is seen where d·(1 + k d²) = r;
// k < 0 (barrel) bows straight sides outward. The truth's corners move with the picture.
void distortLens(cv::Mat& frame, Quad& truth, double k) {
    const cv::Point2f c(static_cast<float>(frame.cols) / 2, static_cast<float>(frame.rows) / 2);
    const float half = std::hypot(c.x, c.y);
    const auto kf = static_cast<float>(k);
    cv::Mat mapX(frame.size(), CV_32F), mapY(frame.size(), CV_32F);
    for (int y = 0; y < frame.rows; ++y) {
        auto* mx = mapX.ptr<float>(y);
        auto* my = mapY.ptr<float>(y);
        for (int x = 0; x < frame.cols; ++x) {
            const float u = (static_cast<float>(x) - c.x) / half, v = (static_cast<float>(y) - c.y) / half;
            const float f = 1.0f + kf * (u * u + v * v);
            mx[x] = c.x + u * f * half;
            my[x] = c.y + v * f * half;
        }
    }
    cv::Mat bent;
    cv::remap(frame, bent, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    frame = bent;
    for (auto& p : truth.corners) {
        const cv::Point2f wanted = (p - c) / half;
        cv::Point2f d = wanted;
        for (int i = 0; i < 30; ++i)
            d = wanted / (1.0f + kf * d.dot(d));
        p = c + d * half;
    }
}

} // namespace

Photo photograph(const Document& document, std::mt19937& random, const PhotoOptions& options) {
    cv::RNG noiseRng(random()); // the noise from the caller's seed, not OpenCV's process-wide generator
    const cv::Size frameSize = options.frame;
    cv::Mat frame(frameSize, CV_8UC3);

    // The desk.
    // The paper's colour, at its edge (not the print's).
    cv::Mat rim(document.image.size(), CV_8U, cv::Scalar(255));
    rim(cv::Rect(document.image.cols / 20, document.image.rows / 20, document.image.cols * 9 / 10,
                 document.image.rows * 9 / 10))
        .setTo(0);
    const cv::Scalar paper = cv::mean(document.image, rim);
    switch (pick(random, 4)) {
    case 0: { // wood
        const cv::Scalar base(uniform(random, 40, 110), uniform(random, 70, 140), uniform(random, 110, 190));
        cv::Mat stripes(frameSize / 2, CV_32F); // drawn at half size: the grain is wider than a pixel anyway
        const double period = uniform(random, 10, 30), angle = uniform(random, 0, 3.14);
        for (int y = 0; y < stripes.rows; ++y)
            for (int x = 0; x < stripes.cols; ++x)
                stripes.at<float>(y, x) =
                    static_cast<float>(0.85 + 0.15 * std::sin((x * std::cos(angle) + y * std::sin(angle)) / period +
                                                              3 * std::sin(y / 48.0)));
        cv::resize(stripes, stripes, frameSize, 0, 0, cv::INTER_LINEAR);
        std::vector<cv::Mat> channels(3);
        for (int c = 0; c < 3; ++c)
            channels[c] = stripes * base[c];
        cv::merge(channels, frame);
        frame.convertTo(frame, CV_8UC3);
        break;
    }
    case 1: { // nearly the paper's colour: the hard case
        const double delta = uniform(random, 14, 30) * (pick(random, 2) ? 1 : -1);
        frame.setTo(cv::Scalar(std::clamp(paper[0] + delta, 0.0, 255.0), std::clamp(paper[1] + delta * 0.9, 0.0, 255.0),
                               std::clamp(paper[2] + delta * 1.1, 0.0, 255.0)));
        break;
    }
    case 2: // a dark desk mat
        frame.setTo(cv::Scalar(uniform(random, 20, 70), uniform(random, 20, 70), uniform(random, 20, 70)));
        break;
    default: { // cloth: coarse coloured noise
        cv::Mat noise(frameSize / 8, CV_8UC3);
        noiseRng.fill(noise, cv::RNG::UNIFORM, cv::Scalar::all(60), cv::Scalar::all(200));
        cv::resize(noise, frame, frameSize, 0, 0, cv::INTER_CUBIC);
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), 4);
        break;
    }
    }
    {
        cv::Mat grain(frameSize, CV_8UC3);
        noiseRng.fill(grain, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(6));
        cv::add(frame, grain, frame, cv::noArray(), CV_8UC3);
    }

    // Where the document lies: a card in 3-D, turned, tilted, projected by a camera.
    const double w = document.image.cols, h = document.image.rows;
    const double tiltX = uniform(random, -1, 1) * options.maxTiltDegrees * CV_PI / 180;
    const double tiltY = uniform(random, -1, 1) * options.maxTiltDegrees * CV_PI / 180;
    const double turn = uniform(random, 0, 2 * CV_PI);
    const double focal = frameSize.width * 1.2;
    std::vector<cv::Point2f> projected;
    for (const cv::Point2d c : {cv::Point2d(-w / 2, -h / 2), cv::Point2d(w / 2, -h / 2), cv::Point2d(w / 2, h / 2),
                                cv::Point2d(-w / 2, h / 2)}) {
        double x = c.x * std::cos(turn) - c.y * std::sin(turn), y = c.x * std::sin(turn) + c.y * std::cos(turn), z = 0;
        double y2 = y * std::cos(tiltX) - z * std::sin(tiltX), z2 = y * std::sin(tiltX) + z * std::cos(tiltX);
        double x3 = x * std::cos(tiltY) + z2 * std::sin(tiltY), z3 = -x * std::sin(tiltY) + z2 * std::cos(tiltY);
        const double depth = focal * 2.0 + z3;
        projected.emplace_back(static_cast<float>(focal * x3 / depth), static_cast<float>(focal * y2 / depth));
    }
    const double wantArea = uniform(random, options.minArea, options.maxArea) * frameSize.area();
    double scale = std::sqrt(wantArea / std::abs(cv::contourArea(projected)));
    const float margin = 0.02f * static_cast<float>(frameSize.width);
    {
        // Smaller if, turned as it is, it would not fit in the frame.
        const cv::Rect2f unit = cv::boundingRect(projected);
        scale = std::min(
            {scale, (frameSize.width - 2.5 * margin) / unit.width, (frameSize.height - 2.5 * margin) / unit.height});
    }
    for (auto& p : projected)
        p *= static_cast<float>(scale);
    const cv::Rect2f box = cv::boundingRect(projected);
    float spareX = static_cast<float>(frameSize.width) - box.width - 2 * margin;
    float spareY = static_cast<float>(frameSize.height) - box.height - 2 * margin;
    if (!options.keepInside) {
        spareX += box.width * 0.6f;
        spareY += box.height * 0.6f;
    }
    const float offsetX = margin - box.x + static_cast<float>(uniform(random, 0, std::max(1.0f, spareX))) -
                          (options.keepInside ? 0 : box.width * 0.3f);
    const float offsetY = margin - box.y + static_cast<float>(uniform(random, 0, std::max(1.0f, spareY))) -
                          (options.keepInside ? 0 : box.height * 0.3f);
    Photo photo;
    for (int i = 0; i < 4; ++i)
        photo.truth.corners[i] = projected[i] + cv::Point2f(offsetX, offsetY);

    const std::vector<cv::Point2f> source = {
        {0, 0}, {static_cast<float>(w), 0}, {static_cast<float>(w), static_cast<float>(h)}, {0, static_cast<float>(h)}};
    const cv::Mat homography = cv::getPerspectiveTransform(source, photo.truth.points());
    if (options.underlayChance > 0 && uniform(random, 0, 1) < options.underlayChance)
        drawUnderlay(frame, photo.truth, random);
    // A soft shadow of the document's thickness on the desk, then the document.
    cv::Mat mask(frameSize, CV_8U, cv::Scalar(0));
    std::vector<cv::Point> outline;
    for (const auto& p : photo.truth.corners)
        outline.emplace_back(cvRound(p.x * 16), cvRound(p.y * 16));
    cv::fillConvexPoly(mask, outline, cv::Scalar(255), cv::LINE_AA, 4);
    cv::Mat drop;
    cv::GaussianBlur(mask, drop, cv::Size(0, 0), 4);
    cv::Mat frameF;
    frame.convertTo(frameF, CV_32FC3);
    {
        cv::Mat dropF;
        drop.convertTo(dropF, CV_32F, -0.25 / 255.0, 1.0);
        cv::Mat drop3;
        cv::merge(std::vector<cv::Mat>{dropF, dropF, dropF}, drop3);
        frameF = frameF.mul(drop3);
    }
    cv::Mat warped;
    cv::warpPerspective(document.image, warped, homography, frameSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::Mat warpedF, alpha, alpha3;
    warped.convertTo(warpedF, CV_32FC3);
    mask.convertTo(alpha, CV_32F, 1.0 / 255.0);
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
    frameF = warpedF.mul(alpha3) + frameF.mul(cv::Scalar::all(1.0) - alpha3);
    if (options.fingerChance > 0 && uniform(random, 0, 1) < options.fingerChance)
        drawFingers(frameF, photo.truth, random);

    // Light: a slope across the frame and a vignette.
    {
        cv::Mat light(frameSize / 8, CV_32F); // smooth: drawn small, then enlarged
        const double gx = uniform(random, -0.35, 0.35), gy = uniform(random, -0.35, 0.35),
                     base = uniform(random, 0.75, 1.05);
        for (int y = 0; y < light.rows; ++y)
            for (int x = 0; x < light.cols; ++x) {
                const double u = x / static_cast<double>(light.cols) - 0.5,
                             v = y / static_cast<double>(light.rows) - 0.5;
                light.at<float>(y, x) = static_cast<float>(base + gx * u + gy * v - 0.25 * (u * u + v * v));
            }
        cv::resize(light, light, frameSize, 0, 0, cv::INTER_LINEAR);
        if (uniform(random, 0, 1) < options.shadowChance) { // a hand or a phone between the lamp and the desk
            cv::Mat shade(frameSize, CV_32F, cv::Scalar(0));
            const cv::Point2f c = photo.truth.corners[pick(random, 4)];
            std::vector<cv::Point> blob;
            for (int k = 0; k < 5; ++k)
                blob.emplace_back(cvRound(c.x + uniform(random, -400, 400)), cvRound(c.y + uniform(random, -400, 400)));
            std::vector<cv::Point> hull;
            cv::convexHull(blob, hull);
            cv::fillConvexPoly(shade, hull, cv::Scalar(uniform(random, 0.2, 0.45)), cv::LINE_AA);
            cv::GaussianBlur(shade, shade, cv::Size(0, 0), uniform(random, 10, 40));
            light -= shade;
        }
        cv::Mat light3;
        cv::merge(std::vector<cv::Mat>{light, light, light}, light3);
        frameF = frameF.mul(light3);
    }
    if (uniform(random, 0, 1) < options.glareChance) { // a reflection of the lamp on the laminate
        const cv::Point2f centre = (photo.truth.corners[0] + photo.truth.corners[2]) * 0.5f;
        cv::Mat spot(frameSize, CV_32F, cv::Scalar(0));
        const double radius = std::sqrt(photo.truth.area()) * uniform(random, 0.12, 0.25);
        cv::circle(spot, centre + cv::Point2f(static_cast<float>(uniform(random, -80, 80)), 0), cvRound(radius),
                   cv::Scalar(400), -1, cv::LINE_AA);
        cv::GaussianBlur(spot, spot, cv::Size(0, 0), radius / 3);
        cv::Mat spot3;
        cv::merge(std::vector<cv::Mat>{spot, spot, spot}, spot3);
        frameF += spot3;
    }
    if (!document.numberBox.empty() && uniform(random, 0, 1) < options.thumbChance) {
        // A thumb holding the card from below, its tip a little under the number: an ellipse drawn on the card.
        const cv::Rect& n = document.numberBox;
        const double rx = n.height * uniform(random, 0.9, 1.4), ry = rx * 1.6;
        const cv::Point2d centre(n.x + n.width * uniform(random, 0.15, 0.85),
                                 n.br().y + n.height * uniform(random, 0.3, 0.8) + ry);
        std::vector<cv::Point2f> outline, onFrame;
        for (int k = 0; k < 48; ++k)
            outline.emplace_back(static_cast<float>(centre.x + rx * std::cos(k * CV_PI / 24)),
                                 static_cast<float>(centre.y + ry * std::sin(k * CV_PI / 24)));
        cv::perspectiveTransform(outline, onFrame, homography);
        std::vector<cv::Point> polygon;
        for (const auto& p : onFrame)
            polygon.emplace_back(cvRound(p.x), cvRound(p.y));
        cv::Mat thumb(frameSize, CV_8U, cv::Scalar(0));
        cv::fillPoly(thumb, std::vector<std::vector<cv::Point>>{polygon}, cv::Scalar(255), cv::LINE_AA);
        cv::GaussianBlur(thumb, thumb, cv::Size(0, 0), 2);
        const cv::Scalar skin(uniform(random, 100, 150), uniform(random, 130, 170), uniform(random, 180, 225));
        for (int y = 0; y < frameSize.height; ++y) {
            const uchar* a = thumb.ptr<uchar>(y);
            auto* px = frameF.ptr<cv::Vec3f>(y);
            for (int x = 0; x < frameSize.width; ++x)
                for (int c = 0; a[x] && c < 3; ++c)
                    px[x][c] = static_cast<float>(px[x][c] + (skin[c] - px[x][c]) * a[x] / 255.0);
        }
    }
    const bool dim = uniform(random, 0, 1) < options.lowLightChance;
    if (dim)
        frameF *= uniform(random, 0.33, 0.5);
    frameF.convertTo(frame, CV_8UC3);

    // The camera: motion, blur, sensor noise, JPEG.
    if (uniform(random, 0, 1) < options.motionChance) {
        const int length = 3 + pick(random, 7);
        const double angle = uniform(random, 0, CV_PI);
        cv::Mat kernel(length, length, CV_32F, cv::Scalar(0));
        const cv::Point2d c((length - 1) / 2.0, (length - 1) / 2.0),
            d(std::cos(angle) * (length - 1) / 2.0, std::sin(angle) * (length - 1) / 2.0);
        cv::line(kernel, c - d, c + d, cv::Scalar(1), 1, cv::LINE_AA);
        kernel /= cv::sum(kernel)[0];
        cv::filter2D(frame, frame, -1, kernel);
    }
    if (options.lensChance > 0 && uniform(random, 0, 1) < options.lensChance)
        distortLens(frame, photo.truth, uniform(random, -0.12, -0.01));
    const double sigma = uniform(random, 0, options.blurSigmaMax);
    if (sigma > 0.3)
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), sigma);
    cv::Mat noise(frameSize, CV_16SC3);
    noiseRng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0),
                  cv::Scalar::all(dim ? uniform(random, 4, 9) : uniform(random, 1, 5)));
    cv::add(frame, noise, frame, cv::noArray(), CV_8UC3);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", frame, jpeg,
                 {cv::IMWRITE_JPEG_QUALITY, options.jpegQualityMin + pick(random, 96 - options.jpegQualityMin)});
    photo.frame = cv::imdecode(jpeg, cv::IMREAD_COLOR);
    return photo;
}

} // namespace ow::scan::synth
