#include "CardText.h"

#include "domain/IdNumber.h"
#include "domain/WorkCalendar.h"

#include <Poco/UnicodeConverter.h>

#include <algorithm>
#include <stdexcept>

namespace ow::idcard {

namespace {

struct Code {
    std::string_view code;
    std::string_view name;
};
constexpr Code kEthnicGroups[] = {
#include "EthnicGroups.inc"
};
constexpr Code kSexes[] = {
#include "Sexes.inc"
};

std::optional<std::string_view> lookUp(std::span<const Code> table, std::string_view code) {
    const auto found = std::find_if(table.begin(), table.end(), [&](const Code& c) { return c.code == code; });
    if (found == table.end())
        return std::nullopt;
    return found->name;
}

struct Field {
    std::size_t offset, size;
};
constexpr std::size_t kMarkOffset = 248;
constexpr Field kFrom{188, 16}, kTo{204, 16};
// Resident cards and residence permits.
constexpr Field kName{0, 30}, kSex{30, 2}, kNation{32, 4}, kBirth{36, 16}, kAddress{52, 70}, kNumber{122, 36},
    kAuthority{158, 30}, kPassNumber{220, 18}, kIssueCount{238, 4};
// The 2017 foreigner's card.
constexpr Field kF17English{0, 120}, kF17Sex{120, 2}, kF17Number{122, 30}, kF17Nationality{152, 6}, kF17Name{158, 30},
    kF17Birth{220, 16}, kF17Office{240, 8};
// The 2023 foreigner's card.
constexpr Field kF23Name{0, 30}, kF23Sex{30, 2}, kF23Renewals{32, 4}, kF23Birth{36, 16}, kF23English1{52, 70},
    kF23Number{122, 36}, kF23English2{220, 22}, kF23Nationality{242, 6};

class BadField : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The field's characters, padding (spaces, NULs) at the end removed.
std::string field(std::span<const std::uint8_t> block, Field f, bool trim = true) {
    Poco::UTF16String units;
    for (std::size_t i = f.offset; i + 1 < f.offset + f.size; i += 2) {
        const auto unit = static_cast<char16_t>(block[i] | (block[i + 1] << 8));
        if (unit >= 0xD800 && unit <= 0xDFFF)
            throw BadField("a character outside UCS-2");
        units.push_back(unit);
    }
    if (trim)
        while (!units.empty() && (units.back() == u' ' || units.back() == 0))
            units.pop_back();
    else // a part of a longer field: its padding kept, as spaces
        std::replace(units.begin(), units.end(), char16_t{0}, u' ');
    if (std::find(units.begin(), units.end(), char16_t{0}) != units.end())
        throw BadField("a NUL inside a field");
    std::string text;
    Poco::UnicodeConverter::convert(units, text);
    return text;
}

bool allOf(std::string_view text, bool (*test)(char)) { return std::all_of(text.begin(), text.end(), test); }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }

// "19900101" -> "1990-01-01", only for a real calendar date.
std::string date(const std::string& compact, std::string_view what) {
    if (compact.size() == 8 && allOf(compact, digit)) {
        std::string iso = compact.substr(0, 4) + '-' + compact.substr(4, 2) + '-' + compact.substr(6, 2);
        if (parseIsoDate(iso))
            return iso;
    }
    throw BadField(std::string(what) + " is not a date");
}

std::string sexOf(const std::string& code, CardText& card) {
    if (code != "1" && code != "2")
        throw BadField("sex code '" + code + "' is neither 1 nor 2");
    card.sexCode = code;
    return std::string(*sexName(code));
}

void validity(std::span<const std::uint8_t> block, CardText& card, bool longTermAllowed) {
    card.validFrom = date(field(block, kFrom), "valid-from");
    const std::string to = field(block, kTo);
    card.validTo = longTermAllowed && to == kLongTerm ? std::string(kLongTerm) : date(to, "valid-to");
    if (card.validTo != kLongTerm && card.validTo <= card.validFrom)
        throw BadField("the card ends before it begins");
}

// An 18-character number whose check character fits, whose birth date and sex digit agree with the card's.
void checkNumber18(const CardText& card) {
    const std::string& n = card.idNumber;
    if (n.size() != 18 || !allOf(std::string_view(n).substr(0, 17), digit) || !(digit(n[17]) || n[17] == 'X'))
        throw BadField("the number is not 17 digits and a check character");
    if (IdNumber::checkCharacter(std::string_view(n).substr(0, 17)) != n[17])
        throw BadField("the number's check character does not fit");
    if (IdNumber::birthDate(n) != card.birthDate)
        throw BadField("the number's birth date differs from the card's");
    if (IdNumber::isMale(n) != (card.sexCode == "1"))
        throw BadField("the number's sex digit differs from the card's sex");
}

// Latin capitals as the card prints them, with spaces, commas, hyphens, apostrophes and full stops.
void checkEnglishName(const std::string& name) {
    if (name.empty())
        throw BadField("the English name is empty");
    if (!std::all_of(name.begin(), name.end(), [](char c) { return c >= 0x20 && c <= 0x7E; }))
        throw BadField("the English name is not in Latin letters");
}

void decodeResidentLayout(std::span<const std::uint8_t> block, CardText& card) {
    card.name = field(block, kName);
    card.sex = sexOf(field(block, kSex), card);
    card.birthDate = date(field(block, kBirth), "the birth date");
    card.address = field(block, kAddress);
    card.idNumber = field(block, kNumber);
    card.authority = field(block, kAuthority);
    if (card.name.empty() || card.address.empty() || card.authority.empty())
        throw BadField("the name, address or authority is empty");
    checkNumber18(card);
    const std::string nation = field(block, kNation);
    if (card.type == CardType::Resident) {
        if (!ethnicGroupName(nation))
            throw BadField("ethnic group code '" + nation + "' is not in GB 3304");
        card.nationCode = nation;
        card.nation = ethnicGroupOnCard(nation);
        validity(block, card, true);
        return;
    }
    if (!nation.empty())
        throw BadField("a residence permit with an ethnic group");
    const std::string_view region = std::string_view(card.idNumber).substr(0, 6);
    if (region != "810000" && region != "820000" && region != "830000")
        throw BadField("a residence permit's number begins with 810000, 820000 or 830000");
    card.passNumber = field(block, kPassNumber);
    const std::string count = field(block, kIssueCount);
    if (card.passNumber.empty() || count.size() != 2 || !allOf(count, digit))
        throw BadField("the permit's travel permit number or issue count is missing");
    card.issueCount = std::stoi(count);
    validity(block, card, false);
}

void decodeForeign2017(std::span<const std::uint8_t> block, CardText& card) {
    card.englishName = field(block, kF17English);
    card.sex = sexOf(field(block, kF17Sex), card);
    card.idNumber = field(block, kF17Number);
    card.nationality = field(block, kF17Nationality);
    card.name = field(block, kF17Name);
    card.birthDate = date(field(block, kF17Birth), "the birth date");
    card.authority = field(block, kF17Office);
    checkEnglishName(card.englishName);
    if (card.idNumber.size() != 15 || !allOf(card.idNumber.substr(0, 3), upper) ||
        !allOf(card.idNumber.substr(3), digit))
        throw BadField("the card number is not three letters and twelve digits");
    if (card.nationality.size() != 3 || !allOf(card.nationality, upper))
        throw BadField("the nationality is not a three-letter code");
    validity(block, card, false);
}

void decodeForeign2023(std::span<const std::uint8_t> block, CardText& card) {
    card.name = field(block, kF23Name);
    card.sex = sexOf(field(block, kF23Sex), card);
    const std::string renewals = field(block, kF23Renewals);
    if (renewals.size() != 2 || !allOf(renewals, digit))
        throw BadField("the renewal count is not two digits");
    card.issueCount = std::stoi(renewals);
    card.birthDate = date(field(block, kF23Birth), "the birth date");
    // The English name's letters 1-35, then 36-46: the first part keeps its padding when the second goes on.
    card.englishName = field(block, kF23English1, false) + field(block, kF23English2, false);
    while (!card.englishName.empty() && card.englishName.back() == ' ')
        card.englishName.pop_back();
    card.idNumber = field(block, kF23Number);
    card.nationality = field(block, kF23Nationality);
    checkEnglishName(card.englishName);
    if (card.idNumber.empty() || card.idNumber[0] != '9')
        throw BadField("the card number does not begin with 9");
    checkNumber18(card);
    if (card.nationality.size() != 3 || !allOf(card.nationality, upper))
        throw BadField("the nationality is not a three-letter code");
    validity(block, card, false);
}

void put(std::vector<std::uint8_t>& block, Field f, std::string_view text) {
    Poco::UTF16String units;
    Poco::UnicodeConverter::convert(std::string(text), units);
    if (units.size() * 2 > f.size)
        throw std::invalid_argument("'" + std::string(text) + "' is longer than its field");
    for (std::size_t i = 0; i < f.size / 2; ++i) {
        const char16_t unit = i < units.size() ? units[i] : u' ';
        block[f.offset + 2 * i] = static_cast<std::uint8_t>(unit & 0xFF);
        block[f.offset + 2 * i + 1] = static_cast<std::uint8_t>(unit >> 8);
    }
}

std::string compact(std::string_view iso) {
    std::string out(iso);
    std::erase(out, '-');
    return out;
}

std::string twoDigits(int n) {
    return std::string{static_cast<char>('0' + n / 10 % 10), static_cast<char>('0' + n % 10)};
}

} // namespace

