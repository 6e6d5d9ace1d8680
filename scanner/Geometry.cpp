#include "Geometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ow::scan {

double Quad::area() const { return std::abs(cv::contourArea(points())); }

double Quad::perimeter() const { return cv::arcLength(points(), true); }

bool Quad::isConvex() const { return cv::isContourConvex(points()); }

Quad Quad::scaled(double factor) const {
    Quad out = *this;
    for (auto& p : out.corners)
        p *= static_cast<float>(factor);
    return out;
}

Quad orderedQuad(const std::vector<cv::Point2f>& four) {
    CV_Assert(four.size() == 4);
    const cv::Point2f center = std::accumulate(four.begin(), four.end(), cv::Point2f()) * 0.25f;
    std::array<cv::Point2f, 4> byAngle{four[0], four[1], four[2], four[3]};
    // Clockwise on screen (y grows downwards) is increasing atan2.
    std::sort(byAngle.begin(), byAngle.end(), [&](const cv::Point2f& a, const cv::Point2f& b) {
        return std::atan2(a.y - center.y, a.x - center.x) < std::atan2(b.y - center.y, b.x - center.x);
    });
    // Start at the corner with the smallest x + y: the top-left as seen.
    const auto first = std::min_element(byAngle.begin(), byAngle.end(), [](const cv::Point2f& a, const cv::Point2f& b) {
        return a.x + a.y < b.x + b.y;
    });
    std::rotate(byAngle.begin(), first, byAngle.end());
    return Quad{byAngle};
}

double intersectionOverUnion(const Quad& a, const Quad& b) {
    std::vector<cv::Point2f> overlap;
    const double inter = cv::intersectConvexConvex(a.points(), b.points(), overlap, true);
    const double uni = a.area() + b.area() - inter;
    return uni > 0 ? std::max(0.0, inter) / uni : 0.0;
}

} // namespace ow::scan
