#include "Mrz.h"

#include "domain/Pinyin.h"

#include <algorithm>

namespace ow::scan {
namespace {

enum class CharClass { Digit, Alpha, AlphaNum, Sex };

struct FieldDef {
    const char* name;
    int line, start, length;
    CharClass kind;
    int checkLine = -1, checkPos = -1; // where its check digit is, if it has one
};

struct Layout {
    MrzFormat format;
    int lines, width;
    std::vector<FieldDef> fields;
    int compositeLine, compositePos;
    std::vector<std::pair<int, std::pair<int, int>>> composite; // (line, [from, to)) covered by the composite
};

const std::vector<Layout>& layouts() {
    using C = CharClass;
    static const std::vector<Layout> all = {
        {MrzFormat::TD1,
         3,
         30,
         {{"documentCode", 0, 0, 2, C::Alpha},
          {"issuingState", 0, 2, 3, C::Alpha},
          {"documentNumber", 0, 5, 9, C::AlphaNum, 0, 14},
          {"optional1", 0, 15, 15, C::AlphaNum},
          {"birthDate", 1, 0, 6, C::Digit, 1, 6},
          {"sex", 1, 7, 1, C::Sex},
          {"expiryDate", 1, 8, 6, C::Digit, 1, 14},
          {"nationality", 1, 15, 3, C::Alpha},
          {"optional2", 1, 18, 11, C::AlphaNum},
          {"names", 2, 0, 30, C::Alpha}},
         1,
         29,
         {{0, {5, 30}}, {1, {0, 7}}, {1, {8, 15}}, {1, {18, 29}}}},
        {MrzFormat::TD2,
         2,
         36,
         {{"documentCode", 0, 0, 2, C::Alpha},
          {"issuingState", 0, 2, 3, C::Alpha},
          {"names", 0, 5, 31, C::Alpha},
          {"documentNumber", 1, 0, 9, C::AlphaNum, 1, 9},
          {"nationality", 1, 10, 3, C::Alpha},
          {"birthDate", 1, 13, 6, C::Digit, 1, 19},
          {"sex", 1, 20, 1, C::Sex},
          {"expiryDate", 1, 21, 6, C::Digit, 1, 27},
          {"optional1", 1, 28, 7, C::AlphaNum}},
         1,
         35,
         {{1, {0, 10}}, {1, {13, 20}}, {1, {21, 35}}}},
        {MrzFormat::TD3,
         2,
         44,
         {{"documentCode", 0, 0, 2, C::Alpha},
          {"issuingState", 0, 2, 3, C::Alpha},
          {"names", 0, 5, 39, C::Alpha},
          {"documentNumber", 1, 0, 9, C::AlphaNum, 1, 9},
          {"nationality", 1, 10, 3, C::Alpha},
          {"birthDate", 1, 13, 6, C::Digit, 1, 19},
          {"sex", 1, 20, 1, C::Sex},
          {"expiryDate", 1, 21, 6, C::Digit, 1, 27},
          {"optional1", 1, 28, 14, C::AlphaNum, 1, 42}},
         1,
         43,
         {{1, {0, 10}}, {1, {13, 20}}, {1, {21, 43}}}},
    };
    return all;
}

const Layout* layoutFor(std::size_t lines, std::size_t width) {
    for (const Layout& l : layouts())
        if (static_cast<std::size_t>(l.lines) == lines && static_cast<std::size_t>(l.width) == width)
            return &l;
    return nullptr;
}

int charValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c == '<')
        return 0;
    return -1;
}

bool checkCharMatches(std::string_view field, char check) {
    const auto expected = mrzCheckDigit(field);
    if (!expected)
        return false;
    if (check == '<') // a field left empty may carry a filler for its check digit
        return *expected == 0 && field.find_first_not_of('<') == std::string_view::npos;
    return check - '0' == *expected;
}

bool allowed(CharClass kind, char c) {
    switch (kind) {
    case CharClass::Digit: return (c >= '0' && c <= '9') || c == '<';
    case CharClass::Alpha: return (c >= 'A' && c <= 'Z') || c == '<';
    case CharClass::AlphaNum: return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
    case CharClass::Sex: return c == 'M' || c == 'F' || c == 'X' || c == '<';
    }
    return false;
}

