#include "DocumentDetector.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace ow::scan {
namespace {

struct Gradients {
    cv::Mat dx, dy;    // CV_16S, of the channel with the strongest change at each pixel
    cv::Mat magnitude; // CV_32F
};

// The gradient of the colour image: at each pixel, that of the Lab channel changing most there. A white card on
// a white desk differs in lightness, a blue card on a grey desk in colour: both give an edge.
Gradients colourGradients(const cv::Mat& bgr) {
    cv::Mat lab;
    if (bgr.channels() == 3)
        cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    else
        lab = bgr;
    cv::Mat dx, dy; // all channels at once
    cv::Sobel(lab, dx, CV_16S, 1, 0, 3);
    cv::Sobel(lab, dy, CV_16S, 0, 1, 3);
    Gradients g;
    g.dx.create(lab.size(), CV_16S);
    g.dy.create(lab.size(), CV_16S);
    g.magnitude.create(lab.size(), CV_32F);
    const int channels = lab.channels();
    cv::parallel_for_(cv::Range(0, lab.rows), [&](const cv::Range& rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            const short* sx = dx.ptr<short>(y);
            const short* sy = dy.ptr<short>(y);
            short* ox = g.dx.ptr<short>(y);
            short* oy = g.dy.ptr<short>(y);
            float* om = g.magnitude.ptr<float>(y);
            for (int x = 0; x < lab.cols; ++x, sx += channels, sy += channels) {
                int bestX = sx[0], bestY = sy[0], best = bestX * bestX + bestY * bestY;
                for (int c = 1; c < channels; ++c) {
                    // The colour axes span less than lightness: weigh them up.
                    const int gx = 2 * sx[c], gy = 2 * sy[c], m = gx * gx + gy * gy;
                    if (m > best) {
                        best = m;
                        bestX = gx;
                        bestY = gy;
                    }
                }
                ox[x] = static_cast<short>(bestX);
                oy[x] = static_cast<short>(bestY);
                om[x] = std::sqrt(static_cast<float>(best));
            }
        }
    });
    return g;
}

float percentile(const cv::Mat& values, double p) {
    // A histogram of the magnitudes (0–2048 in steps of 2) is enough to place thresholds.
    const int bins = 1024;
    std::vector<int> histogram(bins, 0);
    const int total = static_cast<int>(values.total());
    for (int y = 0; y < values.rows; ++y) {
        const float* row = values.ptr<float>(y);
        for (int x = 0; x < values.cols; ++x)
            ++histogram[std::min(bins - 1, static_cast<int>(row[x] * 0.5f))];
    }
    const int wanted = static_cast<int>(p * total);
    int seen = 0;
    for (int b = 0; b < bins; ++b) {
        seen += histogram[b];
        if (seen >= wanted)
            return static_cast<float>(b * 2);
    }
    return 2048.0f;
}

// Whether, within two pixels across a line at `p`, there is an edge at least `threshold` strong pointing across the
// line: the projection of the strongest such gradient on the line's normal (its sign says which way the change
// goes), or 0.
float acrossEdge(const Gradients& g, cv::Point2f p, cv::Point2f normal, float threshold) {
    float strongest = 0.0f, direction = 0.0f;
    for (int d = -2; d <= 2; ++d) {
        const int x = cvRound(p.x + normal.x * static_cast<float>(d));
        const int y = cvRound(p.y + normal.y * static_cast<float>(d));
        if (x < 0 || y < 0 || x >= g.magnitude.cols || y >= g.magnitude.rows)
            continue;
        const float m = g.magnitude.at<float>(y, x);
        if (m < threshold || m <= strongest)
            continue;
        const float gx = g.dx.at<short>(y, x), gy = g.dy.at<short>(y, x);
        const float projected = gx * normal.x + gy * normal.y;
        if (std::abs(projected) > 0.85f * std::max(1.0f, static_cast<float>(std::hypot(gx, gy)))) {
            strongest = m;
            direction = projected;
        }
    }
    return direction;
}

// How much of each side has an edge under it running along the side: the fraction of sample points with, within
// two pixels across the side, a gradient at least `threshold` strong and pointing across the side.
struct Support {
    double weakest = 0.0, mean = 0.0;
    int borderSides = 0; // sides that lie mostly along the frame's edge
};

