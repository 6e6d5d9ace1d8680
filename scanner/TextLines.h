#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <utility>
#include <vector>

namespace ow::scan {

struct TextLine {
    int top = 0, bottom = 0, left = 0, right = 0;
    int glyphs = 0;
    double pitch = 0;            // median distance between neighbouring glyphs
    double glyphWidth = 0;       // median
    double height = 0;           // of its tall characters (a filler '<' is lower)
    std::vector<cv::Rect> boxes; // its characters, left to right
};

// Sizes of what counts as a character, in pixels of the image searched.
struct GlyphSizes {
    int minHeight = 6, maxHeight = 200;
};

// Lines of separate characters in `ink` (white on black): connected ink of a character's size and of dark print
// in `grey` (a faint background pattern is not print), chained left to right, each character close to where its
// line is heading — so a line slanted a few degrees or bent by the lens stays one line; lines of fewer than
// `minGlyphs` are left out. Top to bottom.
std::vector<TextLine> textLines(const cv::Mat& ink, const cv::Mat& grey, int minGlyphs, GlyphSizes sizes = {});

// Print: pixels of `grey` darker than the mean of the `block` around them by `margin` — or, where the
// neighbourhood's contrast is low (dim light, faint print), by half its standard deviation (at least 4) — so that
// faint characters come out whole instead of in pieces. White (255) on black.
cv::Mat darkerThanAround(const cv::Mat& grey, int block, double margin);

// `grey` with its paper brought to one brightness: divided by the paper around each pixel (the print closed away
// by a grey-level closing `size` pixels across, wider than a stroke, then smoothed), so that a shadow's edge or a
// glare's slope across a character no longer changes what is ink.
cv::Mat paperLevelled(const cv::Mat& grey, int size);

// A straight run of printed characters found at any angle in a photo.
struct PrintRun {
    cv::Point2f first, last; // centres of its first and last characters
    double height = 0;       // of its tall characters, across the run
    double pitch = 0;
    int glyphs = 0;
    cv::Point2f direction() const; // unit vector from first to last
};

// Runs of at least `minGlyphs` characters anywhere in `grey`, whatever way the print lies — each orientation that
// many neighbouring characters share is tried — longest first.
std::vector<PrintRun> findPrintRuns(const cv::Mat& grey, int minGlyphs);

// The part of `grey` around `runs` (parallel runs of one block of print: a zone's lines), turned so that they run
// left to right along the rows (or right to left, upside down: the caller tries both) and scaled so that their
// characters are `glyphHeight` pixels tall, with a margin of two characters' height.
cv::Mat straightened(const cv::Mat& grey, const std::vector<PrintRun>& runs, double glyphHeight);

// A straightened cut as it is and turned half round, each with whether it shows the document upside down (the cut
// is the document turned half round when `along`, the run it was cut along, points right to left in the document).
std::array<std::pair<cv::Mat, bool>, 2> bothWaysUp(const cv::Mat& cut, const PrintRun& along);

} // namespace ow::scan
