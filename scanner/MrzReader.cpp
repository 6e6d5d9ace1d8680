#include "MrzReader.h"

#include "DocumentDetector.h"
#include "GlyphClassifier.h"
#include "Rectify.h"
#include "TextLines.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numeric>

namespace ow::scan {

namespace {

constexpr double kGlyphHeight = 48; // of a zone's characters in the straightened zone that is read

// Where a line's characters stand: the centre of cell i at (a·i + b) / (c·i + 1). Evenly spaced on the document,
// the cells are drawn closer together where the document leans away from the camera, by a projective map along
// the line (c = 0: a line seen square on, a pitch of a).
struct CellGrid {
    double a = 1, b = 0, c = 0;

    static CellGrid even(double first, double step) { return {step, first, 0}; }
    double at(double i) const { return (a * i + b) / (c * i + 1); }
    double step(double i) const { return (a - b * c) / ((c * i + 1) * (c * i + 1)); } // d at / d i
    double index(double x) const { return (x - b) / (a - c * x); }
    // The same lean and pitch, moved along the line so that cell 0 is at `x` (or cell `i` at `x`).
    CellGrid startingAt(double x) const { return endingAt(x, 0); }
    CellGrid endingAt(double x, double i) const {
        CellGrid g = *this;
        g.b += x - at(i);
        return g;
    }
    // How many `centres` sit within `within` of a cell of the line's `width`.
    int agreeing(const std::vector<double>& centres, int width, double within) const {
        int agree = 0;
        for (double x : centres) {
            const double i = std::round(index(x));
            agree += i >= 0 && i < width && std::abs(x - at(i)) < step(i) * within;
        }
        return agree;
    }
    // The grid the centres themselves give, walked from the first: each next centre one cell on (or more, across a
    // gap) at the pitch of the last few, which changes slowly along a leaning line; a centre less than half a cell on
    // is a broken character's other part. Then fitted.
    static CellGrid walked(const std::vector<double>& centres, double pitch, int width) {
        CellGrid grid = even(centres.front(), pitch);
        std::vector<double> indices{0};
        double local = pitch, at = 0;
        for (std::size_t k = 1; k < centres.size(); ++k) {
            const double gap = centres[k] - centres[k - 1];
            const double cells = std::round(gap / local);
            if (cells < 1) {
                indices.push_back(-1); // part of the last one
                continue;
            }
            at += cells;
            indices.push_back(at);
            if (cells == 1)
                local = 0.7 * local + 0.3 * gap;
        }
        std::vector<std::pair<double, double>> matched;
        for (std::size_t k = 0; k < centres.size(); ++k)
            if (indices[k] >= 0 && indices[k] < width)
                matched.push_back({indices[k], centres[k]});
        grid.fitTo(matched, width);
        grid.fit(centres, width);
        return grid;
    }
    // Fitted to the centres within a third of a cell of one (each given its nearest index), by least squares on
    // a·i + b − c·i·x = x; a lean is kept only when enough of the line supports it and it stays a lean (the far
    // end no less than half the near end's pitch), else an even pitch is fitted.
    void fit(const std::vector<double>& centres, int width) {
        for (int round = 0; round < 3; ++round) {
            std::vector<std::pair<double, double>> matched;
            for (double x : centres) {
                const double i = std::round(index(x));
                if (i >= 0 && i < width && std::abs(x - at(i)) <= step(i) / 3)
                    matched.push_back({i, x});
            }
            if (!fitTo(matched, width))
                return;
        }
    }
    // Least squares on pairs of (index, centre); false (and unchanged) when they cannot make a grid.
    bool fitTo(const std::vector<std::pair<double, double>>& matched, int width) {
        if (matched.size() < 2)
            return false;
        const double spanned = matched.back().first - matched.front().first;
        cv::Mat A(static_cast<int>(matched.size()), 3, CV_64F), y(static_cast<int>(matched.size()), 1, CV_64F), p;
        for (int r = 0; r < A.rows; ++r) {
            const auto [i, x] = matched[static_cast<std::size_t>(r)];
            A.at<double>(r, 0) = i;
            A.at<double>(r, 1) = 1;
            A.at<double>(r, 2) = -i * x;
            y.at<double>(r, 0) = x;
        }
        CellGrid next = *this;
        bool leans = false;
        if (matched.size() >= 8 && spanned >= width / 2 && cv::solve(A, y, p, cv::DECOMP_SVD)) {
            next = {p.at<double>(0), p.at<double>(1), p.at<double>(2)};
            const double near = next.step(0), far = next.step(width - 1);
            leans = near > 0 && far > 0 && std::min(near, far) > 0.5 * std::max(near, far);
        }
        if (!leans) {
            if (!cv::solve(A.colRange(0, 2), y, p, cv::DECOMP_SVD))
                return false;
            next = {p.at<double>(0), p.at<double>(1), 0};
        }
        if (!(next.a > 0))
            return false;
        *this = next;
        return true;
    }
};

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
        const cv::Mat cut = paperLevelled(straightened(grey, zone, kGlyphHeight), kGlyphHeight * 3 / 4);
        // Read as it is, then — where that reads nothing valid — sharpened: soft print (small, out of focus, bold
        // ink run together) has its strokes' edges steepened by taking away its blur at a sixteenth of a character's
        // height (an unsharp mask of weight 1), so look-alikes differ more as printed.
        for (const bool sharpen : {false, true}) {
            cv::Mat print = cut;
            if (sharpen) {
                cv::Mat soft, sharper;
                cv::GaussianBlur(cut, soft, cv::Size(), kGlyphHeight / 16);
                cv::addWeighted(cut, 2, soft, -1, 0, sharper);
                print = sharper;
            }
            for (const auto& [view, upsideDown] : bothWaysUp(print, zone.front())) {
                if (auto found = readUpright(view)) {
                    found->upsideDown = upsideDown;
                    if (found->valid)
                        return found;
                    if (!best || found->uncertain.size() < best->uncertain.size())
                        best = found;
                }
            }
        }
    }
    return best;
}

