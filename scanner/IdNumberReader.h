#pragma once

#include <opencv2/core.hpp>

#include <optional>
#include <string>

namespace ow::scan {

struct IdNumberReading {
    std::string number; // 18 characters as read (settled by the check character when it could be)
    bool valid = false; // region, birth date and MOD 11-2 check character all hold (GB 11643-1999)
    bool checkCharacterMatches = false; // the last character fits the first 17 (even if the date does not)
    std::string birthDate; // "1949-12-31", when valid
    bool male = false;
    bool upsideDown = false; // read from the card turned half round
};

// Reads the citizen identity number from the front of a straightened resident ID card (either way up): the
// lowest run of 18 evenly spaced characters, each read by the OCR-B digit classifier; where a character is
// uncertain, the reading that satisfies the rules of GB 11643 is taken. A number is only valid when it does.
class IdNumberReader {
public:
    explicit IdNumberReader(std::string todayIso);
    std::optional<IdNumberReading> read(const cv::Mat& card) const;

private:
    std::optional<IdNumberReading> readUpright(const cv::Mat& grey, int margin) const;
    std::string m_today;
};

// A photo or scan of the card: found, straightened as an ID-1 card and read; a straight scan is read as it is.
std::optional<IdNumberReading> readIdNumberFromPhoto(const cv::Mat& image, const std::string& todayIso);

} // namespace ow::scan
