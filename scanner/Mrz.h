#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ow::scan {

// Machine readable zones of travel documents (ICAO Doc 9303): TD1 (ID cards, 3 × 30), TD2 (2 × 36) and
// TD3 (passports, 2 × 44). Pure text rules; the reading of the characters from an image is MrzReader's.
enum class MrzFormat { TD1, TD2, TD3 };

struct MrzField {
    std::string value;    // as printed, '<' fillers kept
    bool checked = false; // the field has a check digit
    bool valid = true;    // its check digit matches (true for a field without one)
};

struct MrzResult {
    MrzFormat format = MrzFormat::TD3;
    std::vector<std::string> lines;
    bool valid = false;      // every check digit, the composite one included, matches (and, from resolveMrz, every
                             // character was read for certain or settled by its check digit alone)
    bool upsideDown = false; // read from the image turned half round (MrzReader)
    std::vector<std::pair<int, int>> uncertain; // (line, position) of characters read more than one way (resolveMrz)
    std::vector<std::string> uncertainReadings; // for each of those, what it was read as, best first
    // documentCode, issuingState, documentNumber, birthDate (YYMMDD), sex, expiryDate, nationality,
    // optional1, optional2, surname, givenNames, composite
    std::map<std::string, MrzField> fields;

    const std::string& value(const std::string& name) const;
};

// The ICAO check digit of `text`: weights 7, 3, 1; digits are themselves, A–Z are 10–35, '<' is 0.
// Nothing for a character outside 0–9, A–Z and '<'.
std::optional<int> mrzCheckDigit(std::string_view text);

// Parses lines of one of the three formats (the format is told by the number and length of the lines).
// Nothing when the shape is not an MRZ's; a zone with a wrong check digit is returned with valid = false and
// the failing fields marked.
std::optional<MrzResult> parseMrz(const std::vector<std::string>& lines);

// Settles characters an OCR could not tell apart: `candidates[line][pos]` lists the characters read at that
// position, best first; one character is a certain reading, several an uncertain one. What each position may hold
// settles a reading of the wrong class (O where only a digit may stand: 0, not certain — so too among the digits of a
// mainland Chinese passport's number E…); a state's code settles an
// uncertain code when only one code fits; a check digit settles one uncertain character under it when exactly one
// of its readings fits — never two, and never a character no check digit covers (names; but on a mainland Chinese
// passport, letters of names in doubt are settled when exactly one reading spells the names in pinyin): the zone is
// then returned with valid = false and the uncertain positions named. Nothing if the shape is not an MRZ's.
std::optional<MrzResult> resolveMrz(const std::vector<std::vector<std::string>>& candidates);

// What each position of a zone of `lines` lines of `width` may hold ("0123456789<" where a digit stands, letters and
// the filler in names, …), for a reader to classify among; empty when no format has that shape.
std::vector<std::vector<std::string>> mrzPositionAlphabets(std::size_t lines, std::size_t width);

// Where a position may hold a letter or a digit (document numbers, optional data), OCR-B's look-alikes — O, Q, D and
// 0; I and 1; Z and 2; S and 5; B and 8; G and 6; T and 7 — differ most in height: its digits stand about 7 % taller
// than its capitals. Two such characters misread the same way can keep a check digit (weights 7 and 3 add to 10), so
// a character with a look-alike there is only kept as read when its height (`heights[line][pos]`, 0 when unknown)
// says it is of its kind, measured against this zone's own certainly read letters and digits; otherwise its
// look-alike joins it as a choice, and the check digit settles at most one such. A character read both ways by its
// shape whose height clearly says which kind it is (within a quarter of the gap) keeps the readings of that kind:
// two features agreeing. `candidates` as for resolveMrz.
void weighLookAlikes(std::vector<std::vector<std::string>>& candidates,
                     const std::vector<std::vector<double>>& heights);

// "1974-08-12" from YYMMDD; the century is the one that puts the date in the hundred years up to
// `yearNow + futureYears` (birth dates: futureYears 0; expiry dates: 20 or so).
std::string mrzDate(std::string_view yymmdd, int yearNow, int futureYears);

} // namespace ow::scan