std::optional<MrzResult> MrzReader::readUpright(const cv::Mat& grey, bool squared) const {
    // The zone is at the bottom: its lines are the lowest long lines of small characters.
    const cv::Mat ink = darkerThanAround(grey, static_cast<int>(kGlyphHeight) | 1, 15);
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
    // How many characters a line holds: TD1 (3 lines) 30; two lines 36 or 44, whichever is nearer the cells the
    // longest line spans (walked from its own characters, so a zone leaning away — its far characters closer
    // together — is counted right; a line may have lost a character at an end, never gained one of the zone's).
    std::vector<std::vector<double>> centres(zone.size()); // of each line's characters, left to right
    for (std::size_t l = 0; l < zone.size(); ++l)
        for (const cv::Rect& box : zone[l].boxes)
            centres[l].push_back(box.x + box.width / 2.0);
    int width = 30;
    if (zone.size() == 2) {
        double spanned = 0;
        for (std::size_t l = 0; l < zone.size(); ++l) {
            const std::vector<double>& cs = centres[l];
            spanned = std::max(spanned, std::round(CellGrid::walked(cs, zone[l].pitch, 44).index(cs.back())) + 1);
        }
        width = std::abs(spanned - 36) < std::abs(spanned - 44) ? 36 : 44;
    }

    const GlyphClassifier& classifier = GlyphClassifier::mrz();
    // Each character is classified among what its position may hold: an O where only a digit stands is weighed
    // against the digits alone.
    const auto alphabets = mrzPositionAlphabets(zone.size(), static_cast<std::size_t>(width));
    std::vector<std::vector<std::string>> candidates;
    std::vector<std::vector<double>> heights; // of each character found on its own (0: touching or broken)
    // A fixed pitch: the characters' centres lie on a grid (CellGrid: even on the document, drawn closer together
    // where it leans away from the camera), and every one of a line's `width` cells holds a character (fillers are
    // printed too). Each line's grid is taken from its own first and last characters — whatever the print's pitch
    // and margins — and then fitted to every centre near it (least squares, each centre given its nearest index),
    // so touching or broken characters do not shift the cells. Where the ends disagree with the rest (a speck beyond
    // the line), the centre most others agree with anchors it instead.
    std::vector<CellGrid> grids(zone.size());
    for (std::size_t l = 0; l < zone.size(); ++l) {
        const TextLine& line = zone[l];
        const std::vector<double>& cs = centres[l];
        CellGrid grid = CellGrid::walked(cs, line.pitch, width);
        if (grid.agreeing(cs, width, 0.25) < static_cast<int>(cs.size()) * 6 / 10) {
            int bestAgree = -1;
            for (std::size_t a = 0; a < std::min<std::size_t>(4, cs.size()); ++a)
                if (const int agree = CellGrid::even(cs[a], line.pitch).agreeing(cs, width, 0.25); agree > bestAgree) {
                    bestAgree = agree;
                    grid = CellGrid::even(cs[a], line.pitch);
                }
        }
        grid.fit(cs, width);
        grids[l] = grid;
    }
    // The zone's lines begin and end one above the other (Doc 9303: left-aligned, equally long): where a finger, glare
    // or a speck hides or adds a character at one line's end, that line's cells would slip by one. The origin most of
    // the zone agrees with — each line's own, or where its last character puts it — wins, and a line whose own origin
    // is half a cell or more away from it takes it instead (with its own pitch and lean).
    {
        std::vector<double> origins;
        for (std::size_t l = 0; l < zone.size(); ++l) {
            origins.push_back(grids[l].at(0));
            origins.push_back(grids[l].endingAt(centres[l].back(), width - 1).at(0));
        }
        double best = origins.front();
        int bestAgree = -1;
        for (double o : origins) {
            int agree = 0;
            for (std::size_t l = 0; l < zone.size(); ++l)
                agree += grids[l].startingAt(o).agreeing(centres[l], width, 1.0 / 3);
            if (agree > bestAgree) {
                bestAgree = agree;
                best = o;
            }
        }
        for (std::size_t l = 0; l < zone.size(); ++l)
            if (std::abs(grids[l].at(0) - best) >= grids[l].step(0) / 2) {
                grids[l] = grids[l].startingAt(best);
                grids[l].fit(centres[l], width);
            }
    }
    // A zone leaning away from the camera (its pitch changing along the lines by more than a few per cent) has its
    // characters narrowed towards the far end as well as made smaller: it is squared up — the ends of its first and
    // last lines, which stand at the corners of a rectangle on the document, put at the corners of one — and read
    // again, as printed.
    if (!squared) {
        const CellGrid& top = grids.front();
        const CellGrid& low = grids.back();
        const double lean =
            std::max(std::abs(top.step(0) / top.step(width - 1) - 1), std::abs(low.step(0) / low.step(width - 1) - 1));
        if (lean > 0.06) {
            // Each line's course: its characters' middles, y = α + β·x.
            const auto course = [](const TextLine& line) {
                cv::Mat A(static_cast<int>(line.boxes.size()), 2, CV_64F), y(A.rows, 1, CV_64F), p;
                for (int r = 0; r < A.rows; ++r) {
                    const cv::Rect& box = line.boxes[static_cast<std::size_t>(r)];
                    A.at<double>(r, 0) = 1;
                    A.at<double>(r, 1) = box.x + box.width / 2.0;
                    y.at<double>(r, 0) = box.y + box.height / 2.0;
                }
                cv::solve(A, y, p, cv::DECOMP_SVD);
                return std::pair{p.at<double>(0), p.at<double>(1)};
            };
            const auto [a0, b0] = course(zone.front());
            const auto [a1, b1] = course(zone.back());
            const auto on = [](const CellGrid& g, double alpha, double beta, double i) {
                const double x = g.at(i);
                return cv::Point2f(static_cast<float>(x), static_cast<float>(alpha + beta * x));
            };
            const double middle = (width - 1) / 2.0;
            const double pitch = (top.step(middle) + low.step(middle)) / 2;
            const double spacing = on(low, a1, b1, middle).y - on(top, a0, b0, middle).y;
            const double x0 = 2 * pitch, y0 = kGlyphHeight * 2, length = (width - 1) * pitch;
            if (spacing > 0) {
                const std::vector<cv::Point2f> from = {on(top, a0, b0, 0), on(top, a0, b0, width - 1),
                                                       on(low, a1, b1, width - 1), on(low, a1, b1, 0)};
                const std::vector<cv::Point2f> to = {
                    {static_cast<float>(x0), static_cast<float>(y0)},
                    {static_cast<float>(x0 + length), static_cast<float>(y0)},
                    {static_cast<float>(x0 + length), static_cast<float>(y0 + spacing)},
                    {static_cast<float>(x0), static_cast<float>(y0 + spacing)}};
                cv::Mat square;
                cv::warpPerspective(grey, square, cv::getPerspectiveTransform(from, to),
                                    cv::Size(cvRound(2 * x0 + length), cvRound(2 * y0 + spacing)), cv::INTER_CUBIC,
                                    cv::BORDER_REPLICATE);
                if (auto read = readUpright(square, true); read && read->valid)
                    return read;
            }
        }
    }
    for (std::size_t l = 0; l < zone.size(); ++l) {
        const TextLine& line = zone[l];
        const std::vector<std::string>& alphabet = alphabets[l];
        const CellGrid& grid = grids[l];
        const int pad = (line.bottom - line.top) / 5;
        const int top = std::max(0, line.top - pad), bottom = std::min(grey.rows, line.bottom + pad);
        std::vector<std::string> read;
        std::vector<double> height;
        for (int i = 0; i < width; ++i) {
            const double centre = grid.at(i), step = grid.step(i);
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
            height.push_back(inCell == 1 ? cut.height : 0); // (a leaning zone was squared up: heights compare)
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

std::optional<MrzResult> agreedMrz(const MrzResult& a, const MrzResult& b) {
    if (a.format != b.format || a.lines.size() != b.lines.size())
        return std::nullopt;
    for (std::size_t l = 0; l < a.lines.size(); ++l)
        if (a.lines[l].size() != b.lines[l].size())
            return std::nullopt;
    // Each reading's choices at each position, line after line: the one character where it was certain.
    const auto choices = [](const MrzResult& r) {
        std::vector<std::string> out;
        for (const std::string& line : r.lines)
            for (char c : line)
                out.push_back(std::string(1, c));
        for (std::size_t k = 0; k < r.uncertain.size() && k < r.uncertainReadings.size(); ++k) {
            std::size_t at = static_cast<std::size_t>(r.uncertain[k].second);
            for (int l = 0; l < r.uncertain[k].first; ++l)
                at += r.lines[static_cast<std::size_t>(l)].size();
            out[at] = r.uncertainReadings[k];
        }
        return out;
    };
    const auto agreed = agreedReadings(choices(a), choices(b));
    if (!agreed)
        return std::nullopt;
    std::vector<std::vector<std::string>> candidates;
    std::size_t at = 0;
    for (const std::string& line : a.lines) {
        candidates.emplace_back(agreed->begin() + static_cast<long>(at),
                                agreed->begin() + static_cast<long>(at + line.size()));
        at += line.size();
    }
    auto out = resolveMrz(candidates);
    if (out)
        out->upsideDown = a.upsideDown;
    return out;
}

std::optional<MrzResult> readMrzFromPhoto(const cv::Mat& image) {
    const MrzReader reader;
    std::vector<MrzResult> reads; // of the page straightened, then of the photo as it lies
    const Detection found = DocumentDetector().detect(image);
    if (found.found) {
        for (DocumentKind kind : {DocumentKind::Passport, DocumentKind::Id1}) {
            auto read = reader.read(rectify(image, found.quad, kind));
            if (read && read->valid)
                return read;
            if (read)
                reads.push_back(std::move(*read));
        }
    }
    if (auto asIs = reader.read(image)) {
        if (asIs->valid)
            return asIs;
        reads.push_back(std::move(*asIs));
    }
    // Neither reading alone: the straightened page and the photo resampled another way, taken together — a
    // character certain in one and among the readings of the other.
    for (std::size_t i = 0; i < reads.size(); ++i)
        for (std::size_t j = i + 1; j < reads.size(); ++j)
            if (auto agreed = agreedMrz(reads[i], reads[j]); agreed && agreed->valid)
                return agreed;
    std::optional<MrzResult> best;
    for (MrzResult& read : reads)
        if (!best || read.uncertain.size() < best->uncertain.size())
            best = std::move(read);
    return best;
}

} // namespace ow::scan
