#pragma once

#include "DocumentDetector.h"

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace ow::scan {

// Why a capture is not good enough, in terms a clerk can act on (the client words them in Chinese).
enum class QualityIssue {
    NotFound, // no document in view
    CutOff,   // part of the document is outside the frame
    TooSmall, // too far from the camera
    Blurred,  // out of focus or moving
    Glare,    // light reflected off the card
};

const char* qualityIssueCode(QualityIssue issue); // "not_found", "cut_off", "too_small", "blurred", "glare"

struct Quality {
    double sharpness = 0.0;    // variance of the Laplacian of the straightened document (grey, 800 px wide)
    double glare = 0.0;        // fraction of the document's pixels burnt out white
    double areaFraction = 0.0; // of the frame the document covers
    bool touchesEdge = false;
    std::vector<QualityIssue> issues; // empty: good to capture

    bool ok() const { return issues.empty(); }
};

struct QualityLimits {
    double minSharpness = 60.0;
    double maxGlare = 0.012;
    double minAreaFraction = 0.08;
    double edgeMargin = 0.005; // of the frame's size: a corner nearer the border than this is cut off
};

Quality assessQuality(const cv::Mat& frame, const Detection& detection, const QualityLimits& limits = {});

// Live capture: takes a frame once the outline has held still and the quality has been good for `frames` frames
// in a row, so the clerk only holds the card under the camera.
class AutoCapture {
public:
    explicit AutoCapture(int frames = 6, double maxMove = 0.01)
        : m_needed(frames)
        , m_maxMove(maxMove) {}
    // True once for each steady run: the frame just fed is the one to keep.
    bool feed(const Detection& detection, const Quality& quality, const cv::Size& frameSize);
    void reset();

private:
    int m_needed;
    double m_maxMove; // of the frame's diagonal, per corner, between frames
    int m_steady = 0;
    bool m_taken = false;
    Quad m_last;
};

} // namespace ow::scan
