#include "TextLines.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace ow::scan {
namespace {

// A character-sized blot of ink, and where it lies along (x) and across (y) the direction being chained.
struct Blob {
    cv::Rect box;
    double x = 0, y = 0, h = 0;
};

// Connected ink of a character's size that is print: much darker than the paper around it, where a security
// pattern is only a little darker. Relative to the paper's own brightness, so that print in a dim hall (paper at
// 100, ink at 45) still counts as print. `anyWay`: the print may lie at any angle (a '1' on its side is wide).
std::vector<cv::Rect> glyphBoxes(const cv::Mat& ink, const cv::Mat& grey, GlyphSizes sizes, bool anyWay = false) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<cv::Rect> out;
    for (int i = 1; i < n; ++i) {
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        const int tall = anyWay ? std::max(box.width, box.height) : box.height;
        const bool shaped = anyWay ? std::max(box.width, box.height) <= 3 * std::min(box.width, box.height)
                                   : box.width <= box.height * 2;
        if (tall < sizes.minHeight || tall > sizes.maxHeight || !shaped)
            continue;
        double darkest = 0, lightest = 0;
        cv::minMaxLoc(grey(box), &darkest, &lightest);
        if (lightest - darkest < std::max(20.0, 0.3 * lightest))
            continue;
        out.push_back(box);
    }
    return out;
}

double slopeOf(const std::vector<Blob>& blobs, const std::vector<int>& members) {
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i : members) {
        const Blob& b = blobs[static_cast<std::size_t>(i)];
        n += 1;
        sx += b.x;
        sy += b.y;
        sxx += b.x * b.x;
        sxy += b.x * b.y;
    }
    const double det = n * sxx - sx * sx;
    return n < 2 || std::abs(det) < 1e-9 ? 0.0 : (n * sxy - sx * sy) / det;
}

// The taller characters' height: a quarter of a zone's characters may be fillers, which are lower.
double tallHeight(std::vector<double> heights) {
    if (heights.empty())
        return 0;
    const auto at = heights.begin() + static_cast<long>(heights.size() * 3 / 4);
    std::nth_element(heights.begin(), at, heights.end());
    return *at;
}

// Blobs chained along x: each joins the line whose last character is close before it and whose course (the slope
// of its centres so far) passes near its centre, at a height that fits the line's. Each chain left to right.
std::vector<std::vector<int>> chained(const std::vector<Blob>& blobs) {
    std::vector<int> order(blobs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return blobs[static_cast<std::size_t>(a)].x < blobs[static_cast<std::size_t>(b)].x;
    });
    struct Chain {
        std::vector<int> members;
        double slope = 0;
        double reach = 0; // the height of its last few characters
    };
    std::vector<Chain> open, done;
    for (int index : order) {
        const Blob& b = blobs[static_cast<std::size_t>(index)];
        int best = -1;
        double bestScore = 1e9;
        for (std::size_t c = 0; c < open.size();) {
            const Blob& last = blobs[static_cast<std::size_t>(open[c].members.back())];
            if (b.x - last.x > 3.4 * open[c].reach) { // left behind: nothing further can join it
                done.push_back(std::move(open[c]));
                open[c] = std::move(open.back());
                open.pop_back();
                continue;
            }
            const double dx = b.x - last.x, reach = open[c].reach, ratio = b.h / reach;
            const double dy = std::abs(b.y - (last.y + open[c].slope * dx));
            // Up to two characters' gap: where print may lie at any angle a thin 1 or I is too slender to count as
            // a blot, and a line of thin print came apart at each.
            if (dx > 0 && dx <= 3.2 * reach && dy <= 0.35 * reach && ratio >= 0.3 && ratio <= 2.2) {
                const double score = dy / reach + 0.2 * dx / reach;
                if (score < bestScore) {
                    bestScore = score;
                    best = static_cast<int>(c);
                }
            }
            ++c;
        }
        if (best < 0) {
            open.push_back({{index}, 0.0, b.h});
            continue;
        }
        Chain& chain = open[static_cast<std::size_t>(best)];
        chain.members.push_back(index);
        if (chain.members.size() >= 4)
            chain.slope = std::clamp(slopeOf(blobs, chain.members), -0.25, 0.25);
        chain.reach = 0;
        for (std::size_t k = chain.members.size() > 6 ? chain.members.size() - 6 : 0; k < chain.members.size(); ++k)
            chain.reach = std::max(chain.reach, blobs[static_cast<std::size_t>(chain.members[k])].h);
    }
    std::vector<std::vector<int>> out;
    for (auto* list : {&done, &open})
        for (Chain& c : *list)
            out.push_back(std::move(c.members));
    return out;
}