Support sideSupport(const Quad& quad, const Gradients& g, float threshold) {
    double weakest = 1.0, sum = 0.0;
    int bordersides = 0;
    for (int side = 0; side < 4; ++side) {
        const cv::Point2f a = quad.corners[side], b = quad.corners[(side + 1) % 4];
        const cv::Point2f along = b - a;
        const double length = std::hypot(along.x, along.y);
        if (length < 8)
            return {};
        const cv::Point2f normal(static_cast<float>(-along.y / length), static_cast<float>(along.x / length));
        const int samples = std::clamp(static_cast<int>(length / 3), 12, 60);
        // Along a document's side the change goes the same way all along (the card lighter than the desk, say);
        // along a line through desk texture it goes either way.
        int rising = 0, falling = 0, onBorder = 0;
        for (int i = 0; i < samples; ++i) {
            const float t = 0.08f + 0.84f * (static_cast<float>(i) + 0.5f) / static_cast<float>(samples);
            const cv::Point2f p = a + along * t;
            if (p.x < 2 || p.y < 2 || p.x > static_cast<float>(g.magnitude.cols - 3) ||
                p.y > static_cast<float>(g.magnitude.rows - 3)) {
                ++onBorder; // the frame's edge cuts the document here: the quality gate says so, not the detector
                continue;
            }
            const float direction = acrossEdge(g, p, normal, threshold);
            rising += direction > 0;
            falling += direction < 0;
        }
        const int hits = std::max(rising, falling) + onBorder;
        if (onBorder * 2 > samples)
            ++bordersides;
        const double support = static_cast<double>(hits) / samples;
        weakest = std::min(weakest, support);
        sum += support;
    }
    return {weakest, sum / 4.0, bordersides};
}

// How good an outline is: the largest well-outlined shape (a card's photo or a page's table is inside the document,
// never around it); a side along the frame's edge is taken on trust, so such an outline counts for less.
double outlineScore(double mean, double weakest, double areaFraction, int borderSides) {
    return (mean + 0.5 * weakest) * (0.5 + std::sqrt(areaFraction)) * (borderSides ? 0.6 : 1.0);
}

bool plausibleShape(const Quad& q) {
    if (!q.isConvex())
        return false;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f u = q.corners[(i + 3) % 4] - q.corners[i], v = q.corners[(i + 1) % 4] - q.corners[i];
        const double cosine =
            (u.x * v.x + u.y * v.y) / std::max(1e-6, static_cast<double>(std::hypot(u.x, u.y) * std::hypot(v.x, v.y)));
        if (std::abs(cosine) > 0.7) // corners between about 45° and 135°
            return false;
    }
    return true;
}

void quadCandidates(const std::vector<std::vector<cv::Point>>& contours, double minArea, std::vector<Quad>& out) {
    for (const auto& contour : contours) {
        const cv::Rect box = cv::boundingRect(contour);
        if (static_cast<double>(box.area()) < minArea)
            continue;
        std::vector<cv::Point> hull;
        cv::convexHull(contour, hull);
        const double hullArea = cv::contourArea(hull);
        if (hullArea < minArea)
            continue;
        const double perimeter = cv::arcLength(hull, true);
        for (double eps : {0.015, 0.03, 0.05, 0.08}) {
            std::vector<cv::Point> approx;
            cv::approxPolyDP(hull, approx, eps * perimeter, true);
            if (approx.size() == 4) {
                out.push_back(orderedQuad({approx[0], approx[1], approx[2], approx[3]}));
                break;
            }
            if (approx.size() < 4)
                break;
        }
    }
}

struct Segment {
    cv::Point2f a, b;
    double length() const { return std::hypot(b.x - a.x, b.y - a.y); }
};

// The straight pieces, at least `shortest` long, of the edges' contours: a side broken by a thumb or a shadow is
// still two straight pieces on one line.
void straightPieces(const std::vector<std::vector<cv::Point>>& contours, double shortest, std::vector<Segment>& out) {
    for (const auto& contour : contours) {
        const cv::Rect box = cv::boundingRect(contour);
        if (std::max(box.width, box.height) < shortest * 0.7)
            continue;
        std::vector<cv::Point> approx;
        cv::approxPolyDP(contour, approx, 2.0, true);
        for (std::size_t i = 0; i < approx.size(); ++i) {
            const Segment s{approx[i], approx[(i + 1) % approx.size()]};
            if (s.length() >= shortest)
                out.push_back(s);
        }
    }
}

