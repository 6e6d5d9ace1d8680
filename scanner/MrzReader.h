#pragma once

#include "Mrz.h"

#include <opencv2/core.hpp>

#include <optional>

namespace ow::scan {

// Finds and reads the machine readable zone of a passport page or ID card: the zone's two or three lines of OCR-B
// at a fixed pitch are found by their own print at whatever angle they lie (findPrintRuns), straightened and read
// either way up, each character by the OCR-B classifier among what its position may hold; look-alikes are weighed by
// their height (weighLookAlikes) and the uncertain characters settled by the check digits (resolveMrz).
class MrzReader {
public:
    // `document`: straightened (Rectify) or not — a page at any angle, an open booklet — BGR or grey. Nothing when no
    // zone is found.
    std::optional<MrzResult> read(const cv::Mat& document) const;

private:
    // `squared`: the zone was squared up already (not leaning), so it is not again.
    std::optional<MrzResult> readUpright(const cv::Mat& grey, bool squared = false) const;
};

// A photo or scan: the document is found, straightened as a passport page and as a card, each read either way up.
// A straight scan with no desk around it is read as it is. Where no reading alone is valid, two taken together
// (agreedMrz) may be.
std::optional<MrzResult> readMrzFromPhoto(const cv::Mat& image);

// Two readings of one zone (the straightened page and the photo as it lies, say) taken together: a character read
// for certain in one and among the readings of the other is certain; read for certain both ways but differently, it
// is not; uncertain in both, it stays uncertain with the readings of both; not a character in either (a thumb over
// it: every character its position may hold), it is not read. Then settled as resolveMrz does. Nothing
// when the readings are of different shapes or disagree on more than a fifth of the characters both read for
// certain (not the same zone).
std::optional<MrzResult> agreedMrz(const MrzResult& a, const MrzResult& b);

} // namespace ow::scan
