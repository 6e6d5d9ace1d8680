#pragma once

// Text drawn with FreeType directly, glyph by glyph: the held-out renderer's own way of printing, apart from
// OpenCV's (HarfBuzz + FreeType, used by SyntheticScene and by the classifier's training). Each glyph is placed at
// a sub-pixel position of the caller's choosing, made bolder or thinner, hinted or not.
#include <opencv2/core.hpp>

#include <memory>
#include <string>

namespace ow::scan::heldout {

class FreeTypeFont {
public:
    // `familyHint`: in a collection (.ttc), the face whose family name contains it ("SC"); else the first face.
    explicit FreeTypeFont(const std::string& path, const std::string& familyHint = {});
    ~FreeTypeFont();
    FreeTypeFont(const FreeTypeFont&) = delete;
    FreeTypeFont& operator=(const FreeTypeFont&) = delete;

    struct Style {
        double pixelHeight = 40; // the em size in pixels
        double embolden = 0;     // in pixels: > 0 bolder, < 0 thinner
        bool hinted = false;
        double pitch = 0;         // > 0: every character centred in a cell this wide (monospaced print, as MRZs are)
        double letterSpacing = 0; // extra pixels after each character (when pitch is 0)
    };

    // Draws UTF-8 `text` with its baseline starting at `origin` (sub-pixel) into `coverage` (8-bit, 255 = full ink;
    // max-combined with what is there). Returns the pen's position after the text.
    cv::Point2d draw(cv::Mat& coverage, const std::string& text, cv::Point2d origin, const Style& style) const;

    // The advance of `text` in pixels.
    double width(const std::string& text, const Style& style) const;

private:
    struct Face;
    std::unique_ptr<Face> m_face;
};

// Ink of `colour` laid on `image` (BGR 8-bit) through `coverage`, with `opacity` (print darkness).
void inkOver(cv::Mat& image, const cv::Mat& coverage, cv::Scalar colour, double opacity = 1.0);

} // namespace ow::scan::heldout
