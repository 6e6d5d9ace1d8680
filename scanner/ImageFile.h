#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>

namespace ow::scan {

// Reads an image file with a clear error: throws std::runtime_error naming the file and what is wrong with it
// (missing, empty, not an image, truncated, too large).
cv::Mat readImageFile(const std::string& path, std::int64_t maxBytes = 64LL * 1024 * 1024);

} // namespace ow::scan