// A straight edge line through the image, with how much of it, sample by sample every two pixels, has an edge
// under it pointing across it (rising or falling) or lies off the image: counted from its start, so that the
// support of any stretch of it is two subtractions.
class EdgeLine {
public:
    explicit EdgeLine(const Segment& s)
        : m_point(s.a)
        , m_length(s.length()) {
        m_direction = (s.b - s.a) / static_cast<float>(s.length());
        m_theta = std::atan2(m_direction.y, m_direction.x);
        if (m_theta < 0)
            m_theta += CV_PI;
        if (m_theta >= CV_PI)
            m_theta -= CV_PI;
    }

    double theta() const { return m_theta; }
    double length() const { return m_length; }
    cv::Point2f point() const { return m_point; }
    cv::Point2f direction() const { return m_direction; }
    // How far `p` lies off the line, in pixels.
    double distance(cv::Point2f p) const {
        const cv::Point2f d = p - m_point;
        return std::abs(d.x * m_direction.y - d.y * m_direction.x);
    }
    void lengthen(double by) { m_length += by; }

    void profile(const Gradients& g, float threshold) {
        // Every point of the image lies within a diagonal of the line's point, a corner a little further.
        const float reach = 1.25f * static_cast<float>(std::hypot(g.magnitude.cols, g.magnitude.rows));
        m_first = -reach;
        const int samples = static_cast<int>(2 * reach / kStep) + 1;
        m_rising.assign(samples + 1, 0);
        m_falling.assign(samples + 1, 0);
        m_border.assign(samples + 1, 0);
        const cv::Point2f normal(-m_direction.y, m_direction.x);
        for (int i = 0; i < samples; ++i) {
            const cv::Point2f p = m_point + m_direction * (m_first + kStep * static_cast<float>(i));
            int rising = 0, falling = 0, border = 0;
            if (p.x < 2 || p.y < 2 || p.x > static_cast<float>(g.magnitude.cols - 3) ||
                p.y > static_cast<float>(g.magnitude.rows - 3)) {
                border = 1;
            } else {
                const float direction = acrossEdge(g, p, normal, threshold);
                rising = direction > 0;
                falling = direction < 0;
            }
            m_rising[i + 1] = m_rising[i] + rising;
            m_falling[i + 1] = m_falling[i] + falling;
            m_border[i + 1] = m_border[i] + border;
        }
    }

    // The share of the stretch between two points on the line (their places along it) with an edge under it
    // changing the same way, or off the image; and whether it lies mostly off the image.
    double support(cv::Point2f from, cv::Point2f to, bool& onBorder) const {
        float s1 = (from - m_point).dot(m_direction), s2 = (to - m_point).dot(m_direction);
        if (s1 > s2)
            std::swap(s1, s2);
        const float trim = 0.08f * (s2 - s1); // the corners themselves may be under a finger or rounded
        const int last = static_cast<int>(m_rising.size()) - 1;
        const int i1 = std::clamp(static_cast<int>(std::ceil((s1 + trim - m_first) / kStep)), 0, last);
        const int i2 = std::clamp(static_cast<int>(std::floor((s2 - trim - m_first) / kStep)) + 1, 0, last);
        const int n = i2 - i1;
        if (n < 4)
            return 0.0;
        const int border = m_border[i2] - m_border[i1];
        onBorder = border * 2 > n;
        return static_cast<double>(std::max(m_rising[i2] - m_rising[i1], m_falling[i2] - m_falling[i1]) + border) / n;
    }

private:
    static constexpr float kStep = 2.0f;
    cv::Point2f m_point, m_direction;
    double m_theta = 0.0, m_length = 0.0;
    float m_first = 0.0f;
    std::vector<int> m_rising, m_falling, m_border;
};