// What each position may hold, from the layout; the filler everywhere else.
std::vector<std::vector<CharClass>> positionKinds(const Layout& layout) {
    std::vector<std::vector<CharClass>> kinds(layout.lines, std::vector<CharClass>(layout.width, CharClass::AlphaNum));
    for (const FieldDef& f : layout.fields) {
        for (int i = 0; i < f.length; ++i)
            kinds[f.line][f.start + i] = f.kind;
        if (f.checkLine >= 0)
            kinds[f.checkLine][f.checkPos] = CharClass::Digit;
    }
    kinds[layout.compositeLine][layout.compositePos] = CharClass::Digit;
    return kinds;
}

// The character an OCR most often mistakes `c` for, in the other class: O for 0, 0 for O, …
char lookAlike(char c, bool wantDigit) {
    static const std::string letters = "OQDIZSBGTL";
    static const std::string digits = "0001258671";
    if (wantDigit) {
        const auto at = letters.find(c);
        return at == std::string::npos ? c : digits[at];
    }
    static const std::string fromDigits = "0125867";
    static const std::string toLetters = "OIZSBGT";
    const auto at = fromDigits.find(c);
    return at == std::string::npos ? c : toLetters[at];
}

// A position's readings (best first) as a position of `kind` takes them: one of another class stands for its look-alike
// there (an O where only a digit may stand is a 0), each character once. `asRead`: the best reading was of the class.
std::string readingsAs(std::string_view readings, CharClass kind, bool& asRead) {
    asRead = !readings.empty() && allowed(kind, readings[0]);
    std::string out;
    for (char c : readings) {
        const char use = allowed(kind, c) ? c : lookAlike(c, kind == CharClass::Digit);
        if (allowed(kind, use) && out.find(use) == std::string::npos)
            out += use;
    }
    return out;
}

// The codes a state or organisation may have in a zone: ISO 3166-1 alpha-3 and those Doc 9303 adds (Germany's
// "D<<", the specimen state UTO, the United Nations, refugees and stateless persons, …).
bool isStateCode(std::string_view code) {
    static const std::string codes =
        "ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR "
        "BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL "
        "COM CPV CRI CUB CUW CXR CYM CYP CZE D<< DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH EUE FIN "
        "FJI FLK FRA FRO FSM GAB GBD GBN GBO GBP GBR GBS GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM "
        "GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN "
        "KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX "
        "MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR "
        "NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU RKS ROU RUS RWA SAU "
        "SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD "
        "TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI UNA UNK UNO URY USA UTO UZB VAT VCT "
        "VEN VGB VIR VNM VUT WLF WSM XCC XES XIM XOM XPO XXA XXB XXC XXX YEM ZAF ZMB ZWE";
    if (code.size() != 3)
        return false;
    for (std::size_t at = 0; at + 3 <= codes.size(); at += 4)
        if (codes.compare(at, 3, code) == 0)
            return true;
    return false;
}

// In names and optional data, three fillers in a row end what is written: the rest of the field is fillers.
bool fillersRunToTheEnd(std::string_view field) {
    const auto run = field.find("<<<");
    return run == std::string_view::npos || field.find_first_not_of('<', run) == std::string_view::npos;
}

std::string textOf(std::string_view field) {
    std::string out(field);
    std::replace(out.begin(), out.end(), '<', ' ');
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

} // namespace

const std::string& MrzResult::value(const std::string& name) const {
    static const std::string none;
    const auto it = fields.find(name);
    return it == fields.end() ? none : it->second.value;
}

