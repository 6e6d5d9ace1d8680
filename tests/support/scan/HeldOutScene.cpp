#include "HeldOutScene.h"

#include "FreeTypeText.h"
#include "Mrz.h"

#include "domain/IdNumber.h"
#include "domain/Region.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cmath>

namespace ow::scan::heldout {
namespace {

constexpr double kMmPerInch = 25.4;

const FreeTypeFont& ocrRegular() {
    static const FreeTypeFont font("/usr/share/fonts/opentype/ocr-b/OCRB.otf");
    return font;
}
const FreeTypeFont& ocrSharp() {
    static const FreeTypeFont font("/usr/share/fonts/opentype/ocr-b/OCRBS.otf");
    return font;
}
const FreeTypeFont& cjkSans() {
    static const FreeTypeFont font("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "SC");
    return font;
}
const FreeTypeFont& cjkSerif() {
    static const FreeTypeFont font("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "SC");
    return font;
}

struct Dice {
    std::mt19937& r;
    double real(double a, double b) { return std::uniform_real_distribution<double>(a, b)(r); }
    int integer(int a, int b) { return std::uniform_int_distribution<int>(a, b)(r); }
    bool chance(double p) { return real(0, 1) < p; }
    template <typename T> const T& oneOf(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(integer(0, static_cast<int>(v.size()) - 1))];
    }
};

std::string digits2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

char check(const std::string& field) { return static_cast<char>('0' + *mrzCheckDigit(field)); }

std::string padded(std::string s, std::size_t n) {
    s.resize(n, '<');
    return s;
}

// A name in the zone's form: letters, words joined by '<'.
std::string mrzWord(Dice& d) {
    static const std::vector<std::string> onsets = {"B", "CH", "D", "F",  "G", "H", "J", "K", "L", "M",  "N", "P",
                                                    "Q", "R",  "S", "SH", "T", "W", "X", "Y", "Z", "ZH", "V"};
    static const std::vector<std::string> nuclei = {"A", "E", "I", "O", "U", "AI", "AO", "EI", "IA", "OU", "UA", "IE"};
    static const std::vector<std::string> codas = {"", "", "N", "NG", "R", "S", "L"};
    std::string word;
    for (int n = d.integer(1, 3); n > 0; --n)
        word += d.oneOf(onsets) + d.oneOf(nuclei) + d.oneOf(codas);
    return word;
}

std::string mrzNames(Dice& d, std::size_t width) {
    std::string names = mrzWord(d);
    if (d.chance(0.3))
        names += "<" + mrzWord(d);
    names += "<<" + mrzWord(d);
    if (d.chance(0.4))
        names += "<" + mrzWord(d);
    if (names.size() > width)
        names.resize(width); // truncated, as a long name is
    return padded(names, width);
}

std::string mrzDateOf(Dice& d, int yearFrom, int yearTo) {
    const int year = d.integer(yearFrom, yearTo), month = d.integer(1, 12);
    const std::chrono::year_month_day_last last(
        std::chrono::year(year), std::chrono::month_day_last(std::chrono::month(static_cast<unsigned>(month))));
    const int days = static_cast<int>(static_cast<unsigned>(last.day()));
    return digits2(year % 100) + digits2(month) + digits2(d.integer(1, static_cast<int>(days)));
}

std::string documentNumber(Dice& d) {
    std::string n;
    switch (d.integer(0, 3)) {
    case 0: n = std::string(1, static_cast<char>('A' + d.integer(0, 25))); break;
    case 1:
        n = std::string{static_cast<char>('A' + d.integer(0, 25)), static_cast<char>('A' + d.integer(0, 25))};
        break;
    default: break;
    }
    while (n.size() < 9)
        n += d.chance(0.15) ? static_cast<char>('A' + d.integer(0, 25)) : static_cast<char>('0' + d.integer(0, 9));
    return n;
}

const std::vector<std::string>& states() {
    static const std::vector<std::string> all = {"CHN", "DEU", "FRA", "GBR", "USA", "JPN", "KOR", "ITA", "ESP", "NLD",
                                                 "CAN", "AUS", "UTO", "D<<", "RUS", "IND", "BRA", "SGP", "THA", "VNM",
                                                 "MYS", "NZL", "SWE", "CHE", "MEX", "HKG", "MAC", "PAK", "EGY", "ZAF"};
    return all;
}

std::string optionalData(Dice& d, std::size_t width) {
    if (d.chance(0.5))
        return std::string(width, '<');
    std::string s;
    const std::size_t used = static_cast<std::size_t>(d.integer(3, static_cast<int>(width)));
    while (s.size() < used)
        s += d.chance(0.8) ? static_cast<char>('0' + d.integer(0, 9)) : static_cast<char>('A' + d.integer(0, 25));
    return padded(s, width);
}

// ----- paper and print -----

// Two pale tints across the document, rosettes and fine waves of security printing over it.
cv::Mat securityPaper(Dice& d, cv::Size size) {
    const cv::Vec3d a(d.real(215, 248), d.real(220, 250), d.real(215, 250));
    const cv::Vec3d b(d.real(205, 245), d.real(215, 248), d.real(220, 252));
    cv::Mat paper(size, CV_8UC3);
    const double angle = d.real(0, CV_PI);
    for (int y = 0; y < size.height; ++y) {
        auto* row = paper.ptr<cv::Vec3b>(y);
        for (int x = 0; x < size.width; ++x) {
            const double t = 0.5 + 0.5 * std::sin((x * std::cos(angle) + y * std::sin(angle)) / (size.width * 0.6));
            for (int c = 0; c < 3; ++c)
                row[x][c] = cv::saturate_cast<uchar>(a[c] * t + b[c] * (1 - t));
        }
    }
    cv::Mat lines(size, CV_8UC1, cv::Scalar(0));
    const double scale = size.width / 1000.0;
    for (int rosette = d.integer(1, 3); rosette > 0; --rosette) {
        const cv::Point2d centre(d.real(0, size.width), d.real(0, size.height));
        const double radius = d.real(0.15, 0.45) * size.width, wave = d.real(0.03, 0.1) * radius;
        const int petals = d.integer(9, 31);
        for (int ring = 0; ring < d.integer(6, 16); ++ring) {
            std::vector<cv::Point> curve;
            const double r0 = radius * (0.35 + ring * 0.045), phase = ring * 0.4;
            for (double t = 0; t < 2 * CV_PI; t += 0.01)
                curve.emplace_back(cvRound(centre.x + (r0 + wave * std::sin(petals * t + phase)) * std::cos(t)),
                                   cvRound(centre.y + (r0 + wave * std::sin(petals * t + phase)) * std::sin(t)));
            cv::polylines(lines, curve, true, cv::Scalar(255), std::max(1, cvRound(scale)), cv::LINE_AA);
        }
    }
    const double spacing = d.real(8, 20) * scale, amplitude = d.real(3, 12) * scale, period = d.real(40, 120) * scale;
    for (double y0 = 0; y0 < size.height + amplitude; y0 += spacing) {
        std::vector<cv::Point> wave;
        for (int x = 0; x < size.width; x += 4)
            wave.emplace_back(x, cvRound(y0 + amplitude * std::sin(x / period + y0 / 37.0)));
        cv::polylines(lines, wave, false, cv::Scalar(d.chance(0.5) ? 140 : 255), 1, cv::LINE_AA);
    }
    const cv::Scalar tint(d.real(120, 220), d.real(100, 200), d.real(110, 210));
    inkOver(paper, lines, tint, d.real(0.18, 0.4));
    return paper;
}

void label(cv::Mat& image, const FreeTypeFont& font, const std::string& text, cv::Point2d at, double em, cv::Scalar ink,
           double opacity = 1.0) {
    cv::Mat coverage(image.size(), CV_8UC1, cv::Scalar(0));
    FreeTypeFont::Style style;
    style.pixelHeight = em;
    font.draw(coverage, text, at, style);
    inkOver(image, coverage, ink, opacity);
}

void portrait(Dice& d, cv::Mat& image, cv::Rect where) {
    cv::Mat area = image(where & cv::Rect(0, 0, image.cols, image.rows));
    area.setTo(cv::Scalar(d.real(190, 235), d.real(195, 235), d.real(195, 240)));
    const cv::Point centre(area.cols / 2, area.rows * 2 / 5);
    cv::ellipse(area, centre, cv::Size(area.cols * 3 / 10, area.rows * 3 / 10), 0, 0, 360,
                cv::Scalar(d.real(110, 160), d.real(130, 175), d.real(160, 215)), -1, cv::LINE_AA);
    cv::ellipse(area, cv::Point(centre.x, centre.y - area.rows / 8), cv::Size(area.cols * 3 / 10, area.rows / 6), 0,
                180, 360, cv::Scalar(d.real(20, 50), d.real(20, 45), d.real(20, 45)), -1, cv::LINE_AA);
    cv::ellipse(area, cv::Point(centre.x, area.rows), cv::Size(area.cols * 9 / 20, area.rows * 3 / 10), 0, 180, 360,
                cv::Scalar(d.real(30, 90), d.real(30, 80), d.real(30, 80)), -1, cv::LINE_AA);
}

struct ZoneStyle {
    const FreeTypeFont* font;
    FreeTypeFont::Style style;
    double lineSpacing;
    double opacity;
    cv::Scalar ink;
};

// OCR-B at a pitch near 10 characters an inch (−8 % to +5 %: a line must fit its document), the glyph filling most
// of its cell.
ZoneStyle zoneStyle(Dice& d, double dpi) {
    ZoneStyle z;
    z.font = d.chance(0.5) ? &ocrRegular() : &ocrSharp();
    z.style.pitch = 2.54 / kMmPerInch * dpi * d.real(0.92, 1.05);
    FreeTypeFont::Style probe;
    probe.pixelHeight = 100;
    const double advanceRatio = z.font->width("0", probe) / 100.0;
    z.style.pixelHeight = z.style.pitch * d.real(0.82, 1.0) / advanceRatio;
    z.style.embolden = z.style.pixelHeight * d.real(-0.025, 0.05);
    z.style.hinted = d.chance(0.4);
    z.lineSpacing = z.style.pitch * d.real(1.45, 1.9);
    z.opacity = d.real(0.72, 1.0);
    const double grey = d.real(5, 60);
    z.ink = cv::Scalar(grey + d.real(0, 25), grey + d.real(0, 10), grey);
    return z;
}

// The zone's lines, the last on `lastBaseline`, starting at `left` — or further left where the line would otherwise
// come closer than 2 mm to the document's right edge. Returns the box its ink covers.
cv::Rect2f drawZone(cv::Mat& image, const std::vector<std::string>& lines, const ZoneStyle& z, double left,
                    double lastBaseline, double dpi) {
    left = std::max(
        1.0, std::min(left, image.cols - 2 / kMmPerInch * dpi - z.style.pitch * static_cast<double>(lines[0].size())));
    cv::Mat coverage(image.size(), CV_8UC1, cv::Scalar(0));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const double y = lastBaseline - static_cast<double>(lines.size() - 1 - i) * z.lineSpacing;
        z.font->draw(coverage, lines[i], {left, y}, z.style);
    }
    inkOver(image, coverage, z.ink, z.opacity);
    return cv::boundingRect(coverage);
}

cv::Size pagePixels(double widthMm, double heightMm, double dpi) {
    return {cvRound(widthMm / kMmPerInch * dpi), cvRound(heightMm / kMmPerInch * dpi)};
}

} // namespace

struct Generator::Printed {
    cv::Mat image;                       // what lies on the desk (the page, or the open booklet)
    cv::Rect2f page;                     // the document itself within `image`
    std::vector<cv::Point2f> keepInside; // points of `image` that stay in the frame when a card is cut (its number)
    cv::Rect2f number;                   // a card's number, for a thumb to come near
    cv::Rect2f text;                     // what is read: the zone, or the card's number