std::string_view cardTypeName(CardType type) {
    switch (type) {
    case CardType::Resident: return "resident";
    case CardType::HongKongMacaoTaiwan: return "hk_macao_taiwan";
    case CardType::ForeignPermanent: return "foreign_permanent";
    case CardType::ForeignPermanent2023: return "foreign_permanent_2023";
    }
    return "resident";
}

std::string_view cardTypeTitle(CardType type) {
    switch (type) {
    case CardType::Resident: return "居民身份证";
    case CardType::HongKongMacaoTaiwan: return "港澳台居民居住证";
    case CardType::ForeignPermanent: return "外国人永久居留身份证";
    case CardType::ForeignPermanent2023: return "外国人永久居留身份证（2023 版）";
    }
    return "居民身份证";
}

std::optional<std::string_view> ethnicGroupName(std::string_view code) { return lookUp(kEthnicGroups, code); }
std::optional<std::string_view> sexName(std::string_view code) { return lookUp(kSexes, code); }

std::string ethnicGroupOnCard(std::string_view code) {
    const auto name = ethnicGroupName(code);
    if (!name)
        return {};
    std::string text(*name);
    const std::string_view suffix = "族";
    if (code != "97" && code != "98" && text.ends_with(suffix))
        text.resize(text.size() - suffix.size());
    return text;
}