std::optional<int> mrzCheckDigit(std::string_view text) {
    static const int weights[] = {7, 3, 1};
    int sum = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int v = charValue(text[i]);
        if (v < 0)
            return std::nullopt;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

std::optional<MrzResult> parseMrz(const std::vector<std::string>& lines) {
    if (lines.empty())
        return std::nullopt;
    const Layout* layout = layoutFor(lines.size(), lines.front().size());
    if (!layout)
        return std::nullopt;
    for (const std::string& line : lines)
        if (line.size() != static_cast<std::size_t>(layout->width) ||
            !std::all_of(line.begin(), line.end(), [](char c) { return charValue(c) >= 0; }))
            return std::nullopt;

    MrzResult out;
    out.format = layout->format;
    out.lines = lines;
    out.valid = true;
    for (const FieldDef& f : layout->fields) {
        MrzField field{lines[f.line].substr(f.start, f.length), f.checkLine >= 0, true};
        if (field.checked) {
            const char check = lines[f.checkLine][f.checkPos];
            field.valid = checkCharMatches(field.value, check);
        }
        const std::string name = f.name;
        if (name == "issuingState" || name == "nationality")
            field.valid = field.valid && isStateCode(field.value);
        if (name == "names" || name == "optional1" || name == "optional2")
            field.valid = field.valid && fillersRunToTheEnd(field.value);
        out.valid = out.valid && field.valid;
        out.fields[f.name] = field;
    }
    // TD1 with a document number longer than nine characters: '<' where the check digit would be, the rest of
    // the number in the optional field, its check digit last before the fillers.
    if (layout->format == MrzFormat::TD1 && lines[0][14] == '<' && lines[0][15] != '<') {
        const std::string optional = lines[0].substr(15);
        const auto end = optional.find('<');
        const std::string tail = optional.substr(0, end == std::string::npos ? optional.size() : end);
        if (tail.size() >= 2) {
            MrzField number{lines[0].substr(5, 9) + tail.substr(0, tail.size() - 1), true, false};
            number.valid = checkCharMatches(number.value, tail.back());
            out.fields["documentNumber"] = number;
            out.fields["optional1"].value = optional.substr(tail.size());
            out.valid = true; // again, without the check of the nine characters against '<', which does not apply
            for (const auto& [name, f] : out.fields)
                out.valid = out.valid && f.valid;
        }
    }
    std::string covered;
    for (const auto& [line, range] : layout->composite)
        covered += lines[line].substr(range.first, range.second - range.first);
    MrzField composite{std::string(1, lines[layout->compositeLine][layout->compositePos]), true, false};
    composite.valid = checkCharMatches(covered, composite.value[0]);
    out.fields["composite"] = composite;
    out.valid = out.valid && composite.valid;

    const std::string names = out.fields["names"].value;
    const auto split = names.find("<<");
    out.fields["surname"] = {textOf(names.substr(0, split)), false, true};
    out.fields["givenNames"] = {split == std::string::npos ? std::string() : textOf(names.substr(split + 2)), false,
                                true};
    return out;
}

std::vector<std::vector<std::string>> mrzPositionAlphabets(std::size_t lineCount, std::size_t width) {
    const Layout* layout = layoutFor(lineCount, width);
    if (!layout)
        return {};
    const auto kinds = positionKinds(*layout);
    static const std::string all = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
    std::vector<std::vector<std::string>> out(layout->lines, std::vector<std::string>(layout->width));
    for (int l = 0; l < layout->lines; ++l)
        for (int p = 0; p < layout->width; ++p)
            for (char c : all)
                if (allowed(kinds[l][p], c))
                    out[l][p] += c;
    return out;
}

void weighLookAlikes(std::vector<std::vector<std::string>>& candidates,
                     const std::vector<std::vector<double>>& heights) {
    if (candidates.empty())
        return;
    const auto alphabets = mrzPositionAlphabets(candidates.size(), candidates.front().size());
    if (alphabets.empty() || heights.size() != candidates.size())
        return;
    for (std::size_t l = 0; l < candidates.size(); ++l)
        if (candidates[l].size() != alphabets[l].size())
            return; // not a zone's shape: resolveMrz will say so
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const auto isLetter = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto mixed = [&](const std::string& allowed) {
        return std::any_of(allowed.begin(), allowed.end(), isDigit) &&
               std::any_of(allowed.begin(), allowed.end(), isLetter);
    };
    // This print's heights of a digit and of a capital, from the positions that hold only one kind.
    std::vector<double> digitHeights, letterHeights;
    for (std::size_t l = 0; l < candidates.size(); ++l)
        for (std::size_t p = 0; p < candidates[l].size() && p < heights[l].size(); ++p) {
            const std::string& read = candidates[l][p];
            if (read.size() != 1 || heights[l][p] <= 0 || mixed(alphabets[l][p]))
                continue;
            if (isDigit(read[0]))
                digitHeights.push_back(heights[l][p]);
            else if (isLetter(read[0]))
                letterHeights.push_back(heights[l][p]);
        }
    const auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const bool measured = digitHeights.size() >= 4 && letterHeights.size() >= 4;
    const double digit = measured ? median(digitHeights) : 0, letter = measured ? median(letterHeights) : 0;
    const bool telling = measured && digit - letter >= 0.03 * digit; // the print shows the difference at all
    static const std::string letters = "OQDIZSBGT", digits = "000125867";
    for (std::size_t l = 0; l < candidates.size(); ++l)
        for (std::size_t p = 0; p < candidates[l].size(); ++p) {
            std::string& read = candidates[l][p];
            if (read.empty() || !mixed(alphabets[l][p]))
                continue;
            const double h = p < heights[l].size() ? heights[l][p] : 0;
            const double r =
                telling && h > 0 ? (h - letter) / (digit - letter) : 0.5; // 0: a capital's height, 1: a digit's
            if (read.size() > 1 && (r >= 0.75 || r <= 0.25)) {
                // Read both ways by shape, and the height clearly says which kind: the readings of that kind stay.
                std::string kind;
                for (char c : read)
                    if (r >= 0.75 ? isDigit(c) : isLetter(c))
                        kind += c;
                if (!kind.empty())
                    read = kind;
            }
            std::string alike;
            for (std::size_t k = 0; k < letters.size(); ++k) {
                if (read[0] == letters[k])
                    alike += digits[k];
                if (read[0] == digits[k])
                    alike += letters[k];
            }
            if (alike.empty())
                continue;
            if ((isDigit(read[0]) && r >= 0.6) || (isLetter(read[0]) && r <= 0.4))
                continue; // its height agrees with what it was read as
            for (char c : alike)
                if (read.find(c) == std::string::npos)
                    read += c;
        }
}

namespace {

// Whether a TD3 zone is a mainland Chinese passport's as far as read for certain: type P, issuing state and
// nationality CHN, and its number beginning with one of `series`.
bool mainlandPassport(const Layout& layout, const std::vector<std::string>& lines,
                      const std::vector<std::vector<bool>>& certain, std::string_view series) {
    if (layout.format != MrzFormat::TD3)
        return false;
    const auto sure = [&](int line, int from, std::string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i)
            if (!certain[line][from + static_cast<int>(i)] || lines[line][from + i] != text[i])
                return false;
        return true;
    };
    return sure(0, 0, "P") && sure(0, 2, "CHN") && sure(1, 10, "CHN") && certain[1][0] &&
           series.find(lines[1][0]) != std::string_view::npos;
}

// An ordinary passport of the People's Republic issued since 2012 is numbered E and eight digits, or E, a letter
// (EA, EB, … once the E series ran out) and seven digits: its third to ninth characters are digits. A letter read
// there stands for its look-alike digit, not for certain (the number's check digit may settle one), as where the
// format allows only digits.
void narrowMainlandNumber(const Layout& layout, std::vector<std::string>& lines,
                          std::vector<std::vector<std::string>>& options, std::vector<std::vector<bool>>& certain) {
    if (!mainlandPassport(layout, lines, certain, "E"))
        return;
    for (int p = 2; p <= 8; ++p) {
        bool asRead = false;
        std::string digits = readingsAs(options[1][p], CharClass::Digit, asRead);
        std::erase(digits, '<'); // nor a filler: all nine places are printed
        asRead = asRead && options[1][p][0] != '<';
        if (digits.empty())
            digits = "0123456789";
        certain[1][p] = certain[1][p] && asRead && digits.size() == 1;
        options[1][p] = digits;
        lines[1][p] = digits[0];
    }
}

// Whether a names field reads as the surname, "<<", the given names (one filler between words), then fillers only,
// each word in pinyin; a word cut at the field's end may end in part of a syllable.
bool namesInPinyin(std::string_view field) {
    const std::size_t end = field.find_last_not_of('<');
    const std::size_t parted = field.find("<<");
    if (field.empty() || field[0] == '<' || end == std::string_view::npos || parted >= end ||
        field.find("<<", parted + 2) <= end)
        return false;
    for (std::size_t at = 0; at <= end;) {
        const std::size_t next = std::min(field.find('<', at), end + 1);
        if (next > at && !spelledInPinyin(field.substr(at, next - at), next == field.size()))
            return false;
        at = next + 1;
    }
    return true;
}

// The names of a passport of the People's Republic are spelt in pinyin (护照法; ü as LV/NV, or LYU/NYU since 2012):
// where its names' letters are in doubt, a reading that spells each name in pinyin is the name — when exactly one
// does. Only on a TD3 page of type P whose issuing state and nationality are both CHN, read for certain, with an
// ordinary passport's number (E or G and eight more characters, its check digit matching, all certain): a Hong Kong
// or Macao SAR passport (CHN as well, numbers K, H or MA…) spells names its own way ("HO", which would be "MO").
// At most four letters in doubt, each read as one of at most three; `lines`, `options` and `certain` as resolveMrz
// keeps them.
void settleNamesInPinyin(const Layout& layout, std::vector<std::string>& lines,
                         const std::vector<std::vector<std::string>>& options,
                         std::vector<std::vector<bool>>& certain) {
    if (!mainlandPassport(layout, lines, certain, "EG"))
        return;
    const std::string& page = lines[0];
    const std::string& data = lines[1];
    for (int p = 0; p <= 9; ++p)
        if (!certain[1][p])
            return;
    if (!checkCharMatches(std::string_view(data).substr(0, 9), data[9]))
        return;
    constexpr int kFrom = 5, kTo = 44; // the names' field
    std::vector<int> open;
    for (int p = kFrom; p < kTo; ++p)
        if (!certain[0][p])
            open.push_back(p);
    if (open.empty() || open.size() > 4)
        return;
    // A position read as no character (a thumb over it: anything it may hold) is not spelt out by the names.
    for (int p : open)
        if (options[0][p].size() > 3)
            return;
    // Every reading of the letters in doubt; each that spells the names.
    std::string name = page.substr(kFrom, kTo - kFrom);
    std::string fits;
    int fitting = 0;
    std::vector<std::size_t> pick(open.size(), 0);
    while (true) {
        for (std::size_t k = 0; k < open.size(); ++k)
            name[static_cast<std::size_t>(open[k] - kFrom)] = options[0][open[k]][pick[k]];
        if (namesInPinyin(name)) {
            ++fitting;
            fits = name;
        }
        std::size_t k = 0;
        while (k < open.size() && ++pick[k] == options[0][open[k]].size())
            pick[k++] = 0;
        if (k == open.size())
            break;
    }
    if (fitting != 1)
        return;
    lines[0].replace(kFrom, kTo - kFrom, fits);
    for (int p : open)
        certain[0][p] = true;
}

} // namespace