// Outlines from straight edge lines: a shadow or a thumb across a side breaks the contour of the document, not the
// line of its side. The straight pieces of the contours are gathered into lines; every four of the longest, two
// roughly parallel pairs, make an outline, judged at once by how much of each side has an edge under it; the best
// few are handed on to be judged in full.
void lineCandidates(const std::vector<Segment>& pieces, const Gradients& g, float threshold, double minArea,
                    std::vector<Quad>& out) {
    std::vector<Segment> sorted = pieces;
    std::sort(sorted.begin(), sorted.end(), [](const Segment& a, const Segment& b) { return a.length() > b.length(); });
    std::vector<EdgeLine> lines;
    constexpr std::size_t kLines = 24;
    for (const Segment& s : sorted) {
        const EdgeLine candidate(s);
        bool merged = false;
        for (EdgeLine& l : lines) {
            double dt = std::abs(l.theta() - candidate.theta());
            dt = std::min(dt, CV_PI - dt);
            if (dt < 0.05 && l.distance((s.a + s.b) * 0.5f) < 4.0) {
                l.lengthen(candidate.length());
                merged = true;
                break;
            }
        }
        if (!merged && lines.size() < 4 * kLines)
            lines.push_back(candidate);
    }
    std::sort(lines.begin(), lines.end(), [](const EdgeLine& a, const EdgeLine& b) { return a.length() > b.length(); });
    if (lines.size() > kLines)
        lines.erase(lines.begin() + kLines, lines.end());
    for (EdgeLine& l : lines)
        l.profile(g, threshold);

    auto meet = [](const EdgeLine& p, const EdgeLine& q, cv::Point2f& at) {
        const cv::Point2f pd = p.direction(), qd = q.direction();
        const float det = pd.x * qd.y - pd.y * qd.x;
        if (std::abs(det) < 0.2f) // nearly parallel: no corner between them
            return false;
        const cv::Point2f d = q.point() - p.point();
        const float t = (d.x * qd.y - d.y * qd.x) / det;
        at = p.point() + pd * t;
        return true;
    };
    const int cols = g.magnitude.cols, rows = g.magnitude.rows;
    const double total = static_cast<double>(cols) * rows;
    const float slack = 0.1f * static_cast<float>(std::max(cols, rows));
    struct Scored {
        double score;
        Quad quad;
    };
    std::vector<Scored> best;
    const int n = static_cast<int>(lines.size());
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            for (int k = j + 1; k < n; ++k)
                for (int l = k + 1; l < n; ++l) {
                    const int set[4] = {i, j, k, l};
                    // The pairing in which each pair is closest to parallel: those are opposite sides.
                    static const int pairings[3][4] = {{0, 1, 2, 3}, {0, 2, 1, 3}, {0, 3, 1, 2}};
                    double spread = 1e9;
                    int chosen = 0;
                    for (int p = 0; p < 3; ++p) {
                        auto gap = [&](int a, int b) {
                            const double d = std::abs(lines[set[a]].theta() - lines[set[b]].theta());
                            return std::min(d, CV_PI - d);
                        };
                        const double s = gap(pairings[p][0], pairings[p][1]) + gap(pairings[p][2], pairings[p][3]);
                        if (s < spread) {
                            spread = s;
                            chosen = p;
                        }
                    }
                    if (spread > 1.0)
                        continue;
                    // Sides in order round the outline: a1, b1, a2, b2.
                    const EdgeLine* sides[4] = {&lines[set[pairings[chosen][0]]], &lines[set[pairings[chosen][2]]],
                                                &lines[set[pairings[chosen][1]]], &lines[set[pairings[chosen][3]]]};
                    std::array<cv::Point2f, 4> corners;
                    bool inside = true;
                    for (int c = 0; c < 4 && inside; ++c) {
                        inside = meet(*sides[c], *sides[(c + 1) % 4], corners[c]) && corners[c].x > -slack &&
                                 corners[c].y > -slack && corners[c].x < static_cast<float>(cols) + slack &&
                                 corners[c].y < static_cast<float>(rows) + slack;
                    }
                    if (!inside)
                        continue;
                    // Side c runs from corner c-1 to corner c.
                    double weakest = 1.0, sum = 0.0;
                    int borderSides = 0;
                    for (int c = 0; c < 4 && weakest >= 0.4; ++c) {
                        bool onBorder = false;
                        const double support = sides[c]->support(corners[(c + 3) % 4], corners[c], onBorder);
                        weakest = std::min(weakest, support);
                        sum += support;
                        borderSides += onBorder;
                    }
                    const double mean = sum / 4.0;
                    if (weakest < 0.4 || mean < 0.6 || borderSides > 1)
                        continue;
                    const Quad q = orderedQuad({corners.begin(), corners.end()});
                    const double area = q.area();
                    if (area < minArea || !plausibleShape(q))
                        continue;
                    const double score = outlineScore(mean, weakest, area / total, borderSides);
                    best.push_back({score, q});
                }
    constexpr std::size_t kHandedOn = 8;
    const auto last = best.begin() + static_cast<std::ptrdiff_t>(std::min(kHandedOn, best.size()));
    std::partial_sort(best.begin(), last, best.end(),
                      [](const Scored& a, const Scored& b) { return a.score > b.score; });
    for (auto it = best.begin(); it != last; ++it)
        out.push_back(it->quad);
}

