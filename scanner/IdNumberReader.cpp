#include "IdNumberReader.h"

#include "DocumentDetector.h"
#include "GlyphClassifier.h"
#include "Rectify.h"
#include "TextLines.h"

#include "domain/IdNumber.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::scan {
namespace {

constexpr int kLength = 18;
constexpr double kGlyphHeight = 32; // of the number's digits in the straightened run that is read

// Of a line's characters, the 18 in a row that are most alike in height and most evenly spaced.
std::optional<std::vector<cv::Rect>> numberRun(const TextLine& line) {
    const auto& boxes = line.boxes;
    if (static_cast<int>(boxes.size()) < kLength)
        return std::nullopt;
    double bestSpread = 1e9;
    std::size_t bestStart = 0;
    for (std::size_t start = 0; start + kLength <= boxes.size(); ++start) {
        double meanGap = 0, meanHeight = 0;
        for (int i = 0; i < kLength; ++i) {
            meanHeight += boxes[start + i].height;
            if (i > 0)
                meanGap += (boxes[start + i].x + boxes[start + i].width / 2.0) -
                           (boxes[start + i - 1].x + boxes[start + i - 1].width / 2.0);
        }
        meanGap /= kLength - 1;
        meanHeight /= kLength;
        double spread = 0;
        for (int i = 0; i < kLength; ++i) {
            spread += std::abs(boxes[start + i].height - meanHeight) / meanHeight;
            if (i > 0) {
                const double gap = (boxes[start + i].x + boxes[start + i].width / 2.0) -
                                   (boxes[start + i - 1].x + boxes[start + i - 1].width / 2.0);
                spread += std::abs(gap - meanGap) / meanGap;
            }
        }
        if (spread < bestSpread) {
            bestSpread = spread;
            bestStart = start;
        }
    }
    if (bestSpread > kLength * 0.35) // not a printed number: too uneven
        return std::nullopt;
    return std::vector<cv::Rect>(boxes.begin() + static_cast<long>(bestStart),
                                 boxes.begin() + static_cast<long>(bestStart) + kLength);
}

} // namespace

IdNumberReader::IdNumberReader(std::string todayIso)
    : m_today(std::move(todayIso)) {}

std::optional<IdNumberReading> IdNumberReader::read(const cv::Mat& card) const {
    cv::Mat grey;
    if (card.channels() == 3)
        cv::cvtColor(card, grey, cv::COLOR_BGR2GRAY);
    else
        grey = card;
    // Either way up; a valid number wins, then one whose check character fits (the printed number of someone the
    // rules turn away, born before 1900, say), then whatever was read.
    // Print is told from the card's pattern by how much darker it is than its surroundings; where the usual
    // margin finds no valid number (faint print, a dark pattern), a narrower and a wider one are tried.
    // The number is found wherever and however it lies — runs of at least 18 characters — then straightened.
    // Where none of that reads, the run is read again with its paper levelled (a shadow's or a glare's slope across
    // the number made some digits' ink uneven). Levelled first, a thumb wider than the closing came out hollow — a
    // blot read as a certain 0 — so the run as seen is read first.
    std::optional<IdNumberReading> best;
    const std::vector<PrintRun> runs = findPrintRuns(grey, kLength);
    std::vector<cv::Mat> cuts(std::min<std::size_t>(runs.size(), 6)); // each run straightened once, when first read
    for (bool levelled : {false, true}) {
        for (std::size_t r = 0; r < cuts.size(); ++r) {
            if (cuts[r].empty())
                cuts[r] = straightened(grey, {runs[r]}, kGlyphHeight);
            const auto views =
                bothWaysUp(levelled ? paperLevelled(cuts[r], static_cast<int>(kGlyphHeight * 2)) : cuts[r], runs[r]);
            for (int margin : {25, 15, 35}) {
                for (const auto& [view, upsideDown] : views) {
                    if (auto found = readUpright(view, margin)) {
                        found->upsideDown = upsideDown;
                        if (found->valid)
                            return found;
                        if (!best || (found->checkCharacterMatches && !best->checkCharacterMatches))
                            best = found;
                    }
                }
            }
        }
    }
    return best;
}

