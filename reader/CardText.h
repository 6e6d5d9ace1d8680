#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The 256-byte text block of a card's chip, as the SAM hands it over: fixed fields of UCS-2 (UTF-16LE, no surrogates)
// padded with spaces. Three layouts share the block, told apart by the card-type mark at byte 248:
//   ' ' resident identity card (居民身份证): name 30, sex 2, ethnic group 4, birth date 16, address 70, number 36,
//       issuing authority 30, valid from 16, valid to 16 ("长期" for a long-term card), reserved 36;
//   'J' residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证): the resident layout with the
//       ethnic group left blank, then the permit number of the travel permit 18, issue count 4, reserved 6, the mark 2,
//       reserved 6;
//   'I' permanent residence card for foreigners, 2017 (外国人永久居留身份证): English name 120, sex 2, card number 30
//       (15 characters), nationality 6 (ISO 3166-1 alpha-3), Chinese name 30, valid from 16, valid to 16, birth date
//       16, card version 4, the accepting office's code 8, the mark 2, reserved 6;
//   'Y' the same card, 2023 edition: Chinese name 30, sex 2, renewal count 4, birth date 16, English name 70 (its first
//       35 letters), number 36 (18 characters), reserved 30, valid from 16, valid to 16, English name 22 (letters 36
//       to 46), nationality 6, the mark 2, the earlier card's number link 6.
// Decoding is strict: a field that does not fit its layout (a date that does not exist, a code not in its table, a
// number whose check character or birth date disagrees with the rest) makes the whole block "not read". Nothing is
// guessed.
namespace ow::idcard {

enum class CardType { Resident, HongKongMacaoTaiwan, ForeignPermanent, ForeignPermanent2023 };

// "resident", "hk_macao_taiwan", "foreign_permanent", "foreign_permanent_2023": the wire and command-line name.
std::string_view cardTypeName(CardType type);
// "居民身份证", "港澳台居民居住证", "外国人永久居留身份证", "外国人永久居留身份证（2023 版）".
std::string_view cardTypeTitle(CardType type);

constexpr std::size_t kTextBytes = 256;
constexpr std::size_t kPhotoBytes = 1024;
constexpr std::string_view kLongTerm = "长期";

struct CardText {
    CardType type = CardType::Resident;
    std::string name;        // Chinese name; may be empty on a foreigner's card
    std::string englishName; // foreigners' cards only
    std::string sexCode;     // GB/T 2261.1: "1", "2"
    std::string sex;         // "男", "女"
    std::string nationCode;  // GB 3304, resident cards only: "01"
    std::string nation;      // as the card prints it: "汉", "蒙古", "其他"
    std::string nationality; // foreigners' cards: "USA"
    std::string birthDate;   // "1990-01-01"
    std::string address;     // resident cards and residence permits
    std::string idNumber;    // 18 characters; 15 on the 2017 foreigner's card
    std::string authority;   // issuing authority; the accepting office's code on the 2017 foreigner's card
    std::string validFrom;   // "2020-01-01"
    std::string validTo;     // "2040-01-01" or "长期"
    std::string passNumber;  // residence permits: the number of the holder's travel permit (通行证号码)
    int issueCount = 0;      // residence permits: 签发次数; 2023 foreigner's cards: 换证次数
};

struct TextResult {
    std::optional<CardText> card;
    std::string problem; // why not, when no card
};

TextResult decodeText(std::span<const std::uint8_t> block);
// The block a card of these fields holds (the reader's simulator, tests). Throws std::invalid_argument for a field
// longer than its place.
std::vector<std::uint8_t> encodeText(const CardText& card);

// True when the card's validity ended before `todayIso` ("2026-12-05"); a long-term card never expires.
bool hasExpired(const CardText& card, std::string_view todayIso);

// The code tables (resources/idcard): the name for a code, nothing for a code they do not hold.
std::optional<std::string_view> ethnicGroupName(std::string_view code); // "01" -> "汉族"
std::optional<std::string_view> sexName(std::string_view code);         // "1" -> "男"
// "汉族" -> "汉": the ethnic group as the card prints it.
std::string ethnicGroupOnCard(std::string_view code);

} // namespace ow::idcard
