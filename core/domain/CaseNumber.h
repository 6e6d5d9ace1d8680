#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ow {

// The printed receipt number of a case (办件编号): hall code, acceptance date, the accepting device's
// short code and its own sequence — so devices that accept offline never collide —, then two ISO 7064
// MOD 97-10 check digits that catch a mistyped or altered number: "DEMO-20261127-C1-0007-42".
struct CaseNumber {
    std::string hall;   // upper-case letters and digits
    std::string date;   // YYYYMMDD
    std::string device; // upper-case letters and digits, 1-4 characters
    int sequence = 0;   // per device and date, from 1

    std::string text() const;                                      // with its check digits
    static std::optional<CaseNumber> parse(std::string_view text); // nothing when malformed or the check fails
    static std::string checkDigits(std::string_view body);         // "42" for "DEMO-20261127-C1-0007"
    // The device part: "C3" for counter 3; a station (no number) gets "S" and three characters derived from its
    // device id, the same on every run.
    static std::string deviceCode(std::string_view deviceId, std::optional<int> counter);
};

} // namespace ow
