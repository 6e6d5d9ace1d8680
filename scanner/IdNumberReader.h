#pragma once

#include <opencv2/core.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ow::scan {

struct IdNumberReading {
    std::string number; // 18 characters as read (settled by the check character when it could be)
    bool valid = false; // read for certain — every character one way, or one settled by the check character — and
                        // region, birth date and MOD 11-2 check character all hold (GB 11643-1999)
    int uncertain = 0;  // characters read more than one way and not settled
    bool checkCharacterMatches = false; // the last character fits the first 17 (even if the date does not)
    std::string birthDate;              // "1949-12-31", when valid
    bool male = false;
    bool upsideDown = false;          // read from the card turned half round
    std::vector<float> separations;   // for each character as first read, how clearly (GlyphClassifier::separation)
    std::vector<std::string> choices; // for each character, what it was read as, best first (one: read for certain)
};

// The number that 18 characters' `choices` make (see IdNumberReading): one uncertain character may be settled by the
// check character (MOD 11-2 lets exactly one character stand at any one position) — not one that was not read at all
// (the check would then only fill it in); with two or more the number is not valid, even when its first reading is.
IdNumberReading settledIdNumber(const std::vector<std::string>& choices, const std::string& todayIso);

// Two readings of one number (the straightened card and the photo as it lies, say) taken together: a character read
// for certain in one and among the readings of the other is certain; read for certain both ways but differently,
// uncertain in both, or not a character in either (a thumb over it), it is not. Then settled as above. Nothing when
// either has no choices or the two disagree on more than a fifth of the characters both read for certain (not the same
// number).
std::optional<IdNumberReading> agreedIdNumber(const IdNumberReading& a, const IdNumberReading& b,
                                              const std::string& todayIso);

// Reads the citizen identity number from the front of a resident ID card, straightened or lying at any angle: runs
// of 18 evenly spaced characters found by their own print (findPrintRuns), straightened and read either way up,
// each character by the OCR-B digit classifier; on a straightened card where that finds no valid number, band by
// band as well (readBands). One uncertain character may be settled by the check character; with more the number is
// not read (valid = false), never guessed. A number is only valid when every rule of GB 11643 holds as well.
class IdNumberReader {
public:
    explicit IdNumberReader(std::string todayIso);
    std::optional<IdNumberReading> read(const cv::Mat& card) const;

private:
    std::optional<IdNumberReading> readUpright(const cv::Mat& grey, int margin) const;
    // A straightened card (grey) read by its bands of print, either way up: for print whose characters touch or
    // stand too far apart to be found one by one — each long band cut into 18 cells at its own step.
    std::optional<IdNumberReading> readBands(const cv::Mat& grey) const;
    std::string m_today;
};

// A photo or scan of the card: found, straightened as an ID-1 card and read; a straight scan is read as it is.
std::optional<IdNumberReading> readIdNumberFromPhoto(const cv::Mat& image, const std::string& todayIso);

} // namespace ow::scan
