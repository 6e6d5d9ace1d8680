#include "Rectify.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ow::scan {
namespace {

double sideLength(const Quad& q, int side) {
    const cv::Point2f d = q.corners[(side + 1) % 4] - q.corners[side];
    return std::hypot(d.x, d.y);
}

} // namespace

std::optional<DocumentKind> documentKindFromName(const std::string& name) {
    if (name == "id1")
        return DocumentKind::Id1;
    if (name == "passport")
        return DocumentKind::Passport;
    if (name == "a4")
        return DocumentKind::A4;
    return std::nullopt;
}

const char* documentKindName(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::Id1: return "id1";
    case DocumentKind::Passport: return "passport";
    case DocumentKind::A4: return "a4";
    }
    return "";
}

cv::Size documentPixels(DocumentKind kind, int dpi) {
    const auto px = [dpi](double mm) { return static_cast<int>(std::lround(mm / 25.4 * dpi)); };
    switch (kind) {
    case DocumentKind::Id1: return {px(85.6), px(54.0)};
    case DocumentKind::Passport: return {px(125.0), px(88.0)};
    case DocumentKind::A4: return {px(210.0), px(297.0)};
    }
    return {};
}

Quad laidOutline(const Quad& outline, DocumentKind kind) {
    const double horizontal = sideLength(outline, 0) + sideLength(outline, 2);
    const double vertical = sideLength(outline, 1) + sideLength(outline, 3);
    const bool wantLandscape = kind != DocumentKind::A4;
    if ((horizontal >= vertical) == wantLandscape)
        return outline;
    // Turn a quarter: the left side becomes the top.
    return Quad{{outline.corners[3], outline.corners[0], outline.corners[1], outline.corners[2]}};
}

cv::Mat rectify(const cv::Mat& frame, const Quad& outline, DocumentKind kind, int dpi) {
    const cv::Size size = documentPixels(kind, dpi);
    const Quad laid = laidOutline(outline, kind);
    const std::vector<cv::Point2f> target = {{0, 0},
                                             {static_cast<float>(size.width), 0},
                                             {static_cast<float>(size.width), static_cast<float>(size.height)},
                                             {0, static_cast<float>(size.height)}};
    const cv::Mat homography = cv::getPerspectiveTransform(laid.points(), target);
    cv::Mat out;
    cv::warpPerspective(frame, out, homography, size, cv::INTER_CUBIC, cv::BORDER_REPLICATE);
    return out;
}

} // namespace ow::scan