    // The document alone on the desk: all of `image` is the page.
    static Printed whole(cv::Mat image) {
        Printed doc;
        doc.page = cv::Rect2f(0, 0, static_cast<float>(image.cols), static_cast<float>(image.rows));
        doc.image = std::move(image);
        return doc;
    }
};

const char* kindName(Kind kind) {
    switch (kind) {
    case Kind::IdCard: return "ID card";
    case Kind::PassportTd3: return "passport (TD3)";
    case Kind::CardTd1: return "card (TD1)";
    case Kind::DocumentTd2: return "document (TD2)";
    }
    return "?";
}

Generator::Generator(std::uint32_t seed)
    : m_random(seed) {}

std::string Generator::idNumber() {
    Dice d{m_random};
    const auto all = Region::all();
    for (;;) {
        const int year = d.integer(1935, 2012), month = d.integer(1, 12), day = d.integer(1, 28);
        const Region::Period& p = all[static_cast<std::size_t>(d.integer(0, static_cast<int>(all.size()) - 1))];
        if (p.code % 100 == 0 || !Region::fitsIdNumber(p.code, year))
            continue;
        std::string first17 = std::to_string(p.code) + std::to_string(year) + digits2(month) + digits2(day);
        const int sequence = d.integer(0, 999);
        first17 += std::string(sequence < 100 ? "0" : "") + (sequence < 10 ? "0" : "") + std::to_string(sequence);
        return first17 + IdNumber::checkCharacter(first17);
    }
}

std::vector<std::string> Generator::td3Zone() {
    Dice d{m_random};
    const std::string state = d.oneOf(states());
    const std::string number = documentNumber(d), birth = mrzDateOf(d, 1940, 2020), expiry = mrzDateOf(d, 2026, 2036);
    const std::string personal = optionalData(d, 14);
    const char personalCheck = personal == std::string(14, '<') && d.chance(0.5) ? '<' : check(personal);
    std::string line2 = number + check(number) + (d.chance(0.8) ? state : d.oneOf(states())) + birth + check(birth) +
                        d.oneOf(std::vector<std::string>{"M", "F", "<"}) + expiry + check(expiry) + personal +
                        personalCheck;
    line2 += check(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22));
    return {d.oneOf(std::vector<std::string>{"P<", "PO", "PE", "PD"}) + state + mrzNames(d, 39), line2};
}

