#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ow {

// Chinese resident identity number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date,
// 3-digit sequence (odd: male), MOD 11-2 check character (0-9 or X). The 15-digit legacy form
// (2-digit year, no check character) is recognised and converted. A number is valid only when every rule holds: the
// date exists and is not in the future, the region is a GB/T 2260 code still in use in or after the year of birth
// (Region::fitsIdNumber: codes withdrawn since are kept), and the check character fits.
class IdNumber {
public:
    enum class Problem { None, Length, Characters, Region, BirthDate, CheckCharacter };

    // Validates `text` (spaces ignored, lower-case x accepted); `todayIso` ("2026-11-27") bounds the birth date.
    static Problem check(std::string_view text, std::string_view todayIso);
    static bool isValid(std::string_view text, std::string_view todayIso) {
        return check(text, todayIso) == Problem::None;
    }
    // The check character for the first 17 characters.
    static char checkCharacter(std::string_view first17);
    // 18-character form of a valid 15- or 18-character number, upper-case; nothing when invalid.
    static std::optional<std::string> normalize(std::string_view text, std::string_view todayIso);
    // "1949-12-31" from a valid 18-character number.
    static std::string birthDate(std::string_view id18);
    static bool isMale(std::string_view id18);
    // "110105********002X": region and the last four; for lists and printouts.
    static std::string masked(std::string_view id);
};

} // namespace ow