// A value of the image at a point between pixels (bilinear), summed over its channels.
float sampleSum(const cv::Mat& image, float x, float y) {
    const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
    if (x0 < 0 || y0 < 0 || x0 + 1 >= image.cols || y0 + 1 >= image.rows)
        return -1.0f;
    const float fx = x - static_cast<float>(x0), fy = y - static_cast<float>(y0);
    const int channels = image.channels();
    float total = 0.0f;
    const uchar* r0 = image.ptr<uchar>(y0) + x0 * channels;
    const uchar* r1 = image.ptr<uchar>(y0 + 1) + x0 * channels;
    for (int c = 0; c < channels; ++c)
        total +=
            (1 - fy) * ((1 - fx) * r0[c] + fx * r0[c + channels]) + fy * ((1 - fx) * r1[c] + fx * r1[c + channels]);
    return total;
}

// Moves each side of a coarse outline onto the strongest step across it at full resolution, then intersects the
// four fitted lines. A side that finds too little keeps its coarse place.
Quad refine(const cv::Mat& frame, const Quad& coarse, float reach) {
    std::array<cv::Vec4f, 4> lines;
    for (int side = 0; side < 4; ++side) {
        const cv::Point2f a = coarse.corners[side], b = coarse.corners[(side + 1) % 4];
        const cv::Point2f along = b - a;
        const float length = std::hypot(along.x, along.y);
        const cv::Point2f unit = along / length;
        const cv::Point2f normal(-unit.y, unit.x);
        std::vector<cv::Point2f> found;
        const int samples = std::clamp(static_cast<int>(length / 6), 16, 80);
        const int steps = static_cast<int>(std::ceil(reach));
        std::vector<float> profile(2 * steps + 3);
        for (int i = 0; i < samples; ++i) {
            const float t = 0.1f + 0.8f * (static_cast<float>(i) + 0.5f) / static_cast<float>(samples);
            const cv::Point2f p = a + along * t;
            bool inside = true;
            for (int k = -steps - 1; k <= steps + 1 && inside; ++k) {
                // Three samples along the side smooth the noise of one pixel.
                float v = 0.0f;
                for (int s = -1; s <= 1 && inside; ++s) {
                    const cv::Point2f q = p + normal * static_cast<float>(k) + unit * (1.5f * static_cast<float>(s));
                    const float value = sampleSum(frame, q.x, q.y);
                    inside = value >= 0.0f;
                    v += value;
                }
                profile[k + steps + 1] = v;
            }
            if (!inside)
                continue;
            int best = -1;
            float bestStep = 0.0f;
            std::vector<float> step(profile.size(), 0.0f);
            for (int k = 1; k + 1 < static_cast<int>(profile.size()); ++k) {
                step[k] = std::abs(profile[k + 1] - profile[k - 1]);
                if (step[k] > bestStep) {
                    bestStep = step[k];
                    best = k;
                }
            }
            if (best <= 1 || best + 2 >= static_cast<int>(profile.size()) || bestStep < 30.0f)
                continue;
            // Sub-pixel: the top of the parabola through the strongest step and its neighbours.
            const float l = step[best - 1], c = step[best], r = step[best + 1];
            const float denom = l - 2 * c + r;
            const float offset = std::abs(denom) > 1e-6f ? std::clamp(0.5f * (l - r) / denom, -0.5f, 0.5f) : 0.0f;
            found.push_back(p + normal * (static_cast<float>(best - steps - 1) + offset));
        }
        if (static_cast<int>(found.size()) < samples / 3) {
            lines[side] = cv::Vec4f(unit.x, unit.y, a.x, a.y);
            continue;
        }
        cv::fitLine(found, lines[side], cv::DIST_HUBER, 0, 0.01, 0.01);
    }
    Quad out = coarse;
    for (int corner = 0; corner < 4; ++corner) {
        // Corner i joins side i-1 (ending there) and side i (starting there).
        const cv::Vec4f& l1 = lines[(corner + 3) % 4];
        const cv::Vec4f& l2 = lines[corner];
        const float det = l1[0] * l2[1] - l1[1] * l2[0];
        if (std::abs(det) < 1e-6f)
            return coarse;
        const float t = ((l2[2] - l1[2]) * l2[1] - (l2[3] - l1[3]) * l2[0]) / det;
        const cv::Point2f p(l1[2] + t * l1[0], l1[3] + t * l1[1]);
        if (std::hypot(p.x - coarse.corners[corner].x, p.y - coarse.corners[corner].y) > 3 * reach)
            return coarse; // a side wandered off to something else: keep the coarse outline
        out.corners[corner] = p;
    }
    return out;
}

} // namespace