std::vector<std::string> Generator::td1Zone() {
    Dice d{m_random};
    const std::string state = d.oneOf(states());
    const std::string number = documentNumber(d), birth = mrzDateOf(d, 1940, 2020), expiry = mrzDateOf(d, 2026, 2036);
    const std::string line1 = d.oneOf(std::vector<std::string>{"I<", "ID", "AC", "IR"}) + state + number +
                              check(number) + optionalData(d, 15);
    std::string line2 = birth + check(birth) + d.oneOf(std::vector<std::string>{"M", "F", "<"}) + expiry +
                        check(expiry) + (d.chance(0.8) ? state : d.oneOf(states())) + optionalData(d, 11);
    line2 += check(line1.substr(5, 25) + line2.substr(0, 7) + line2.substr(8, 7) + line2.substr(18, 11));
    return {line1, line2, mrzNames(d, 30)};
}

std::vector<std::string> Generator::td2Zone() {
    Dice d{m_random};
    const std::string state = d.oneOf(states());
    const std::string number = documentNumber(d), birth = mrzDateOf(d, 1940, 2020), expiry = mrzDateOf(d, 2026, 2036);
    std::string line2 = number + check(number) + (d.chance(0.8) ? state : d.oneOf(states())) + birth + check(birth) +
                        d.oneOf(std::vector<std::string>{"M", "F", "<"}) + expiry + check(expiry) + optionalData(d, 7);
    line2 += check(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 14));
    return {d.oneOf(std::vector<std::string>{"I<", "ID", "V<", "AC"}) + state + mrzNames(d, 31), line2};
}