TextResult decodeText(std::span<const std::uint8_t> block) {
    if (block.size() != kTextBytes)
        return {std::nullopt, "the text block has " + std::to_string(block.size()) + " bytes, not 256"};
    CardText card;
    const std::uint8_t mark = block[kMarkOffset];
    const bool markIsAscii = block[kMarkOffset + 1] == 0;
    try {
        if (markIsAscii && (mark == ' ' || mark == 0)) {
            card.type = CardType::Resident;
            decodeResidentLayout(block, card);
        } else if (markIsAscii && mark == 'J') {
            card.type = CardType::HongKongMacaoTaiwan;
            decodeResidentLayout(block, card);
        } else if (markIsAscii && mark == 'I') {
            card.type = CardType::ForeignPermanent;
            decodeForeign2017(block, card);
        } else if (markIsAscii && mark == 'Y') {
            card.type = CardType::ForeignPermanent2023;
            decodeForeign2023(block, card);
        } else {
            return {std::nullopt, "an unknown card type mark"};
        }
    } catch (const BadField& e) {
        return {std::nullopt, std::string(cardTypeTitle(card.type)) + ": " + e.what()};
    }
    return {std::move(card), {}};
}

std::vector<std::uint8_t> encodeText(const CardText& card) {
    std::vector<std::uint8_t> block(kTextBytes, 0);
    put(block, {0, kTextBytes}, "");
    const auto validTo = card.validTo == kLongTerm ? std::string(kLongTerm) : compact(card.validTo);
    put(block, kFrom, compact(card.validFrom));
    put(block, kTo, validTo);
    switch (card.type) {
    case CardType::Resident:
    case CardType::HongKongMacaoTaiwan:
        put(block, kName, card.name);
        put(block, kSex, card.sexCode);
        put(block, kNation, card.nationCode);
        put(block, kBirth, compact(card.birthDate));
        put(block, kAddress, card.address);
        put(block, kNumber, card.idNumber);
        put(block, kAuthority, card.authority);
        if (card.type == CardType::HongKongMacaoTaiwan) {
            put(block, kPassNumber, card.passNumber);
            put(block, kIssueCount, twoDigits(card.issueCount));
            put(block, {kMarkOffset, 2}, "J");
        }
        break;
    case CardType::ForeignPermanent:
        put(block, kF17English, card.englishName);
        put(block, kF17Sex, card.sexCode);
        put(block, kF17Number, card.idNumber);
        put(block, kF17Nationality, card.nationality);
        put(block, kF17Name, card.name);
        put(block, kF17Birth, compact(card.birthDate));
        put(block, {236, 4}, "02");
        put(block, kF17Office, card.authority);
        put(block, {kMarkOffset, 2}, "I");
        break;
    case CardType::ForeignPermanent2023: {
        put(block, kF23Name, card.name);
        put(block, kF23Sex, card.sexCode);
        put(block, kF23Renewals, twoDigits(card.issueCount));
        put(block, kF23Birth, compact(card.birthDate));
        const std::string first = card.englishName.substr(0, std::min<std::size_t>(35, card.englishName.size()));
        put(block, kF23English1, first);
        put(block, kF23English2, card.englishName.size() > 35 ? card.englishName.substr(35) : "");
        put(block, kF23Number, card.idNumber);
        put(block, kF23Nationality, card.nationality);
        put(block, {kMarkOffset, 2}, "Y");
        break;
    }
    }
    return block;
}

bool hasExpired(const CardText& card, std::string_view todayIso) {
    return card.validTo != kLongTerm && card.validTo < todayIso;
}

} // namespace ow::idcard
