#include "Quality.h"

#include "Rectify.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::scan {

const char* qualityIssueCode(QualityIssue issue) {
    switch (issue) {
    case QualityIssue::NotFound: return "not_found";
    case QualityIssue::CutOff: return "cut_off";
    case QualityIssue::TooSmall: return "too_small";
    case QualityIssue::Blurred: return "blurred";
    case QualityIssue::Glare: return "glare";
    }
    return "";
}

Quality assessQuality(const cv::Mat& frame, const Detection& detection, const QualityLimits& limits) {
    Quality q;
    if (!detection.found) {
        q.issues.push_back(QualityIssue::NotFound);
        return q;
    }
    const Quad& outline = detection.quad;
    q.areaFraction = outline.area() / static_cast<double>(frame.total());
    const float marginX = static_cast<float>(limits.edgeMargin * frame.cols);
    const float marginY = static_cast<float>(limits.edgeMargin * frame.rows);
    for (const cv::Point2f& p : outline.corners)
        q.touchesEdge = q.touchesEdge || p.x < marginX || p.y < marginY ||
                        p.x > static_cast<float>(frame.cols) - marginX ||
                        p.y > static_cast<float>(frame.rows) - marginY;

    // Sharpness and glare are judged on the document alone, straightened to a fixed width, so that a sharp desk
    // or a near card does not count.
    const Quad laid = laidOutline(outline, DocumentKind::Id1);
    const double width = std::hypot(laid.corners[1].x - laid.corners[0].x, laid.corners[1].y - laid.corners[0].y);
    const double height = std::hypot(laid.corners[3].x - laid.corners[0].x, laid.corners[3].y - laid.corners[0].y);
    const cv::Size size(800, std::max(50, static_cast<int>(800 * height / std::max(1.0, width))));
    const std::vector<cv::Point2f> target = {{0, 0},
                                             {static_cast<float>(size.width), 0},
                                             {static_cast<float>(size.width), static_cast<float>(size.height)},
                                             {0, static_cast<float>(size.height)}};
    cv::Mat flat, grey, laplacian;
    cv::warpPerspective(frame, flat, cv::getPerspectiveTransform(laid.points(), target), size, cv::INTER_AREA,
                        cv::BORDER_REPLICATE);
    if (flat.channels() == 3)
        cv::cvtColor(flat, grey, cv::COLOR_BGR2GRAY);
    else
        grey = flat;
    const cv::Rect inner(size.width / 20, size.height / 20, size.width * 9 / 10, size.height * 9 / 10);
    cv::Laplacian(grey(inner), laplacian, CV_32F, 3);
    cv::Scalar mean, deviation;
    cv::meanStdDev(laplacian, mean, deviation);
    q.sharpness = deviation[0] * deviation[0];
    // Burnt out: every channel at the top; a white page under ordinary light is not.
    cv::Mat burnt;
    if (flat.channels() == 3)
        cv::inRange(flat(inner), cv::Scalar(250, 250, 250), cv::Scalar(255, 255, 255), burnt);
    else
        cv::inRange(flat(inner), cv::Scalar(250), cv::Scalar(255), burnt);
    q.glare = static_cast<double>(cv::countNonZero(burnt)) / static_cast<double>(inner.area());

    if (q.touchesEdge)
        q.issues.push_back(QualityIssue::CutOff);
    if (q.areaFraction < limits.minAreaFraction)
        q.issues.push_back(QualityIssue::TooSmall);
    if (q.sharpness < limits.minSharpness)
        q.issues.push_back(QualityIssue::Blurred);
    if (q.glare > limits.maxGlare)
        q.issues.push_back(QualityIssue::Glare);
    return q;
}

bool AutoCapture::feed(const Detection& detection, const Quality& quality, const cv::Size& frameSize) {
    if (!detection.found || !quality.ok()) {
        reset();
        return false;
    }
    const double diagonal = std::hypot(frameSize.width, frameSize.height);
    double moved = 0.0;
    for (int i = 0; i < 4; ++i)
        moved = std::max(moved, static_cast<double>(std::hypot(detection.quad.corners[i].x - m_last.corners[i].x,
                                                               detection.quad.corners[i].y - m_last.corners[i].y)));
    if (moved > 10 * m_maxMove * diagonal)
        m_taken = false; // another page laid down: it gets its own capture
    m_steady = m_steady > 0 && moved <= m_maxMove * diagonal ? m_steady + 1 : 1;
    m_last = detection.quad;
    if (m_steady >= m_needed && !m_taken) {
        m_taken = true;
        return true;
    }
    return false;
}

void AutoCapture::reset() {
    m_steady = 0;
    m_taken = false;
}

} // namespace ow::scan