Sample Generator::idCard() {
    Dice d{m_random};
    const double dpi = d.real(260, 420);
    Printed doc = Printed::whole(securityPaper(d, pagePixels(85.6, 54, dpi)));
    const double W = doc.image.cols, H = doc.image.rows;
    const cv::Scalar labelInk(d.real(150, 210), d.real(100, 140), d.real(30, 80));
    const cv::Scalar valueInk(d.real(10, 50), d.real(10, 40), d.real(10, 40));
    const FreeTypeFont& values = d.chance(0.5) ? cjkSans() : cjkSerif();
    const double labelX = W * d.real(0.05, 0.08), valueX = W * d.real(0.17, 0.21), labelEm = H * d.real(0.045, 0.055);
    const double valueEm = H * d.real(0.055, 0.07), row = H * d.real(0.13, 0.155);
    double y = H * d.real(0.14, 0.19);
    static const std::vector<std::string> surnames = {"孙", "马", "朱", "胡", "郭", "何",
                                                      "林", "罗", "高", "郑", "梁", "谢"};
    static const std::vector<std::string> given = {"雨萱", "浩然", "子涵", "宇轩", "桂英",
                                                   "德明", "春梅", "国庆", "海燕", "天佑"};
    const std::string number = idNumber();
    label(doc.image, cjkSans(), "姓名", {labelX, y}, labelEm, labelInk);
    label(doc.image, values, d.oneOf(surnames) + d.oneOf(given), {valueX, y}, valueEm * 1.1, valueInk);
    y += row;
    label(doc.image, cjkSans(), "性别", {labelX, y}, labelEm, labelInk);
    label(doc.image, values, IdNumber::isMale(number) ? "男" : "女", {valueX, y}, valueEm, valueInk);
    label(doc.image, cjkSans(), "民族", {W * 0.36, y}, labelEm, labelInk);
    label(doc.image, values, d.oneOf(std::vector<std::string>{"汉", "彝", "藏", "羌", "回"}), {W * 0.47, y}, valueEm,
          valueInk);
    y += row;
    const std::string birth = IdNumber::birthDate(number);
    label(doc.image, cjkSans(), "出生", {labelX, y}, labelEm, labelInk);
    label(doc.image, values,
          birth.substr(0, 4) + "年" + std::to_string(std::stoi(birth.substr(5, 2))) + "月" +
              std::to_string(std::stoi(birth.substr(8, 2))) + "日",
          {valueX, y}, valueEm, valueInk);
    y += row;
    label(doc.image, cjkSans(), "住址", {labelX, y}, labelEm, labelInk);
    const std::string place = Region::fullName(std::stoi(number.substr(0, 6)));
    label(doc.image, values, place.empty() ? "四川省成都市" : place, {valueX, y}, valueEm, valueInk);
    label(doc.image, values, std::to_string(d.integer(1, 300)) + "号" + std::to_string(d.integer(1, 30)) + "栋",
          {valueX, y + row * 0.8}, valueEm, valueInk);
    portrait(
        d, doc.image,
        cv::Rect(cvRound(W * d.real(0.6, 0.66)), cvRound(H * d.real(0.09, 0.14)), cvRound(W * 0.3), cvRound(H * 0.6)));
    // The number row.
    const double rowY = H * d.real(0.83, 0.9);
    label(doc.image, cjkSans(), "公民身份号码", {labelX, rowY}, labelEm, labelInk);
    FreeTypeFont::Style numberStyle;
    numberStyle.pixelHeight = H * d.real(0.065, 0.09);
    numberStyle.letterSpacing = numberStyle.pixelHeight * d.real(0.0, 0.2);
    numberStyle.embolden = numberStyle.pixelHeight * d.real(-0.02, 0.05);
    numberStyle.hinted = d.chance(0.4);
    const FreeTypeFont& ocr = d.chance(0.5) ? ocrRegular() : ocrSharp();
    const double numberX = W * d.real(0.33, 0.40), numberY = rowY + H * d.real(-0.01, 0.015);
    // The number ends before the card's edge, however large and spaced it is drawn.
    const double room = W * d.real(0.9, 0.96) - numberX, drawn = ocr.width(number, numberStyle);
    if (drawn > room) {
        numberStyle.pixelHeight *= room / drawn;
        numberStyle.letterSpacing *= room / drawn;
        numberStyle.embolden *= room / drawn;
    }
    cv::Mat coverage(doc.image.size(), CV_8UC1, cv::Scalar(0));
    const cv::Point2d end = ocr.draw(coverage, number, {numberX, numberY}, numberStyle);
    const double grey = d.real(5, 55);
    inkOver(doc.image, coverage, cv::Scalar(grey + d.real(0, 20), grey, grey), d.real(0.8, 1.0));
    const double capHeight = numberStyle.pixelHeight * 0.72;
    doc.number = cv::Rect2f(static_cast<float>(numberX), static_cast<float>(numberY - capHeight),
                            static_cast<float>(end.x - numberX), static_cast<float>(capHeight * 1.1));
    doc.text = doc.number;
    for (const cv::Point2f& p : {doc.number.tl(), cv::Point2f(doc.number.br().x, doc.number.y), doc.number.br(),
                                 cv::Point2f(doc.number.x, doc.number.br().y)})
        doc.keepInside.push_back(p);
    Sample out = photograph(doc, Kind::IdCard, true);
    out.idNumber = number;
    return out;
}

Sample Generator::passport() {
    Dice d{m_random};
    const double dpi = d.real(250, 380);
    const std::vector<std::string> zone = td3Zone();
    cv::Mat page = securityPaper(d, pagePixels(125, 88, dpi));
    const double W = page.cols, H = page.rows;
    const cv::Scalar labelInk(d.real(80, 140), d.real(60, 110), d.real(40, 90)), valueInk(25, 25, 25);
    label(page, cjkSans(), d.chance(0.5) ? "护照 PASSPORT" : "PASSPORT  PASSEPORT", {W * d.real(0.04, 0.3), H * 0.08},
          H * 0.045, labelInk);
    portrait(d, page,
             cv::Rect(cvRound(W * d.real(0.03, 0.06)), cvRound(H * 0.15), cvRound(W * 0.27), cvRound(H * 0.48)));
    const auto parsed = parseMrz(zone);
    double y = H * 0.18;
    for (const auto& [l, v] :
         std::vector<std::pair<std::string, std::string>>{{"Surname / 姓", parsed->value("surname")},
                                                          {"Given names / 名", parsed->value("givenNames")},
                                                          {"Nationality / 国籍", parsed->value("nationality")},
                                                          {"Date of birth / 出生日期", parsed->value("birthDate")},
                                                          {"Passport No. / 护照号", parsed->value("documentNumber")}}) {
        label(page, cjkSans(), l, {W * 0.36, y}, H * 0.03, labelInk);
        label(page, cjkSans(), v, {W * 0.36, y + H * 0.05}, H * 0.042, valueInk);
        y += H * 0.095;
    }
    const ZoneStyle z = zoneStyle(d, dpi);
    const double left = d.real(4, 9) / kMmPerInch * dpi, bottom = H - d.real(3.5, 8) / kMmPerInch * dpi;
    const cv::Rect2f text = drawZone(page, zone, z, left, bottom, dpi);
    Printed doc;
    if (d.chance(0.35)) { // the open booklet: the facing page above the data page
        cv::Mat facing = securityPaper(d, page.size());
        label(facing, cjkSans(), "VISAS / 签证", {W * 0.35, H * 0.5}, H * 0.06, labelInk, 0.5);
        const int gutter = cvRound(d.real(0, 0.01) * H);
        doc.image = cv::Mat(page.rows * 2 + gutter, page.cols, CV_8UC3, cv::Scalar(200, 200, 200));
        facing.copyTo(doc.image(cv::Rect(0, 0, page.cols, page.rows)));
        page.copyTo(doc.image(cv::Rect(0, page.rows + gutter, page.cols, page.rows)));
        doc.page = cv::Rect2f(0, static_cast<float>(page.rows + gutter), static_cast<float>(W), static_cast<float>(H));
    } else {
        doc = Printed::whole(page);
    }
    doc.text = text + doc.page.tl();
    Sample out = photograph(doc, Kind::PassportTd3, false);
    out.booklet = doc.image.rows > page.rows;
    out.mrz = zone;
    return out;
}

