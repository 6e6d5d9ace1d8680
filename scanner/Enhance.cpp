#include "Enhance.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ow::scan {

cv::Mat flattenLight(const cv::Mat& document) {
    CV_Assert(!document.empty() && document.depth() == CV_8U);
    // The background is what is left after closing away the print (dark strokes thinner than the kernel) and
    // blurring; computed on a reduced copy, it is smooth anyway.
    const double reduce = std::min(1.0, 400.0 / std::max(document.cols, document.rows));
    cv::Mat small, background;
    cv::resize(document, small, cv::Size(), reduce, reduce, cv::INTER_AREA);
    cv::morphologyEx(small, background, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(15, 15)));
    cv::GaussianBlur(background, background, cv::Size(0, 0), 8);
    cv::resize(background, background, document.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat page, back, out;
    document.convertTo(page, CV_32F);
    background.convertTo(back, CV_32F);
    cv::max(back, 1.0, back);
    cv::divide(page, back, out, 245.0); // paper comes out at 245, not burnt white
    out.convertTo(out, CV_8U);
    return out;
}

cv::Mat blackAndWhite(const cv::Mat& document) {
    cv::Mat flat = flattenLight(document), grey, out;
    if (flat.channels() == 3)
        cv::cvtColor(flat, grey, cv::COLOR_BGR2GRAY);
    else
        grey = flat;
    const int block = std::max(15, (std::min(grey.cols, grey.rows) / 40) | 1);
    cv::adaptiveThreshold(grey, out, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, block, 12);
    return out;
}

} // namespace ow::scan
