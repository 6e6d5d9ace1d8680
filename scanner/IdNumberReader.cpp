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
std::optional<std::vector<cv::Rect>> numberRun(const std::vector<cv::Rect>& boxes) {
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

// A band of print across a straightened card, as one row of ink: its rows and, within them, its columns.
struct Band {
    int top = 0, bottom = 0, left = 0, right = 0;
    int height() const { return bottom - top; }
    int width() const { return right - left; }
};

// Where `counts` (ink per row or per column) stays above `floor`, in spans: gaps narrower than `bridge` bridged.
std::vector<std::pair<int, int>> spans(const cv::Mat& counts, int floor, int bridge) {
    std::vector<std::pair<int, int>> out;
    const int n = static_cast<int>(counts.total());
    for (int i = 0; i < n; ++i) {
        if (counts.at<int>(i) <= floor)
            continue;
        if (!out.empty() && i - out.back().second <= bridge)
            out.back().second = i + 1;
        else
            out.push_back({i, i + 1});
    }
    return out;
}

// Bands of print across a straightened card (`ink`: its print, white): rows of ink a fortieth to an eighth of the
// card tall, less the card's own edges.
std::vector<Band> printBands(const cv::Mat& ink) {
    cv::Mat rows;
    cv::reduce(ink / 255, rows, 1, cv::REDUCE_SUM, CV_32S);
    std::vector<Band> out;
    const int edge = ink.cols / 50;
    for (const auto& [top, bottom] : spans(rows, ink.cols / 60, 1))
        if (bottom - top >= ink.rows / 40 && bottom - top <= ink.rows / 8)
            out.push_back({top, bottom, edge, ink.cols - edge});
    return out;
}

// Where along a band's `columns` (ink per column) 18 cells `step` wide (give or take 10 %) stand best: each with
// ink, the 17 edges between them crossing the least ink, and blank paper half a step before and after (weighed
// thrice: a grid one cell out of step still has ink in every cell, but not blank paper at both ends; the band's
// ends count as blank, for a number may end at the card's edge). The first cell's start and the step; nothing when
// no place has ink in every cell.
std::optional<std::pair<double, double>> fitCells(const cv::Mat& columns, double step) {
    const int n = static_cast<int>(columns.total());
    std::vector<int> sum(static_cast<std::size_t>(n) + 1, 0); // running sums, for the ink between two columns
    for (int i = 0; i < n; ++i)
        sum[static_cast<std::size_t>(i) + 1] = sum[static_cast<std::size_t>(i)] + columns.at<int>(i);
    const auto inkIn = [&](double from, double to) {
        const int a = std::clamp(static_cast<int>(std::lround(from)), 0, n);
        const int b = std::clamp(static_cast<int>(std::lround(to)), 0, n);
        return b > a ? sum[static_cast<std::size_t>(b)] - sum[static_cast<std::size_t>(a)] : 0;
    };
    double bestScore = 1e18;
    std::optional<std::pair<double, double>> best;
    for (double s = step * 0.9; s <= step * 1.1; s += step * 0.005) {
        for (double origin = 0; origin + kLength * s <= n; origin += 1) {
            double score =
                3.0 * (inkIn(origin - s / 2, origin) + inkIn(origin + kLength * s, origin + (kLength + 0.5) * s));
            bool inked = true;
            for (int k = 0; k < kLength && inked; ++k) {
                const double x = origin + k * s;
                if (k > 0)
                    score += inkIn(x - 1, x + 1);
                inked = inkIn(x + s * 0.2, x + s * 0.8) > 0;
            }
            if (inked && score < bestScore) {
                bestScore = score;
                best = std::pair{origin, s};
            }
        }
    }
    return best;
}

// The step of a run of evenly spaced characters: the lag, between half and twice their height, at which the ink of
// its columns is most like itself.
double stepOf(const cv::Mat& columns, int height) {
    const int n = static_cast<int>(columns.total());
    std::vector<double> c(static_cast<std::size_t>(n));
    double mean = 0;
    for (int i = 0; i < n; ++i)
        mean += c[static_cast<std::size_t>(i)] = columns.at<int>(i);
    mean /= std::max(1, n);
    for (double& v : c)
        v -= mean;
    const int from = std::max(2, height / 2), to = std::min(n / 4, height * 2);
    std::vector<double> likeness;
    double best = 0;
    for (int lag = from; lag <= to; ++lag) {
        double sum = 0, a = 0, b = 0;
        for (int i = 0; i + lag < n; ++i) {
            sum += c[static_cast<std::size_t>(i)] * c[static_cast<std::size_t>(i + lag)];
            a += c[static_cast<std::size_t>(i)] * c[static_cast<std::size_t>(i)];
            b += c[static_cast<std::size_t>(i + lag)] * c[static_cast<std::size_t>(i + lag)];
        }
        likeness.push_back(sum / std::max(1e-9, std::sqrt(a * b)));
        best = std::max(best, likeness.back());
    }
    // The first peak nearly as high as the highest: digits that repeat every other place (0707) make twice the step
    // a peak too.
    for (std::size_t i = 1; i + 1 < likeness.size(); ++i)
        if (likeness[i] >= 0.75 * best && likeness[i] >= likeness[i - 1] && likeness[i] >= likeness[i + 1])
            return best > 0.2 ? from + static_cast<double>(i) : 0;
    return 0;
}

// One character of the number read from `cell` of `grey` (dark print) into `choices`, with how clearly into
// `separations`: digits only before the check character, which may be an X. What cannot be a character — no
// `digitCell` (the caller found it too tall), or a digit's cell of solid ink (a thumb over it) — is not read: any
// character may stand there.
void readCharacter(const cv::Mat& grey, const cv::Mat& ink, const cv::Rect& cell, const cv::Rect& digitCell,
                   std::vector<std::string>& choices, std::vector<float>& separations) {
    const char* allowed = choices.size() < kLength - 1 ? "0123456789" : "0123456789X";
    if (digitCell.empty() || cell.empty() || cv::countNonZero(ink(digitCell)) > 0.75 * digitCell.area()) {
        separations.push_back(1.0f);
        choices.emplace_back(allowed);
        return;
    }
    const auto reading = GlyphClassifier::digits().classify(grey(cell));
    std::string among = reading.choicesAmong(allowed);
    separations.push_back(reading.separation(allowed));
    choices.push_back(among.empty() ? std::string(allowed) : among);
}

// The 18 characters' choices read from a `band` of `view` (its print: `ink`), in cells fitted at the band's own
// step; nothing when no step or no place for 18 cells is found.
std::optional<std::vector<std::string>> readBand(const cv::Mat& view, const cv::Mat& ink, const Band& band,
                                                 std::vector<float>& separations) {
    cv::Mat columns;
    cv::reduce(ink(cv::Rect(band.left, band.top, band.width(), band.height())) / 255, columns, 0, cv::REDUCE_SUM,
               CV_32S);
    const double step = stepOf(columns, band.height());
    const auto fitted = step > 0 ? fitCells(columns, step) : std::nullopt;
    if (!fitted)
        return std::nullopt;
    const auto [origin, cellStep] = *fitted;
    std::vector<std::string> choices;
    const cv::Rect bounds(0, 0, view.cols, view.rows);
    const int padY = band.height() / 5 + 2;
    for (int k = 0; k < kLength; ++k) {
        const double centre = band.left + origin + (k + 0.5) * cellStep;
        const int left = static_cast<int>(centre - cellStep * 0.42);
        const int right = static_cast<int>(centre + cellStep * 0.42) + 1;
        const cv::Rect cell = cv::Rect(left, band.top - padY, right - left, band.height() + 2 * padY) & bounds;
        const cv::Rect digitCell = cv::Rect(left, band.top, right - left, band.height()) & bounds;
        readCharacter(view, ink, cell, digitCell, choices, separations);
    }
    return choices;
}

// Of two readings that are not valid, the one to report: one whose check character fits (the printed number of
// someone the rules turn away, born before 1900, say), then the one with fewer characters unsure.
bool better(const IdNumberReading& a, const IdNumberReading& b) {
    if (a.checkCharacterMatches != b.checkCharacterMatches)
        return a.checkCharacterMatches;
    return a.uncertain < b.uncertain;
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
    // Either way up; a valid number wins, then the better of the rest (see better()).
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
                        if (!best || better(*found, *best))
                            best = found;
                    }
                }
            }
        }
    }
    // A straightened card (ID-1, either way round) whose number was not found character by character — its
    // characters touch, or thin ones stand too far apart to chain — is read band by band.
    // Neither alone valid, the two readings are taken together (see agreedIdNumber).
    const double aspect = static_cast<double>(grey.cols) / std::max(1, grey.rows);
    if (aspect > 1.45 && aspect < 1.72) {
        auto banded = readBands(grey);
        if (banded && (banded->valid || !best))
            return banded;
        if (banded && best)
            if (auto agreed = agreedIdNumber(*best, *banded, m_today); agreed && agreed->valid)
                return agreed;
    }
    return best;
}

