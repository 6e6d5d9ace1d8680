#pragma once

#include "Geometry.h"

#include <opencv2/core.hpp>

#include <optional>
#include <string>

namespace ow::scan {

// What is being scanned decides the size of the straightened image (300 dpi).
enum class DocumentKind {
    Id1,      // ID-1 card (resident ID, bank card): 85.6 × 54 mm → 1011 × 638
    Passport, // passport data page (ID-3): 125 × 88 mm → 1476 × 1039
    A4,       // 210 × 297 mm → 2480 × 3508, upright
};

std::optional<DocumentKind> documentKindFromName(const std::string& name); // "id1", "passport", "a4"
const char* documentKindName(DocumentKind kind);
cv::Size documentPixels(DocumentKind kind, int dpi = 300);

// The document straightened to its true size. A card or passport page is laid landscape and A4 portrait, by the
// lengths of the outline's sides; which way up the content goes is for the readers (uprightFor…).
cv::Mat rectify(const cv::Mat& frame, const Quad& outline, DocumentKind kind, int dpi = 300);

// The outline with its corners renamed so that its first side is the document's top, as rectify() lays it.
Quad laidOutline(const Quad& outline, DocumentKind kind);

} // namespace ow::scan