double medianOf(std::vector<double> v) {
    if (v.empty())
        return 0;
    const auto mid = v.begin() + static_cast<long>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

} // namespace

cv::Point2f PrintRun::direction() const {
    const cv::Point2f d = last - first;
    const double length = std::hypot(d.x, d.y);
    return length > 0 ? cv::Point2f(static_cast<float>(d.x / length), static_cast<float>(d.y / length))
                      : cv::Point2f(1, 0);
}

std::vector<TextLine> textLines(const cv::Mat& ink, const cv::Mat& grey, int minGlyphs, GlyphSizes sizes) {
    std::vector<Blob> blobs;
    for (const cv::Rect& box : glyphBoxes(ink, grey, sizes))
        blobs.push_back({box, box.x + box.width / 2.0, box.y + box.height / 2.0, static_cast<double>(box.height)});
    std::vector<TextLine> lines;
    for (const std::vector<int>& members : chained(blobs)) {
        if (static_cast<int>(members.size()) < minGlyphs)
            continue;
        TextLine line;
        line.top = ink.rows;
        line.left = blobs[static_cast<std::size_t>(members.front())].box.x;
        line.right = blobs[static_cast<std::size_t>(members.back())].box.br().x;
        std::vector<double> gaps, widths, heights;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Blob& b = blobs[static_cast<std::size_t>(members[i])];
            line.top = std::min(line.top, b.box.y);
            line.bottom = std::max(line.bottom, b.box.br().y);
            widths.push_back(b.box.width);
            heights.push_back(b.box.height);
            if (i > 0)
                gaps.push_back(b.x - blobs[static_cast<std::size_t>(members[i - 1])].x);
            line.boxes.push_back(b.box);
        }
        line.pitch = medianOf(gaps);
        line.glyphWidth = medianOf(widths);
        line.height = tallHeight(heights);
        line.glyphs = static_cast<int>(members.size());
        lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end(),
              [](const TextLine& a, const TextLine& b) { return a.top + a.bottom < b.top + b.bottom; });
    return lines;
}

cv::Mat darkerThanAround(const cv::Mat& grey, int block, double margin) {
    CV_Assert(grey.type() == CV_8UC1);
    cv::Mat value, mean, square, spread;
    grey.convertTo(value, CV_32F);
    cv::boxFilter(value, mean, CV_32F, cv::Size(block, block), cv::Point(-1, -1), true, cv::BORDER_REPLICATE);
    cv::sqrBoxFilter(value, square, CV_32F, cv::Size(block, block), cv::Point(-1, -1), true, cv::BORDER_REPLICATE);
    cv::max(square - mean.mul(mean), 0.0, spread);
    cv::sqrt(spread, spread);
    // The margin asked for, or half the neighbourhood's spread where that is less (dim or faint print), never under 4.
    cv::Mat needed = spread * 0.5;
    cv::min(needed, margin, needed);
    cv::max(needed, 4.0, needed);
    cv::Mat ink = (mean - value) > needed;
    return ink;
}

cv::Mat paperLevelled(const cv::Mat& grey, int size) {
    CV_Assert(grey.type() == CV_8UC1);
    cv::Mat paper, value, out;
    cv::morphologyEx(grey, paper, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(size, size)));
    cv::blur(paper, paper, cv::Size(size / 2 | 1, size / 2 | 1));
    paper.convertTo(paper, CV_32F);
    cv::max(paper, 1.0, paper);
    grey.convertTo(value, CV_32F);
    cv::divide(value, paper, out, 230.0);
    out.convertTo(out, CV_8U);
    return out;
}

