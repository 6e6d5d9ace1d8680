#include "MrzReader.h"

#include "DocumentDetector.h"
#include "GlyphClassifier.h"
#include "TextLines.h"
#include "Rectify.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numeric>

namespace ow::scan {

namespace {

constexpr double kGlyphHeight = 48; // of a zone's characters in the straightened zone that is read

// The zones `runs` may form: two or three parallel lines of print at one pitch, stacked at a line's spacing —
// each run with the runs beside it, nearest first.
std::vector<std::vector<PrintRun>> zoneCandidates(const std::vector<PrintRun>& runs) {
    std::vector<std::vector<PrintRun>> out;
    std::vector<std::vector<std::size_t>> seen;
    for (std::size_t s = 0; s < runs.size() && out.size() < 8; ++s) {
        const PrintRun& seed = runs[s];
        const cv::Point2f u = seed.direction();
        // The runs parallel to the seed, by their distance across it.
        std::vector<std::pair<double, std::size_t>> stack;
        for (std::size_t o = 0; o < runs.size(); ++o) {
            const PrintRun& other = runs[o];
            const cv::Point2f v = other.direction();
            if (std::abs(u.x * v.y - u.y * v.x) > 0.06 || std::abs(other.pitch - seed.pitch) > 0.15 * seed.pitch ||
                std::abs(other.height - seed.height) > 0.3 * seed.height)
                continue;
            const cv::Point2f d = (other.first + other.last) * 0.5f - (seed.first + seed.last) * 0.5f;
            const double across = -d.x * u.y + d.y * u.x, along = d.x * u.x + d.y * u.y;
            const double halfLength = std::hypot(seed.last.x - seed.first.x, seed.last.y - seed.first.y) / 2;
            if (std::abs(along) < halfLength * 0.5 && std::abs(across) < seed.height * 7)
                stack.push_back({across, o});
        }
        std::sort(stack.begin(), stack.end());
        // The seed's block: neighbours each a line's spacing from the next.
        std::size_t at = 0;
        while (stack[at].second != s)
            ++at;
        std::size_t from = at, to = at;
        const auto spaced = [&](std::size_t a, std::size_t b) {
            const double gap = stack[b].first - stack[a].first;
            return gap > 1.1 * seed.height && gap < 3.2 * seed.height;
        };
        while (from > 0 && spaced(from - 1, from))
            --from;
        while (to + 1 < stack.size() && spaced(to, to + 1))
            ++to;
        for (std::size_t lines : {3u, 2u})
            for (std::size_t first = from; first + lines <= to + 1; ++first) {
                std::vector<std::size_t> ids;
                for (std::size_t k = first; k < first + lines; ++k)
                    ids.push_back(stack[k].second);
                std::sort(ids.begin(), ids.end());
                if (std::find(seen.begin(), seen.end(), ids) != seen.end())
                    continue;
                seen.push_back(ids);
                std::vector<PrintRun> zone;
                for (std::size_t k = first; k < first + lines; ++k)
                    zone.push_back(runs[stack[k].second]);
                out.push_back(std::move(zone));
            }
    }
    return out;
}

} // namespace

std::optional<MrzResult> MrzReader::read(const cv::Mat& document) const {
    cv::Mat grey;
    if (document.channels() == 3)
        cv::cvtColor(document, grey, cv::COLOR_BGR2GRAY);
    else
        grey = document;
    // The zone is found wherever and however it lies — lines of at least 20 characters, two or three of them
    // stacked — then straightened and read either way up.
    std::optional<MrzResult> best;
    for (const std::vector<PrintRun>& zone : zoneCandidates(findPrintRuns(grey, 20))) {
        for (const auto& [view, upsideDown] : bothWaysUp(straightened(grey, zone, kGlyphHeight), zone.front())) {
            if (auto found = readUpright(view)) {
                found->upsideDown = upsideDown;
                if (found->valid)
                    return found;
                if (!best || found->uncertain.size() < best->uncertain.size())
                    best = found;
            }
        }
    }
    return best;
}

std::optional<MrzResult> MrzReader::readUpright(const cv::Mat& grey) const {
    // The zone is at the bottom: its lines are the lowest long lines of small characters.
    cv::Mat ink;
    const int block = static_cast<int>(kGlyphHeight) | 1;
    cv::adaptiveThreshold(grey, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 15);
    std::vector<TextLine> lines =
        textLines(ink, grey, 20, {static_cast<int>(kGlyphHeight / 4), static_cast<int>(kGlyphHeight * 2.2)});
    std::vector<TextLine> zone;
    for (auto it = lines.rbegin(); it != lines.rend() && zone.size() < 3; ++it) {
        if (it->right - it->left < grey.cols / 2)
            continue;
        if (!zone.empty() && std::abs(it->pitch - zone.front().pitch) > zone.front().pitch * 0.15)
            break;
        zone.insert(zone.begin(), *it);
    }
    if (zone.size() < 2)
        return std::nullopt;
    if (zone.size() == 3 && zone[0].bottom < zone[1].top - (zone[1].bottom - zone[1].top) * 2)
        zone.erase(zone.begin()); // a line of other print above a two-line zone
    // How many characters a line holds: TD1 (3 lines) 30; two lines 36 or 44, whichever fits the pitch.
    // (The longest line: a line may have lost a character at an end, never gained one of the zone's.)
    const TextLine& longest = *std::max_element(zone.begin(), zone.end(), [](const TextLine& a, const TextLine& b) {
        return a.right - a.left < b.right - b.left;
    });
    const double span = longest.right - longest.left;
    const double pitch = std::accumulate(zone.begin(), zone.end(), 0.0,
                                         [](double s, const TextLine& l) { return s + l.pitch; }) / zone.size();
    int width = 30;
    if (zone.size() == 2)
        width = std::abs(span / pitch + 1 - 36) < std::abs(span / pitch + 1 - 44) ? 36 : 44;

    const GlyphClassifier& classifier = GlyphClassifier::mrz();
    // Each character is classified among what its position may hold: an O where only a digit stands is weighed
    // against the digits alone.
    const auto alphabets = mrzPositionAlphabets(zone.size(), static_cast<std::size_t>(width));
    std::vector<std::vector<std::string>> candidates;
    std::vector<std::vector<double>> heights; // of each character found on its own (0: touching or broken)
    // A fixed pitch: the characters' centres lie on a grid, centre = first + i × step, and every one of a line's
    // `width` cells holds a character (fillers are printed too). Each line's grid is taken from its own first and
    // last characters — whatever the print's pitch and margins — and then fitted to every centre near it (least
    // squares, each centre given its nearest index), so touching or broken characters do not shift the cells. Where
    // the ends disagree with the rest (a speck beyond the line), the centre most others agree with anchors it instead.
    std::vector<std::vector<double>> centres(zone.size());
    std::vector<double> firsts(zone.size()), steps(zone.size());
    const auto agreeing = [&](const std::vector<double>& cs, double f, double st, double within) {
        int agree = 0;
        for (double c : cs) {
            const double index = std::round((c - f) / st);
            agree += index >= 0 && index < width && std::abs(c - (f + index * st)) < st * within;
        }
        return agree;
    };
    const auto refine = [&](const std::vector<double>& cs, double& first, double& step) {
        for (int round = 0; round < 2; ++round) {
            double n = 0, si = 0, sc = 0, sii = 0, sic = 0;
            for (double c : cs) {
                const double index = std::round((c - first) / step);
                if (index < 0 || index >= width || std::abs(c - (first + index * step)) > step / 3)
                    continue;
                n += 1;
                si += index;
                sc += c;
                sii += index * index;
                sic += index * c;
            }
            const double det = n * sii - si * si;
            if (n < 2 || std::abs(det) < 1e-9)
                break;
            step = (n * sic - si * sc) / det;
            first = (sc - step * si) / n;
        }
    };
    for (std::size_t l = 0; l < zone.size(); ++l) {
        const TextLine& line = zone[l];
        std::vector<double>& cs = centres[l];
        for (const cv::Rect& box : line.boxes)
            cs.push_back(box.x + box.width / 2.0);
        double first = cs.front(), step = (cs.back() - cs.front()) / (width - 1);
        if (std::abs(step - line.pitch) > line.pitch * 0.12 || agreeing(cs, first, step, 0.25) < static_cast<int>(cs.size()) * 6 / 10) {
            step = line.pitch;
            int bestAgree = -1;
            for (std::size_t a = 0; a < std::min<std::size_t>(4, cs.size()); ++a)
                if (const int agree = agreeing(cs, cs[a], step, 0.25); agree > bestAgree) {
                    bestAgree = agree;
                    first = cs[a];
                }
        }
        refine(cs, first, step);
        firsts[l] = first;
        steps[l] = step;
    }
    // The zone's lines begin and end one above the other (Doc 9303: left-aligned, equally long): where a finger, glare
    // or a speck hides or adds a character at one line's end, that line's cells would slip by one. The origin most of
    // the zone agrees with — each line's own, or where its last character puts it — wins, and a line whose own origin
    // is half a cell or more away from it takes it instead.
    {
        std::vector<double> sorted = steps;
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
        const double step = sorted[sorted.size() / 2];
        std::vector<double> origins = firsts;
        for (const auto& cs : centres)
            origins.push_back(cs.back() - (width - 1) * step);
        double best = firsts.front();
        int bestAgree = -1;
        for (double o : origins) {
            int agree = 0;
            for (const auto& cs : centres)
                agree += agreeing(cs, o, step, 1.0 / 3);
            if (agree > bestAgree) {
                bestAgree = agree;
                best = o;
            }
        }
        for (std::size_t l = 0; l < zone.size(); ++l)
            if (std::abs(firsts[l] - best) >= step / 2) {
                firsts[l] = best;
                steps[l] = step;
                refine(centres[l], firsts[l], steps[l]);
            }
    }
    for (std::size_t l = 0; l < zone.size(); ++l) {
        const TextLine& line = zone[l];
        const std::vector<std::string>& alphabet = alphabets[l];
        const double first = firsts[l], step = steps[l];
        const int pad = (line.bottom - line.top) / 5;
        const int top = std::max(0, line.top - pad), bottom = std::min(grey.rows, line.bottom + pad);
        std::vector<std::string> read;
        std::vector<double> height;
        for (int i = 0; i < width; ++i) {
            const double centre = first + i * step;
            // The character found in this cell on its own, cut out by its own outline: nothing of its
            // neighbours comes with it (a sliver of the '<' before a '<' would make it a K).
            cv::Rect cut;
            int inCell = 0;
            for (const cv::Rect& box : line.boxes)
                if (std::abs(box.x + box.width / 2.0 - centre) < step * 0.35) {
                    cut = box;
                    ++inCell;
                }
            // What cannot be a character of the line — larger than its characters, or solid ink (a thumb, a
            // shadow's edge) — or nothing at all is not read: every character its position may hold stays possible.
            // (Read as a filler, or as whatever the blot looks most like, it would be a guess.)
            const std::string& anything = alphabet[static_cast<std::size_t>(i)];
            const bool oversized = inCell == 1 && (cut.height > line.height * 1.3 || cut.width > step * 1.1);
            height.push_back(inCell == 1 ? cut.height : 0);
            if (inCell == 1) {
                const int margin = std::max(2, cut.height / 8);
                cut = cv::Rect(cut.x - margin, cut.y - margin, cut.width + 2 * margin, cut.height + 2 * margin) &
                      cv::Rect(0, 0, grey.cols, grey.rows);
            } else {
                // Touching or broken characters: a little less than the pitch around the cell's centre.
                const int x0 = std::clamp(static_cast<int>(centre - step * 0.42), 0, grey.cols);
                const int x1 = std::clamp(static_cast<int>(centre + step * 0.42) + 1, 0, grey.cols);
                cut = cv::Rect(x0, top, x1 - x0, bottom - top);
            }
            if (oversized || cut.width < 3 || cut.height < 3 || cv::countNonZero(ink(cut)) > 0.75 * cut.area()) {
                read.push_back(anything);
                continue;
            }
            const auto reading = classifier.classify(grey(cut));
            const std::string choices = reading.choicesAmong(anything);
            read.push_back(choices.empty() ? anything : choices);
        }
        candidates.push_back(std::move(read));
        heights.push_back(std::move(height));
    }
    weighLookAlikes(candidates, heights);
    return resolveMrz(candidates);
}

std::optional<MrzResult> readMrzFromPhoto(const cv::Mat& image) {
    const MrzReader reader;
    std::optional<MrzResult> best;
    const Detection found = DocumentDetector().detect(image);
    if (found.found) {
        for (DocumentKind kind : {DocumentKind::Passport, DocumentKind::Id1}) {
            auto read = reader.read(rectify(image, found.quad, kind));
            if (read && read->valid)
                return read;
            if (read && (!best || read->uncertain.size() < best->uncertain.size()))
                best = read;
        }
    }
    auto asIs = reader.read(image);
    if (asIs && (asIs->valid || !best || asIs->uncertain.size() < best->uncertain.size()))
        return asIs;
    return best;
}

} // namespace ow::scan