std::optional<IdNumberReading> IdNumberReader::readUpright(const cv::Mat& grey, int margin) const {
    const cv::Mat ink = darkerThanAround(grey, static_cast<int>(kGlyphHeight) | 1, margin);
    const auto lines =
        textLines(ink, grey, kLength, {static_cast<int>(kGlyphHeight / 3), static_cast<int>(kGlyphHeight * 2)});
    // The number is the lowest such run on the card's front.
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const auto run = numberRun(*it);
        if (!run)
            continue;
        const GlyphClassifier& classifier = GlyphClassifier::digits();
        std::vector<std::string> choices;
        std::vector<float> separations;
        std::vector<int> tall, wide;
        for (const cv::Rect& box : *run) {
            tall.push_back(box.height);
            wide.push_back(box.width);
        }
        std::nth_element(tall.begin(), tall.begin() + kLength / 2, tall.end());
        std::nth_element(wide.begin(), wide.begin() + kLength / 2, wide.end());
        const int usualHeight = tall[kLength / 2], usualWidth = wide[kLength / 2];
        for (const cv::Rect& box : *run) {
            const int padX = box.width / 4 + 2, padY = box.height / 5 + 2;
            const cv::Rect cell = cv::Rect(box.x - padX, box.y - padY, box.width + 2 * padX, box.height + 2 * padY) &
                                  cv::Rect(0, 0, grey.cols, grey.rows);
            // Digits only before the check character, which may be an X.
            const char* allowed = choices.size() < 17 ? "0123456789" : "0123456789X";
            // What cannot be one of the number's characters — taller than they are, or solid ink (a thumb over
            // it) — is not read: any character may stand there.
            // (Ink counted over a digit's usual width: a narrow 1 fills its own outline.)
            const int w = std::max(box.width, usualWidth);
            const cv::Rect digitCell =
                cv::Rect(box.x + box.width / 2 - w / 2, box.y, w, box.height) & cv::Rect(0, 0, ink.cols, ink.rows);
            if (box.height > usualHeight * 1.3 || cv::countNonZero(ink(digitCell)) > 0.75 * digitCell.area()) {
                separations.push_back(1.0f);
                choices.emplace_back(allowed);
                continue;
            }
            const auto reading = classifier.classify(grey(cell));
            std::string among = reading.choicesAmong(allowed);
            separations.push_back(reading.separation(allowed));
            if (among.empty())
                among = allowed;
            choices.push_back(among);
        }
        IdNumberReading out = settledIdNumber(choices, m_today);
        out.separations = separations;
        return out;
    }
    return std::nullopt;
}

IdNumberReading settledIdNumber(const std::vector<std::string>& choices, const std::string& todayIso) {
    IdNumberReading out;
    out.choices = choices;
    if (choices.size() != kLength)
        return out;
    std::string first;
    for (const std::string& c : choices)
        first += c.empty() ? '0' : c[0];
    out.number = first;
    out.checkCharacterMatches = IdNumber::checkCharacter(std::string_view(first).substr(0, 17)) == first[17];
    // An uncertain character (read more than one way) may be settled by the check character when it is the only
    // one: MOD 11-2 lets exactly one character stand at any one position. Two or more are not guessed at — two
    // wrong digits keep the sum one time in eleven, and the region and date rules catch only most of those.
    auto accept = [&](const std::string& number) {
        if (!IdNumber::isValid(number, todayIso))
            return false;
        out.number = number;
        out.valid = true;
        out.checkCharacterMatches = true;
        out.birthDate = IdNumber::birthDate(number);
        out.male = IdNumber::isMale(number);
        return true;
    };
    std::vector<int> open;
    for (int i = 0; i < kLength; ++i)
        if (choices[static_cast<std::size_t>(i)].size() > 1)
            open.push_back(i);
    if (!accept(first)) {
        // Not a character that was not read at all: the check character would then only fill it in, and no
        // longer see a misread elsewhere.
        if (open.size() == 1 && choices[static_cast<std::size_t>(open.front())].size() < 10) {
            const int at = open.front();
            for (char c : choices[static_cast<std::size_t>(at)]) {
                std::string n = first;
                n[static_cast<std::size_t>(at)] = c;
                if (IdNumber::checkCharacter(std::string_view(n).substr(0, 17)) == n[17] && accept(n))
                    break;
            }
        }
    } else if (open.size() > 1) {
        out.valid = false; // valid as first read, but two or more characters could as well be others
    }
    out.uncertain = static_cast<int>(open.size()) - (out.valid && open.size() == 1 ? 1 : 0);
    return out;
}

std::optional<IdNumberReading> agreedIdNumber(const IdNumberReading& a, const IdNumberReading& b,
                                              const std::string& todayIso) {
    if (a.choices.size() != kLength)
        return std::nullopt;
    const auto agreed = agreedReadings(a.choices, b.choices);
    if (!agreed)
        return std::nullopt;
    IdNumberReading out = settledIdNumber(*agreed, todayIso);
    out.upsideDown = a.upsideDown;
    return out;
}

std::optional<IdNumberReading> readIdNumberFromPhoto(const cv::Mat& image, const std::string& todayIso) {
    const IdNumberReader reader(todayIso);
    std::optional<IdNumberReading> best;
    const Detection found = DocumentDetector().detect(image);
    if (found.found) {
        best = reader.read(rectify(image, found.quad, DocumentKind::Id1));
        if (best && best->valid)
            return best;
    }
    auto asIs = reader.read(image);
    if (asIs && asIs->valid)
        return asIs;
    // Neither alone: the straightened card and the photo resampled another way, taken together.
    if (best && asIs)
        if (auto agreed = agreedIdNumber(*best, *asIs, todayIso); agreed && agreed->valid)
            return agreed;
    if (asIs && !best)
        return asIs;
    return best;
}

} // namespace ow::scan