std::optional<IdNumberReading> IdNumberReader::readUpright(const cv::Mat& grey, int margin) const {
    const cv::Mat ink = darkerThanAround(grey, static_cast<int>(kGlyphHeight) | 1, margin);
    const auto lines =
        textLines(ink, grey, kLength, {static_cast<int>(kGlyphHeight / 3), static_cast<int>(kGlyphHeight * 2)});
    // The number is the line the cut was made along, across its middle: the nearest line to that first.
    std::vector<const TextLine*> nearest;
    for (const TextLine& line : lines)
        nearest.push_back(&line);
    const auto offMiddle = [&](const TextLine* line) { return std::abs(line->top + line->bottom - grey.rows); };
    std::stable_sort(nearest.begin(), nearest.end(),
                     [&](const TextLine* a, const TextLine* b) { return offMiddle(a) < offMiddle(b); });
    for (const TextLine* line : nearest) {
        const auto run = numberRun(line->boxes);
        if (!run)
            continue;
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
            // What is taller than the number's characters is not one of them: any character may stand there.
            // (Ink counted over a digit's usual width: a narrow 1 fills its own outline.)
            const int w = std::max(box.width, usualWidth);
            const cv::Rect digitCell =
                cv::Rect(box.x + box.width / 2 - w / 2, box.y, w, box.height) & cv::Rect(0, 0, ink.cols, ink.rows);
            readCharacter(grey, ink, cell, box.height > usualHeight * 1.3 ? cv::Rect() : digitCell, choices,
                          separations);
        }
        IdNumberReading out = settledIdNumber(choices, m_today);
        out.separations = separations;
        return out;
    }
    return std::nullopt;
}

