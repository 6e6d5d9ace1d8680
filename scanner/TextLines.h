#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace ow::scan {

struct TextLine {
    int top = 0, bottom = 0, left = 0, right = 0;
    int glyphs = 0;
    double pitch = 0; // median distance between neighbouring glyphs
    double glyphWidth = 0; // median
    std::vector<cv::Rect> boxes; // its characters, left to right
};

// Lines of separate characters in `ink` (white on black): connected ink of a character's size and of dark print
// in `grey` (a faint background pattern is not print), grouped by their height on the page; lines of fewer than
// `minGlyphs` are left out. Top to bottom.
std::vector<TextLine> textLines(const cv::Mat& ink, const cv::Mat& grey, int minGlyphs);

} // namespace ow::scan
