#pragma once

#include <opencv2/core.hpp>

namespace ow::scan {

// For the archive: uneven light flattened (the page divided by its own blurred background), colour kept.
cv::Mat flattenLight(const cv::Mat& document);

// A text page in black and white: the flattened page thresholded against its neighbourhood, so faint print
// and shadowed corners both come out.
cv::Mat blackAndWhite(const cv::Mat& document);

} // namespace ow::scan