std::optional<IdNumberReading> IdNumberReader::readBands(const cv::Mat& card) const {
    // On a card straightened at a thousand pixels across, the number's digits are 25 to 45 tall.
    cv::Mat grey;
    cv::resize(card, grey, cv::Size(1000, cvRound(1000.0 * card.rows / card.cols)), 0, 0, cv::INTER_AREA);
    std::optional<IdNumberReading> best;
    for (bool turned : {false, true}) {
        if (turned)
            cv::rotate(grey, grey, cv::ROTATE_180);
        // As seen, with the usual margin of darkness and a narrower one; then with its paper levelled (a glare's
        // slope across the number left part of a digit lighter than the paper beside it).
        cv::Mat levelled;
        for (int pass = 0; pass < 3; ++pass) {
            if (pass == 2)
                levelled = paperLevelled(grey, 80);
            const cv::Mat& view = pass == 2 ? levelled : grey;
            const cv::Mat ink = darkerThanAround(view, 31, pass == 1 ? 15 : 25);
            for (const Band& band : printBands(ink)) {
                std::vector<float> separations;
                const auto choices = readBand(view, ink, band, separations);
                if (!choices)
                    continue;
                IdNumberReading found = settledIdNumber(*choices, m_today);
                found.separations = separations;
                found.upsideDown = turned;
                if (found.valid)
                    return found;
                if (!best || better(found, *best))
                    best = found;
            }
        }
    }
    return best;
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