Detection DocumentDetector::detect(const cv::Mat& frame) const {
    Detection result;
    if (frame.empty() || frame.depth() != CV_8U)
        return result;
    const double scale = std::min(1.0, static_cast<double>(m_options.workSize) / std::max(frame.cols, frame.rows));
    // Reduced by sampling (a third of the time of averaging the pixels away) and then smoothed a little more.
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(frame, small, cv::Size(), scale, scale, cv::INTER_LINEAR);
    else
        small = frame;
    cv::Mat smooth;
    cv::GaussianBlur(small, smooth, cv::Size(5, 5), 1.4);
    const Gradients g = colourGradients(smooth);

    const double minArea = m_options.minAreaFraction * small.total();
    const float p90 = percentile(g.magnitude, 0.90);
    // Low: a white card on a white desk has a faint edge, but an edge along the whole side, pointing across it.
    const float supportThreshold = std::max(10.0f, p90 * 0.25f);
    double bestScore = 0.0, bestArea = 0.0;
    auto consider = [&](const std::vector<Quad>& candidates) {
        for (const Quad& q : candidates) {
            if (!plausibleShape(q))
                continue;
            const Support support = sideSupport(q, g, supportThreshold);
            if (support.weakest < 0.4 || support.mean < 0.6 || support.borderSides > 1)
                continue;
            const double area = q.area() / static_cast<double>(small.total());
            const double score = outlineScore(support.mean, support.weakest, area, support.borderSides);
            if (score > bestScore) {
                bestScore = score;
                bestArea = area;
                result.found = true;
                result.quad = q;
                result.confidence = support.weakest;
            }
        }
    };

    // First the contours of the edges at three strengths; when they give no clear, large outline (a shadow or a
    // thumb broke it), the straight lines their pieces lie on as well. The three strengths are worked side by side
    // on the machine's cores and judged in order after, so the outcome does not depend on which finishes first.
    const double shortest = 0.12 * std::min(small.cols, small.rows);
    const float highs[] = {std::max(40.0f, p90 * 1.5f), std::max(30.0f, p90), std::max(20.0f, p90 * 0.6f)};
    std::vector<Quad> candidates[3];
    std::vector<Segment> pieces[3];
    cv::parallel_for_(cv::Range(0, 3), [&](const cv::Range& levels) {
        for (int level = levels.start; level < levels.end; ++level) {
            cv::Mat edges;
            cv::Canny(g.dx, g.dy, edges, highs[level] * 0.4, highs[level], true);
            cv::dilate(edges, edges, cv::Mat(), cv::Point(-1, -1), 1);
            std::vector<std::vector<cv::Point>> contours;
            cv::findContours(edges, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
            quadCandidates(contours, minArea, candidates[level]);
            straightPieces(contours, shortest, pieces[level]);
        }
    });
    for (const auto& level : candidates)
        consider(level);
    if (!result.found || result.confidence < 0.8 || bestArea < 0.1) {
        std::vector<Segment> all;
        for (const auto& level : pieces)
            all.insert(all.end(), level.begin(), level.end());
        std::vector<Quad> fromLines;
        lineCandidates(all, g, supportThreshold, minArea, fromLines);
        consider(fromLines);
    }
    if (!result.found)
        return result;
    result.quad = result.quad.scaled(1.0 / scale);
    if (m_options.refine)
        result.quad = refine(frame, result.quad, static_cast<float>(2.5 / scale + 2.0));
    return result;
}

} // namespace ow::scan
