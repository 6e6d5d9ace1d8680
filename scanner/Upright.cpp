#include "Upright.h"

#include "IdNumberReader.h"
#include "MrzReader.h"

#include <opencv2/core.hpp>

namespace ow::scan {

cv::Mat uprightByContent(const cv::Mat& document, DocumentKind kind, const std::string& todayIso) {
    bool upsideDown = false;
    if (kind == DocumentKind::Id1) {
        const auto number = IdNumberReader(todayIso).read(document);
        if (number && number->valid) {
            upsideDown = number->upsideDown;
        } else if (const auto zone = MrzReader().read(document); zone && zone->valid) { // a TD1 card
            upsideDown = zone->upsideDown;
        }
    } else if (kind == DocumentKind::Passport) {
        const auto zone = MrzReader().read(document);
        upsideDown = zone && zone->valid && zone->upsideDown;
    }
    if (!upsideDown)
        return document;
    cv::Mat turned;
    cv::rotate(document, turned, cv::ROTATE_180);
    return turned;
}

} // namespace ow::scan