Sample Generator::td1Card() {
    Dice d{m_random};
    const double dpi = d.real(260, 420);
    const std::vector<std::string> zone = td1Zone();
    Printed doc = Printed::whole(securityPaper(d, pagePixels(85.6, 54, dpi)));
    const double W = doc.image.cols, H = doc.image.rows;
    label(doc.image, cjkSans(), d.chance(0.5) ? "IDENTITY CARD" : "RESIDENCE PERMIT", {W * 0.06, H * 0.12}, H * 0.06,
          cv::Scalar(110, 80, 60));
    const ZoneStyle z = zoneStyle(d, dpi);
    const double width = z.style.pitch * 30;
    const double left = std::max(2.0, (W - width) / 2 + d.real(-1.5, 1.5) / kMmPerInch * dpi);
    doc.text = drawZone(doc.image, zone, z, left, H - d.real(2.5, 5) / kMmPerInch * dpi, dpi);
    Sample out = photograph(doc, Kind::CardTd1, true);
    out.mrz = zone;
    return out;
}

Sample Generator::td2Document() {
    Dice d{m_random};
    const double dpi = d.real(260, 380);
    const std::vector<std::string> zone = td2Zone();
    Printed doc = Printed::whole(securityPaper(d, pagePixels(105, 74, dpi)));
    const double W = doc.image.cols, H = doc.image.rows;
    label(doc.image, cjkSans(), "TRAVEL DOCUMENT", {W * 0.06, H * 0.1}, H * 0.05, cv::Scalar(110, 80, 60));
    portrait(d, doc.image, cv::Rect(cvRound(W * 0.05), cvRound(H * 0.17), cvRound(W * 0.28), cvRound(H * 0.45)));
    const ZoneStyle z = zoneStyle(d, dpi);
    doc.text = drawZone(doc.image, zone, z, d.real(3, 7) / kMmPerInch * dpi, H - d.real(3, 6) / kMmPerInch * dpi, dpi);
    Sample out = photograph(doc, Kind::DocumentTd2, false);
    out.mrz = zone;
    return out;
}

