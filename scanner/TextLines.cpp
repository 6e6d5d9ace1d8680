#include "TextLines.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ow::scan {

std::vector<TextLine> textLines(const cv::Mat& ink, const cv::Mat& grey, int minGlyphs) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    struct Glyph {
        cv::Rect box;
        double cy;
    };
    std::vector<Glyph> glyphs;
    const int minH = std::max(6, ink.rows / 80), maxH = ink.rows / 8;
    for (int i = 1; i < n; ++i) {
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (box.height < minH || box.height > maxH || box.width > box.height * 2)
            continue;
        // Print is much darker than the paper around it; a security pattern only a little. Relative to the paper's
        // own brightness, so that print in a dim hall (paper at 100, ink at 45) still counts as print.
        double darkest = 0, lightest = 0;
        cv::minMaxLoc(grey(box), &darkest, &lightest);
        if (lightest - darkest < std::max(20.0, 0.3 * lightest))
            continue;
        glyphs.push_back({box, box.y + box.height / 2.0});
    }
    std::sort(glyphs.begin(), glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.cy < b.cy; });
    std::vector<TextLine> lines;
    std::size_t start = 0;
    while (start < glyphs.size()) {
        // Glyphs whose centres lie within half a glyph's height of the first one's.
        std::size_t end = start + 1;
        while (end < glyphs.size() && glyphs[end].cy - glyphs[start].cy < glyphs[start].box.height * 0.5)
            ++end;
        if (static_cast<int>(end - start) >= minGlyphs) {
            std::vector<Glyph> row(glyphs.begin() + static_cast<long>(start), glyphs.begin() + static_cast<long>(end));
            std::sort(row.begin(), row.end(), [](const Glyph& a, const Glyph& b) { return a.box.x < b.box.x; });
            // Printed characters follow each other closely; specks and bits of pattern at the same height lie
            // apart. The longest chain without a gap wider than three median gaps is the line.
            std::vector<double> spacing;
            for (std::size_t i = 1; i < row.size(); ++i)
                spacing.push_back(row[i].box.x - row[i - 1].box.x);
            std::nth_element(spacing.begin(), spacing.begin() + static_cast<long>(spacing.size() / 2), spacing.end());
            const double usual = std::max(1.0, spacing[spacing.size() / 2]);
            std::size_t chainStart = 0, bestStart = 0, bestLength = 0;
            for (std::size_t i = 1; i <= row.size(); ++i) {
                if (i == row.size() || row[i].box.x - row[i - 1].box.x > 3 * usual) {
                    if (i - chainStart > bestLength) {
                        bestLength = i - chainStart;
                        bestStart = chainStart;
                    }
                    chainStart = i;
                }
            }
            row = std::vector<Glyph>(row.begin() + static_cast<long>(bestStart),
                                     row.begin() + static_cast<long>(bestStart + bestLength));
            if (static_cast<int>(row.size()) < minGlyphs) {
                start = end;
                continue;
            }
            TextLine line;
            line.left = row.front().box.x;
            line.right = row.back().box.br().x;
            line.top = ink.rows;
            std::vector<double> gaps, widths;
            for (std::size_t i = 0; i < row.size(); ++i) {
                line.top = std::min(line.top, row[i].box.y);
                line.bottom = std::max(line.bottom, row[i].box.br().y);
                widths.push_back(row[i].box.width);
                if (i > 0)
                    gaps.push_back((row[i].box.x + row[i].box.width / 2.0) - (row[i - 1].box.x + row[i - 1].box.width / 2.0));
            }
            std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
            line.pitch = gaps[gaps.size() / 2];
            std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() / 2), widths.end());
            line.glyphWidth = widths[widths.size() / 2];
            line.glyphs = static_cast<int>(row.size());
            for (const Glyph& g : row)
                line.boxes.push_back(g.box);
            lines.push_back(line);
        }
        start = end;
    }
    return lines;
}


} // namespace ow::scan
