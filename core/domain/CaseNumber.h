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

// 查询码: six random digits given with the case number, printed beside the receipt's QR code and inside it. A
// case's progress is shown, and the case rated, only to whoever gives it — or the last four characters of the
// applicant's ID number (idNumberTail) — with the number: case numbers follow a public pattern and can be walked.
std::string makeQueryCode();
bool isQueryCode(std::string_view text);
// The ID number's last four characters in upper case ("" when there are fewer).
std::string idNumberTail(std::string_view idNumber);
// A code given for a lookup as it is compared with both: in upper case (an ID number may end in x or X).
std::string lookupCode(std::string_view given);

// What a receipt's QR code says: "OW-CASE:<case number>", and "/<query code>" when the case has one.
struct CaseReference {
    std::string caseNo;
    std::string code; // "" on receipts printed before query codes
    std::string text() const;
    // Nothing when the text is not such a reference (the number itself is not checked here).
    static std::optional<CaseReference> parse(std::string_view text);
};

} // namespace ow
