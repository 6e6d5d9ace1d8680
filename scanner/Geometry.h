#pragma once

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace ow::scan {

// A document's outline in an image: top-left, top-right, bottom-right, bottom-left as the image shows them.
struct Quad {
    std::array<cv::Point2f, 4> corners;

    double area() const;
    double perimeter() const;
    bool isConvex() const;
    Quad scaled(double factor) const;
    std::vector<cv::Point2f> points() const { return {corners.begin(), corners.end()}; }
};

// The four points in the order above (clockwise from the one nearest the top-left), whatever order they came in.
Quad orderedQuad(const std::vector<cv::Point2f>& four);

// Area of the intersection over area of the union (Jaccard index) of two convex quadrilaterals: 1 is identical.
double intersectionOverUnion(const Quad& a, const Quad& b);

} // namespace ow::scan