std::optional<MrzResult> resolveMrz(const std::vector<std::vector<std::string>>& candidates) {
    if (candidates.empty())
        return std::nullopt;
    const Layout* layout = layoutFor(candidates.size(), candidates.front().size());
    if (!layout)
        return std::nullopt;
    for (const auto& line : candidates)
        if (line.size() != static_cast<std::size_t>(layout->width))
            return std::nullopt;

    const auto kinds = positionKinds(*layout);

    // Per position, the allowed readings best first. A reading of the wrong class stands for its look-alike (an O
    // where only a digit may be is a 0), but such a position is not certain; nor is one read more than one way.
    std::vector<std::vector<std::string>> options(layout->lines, std::vector<std::string>(layout->width));
    std::vector<std::vector<bool>> certain(layout->lines, std::vector<bool>(layout->width, true));
    std::vector<std::string> lines(layout->lines, std::string(layout->width, '<'));
    for (int l = 0; l < layout->lines; ++l) {
        for (int p = 0; p < layout->width; ++p) {
            std::string& opts = options[l][p];
            bool asRead = false;
            opts = readingsAs(candidates[l][p], kinds[l][p], asRead);
            certain[l][p] = asRead;
            if (opts.empty()) {
                opts = "<";
                certain[l][p] = false;
            }
            certain[l][p] = certain[l][p] && opts.size() == 1;
            lines[l][p] = opts[0];
        }
    }

    for (const FieldDef& f : layout->fields) {
        const std::string name = f.name;
        std::string& line = lines[f.line];
        if (name == "issuingState" || name == "nationality") {
            // An uncertain code: settled when exactly one of the codes its readings make is a state's.
            bool sure = certain[f.line][f.start] && certain[f.line][f.start + 1] && certain[f.line][f.start + 2];
            if (sure)
                continue;
            const auto& o = options[f.line];
            std::vector<std::string> codes;
            for (char a : o[f.start])
                for (char b : o[f.start + 1])
                    for (char c : o[f.start + 2])
                        if (isStateCode(std::string{a, b, c}))
                            codes.push_back({a, b, c});
            if (codes.size() == 1) {
                line.replace(static_cast<std::size_t>(f.start), 3, codes[0]);
                for (int i = 0; i < 3; ++i)
                    certain[f.line][f.start + i] = true;
            }
        } else if (name == "documentCode" && !certain[f.line][f.start]) {
            // The document's type (Doc 9303): P a passport and V a visa on a page of 44 characters a line; A, C or I
            // an identity document, or V a visa, of 36; A, C or I a card of 30. An uncertain first character is
            // settled when exactly one of its readings is a type its layout may have.
            const std::string types = layout->width == 44 ? "PV" : layout->width == 36 ? "ACIV" : "ACI";
            std::string fitting;
            for (char c : options[f.line][f.start])
                if (types.find(c) != std::string::npos)
                    fitting += c;
            if (fitting.size() == 1) {
                line[f.start] = fitting[0];
                certain[f.line][f.start] = true;
            }
        } else if (name == "names" || name == "optional1" || name == "optional2") {
            // After three fillers read for certain only fillers follow: a position there that may be one is one.
            const auto field = std::string_view(line).substr(f.start, f.length);
            for (std::size_t run = field.find("<<<"); run != std::string_view::npos; run = field.find("<<<", run + 1)) {
                const int at = f.start + static_cast<int>(run);
                if (!(certain[f.line][at] && certain[f.line][at + 1] && certain[f.line][at + 2]))
                    continue;
                for (int p = at + 3; p < f.start + f.length; ++p)
                    if (!certain[f.line][p] && options[f.line][p].find('<') != std::string::npos) {
                        line[p] = '<';
                        certain[f.line][p] = true;
                    }
                break;
            }
        }
    }

    narrowMainlandNumber(*layout, lines, options, certain);

    // Under a check digit one uncertain position may be settled: when exactly one of its readings makes the digit
    // match. With two, or with readings the digit cannot tell apart (G and 6, S and 8, whose values differ by ten),
    // nothing is guessed: a one-in-ten chance for any wrong reading to fit would accept wrong ones.
    auto settle = [&](const std::vector<std::pair<int, int>>& positions, auto matches) {
        std::vector<std::pair<int, int>> open;
        for (const auto& [l, p] : positions)
            if (!certain[l][p])
                open.push_back({l, p});
        if (open.size() != 1)
            return;
        const auto [l, p] = open.front();
        char fits = 0;
        int fitting = 0;
        for (char c : options[l][p]) {
            lines[l][p] = c;
            if (matches()) {
                fits = c;
                ++fitting;
            }
        }
        lines[l][p] = fitting == 1 ? fits : options[l][p][0];
        certain[l][p] = fitting == 1;
    };
    for (const FieldDef& f : layout->fields) {
        if (f.checkLine < 0)
            continue;
        std::vector<std::pair<int, int>> positions;
        for (int i = 0; i < f.length; ++i)
            positions.push_back({f.line, f.start + i});
        positions.push_back({f.checkLine, f.checkPos});
        settle(positions, [&] {
            return checkCharMatches(std::string_view(lines[f.line]).substr(f.start, f.length),
                                    lines[f.checkLine][f.checkPos]);
        });
    }
    // The composite: its own digit, and positions it covers that no field's check digit covers.
    std::vector<std::pair<int, int>> loose{{layout->compositeLine, layout->compositePos}};
    for (const auto& [line, range] : layout->composite)
        for (int p = range.first; p < range.second; ++p) {
            bool underField = false;
            for (const FieldDef& f : layout->fields)
                underField =
                    underField || (f.checkLine >= 0 && ((f.line == line && p >= f.start && p < f.start + f.length) ||
                                                        (f.checkLine == line && p == f.checkPos)));
            if (!underField)
                loose.push_back({line, p});
        }
    settle(loose, [&] {
        const auto parsed = parseMrz(lines);
        return parsed && parsed->fields.at("composite").valid;
    });
    settleNamesInPinyin(*layout, lines, options, certain);

    auto out = parseMrz(lines);
    if (!out)
        return out;
    for (int l = 0; l < layout->lines; ++l)
        for (int p = 0; p < layout->width; ++p)
            if (!certain[l][p]) {
                out->uncertain.push_back({l, p});
                out->uncertainReadings.push_back(options[l][p]);
            }
    out->valid = out->valid && out->uncertain.empty();
    return out;
}

std::string mrzDate(std::string_view yymmdd, int yearNow, int futureYears) {
    if (yymmdd.size() != 6 || !std::all_of(yymmdd.begin(), yymmdd.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    const int yy = std::stoi(std::string(yymmdd.substr(0, 2)));
    const int limit = yearNow + futureYears;
    int year = (limit / 100) * 100 + yy;
    if (year > limit)
        year -= 100;
    return std::to_string(year) + "-" + std::string(yymmdd.substr(2, 2)) + "-" + std::string(yymmdd.substr(4, 2));
}

} // namespace ow::scan