Sample Generator::photograph(const Printed& doc, Kind kind, bool isCard) {
    Dice d{m_random};
    cv::RNG noiseRng(m_random()); // OpenCV's noise from the seed too, not from its process-wide generator
    cv::Size frameSize;
    if (m_frameSize) {
        frameSize = *m_frameSize;
    } else {
        static const std::vector<cv::Size> sizes = {{1280, 720},  {1920, 1080}, {1920, 1080},
                                                    {2560, 1440}, {3264, 2448}, {4032, 3024}};
        frameSize = d.oneOf(sizes);
        if (frameSize.width > 3000 && d.chance(0.3))
            frameSize = cv::Size(frameSize.height, frameSize.width); // a phone held upright
    }
    const double frameScale = std::sqrt(static_cast<double>(frameSize.area()) / (1920.0 * 1080.0));

    // The desk: value noise in three octaves around a base colour, and what else lies on it.
    cv::Mat frame;
    {
        const cv::Scalar base = d.oneOf(std::vector<cv::Scalar>{
            {60, 90, 130}, {40, 40, 45}, {150, 150, 150}, {190, 200, 205}, {90, 110, 80}, {110, 70, 50}});
        cv::Mat texture(frameSize, CV_32F, cv::Scalar(0));
        for (int octave : {48, 12, 3}) { // lightness in three octaves: a grain, a pattern, patches
            cv::Mat noise(std::max(2, frameSize.height / (octave * 8)), std::max(2, frameSize.width / (octave * 8)),
                          CV_32F);
            noiseRng.fill(noise, cv::RNG::NORMAL, 0, d.real(4, 12) * octave / 12.0 + 3);
            cv::resize(noise, noise, frameSize, 0, 0, cv::INTER_CUBIC);
            texture += noise;
        }
        cv::Mat sum;
        cv::merge(std::vector<cv::Mat>{texture, texture * d.real(0.8, 1.2), texture * d.real(0.8, 1.2)}, sum);
        sum += cv::Scalar(base[0] + d.real(-25, 25), base[1] + d.real(-25, 25), base[2] + d.real(-25, 25));
        sum.convertTo(frame, CV_8UC3);
        for (int n = d.integer(0, 3); n > 0; --n) { // a sheet of paper, a pen, a keyboard's edge
            const cv::RotatedRect thing(cv::Point2f(static_cast<float>(d.real(0, frameSize.width)),
                                                    static_cast<float>(d.real(0, frameSize.height))),
                                        cv::Size2f(static_cast<float>(d.real(0.05, 0.5) * frameSize.width),
                                                   static_cast<float>(d.real(0.01, 0.4) * frameSize.height)),
                                        static_cast<float>(d.real(0, 180)));
            cv::Point2f corners[4];
            thing.points(corners);
            std::vector<cv::Point> poly(corners, corners + 4);
            const double shade = d.chance(0.5) ? d.real(200, 250) : d.real(10, 60);
            cv::fillConvexPoly(frame, poly, cv::Scalar(shade, shade + d.real(-8, 8), shade + d.real(-8, 8)),
                               cv::LINE_AA);
        }
    }

    // The pose: a pinhole camera over the document, turned any way, tilted up to 25°.
    const double fov = d.real(55, 75) * CV_PI / 180, focal = frameSize.width / (2 * std::tan(fov / 2));
    const cv::Vec3d axisAngle(d.real(-1, 1) * 25 * CV_PI / 180, d.real(-1, 1) * 25 * CV_PI / 180, d.real(0, 2 * CV_PI));
    const double a = axisAngle[0], b = axisAngle[1], g = axisAngle[2];
    const cv::Matx33d aboutX(1, 0, 0, 0, std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a));
    const cv::Matx33d aboutY(std::cos(b), 0, std::sin(b), 0, 1, 0, -std::sin(b), 0, std::cos(b));
    const cv::Matx33d aboutZ(std::cos(g), -std::sin(g), 0, std::sin(g), std::cos(g), 0, 0, 0, 1);
    const cv::Matx33d rotation = aboutX * aboutY * aboutZ;
    const cv::Point2f centre = (doc.page.tl() + doc.page.br()) * 0.5f;
    auto project = [&](cv::Point2f p, double distance) {
        const cv::Vec3d world = rotation * cv::Vec3d(p.x - centre.x, p.y - centre.y, 0) + cv::Vec3d(0, 0, distance);
        return cv::Point2f(static_cast<float>(focal * world[0] / world[2]),
                           static_cast<float>(focal * world[1] / world[2]));
    };
    const std::vector<cv::Point2f> pageCorners = {
        doc.page.tl(), {doc.page.br().x, doc.page.y}, doc.page.br(), {doc.page.x, doc.page.br().y}};
    const std::vector<cv::Point2f> imageCorners = {
        {0, 0},
        {static_cast<float>(doc.image.cols), 0},
        {static_cast<float>(doc.image.cols), static_cast<float>(doc.image.rows)},
        {0, static_cast<float>(doc.image.rows)}};
    double wantArea = d.real(0.12, 0.45) * frameSize.area();
    double distance = doc.page.width * 2;
    std::vector<cv::Point2f> page(4), whole(4), keep(doc.keepInside.size());
    cv::Point2f shift;
    const bool cut = isCard && m_allowCut && d.chance(0.2);
    bool placed = false;
    for (int attempt = 0; attempt < 60 && !placed; ++attempt) {
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < 4; ++i)
                page[i] = project(pageCorners[i], distance);
            distance *= std::sqrt(std::abs(cv::contourArea(page)) / wantArea);
        }
        for (int i = 0; i < 4; ++i) {
            page[i] = project(pageCorners[i], distance);
            whole[i] = project(imageCorners[i], distance);
        }
        for (std::size_t i = 0; i < keep.size(); ++i)
            keep[i] = project(doc.keepInside[i], distance);
        const cv::Rect2f box = cv::boundingRect(whole);
        const float margin = 0.015f * static_cast<float>(frameSize.width);
        if (!cut) {
            const float spareX = static_cast<float>(frameSize.width) - box.width - 2 * margin;
            const float spareY = static_cast<float>(frameSize.height) - box.height - 2 * margin;
            if (spareX < 0 || spareY < 0) {
                wantArea *= 0.85;
                continue;
            }
            shift = cv::Point2f(margin - box.x + static_cast<float>(d.real(0, spareX)),
                                margin - box.y + static_cast<float>(d.real(0, spareY)));
            placed = true;
        } else {
            shift = cv::Point2f(
                static_cast<float>(d.real(-box.x - box.width * 0.3, frameSize.width - box.x - box.width * 0.7)),
                static_cast<float>(d.real(-box.y - box.height * 0.3, frameSize.height - box.y - box.height * 0.7)));
            bool numberInside = true, cornerOutside = false;
            for (const cv::Point2f& p : keep)
                numberInside = numberInside && p.x + shift.x > margin && p.x + shift.x < frameSize.width - margin &&
                               p.y + shift.y > margin && p.y + shift.y < frameSize.height - margin;
            for (const cv::Point2f& p : page)
                cornerOutside = cornerOutside || p.x + shift.x < 0 || p.y + shift.y < 0 ||
                                p.x + shift.x >= frameSize.width || p.y + shift.y >= frameSize.height;
            placed = numberInside && cornerOutside;
        }
    }
    for (auto* points : {&page, &whole, &keep})
        for (cv::Point2f& p : *points)
            p += shift;

    // The document, through a homography from a copy no sharper than the frame needs.
    const double linear = std::sqrt(std::abs(cv::contourArea(whole)) / doc.image.size().area());
    cv::Mat source = doc.image;
    double sourceScale = 1;
    if (linear < 0.7) {
        sourceScale = std::min(1.0, linear * 1.6);
        cv::resize(doc.image, source, cv::Size(), sourceScale, sourceScale, cv::INTER_AREA);
    }
    std::vector<cv::Point2f> sourceCorners;
    for (const cv::Point2f& p : imageCorners)
        sourceCorners.push_back(p * static_cast<float>(sourceScale));
    const cv::Mat homography = cv::getPerspectiveTransform(sourceCorners, whole);
    cv::Mat warped, mask;
    cv::warpPerspective(source, warped, homography, frameSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    cv::warpPerspective(cv::Mat(source.size(), CV_8UC1, cv::Scalar(255)), mask, homography, frameSize, cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT);
    // A card's edge casts a thin shadow to one side.
    {
        cv::Mat shadow;
        const cv::Mat offset =
            (cv::Mat_<double>(2, 3) << 1, 0, d.real(-4, 4) * frameScale, 0, 1, d.real(1, 6) * frameScale);
        cv::warpAffine(mask, shadow, offset, frameSize);
        cv::GaussianBlur(shadow, shadow, cv::Size(0, 0), 3 * frameScale + 0.5);
        cv::Mat frameF, shadowF;
        frame.convertTo(frameF, CV_32FC3);
        shadow.convertTo(shadowF, CV_32F, -d.real(0.2, 0.45) / 255.0, 1.0);
        cv::Mat shadow3;
        cv::merge(std::vector<cv::Mat>{shadowF, shadowF, shadowF}, shadow3);
        frameF = frameF.mul(shadow3);
        frameF.convertTo(frame, CV_8UC3);
    }
    warped.copyTo(frame, mask > 127);
    {
        cv::Mat edge = (mask > 0) & (mask <= 127); // the anti-aliased rim: half and half
        cv::Mat blend;
        cv::addWeighted(frame, 0.5, warped, 0.5, 0, blend);
        blend.copyTo(frame, edge);
    }
    const cv::Mat documentToFrame = cv::getPerspectiveTransform(imageCorners, whole);
    auto onFrame = [&](cv::Point2f p) {
        std::vector<cv::Point2f> in{p}, out;
        cv::perspectiveTransform(in, out, documentToFrame);
        return out[0];
    };

    cv::Mat frameF;
    frame.convertTo(frameF, CV_32FC3);
    bool textVisible = true;
    // Glare on the laminate or the page's film: a soft bright band.
    if (d.chance(isCard ? 0.35 : 0.15)) {
        cv::Mat glare(frameSize, CV_32F, cv::Scalar(0));
        const cv::Point2f at = onFrame(cv::Point2f(static_cast<float>(d.real(0, doc.page.width)),
                                                   doc.page.y + static_cast<float>(d.real(0, doc.page.height))));
        const double length = d.real(0.3, 0.9) * std::sqrt(std::abs(cv::contourArea(page)));
        cv::ellipse(
            glare,
            cv::RotatedRect(at, cv::Size2f(static_cast<float>(length), static_cast<float>(length * d.real(0.06, 0.25))),
                            static_cast<float>(d.real(0, 180))),
            cv::Scalar(d.real(50, 120)), -1, cv::LINE_AA);
        cv::GaussianBlur(glare, glare, cv::Size(0, 0), length * 0.08 + 1);
        cv::Mat glare3;
        cv::merge(std::vector<cv::Mat>{glare, glare, glare}, glare3);
        frameF += glare3;
    }
    // Fingers holding the document by a corner; a thumb near a card's number (never on it).
    const double shortSide = std::sqrt(std::abs(cv::contourArea(page)) / (doc.page.width / doc.page.height));
    auto fingerWidth = [&] { return std::max(8, cvRound(shortSide * d.real(0.12, 0.2))); };
    cv::Mat covered(frameSize, CV_8UC1, cv::Scalar(0)); // where fingers lie, opaque more than half
    auto finger = [&](cv::Point2f from, cv::Point2f tip, int width) {
        const cv::Scalar skin(d.real(110, 165), d.real(140, 185), d.real(185, 235));
        cv::Mat shape(frameSize, CV_8UC1, cv::Scalar(0));
        cv::line(shape, from, tip, cv::Scalar(255), width, cv::LINE_AA);
        cv::GaussianBlur(shape, shape, cv::Size(0, 0), 1.5 * frameScale + 0.5);
        covered |= shape > 127;
        for (int y = 0; y < frameSize.height; ++y) {
            const uchar* a = shape.ptr<uchar>(y);
            auto* px = frameF.ptr<cv::Vec3f>(y);
            for (int x = 0; x < frameSize.width; ++x)
                if (a[x])
                    for (int ch = 0; ch < 3; ++ch)
                        px[x][ch] = static_cast<float>(px[x][ch] * (1 - a[x] / 255.0) + skin[ch] * 0.9 * a[x] / 255.0);
        }
    };
    for (int n = d.chance(0.3) ? d.integer(1, 2) : 0; n > 0; --n) {
        const cv::Point2f corner = page[static_cast<std::size_t>(d.integer(0, 3))];
        const cv::Point2f middle = (page[0] + page[2]) * 0.5f;
        finger(corner + (corner - middle) * static_cast<float>(d.real(0.5, 1.0)),
               corner + (middle - corner) * static_cast<float>(d.real(0.05, 0.18)), fingerWidth());
    }
    if (isCard && !doc.number.empty() && d.chance(0.12)) { // from below the number, its edge a little under the digits
        const int width = fingerWidth();
        const double perDocPixel = std::sqrt(std::abs(cv::contourArea(page)) / doc.page.area());
        const cv::Point2f under(
            doc.number.x + doc.number.width * static_cast<float>(d.real(0.1, 0.9)),
            doc.number.br().y + static_cast<float>(width / 2.0 / perDocPixel + doc.number.height * d.real(0.3, 0.8)));
        finger(onFrame(under + cv::Point2f(static_cast<float>(d.real(-60, 60)), doc.page.height)), onFrame(under),
               width);
    }
    // Whether all that is read can be seen: none of it under a finger or outside the frame.
    {
        cv::Mat text(frameSize, CV_8UC1, cv::Scalar(0));
        const std::vector<cv::Point2f> box = {onFrame(doc.text.tl()), onFrame({doc.text.br().x, doc.text.y}),
                                              onFrame(doc.text.br()), onFrame({doc.text.x, doc.text.br().y})};
        std::vector<cv::Point> polygon;
        for (const cv::Point2f& p : box) {
            polygon.push_back(p);
            textVisible = textVisible && p.x >= 0 && p.y >= 0 && p.x < frameSize.width && p.y < frameSize.height;
        }
        cv::fillConvexPoly(text, polygon, cv::Scalar(255));
        textVisible = textVisible && cv::countNonZero(text & covered) == 0;
    }
    // Light: a gain (low light at times), a slope, the lens's vignette.
    {
        const bool dim = d.chance(0.2);
        const double gain = dim ? d.real(0.3, 0.5) : d.real(0.75, 1.1), vignette = d.real(0.1, 0.5);
        const double gx = d.real(-0.25, 0.25), gy = d.real(-0.25, 0.25);
        cv::Mat light(frameSize.height / 8 + 1, frameSize.width / 8 + 1, CV_32F);
        for (int y = 0; y < light.rows; ++y)
            for (int x = 0; x < light.cols; ++x) {
                const double u = x / static_cast<double>(light.cols) - 0.5,
                             v = y / static_cast<double>(light.rows) - 0.5;
                light.at<float>(y, x) =
                    static_cast<float>(gain * (1 + gx * u + gy * v) * (1 - vignette * (u * u + v * v) * 2));
            }
        cv::resize(light, light, frameSize, 0, 0, cv::INTER_LINEAR);
        cv::Mat light3;
        cv::merge(std::vector<cv::Mat>{light, light, light}, light3);
        frameF = frameF.mul(light3);
        // Sensor noise: more in low light; chroma noise in blotches.
        cv::Mat noise(frameSize, CV_32FC3);
        const double luma = dim ? d.real(4, 10) : d.real(1.5, 5);
        cv::Mat lumaNoise(frameSize, CV_32F);
        noiseRng.fill(lumaNoise, cv::RNG::NORMAL, 0, luma);
        cv::merge(std::vector<cv::Mat>{lumaNoise, lumaNoise, lumaNoise}, noise);
        frameF += noise;
        cv::Mat chroma(frameSize.height / 3 + 1, frameSize.width / 3 + 1, CV_32FC3);
        noiseRng.fill(chroma, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(dim ? d.real(3, 8) : d.real(1, 4)));
        cv::resize(chroma, chroma, frameSize, 0, 0, cv::INTER_LINEAR);
        frameF += chroma;
    }
    frameF.convertTo(frame, CV_8UC3);
    // Motion and focus.
    if (d.chance(0.25)) {
        const int length = std::max(2, cvRound(d.real(2, 7) * frameScale));
        cv::Mat kernel(length * 2 + 1, length * 2 + 1, CV_32F, cv::Scalar(0));
        const double angle = d.real(0, CV_PI);
        cv::line(kernel,
                 cv::Point(length - cvRound(length * std::cos(angle)), length - cvRound(length * std::sin(angle))),
                 cv::Point(length + cvRound(length * std::cos(angle)), length + cvRound(length * std::sin(angle))),
                 cv::Scalar(1));
        kernel /= cv::sum(kernel)[0];
        cv::filter2D(frame, frame, -1, kernel);
    }
    if (d.chance(0.5))
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), d.real(0.4, 1.3) * frameScale);

    // The lens (radial distortion) and the rolling shutter (rows read one after another while the phone moves).
    const double k1 = d.real(-0.1, 0.06), skew = d.real(-0.015, 0.015);
    const cv::Point2d c(frameSize.width / 2.0, frameSize.height / 2.0);
    const double r2max = c.x * c.x + c.y * c.y;
    auto sourceOf = [&](cv::Point2d p) { // where the undistorted image is sampled for frame pixel p
        const cv::Point2d v = p - c;
        const double f = 1 + k1 * (v.x * v.x + v.y * v.y) / r2max;
        return cv::Point2d(c.x + v.x * f + skew * v.y, c.y + v.y * f);
    };
    {
        cv::Mat mapX(frameSize, CV_32F), mapY(frameSize, CV_32F);
        for (int y = 0; y < frameSize.height; ++y)
            for (int x = 0; x < frameSize.width; ++x) {
                const cv::Point2d s = sourceOf({static_cast<double>(x), static_cast<double>(y)});
                mapX.at<float>(y, x) = static_cast<float>(s.x);
                mapY.at<float>(y, x) = static_cast<float>(s.y);
            }
        cv::Mat lensed;
        cv::remap(frame, lensed, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT);
        frame = lensed;
    }
    Sample out;
    out.kind = kind;
    out.textVisible = textVisible;
    for (int i = 0; i < 4; ++i) { // the corners where the lens put them: sourceOf inverted by fixed-point steps
        cv::Point2d p = page[static_cast<std::size_t>(i)];
        const cv::Point2d target = p;
        for (int step = 0; step < 30; ++step)
            p -= sourceOf(p) - target;
        out.truth.corners[static_cast<std::size_t>(i)] = cv::Point2f(static_cast<float>(p.x), static_cast<float>(p.y));
        out.wholeInFrame = out.wholeInFrame && p.x >= 0 && p.y >= 0 && p.x < frameSize.width && p.y < frameSize.height;
    }
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", frame, jpeg, {cv::IMWRITE_JPEG_QUALITY, d.integer(50, 95)});
    out.frame = cv::imdecode(jpeg, cv::IMREAD_COLOR);
    return out;
}

} // namespace ow::scan::heldout
