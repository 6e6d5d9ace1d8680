#pragma once

#include "Rectify.h"

#include <opencv2/core.hpp>

#include <string>

namespace ow::scan {

// A straightened document turned the right way up where its content tells: a card's ID number or a machine
// readable zone that reads only upside down turns it half round. What tells nothing (an A4 page, a card that
// cannot be read) is left as it is.
cv::Mat uprightByContent(const cv::Mat& document, DocumentKind kind, const std::string& todayIso);

} // namespace ow::scan
