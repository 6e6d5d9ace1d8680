#pragma once

#include "Geometry.h"

#include <opencv2/core.hpp>

namespace ow::scan {

struct Detection {
    bool found = false;
    Quad quad;               // in the frame's pixels
    double confidence = 0.0; // how much of the outline has an edge under it: its weakest side, 0–1
};

// Finds the outline of a card or page in a photo: perspective, any rotation, shadows, uneven light, a desk of
// nearly the same colour, mild blur, fingers over a side or a corner, a form under a card. Candidates come from
// edges of the colour image (lightness and both colour axes, several thresholds) — their contours, and the lines
// their straight pieces lie on — each scored by how much of its outline has an edge of the right direction under
// it; the best is then fitted at full resolution, side by side, to sub-pixel lines.
class DocumentDetector {
public:
    struct Options {
        int workSize = 640;            // the longest side of the reduced image candidates are sought in
        double minAreaFraction = 0.03; // a smaller outline is not taken for a document
        bool refine = true;            // fit the sides at full resolution
    };

    DocumentDetector() = default;
    explicit DocumentDetector(Options options)
        : m_options(options) {}

    // `frame`: 8-bit BGR or grey.
    Detection detect(const cv::Mat& frame) const;

private:
    Options m_options;
};

} // namespace ow::scan