std::vector<PrintRun> findPrintRuns(const cv::Mat& grey, int minGlyphs) {
    // Large photos are searched at half size (12 MP: characters are still 10 px and more); the runs are given in
    // `grey`'s own pixels.
    cv::Mat small = grey;
    double scale = 1.0;
    while (std::max(small.cols, small.rows) > 2200) {
        cv::resize(small, small, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
        scale *= 2;
    }
    const int block = std::max(15, (std::min(small.rows, small.cols) / 30) | 1);
    const cv::Mat ink = darkerThanAround(small, block, 12);
    const std::vector<cv::Rect> boxes = glyphBoxes(ink, small, {5, std::max(12, small.rows / 6)}, true);

    // Which way the print lies: the direction from each character to its nearest like-sized neighbour, which within
    // a line of print is the next character (lines lie further apart than characters).
    std::vector<int> byX(boxes.size());
    for (std::size_t i = 0; i < byX.size(); ++i)
        byX[i] = static_cast<int>(i);
    const auto cx = [&](int i) {
        return boxes[static_cast<std::size_t>(i)].x + boxes[static_cast<std::size_t>(i)].width / 2.0;
    };
    const auto cy = [&](int i) {
        return boxes[static_cast<std::size_t>(i)].y + boxes[static_cast<std::size_t>(i)].height / 2.0;
    };
    std::sort(byX.begin(), byX.end(), [&](int a, int b) { return cx(a) < cx(b); });
    std::array<double, 180> votes{};
    for (std::size_t k = 0; k < byX.size(); ++k) {
        const int i = byX[k];
        const double h = std::max(boxes[static_cast<std::size_t>(i)].height, boxes[static_cast<std::size_t>(i)].width);
        double nearest = 2.5 * h, angle = -1;
        for (std::size_t m = k + 1; m < byX.size() && cx(byX[m]) - cx(i) < nearest; ++m) {
            const int j = byX[m];
            const double hj =
                std::max(boxes[static_cast<std::size_t>(j)].height, boxes[static_cast<std::size_t>(j)].width);
            if (hj < h * 0.5 || hj > h * 2)
                continue;
            const double dx = cx(j) - cx(i), dy = cy(j) - cy(i), d = std::hypot(dx, dy);
            if (d < nearest) {
                nearest = d;
                angle = std::atan2(dy, dx) * 180 / std::numbers::pi;
            }
        }
        if (angle >= -90)
            votes[static_cast<std::size_t>(std::lround(angle + 180)) % 180] += 1;
    }
    std::array<double, 180> smooth{};
    for (int a = 0; a < 180; ++a)
        for (int d = -3; d <= 3; ++d)
            smooth[static_cast<std::size_t>(a)] +=
                votes[static_cast<std::size_t>((a + d + 180) % 180)] * (4 - std::abs(d));
    std::vector<int> peaks;
    for (int round = 0; round < 2; ++round) {
        int best = -1;
        for (int a = 0; a < 180; ++a) {
            bool apart = true;
            for (int p : peaks)
                apart = apart && std::min(std::abs(a - p), 180 - std::abs(a - p)) >= 20;
            if (apart && (best < 0 || smooth[static_cast<std::size_t>(a)] > smooth[static_cast<std::size_t>(best)]))
                best = a;
        }
        if (best >= 0 && smooth[static_cast<std::size_t>(best)] > 0 &&
            (peaks.empty() ||
             smooth[static_cast<std::size_t>(best)] >= 0.25 * smooth[static_cast<std::size_t>(peaks[0])]))
            peaks.push_back(best);
    }

    std::vector<PrintRun> runs;
    for (int peak : peaks) {
        // Refined to the mean of the votes near the peak, then the characters chained along that direction.
        double sum = 0, weight = 0;
        for (int d = -4; d <= 4; ++d) {
            const double w = votes[static_cast<std::size_t>((peak + d + 180) % 180)];
            sum += (peak + d) * w;
            weight += w;
        }
        const double radians = (weight > 0 ? sum / weight : peak) * std::numbers::pi / 180;
        const double ux = std::cos(radians), uy = std::sin(radians);
        std::vector<Blob> blobs;
        for (const cv::Rect& box : boxes) {
            const double x = box.x + box.width / 2.0, y = box.y + box.height / 2.0;
            const double across = box.height * std::abs(ux) + box.width * std::abs(uy);
            blobs.push_back({box, x * ux + y * uy, -x * uy + y * ux, across * 0.85});
        }
        for (const std::vector<int>& members : chained(blobs)) {
            if (static_cast<int>(members.size()) < minGlyphs)
                continue;
            // The run's ends on the line fitted through its centres.
            const double slope = slopeOf(blobs, members);
            double meanX = 0, meanY = 0;
            std::vector<double> heights, gaps;
            for (std::size_t i = 0; i < members.size(); ++i) {
                const Blob& b = blobs[static_cast<std::size_t>(members[i])];
                meanX += b.x;
                meanY += b.y;
                heights.push_back(b.h);
                if (i > 0)
                    gaps.push_back(b.x - blobs[static_cast<std::size_t>(members[i - 1])].x);
            }
            meanX /= static_cast<double>(members.size());
            meanY /= static_cast<double>(members.size());
            const auto toImage = [&](double along) {
                const double across = meanY + slope * (along - meanX);
                return cv::Point2f(static_cast<float>((along * ux - across * uy) * scale),
                                   static_cast<float>((along * uy + across * ux) * scale));
            };
            PrintRun run;
            run.first = toImage(blobs[static_cast<std::size_t>(members.front())].x);
            run.last = toImage(blobs[static_cast<std::size_t>(members.back())].x);
            run.height = tallHeight(heights) * scale;
            run.pitch = medianOf(gaps) * scale;
            run.glyphs = static_cast<int>(members.size());
            runs.push_back(run);
        }
    }
    std::sort(runs.begin(), runs.end(), [](const PrintRun& a, const PrintRun& b) { return a.glyphs > b.glyphs; });
    return runs;
}

cv::Mat straightened(const cv::Mat& grey, const std::vector<PrintRun>& runs, double glyphHeight) {
    CV_Assert(!runs.empty());
    cv::Point2f direction(0, 0);
    double height = 0;
    for (const PrintRun& run : runs) {
        direction += run.direction() * static_cast<float>(run.glyphs);
        height = std::max(height, run.height);
    }
    const double length = std::hypot(direction.x, direction.y);
    const double ux = direction.x / length, uy = direction.y / length;
    double x0 = 1e18, x1 = -1e18, y0 = 1e18, y1 = -1e18;
    for (const PrintRun& run : runs)
        for (const cv::Point2f& p : {run.first, run.last}) {
            const double along = p.x * ux + p.y * uy, across = -p.x * uy + p.y * ux;
            x0 = std::min(x0, along);
            x1 = std::max(x1, along);
            y0 = std::min(y0, across);
            y1 = std::max(y1, across);
        }
    const double margin = 1.5 * height;
    x0 -= margin;
    x1 += margin;
    y0 -= margin;
    y1 += margin;
    const double s = glyphHeight / std::max(1.0, height);
    const cv::Matx23d transform(s * ux, s * uy, -s * x0, -s * uy, s * ux, -s * y0);
    cv::Mat out;
    cv::warpAffine(grey, out, transform, cv::Size(cvRound(s * (x1 - x0)), cvRound(s * (y1 - y0))),
                   s > 1 ? cv::INTER_CUBIC : cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

std::array<std::pair<cv::Mat, bool>, 2> bothWaysUp(const cv::Mat& cut, const PrintRun& along) {
    const bool leftwards = along.direction().x < 0;
    cv::Mat turned;
    cv::rotate(cut, turned, cv::ROTATE_180);
    return {{{cut, leftwards}, {turned, !leftwards}}};
}

} // namespace ow::scan
