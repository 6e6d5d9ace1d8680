#pragma once

#include "Mrz.h"

#include <opencv2/core.hpp>

#include <optional>

namespace ow::scan {

// Finds and reads the machine readable zone of a straightened passport page or ID card (either way up): the
// zone's two or three lines of OCR-B at a fixed pitch, each character read by the OCR-B classifier, the
// uncertain ones settled by the check digits (resolveMrz).
class MrzReader {
public:
    // `document`: straightened (Rectify), BGR or grey. Nothing when no zone is found.
    std::optional<MrzResult> read(const cv::Mat& document) const;

private:
    std::optional<MrzResult> readUpright(const cv::Mat& grey) const;
};

// A photo or scan: the document is found, straightened as a passport page and as a card, each read either way up.
// A straight scan with no desk around it is read as it is.
std::optional<MrzResult> readMrzFromPhoto(const cv::Mat& image);

} // namespace ow::scan
