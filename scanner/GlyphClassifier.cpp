#include "GlyphClassifier.h"

#include <opencv2/freetype.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace ow::scan {
namespace {

constexpr int kWidth = 16, kHeight = 24;

// A straight streak `length` pixels long at `angle` (radians), summing to one: what a moving camera does to a point.
cv::Mat streakKernel(double length, double angle) {
    const int size = std::max(3, static_cast<int>(std::ceil(length)) | 1);
    cv::Mat kernel(size, size, CV_32F, cv::Scalar(0));
    const cv::Point2d centre((size - 1) / 2.0, (size - 1) / 2.0),
        half(std::cos(angle) * (length - 1) / 2.0, std::sin(angle) * (length - 1) / 2.0);
    cv::line(kernel, centre - half, centre + half, cv::Scalar(1), 1, cv::LINE_AA);
    kernel /= cv::sum(kernel)[0];
    return kernel;
}

} // namespace

cv::Mat glyphFeature(const cv::Mat& glyph) {
    CV_Assert(glyph.type() == CV_8UC1);
    if (glyph.empty())
        return {};
    cv::Mat ink;
    cv::threshold(glyph, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    double lo = 0, hi = 0;
    cv::minMaxLoc(glyph, &lo, &hi);
    if (hi - lo < 30) // no contrast: an empty cell
        return {};
    // The character is the largest blot of ink and what stands above or below it; a sliver of the neighbours at
    // the cell's sides is not part of it.
    cv::Mat labels, stats, centroids;
    const int parts = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    int largest = 0;
    for (int i = 1; i < parts; ++i)
        if (largest == 0 || stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(largest, cv::CC_STAT_AREA))
            largest = i;
    if (largest == 0)
        return {};
    const auto rectOf = [&](int i) {
        return cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                        stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
    };
    cv::Rect box = rectOf(largest);
    const cv::Rect core = box;
    for (int i = 1; i < parts; ++i) {
        const cv::Rect part = rectOf(i);
        const int overlap = std::min(part.br().x, core.br().x) - std::max(part.x, core.x);
        if (i != largest && overlap * 2 >= std::min(part.width, core.width) && stats.at<int>(i, cv::CC_STAT_AREA) > 2)
            box |= part;
    }
    if (box.width < 2 || box.height < 2)
        return {};
    // Kept in proportion: a '1' stays narrow and a '<' low, on a canvas of the grid's shape.
    const double scale = std::min(static_cast<double>(kWidth) / box.width, static_cast<double>(kHeight) / box.height);
    const cv::Size fitted(std::max(1, static_cast<int>(box.width * scale + 0.5)),
                          std::max(1, static_cast<int>(box.height * scale + 0.5)));
    // Ink 1 and paper 0 whatever the light: in a dim hall paper is grey, and left grey it would stand out against
    // the empty canvas around a narrow character as a frame of false ink.
    cv::Mat crop, small;
    glyph(box).convertTo(crop, CV_32F, -1.0 / (hi - lo), hi / (hi - lo));
    cv::max(crop, 0.0, crop);
    cv::min(crop, 1.0, crop);
    cv::resize(crop, small, fitted, 0, 0, cv::INTER_AREA);
    cv::Mat canvas(kHeight, kWidth, CV_32F, cv::Scalar(0));
    small.copyTo(
        canvas(cv::Rect((kWidth - fitted.width) / 2, (kHeight - fitted.height) / 2, fitted.width, fitted.height)));
    cv::GaussianBlur(canvas, canvas, cv::Size(3, 3), 0.6);
    cv::Mat row = canvas.reshape(1, 1).clone();
    row -= cv::mean(row)[0];
    const double norm = cv::norm(row);
    if (norm < 1e-6)
        return {};
    row /= norm;
    // The box's proportions count too: an 'O' and a '0' differ mostly there.
    cv::Mat out;
    cv::hconcat(row, cv::Mat(1, 1, CV_32F, cv::Scalar(static_cast<float>(2.0 * box.width / box.height))), out);
    return out;
}

GlyphClassifier::GlyphClassifier(std::string alphabet, const std::string& fontPath, bool streaked)
    : m_alphabet(std::move(alphabet)) {
    auto font = cv::freetype::createFreeType2();
    try {
        font->loadFontData(fontPath, 0);
    } catch (const cv::Exception&) {
        throw std::runtime_error("the OCR-B font " + fontPath + " cannot be loaded (Debian package fonts-ocr-b)");
    }
    // Each character drawn at several sizes, then thinned, thickened and blurred as print and cameras do.
    for (std::size_t c = 0; c < m_alphabet.size(); ++c) {
        const std::string text(1, m_alphabet[c]);
        // Heights from 12 px up: the small ones, enlarged again, look like print photographed from afar.
        for (int height : {18, 28, 36, 48}) {
            cv::Mat drawn(height * 2, height * 2, CV_8UC3, cv::Scalar::all(255)), canvas; // FreeType draws in colour
            font->putText(drawn, text, {height / 2, height / 3}, height, cv::Scalar::all(0), -1, cv::LINE_AA, false);
            cv::cvtColor(drawn, canvas, cv::COLOR_BGR2GRAY);
            for (int weight = -1; weight <= 1; ++weight) {
                if (height < 28 && weight != 0)
                    continue; // thinned or thickened at that size a character loses its shape
                cv::Mat varied = canvas.clone();
                if (weight < 0)
                    cv::dilate(varied, varied, cv::Mat()); // lighter ink: the paper grows into it
                else if (weight > 0)
                    cv::erode(varied, varied, cv::Mat());
                for (double blur : {0.0, 1.0, 2.0}) {
                    cv::Mat sample = varied;
                    if (blur > 0)
                        cv::GaussianBlur(varied, sample, cv::Size(0, 0), blur * height / 36.0);
                    if (height < 28)
                        cv::resize(sample, sample, cv::Size(), 3.0, 3.0, cv::INTER_CUBIC);
                    const cv::Mat feature = glyphFeature(sample);
                    if (feature.empty())
                        continue;
                    m_samples.push_back(feature);
                    m_label.push_back(static_cast<int>(c));
                }
                // A hand that moved while the shutter was open: the print streaked a quarter or half its height,
                // whichever way the streak lies across the line. For the ID number's digits only: learnt by the
                // zone's classifier too, more of its letters stayed in doubt (tuning zones as brought 84 → 82 %,
                // bold or tight print 88 → 84 %).
                if (!streaked || height != 36 || weight < 0)
                    continue;
                for (double streak : {0.25, 0.5})
                    for (int angle = 0; angle < 180; angle += 45) {
                        cv::Mat sample;
                        cv::filter2D(varied, sample, -1, streakKernel(streak * height, angle * CV_PI / 180),
                                     cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
                        const cv::Mat feature = glyphFeature(sample);
                        if (feature.empty())
                            continue;
                        m_samples.push_back(feature);
                        m_label.push_back(static_cast<int>(c));
                    }
            }
        }
        // In a line, as a reader cuts a cell of touching or blurred print: a window a little narrower than the pitch
        // around the character, with what reaches into it of its neighbours (a filler after an N must not become a K).
        const std::string neighbours = m_alphabet.find('<') != std::string::npos ? "<NMW0K" : "018X";
        for (int height : {24, 40}) {
            int baseline = 0;
            const double advance = (font->getTextSize("00000", height, -1, &baseline).width -
                                    font->getTextSize("0", height, -1, &baseline).width) /
                                   4.0;
            const double capHeight = font->getTextSize("H", height, -1, &baseline).height;
            for (std::size_t k = 0; k < neighbours.size(); ++k) {
                const std::string line{neighbours[k], m_alphabet[c], neighbours[(k + 2) % neighbours.size()]};
                cv::Mat drawn(height * 3, cvRound(advance * 5), CV_8UC3, cv::Scalar::all(255)), canvas;
                const int x0 = cvRound(advance), top = height;
                font->putText(drawn, line, {x0, top}, height, cv::Scalar::all(0), -1, cv::LINE_AA, false);
                cv::cvtColor(drawn, canvas, cv::COLOR_BGR2GRAY);
                for (double blur : {0.0, 1.5}) {
                    cv::Mat sample = canvas;
                    if (blur > 0)
                        cv::GaussianBlur(canvas, sample, cv::Size(0, 0), blur * height / 36.0);
                    const double centre = x0 + advance * 1.5;
                    const int pad = cvRound(capHeight / 5);
                    const cv::Rect window(cvRound(centre - advance * 0.42), std::max(0, top - pad),
                                          cvRound(advance * 0.84) + 1, cvRound(capHeight) + 2 * pad + height / 4);
                    const cv::Mat feature = glyphFeature(sample(window & cv::Rect(0, 0, sample.cols, sample.rows)));
                    if (feature.empty())
                        continue;
                    m_samples.push_back(feature);
                    m_label.push_back(static_cast<int>(c));
                }
            }
        }
    }
}

GlyphClassifier::Reading GlyphClassifier::classify(const cv::Mat& glyph) const {
    const cv::Mat feature = glyphFeature(glyph);
    if (feature.empty())
        return {};
    std::vector<float> best(m_alphabet.size(), 1e9f);
    for (int i = 0; i < m_samples.rows; ++i) {
        const float d = static_cast<float>(cv::norm(m_samples.row(i), feature, cv::NORM_L2SQR));
        best[m_label[i]] = std::min(best[m_label[i]], d);
    }
    std::vector<int> order(m_alphabet.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return best[a] < best[b]; });
    Reading out;
    out.distance = best[order[0]];
    for (int i : order)
        out.ranked.push_back({m_alphabet[static_cast<std::size_t>(i)], best[i]});
    out.choices = out.choicesAmong(m_alphabet);
    return out;
}

namespace {
// Another character within half again the best's distance makes a reading unclear. Measured on the tuning set's
// cards as brought (scan_bench, "calibration", characters read from the straightened run, paper and ink stretched):
// of about 1,720 characters, the wrong ones had their next reading within 1.1 (2), 1.35 (1) and 1.5 (1 of 3) times;
// none beyond 1.5 was. Where only letters may stand — names, codes — no check digit covers the reading: there the
// next must be twice as far (a cut-off A at a name's end was read as a certain J at 1.5).
bool unclearBeside(float distance, float best, bool lettersOnly) {
    return distance <= best * (lettersOnly ? 2.0f : 1.5f) + 0.005f;
}
} // namespace

float GlyphClassifier::Reading::separation(const std::string& allowed) const {
    float first = -1;
    for (const auto& [c, d] : ranked) {
        if (allowed.find(c) == std::string::npos)
            continue;
        if (first < 0)
            first = d;
        else
            return d / std::max(first, 1e-6f);
    }
    return 0;
}

std::string GlyphClassifier::Reading::choicesAmong(const std::string& allowed) const {
    // Other characters close to the best stay as later choices (at most three in all): the reading is unclear.
    const bool lettersOnly = allowed.find_first_of("0123456789") == std::string::npos;
    std::string out;
    float first = 0;
    for (const auto& [c, d] : ranked) {
        if (allowed.find(c) == std::string::npos)
            continue;
        if (out.empty())
            first = d;
        else if (!unclearBeside(d, first, lettersOnly) || out.size() == 3)
            break;
        out += c;
    }
    return out;
}

std::string agreedReading(const std::string& first, const std::string& second) {
    if (first.size() > 3 || second.size() > 3) // not a character in one (a thumb, a blot): not read
        return first.size() >= second.size() ? first : second;
    if (first.size() == 1 && second.size() == 1 && first == second)
        return first;
    if ((first.size() == 1) != (second.size() == 1)) {
        const std::string& sure = first.size() == 1 ? first : second;
        const std::string& other = first.size() == 1 ? second : first;
        if (other.find(sure[0]) != std::string::npos)
            return sure;
    }
    std::string both = first;
    for (char c : second)
        if (both.find(c) == std::string::npos)
            both += c;
    return both;
}

std::optional<std::vector<std::string>> agreedReadings(const std::vector<std::string>& first,
                                                       const std::vector<std::string>& second) {
    if (first.size() != second.size())
        return std::nullopt;
    std::vector<std::string> agreed(first.size());
    int bothCertain = 0, differing = 0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (first[i].empty() || second[i].empty())
            return std::nullopt;
        if (first[i].size() == 1 && second[i].size() == 1) {
            ++bothCertain;
            differing += first[i] != second[i];
        }
        agreed[i] = agreedReading(first[i], second[i]);
    }
    if (bothCertain == 0 || differing * 5 > bothCertain)
        return std::nullopt;
    return agreed;
}

const GlyphClassifier& GlyphClassifier::mrz() {
    static const GlyphClassifier classifier("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<");
    return classifier;
}

const GlyphClassifier& GlyphClassifier::digits() {
    static const GlyphClassifier classifier("0123456789X", kOcrBFont, true);
    return classifier;
}

} // namespace ow::scan
