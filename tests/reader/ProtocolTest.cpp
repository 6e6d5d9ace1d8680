#include "CardText.h"
#include "SamProtocol.h"
#include "idcard/Cards.h"

#include <gtest/gtest.h>

using namespace ow::idcard;
namespace cards = ow::testing::cards;

TEST(SamProtocol, FramesCommandsAsTheReadersExpect) {
    // The find-card command as the makers' manuals print it.
    EXPECT_EQ(encodeCommand(Command::FindCard),
              (std::vector<std::uint8_t>{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22}));
    EXPECT_EQ(encodeCommand(Command::ReadText),
              (std::vector<std::uint8_t>{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x30, 0x01, 0x32}));
    EXPECT_EQ(encodeCommand(Command::SamId),
              (std::vector<std::uint8_t>{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x12, 0xFF, 0xEE}));
    // And the answer "card found".
    EXPECT_EQ(encodeAnswer({0, 0, 0x9F, {0, 0, 0, 0}}),
              (std::vector<std::uint8_t>{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x08, 0x00, 0x00, 0x9F, 0x00, 0x00, 0x00,
                                         0x00, 0x97}));
}

TEST(SamProtocol, FindsFramesInAStreamAsItArrives) {
    const auto first = encodeAnswer({0, 0, 0x90, {1, 2, 3}});
    const auto second = encodeAnswer({0, 0, 0x80, {}});
    std::vector<std::uint8_t> stream{0x13, 0xAA, 0xAA}; // noise, and the start of a preamble that is not one
    stream.insert(stream.end(), first.begin(), first.end());
    stream.insert(stream.end(), second.begin(), second.end());
    FrameReader reader;
    std::vector<FrameReader::Item> items;
    for (const auto byte : stream) { // a byte at a time, as a slow line gives them
        reader.feed(std::span(&byte, 1));
        while (auto item = reader.next())
            items.push_back(*item);
    }
    ASSERT_EQ(items.size(), 2U);
    EXPECT_EQ(items[0].kind, FrameReader::Kind::Frame);
    EXPECT_EQ(parseAnswer(items[0].body)->data, (std::vector<std::uint8_t>{1, 2, 3}));
    EXPECT_EQ(parseAnswer(items[1].body)->sw3, 0x80);
    EXPECT_EQ(reader.pending(), 0U);
}

TEST(SamProtocol, TellsAWrongCheckByteAndAnImpossibleLength) {
    auto bad = encodeAnswer({0, 0, 0x90, {1, 2, 3}});
    bad.back() ^= 1;
    FrameReader reader;
    reader.feed(bad);
    EXPECT_EQ(reader.next()->kind, FrameReader::Kind::BadCheck);
    EXPECT_FALSE(reader.next());

    // A length of 0xFFFF is not waited for: the search goes on, and the good frame after it is found.
    std::vector<std::uint8_t> stream{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF, 0x00};
    const auto good = encodeAnswer({0, 0, 0x90, {}});
    stream.insert(stream.end(), good.begin(), good.end());
    reader.feed(stream);
    EXPECT_EQ(reader.next()->kind, FrameReader::Kind::BadLength);
    const auto item = reader.next();
    ASSERT_TRUE(item);
    EXPECT_EQ(item->kind, FrameReader::Kind::Frame);
}

TEST(SamProtocol, HalfAFrameIsNoFrame) {
    const auto frame = encodeAnswer({0, 0, 0x90, std::vector<std::uint8_t>(1290, 7)});
    FrameReader reader;
    reader.feed(std::span(frame).first(frame.size() / 2));
    EXPECT_FALSE(reader.next());
    EXPECT_GT(reader.pending(), 0U);
}

TEST(SamProtocol, SaysWhatEachStatusMeans) {
    EXPECT_EQ(describe(0x80), "读卡器上没有卡");
    EXPECT_EQ(describe(0x60), "安全模块自检失败");
    EXPECT_EQ(describe(0x42), "SAM 状态 0x42");
    EXPECT_TRUE(meansNoCard(0x80));
    EXPECT_TRUE(meansNoCard(0x41));
    EXPECT_FALSE(meansNoCard(0x60));
}

TEST(CodeTables, HoldGb3304AndGbT2261) {
    EXPECT_EQ(ethnicGroupName("01"), "汉族");
    EXPECT_EQ(ethnicGroupName("56"), "基诺族");
    EXPECT_EQ(ethnicGroupName("98"), "外国血统中国籍人士");
    EXPECT_FALSE(ethnicGroupName("57"));
    EXPECT_FALSE(ethnicGroupName("1"));
    EXPECT_EQ(ethnicGroupOnCard("02"), "蒙古");
    EXPECT_EQ(ethnicGroupOnCard("05"), "维吾尔");
    EXPECT_EQ(ethnicGroupOnCard("97"), "其他");
    EXPECT_EQ(sexName("1"), "男");
    EXPECT_EQ(sexName("2"), "女");
    EXPECT_FALSE(sexName("3"));
}

namespace {

void expectSame(const CardText& read, const CardText& card) {
    EXPECT_EQ(read.type, card.type);
    EXPECT_EQ(read.name, card.name);
    EXPECT_EQ(read.englishName, card.englishName);
    EXPECT_EQ(read.sex, card.sex);
    EXPECT_EQ(read.nation, card.nation);
    EXPECT_EQ(read.nationality, card.nationality);
    EXPECT_EQ(read.birthDate, card.birthDate);
    EXPECT_EQ(read.address, card.address);
    EXPECT_EQ(read.idNumber, card.idNumber);
    EXPECT_EQ(read.authority, card.authority);
    EXPECT_EQ(read.validFrom, card.validFrom);
    EXPECT_EQ(read.validTo, card.validTo);
    EXPECT_EQ(read.passNumber, card.passNumber);
}

} // namespace

TEST(CardText, ReadsEveryFixedVector) {
    for (const auto& card : {cards::wangLei(), cards::ouyang(), cards::longAddress(), cards::longTerm(),
                             cards::expired(), cards::hongKong(), cards::foreigner2017(), cards::foreigner2023()}) {
        SCOPED_TRACE(card.name + card.englishName);
        const auto block = encodeText(card);
        ASSERT_EQ(block.size(), kTextBytes);
        const auto read = decodeText(block);
        ASSERT_TRUE(read.card) << read.problem;
        expectSame(*read.card, card);
    }
}

TEST(CardText, ReadsTheBlockByteForByte) {
    // The resident layout's first fields as UCS-2LE: 王 U+738B, 蕾 U+857E, spaces; sex "2"; nation "01".
    const auto block = encodeText(cards::wangLei());
    EXPECT_EQ(block[0], 0x8B);
    EXPECT_EQ(block[1], 0x73);
    EXPECT_EQ(block[2], 0x7E);
    EXPECT_EQ(block[3], 0x85);
    EXPECT_EQ(block[4], 0x20);
    EXPECT_EQ(block[5], 0x00);
    EXPECT_EQ(block[30], '2');
    EXPECT_EQ(block[32], '0');
    EXPECT_EQ(block[34], '1');
    EXPECT_EQ(block[248], ' '); // the resident card's type mark
    const auto longTerm = encodeText(cards::longTerm());
    EXPECT_EQ(longTerm[204], 0x7F); // 长 U+957F
    EXPECT_EQ(longTerm[205], 0x95);
}

TEST(CardText, TellsTheCardTypesApartAndNeverMixesTheirFields) {
    const auto hk = decodeText(encodeText(cards::hongKong())).card;
    ASSERT_TRUE(hk);
    EXPECT_EQ(hk->type, CardType::HongKongMacaoTaiwan);
    EXPECT_EQ(cardTypeTitle(hk->type), "港澳台居民居住证");
    EXPECT_TRUE(hk->nation.empty());
    EXPECT_EQ(hk->passNumber, "H60123456");
    EXPECT_EQ(hk->issueCount, 1);

    const auto f17 = decodeText(encodeText(cards::foreigner2017())).card;
    ASSERT_TRUE(f17);
    EXPECT_EQ(f17->type, CardType::ForeignPermanent);
    EXPECT_EQ(f17->idNumber, "USA510080001231");
    EXPECT_TRUE(f17->address.empty());
    EXPECT_TRUE(f17->nation.empty());

    const auto f23 = decodeText(encodeText(cards::foreigner2023())).card;
    ASSERT_TRUE(f23);
    EXPECT_EQ(f23->type, CardType::ForeignPermanent2023);
    EXPECT_EQ(f23->englishName, "GARCIA MARTINEZ, MARIA DE LOS ANGELES ISABEL"); // 44 letters, in two parts

    // A resident card whose type mark is a letter no layout has: not read.
    auto block = encodeText(cards::wangLei());
    block[248] = 'Z';
    EXPECT_FALSE(decodeText(block).card);
}

namespace {

// The block of `card` with one field written over.
std::vector<std::uint8_t> withField(const CardText& card, std::size_t offset, std::u16string text, std::size_t size) {
    auto block = encodeText(card);
    for (std::size_t i = 0; i < size / 2; ++i) {
        const char16_t unit = i < text.size() ? text[i] : u' ';
        block[offset + 2 * i] = static_cast<std::uint8_t>(unit & 0xFF);
        block[offset + 2 * i + 1] = static_cast<std::uint8_t>(unit >> 8);
    }
    return block;
}

} // namespace

TEST(CardText, RefusesABlockThatDoesNotHoldTogether) {
    const auto card = cards::wangLei();
    struct Case {
        const char* what;
        std::vector<std::uint8_t> block;
    };
    std::string number = card.idNumber;
    number[3] = number[3] == '9' ? '8' : '9'; // one digit changed: the check character no longer fits
    std::u16string number16(number.begin(), number.end());
    std::string otherBirth = cards::number("51170219930826220"); // a valid number of another birth date
    const std::vector<Case> cases = {
        {"a check character that does not fit", withField(card, 122, number16, 36)},
        {"a number born on another day",
         withField(card, 122, std::u16string(otherBirth.begin(), otherBirth.end()), 36)},
        {"a birth date that does not exist", withField(card, 36, u"19930230", 16)},
        {"an ethnic group not in GB 3304", withField(card, 32, u"60", 4)},
        {"a sex code neither 1 nor 2", withField(card, 30, u"9", 2)},
        {"a sex against the number's", withField(card, 30, u"1", 2)},
        {"an empty name", withField(card, 0, u"", 30)},
        {"a valid-to date before valid-from", withField(card, 204, u"20100101", 16)},
        {"长期 misspelt", withField(card, 204, u"长", 16)},
        {"a lone surrogate", withField(card, 0, u"\xD800", 30)},
    };
    for (const auto& c : cases)
        EXPECT_FALSE(decodeText(c.block).card) << c.what;
    // A foreigner's English name with a character that is not a Latin letter (found by the fuzzer, fuzz/corpus).
    EXPECT_FALSE(decodeText(withField(cards::foreigner2017(), 0, u"SMITH, 约翰", 120)).card);
    EXPECT_FALSE(decodeText(withField(cards::foreigner2023(), 52, u"GARCIA\u00C9", 70)).card);
    EXPECT_TRUE(decodeText(withField(cards::foreigner2017(), 0, u"O'NEIL-SMITH, J. R.", 120)).card);
    EXPECT_FALSE(decodeText(std::vector<std::uint8_t>(255, 0x20)).card);
    // All zeros (a chip that answered nothing) is no card.
    EXPECT_FALSE(decodeText(std::vector<std::uint8_t>(256, 0)).card);
}

TEST(CardText, SaysWhenACardHasExpired) {
    EXPECT_TRUE(hasExpired(cards::expired(), "2026-12-05"));
    EXPECT_FALSE(hasExpired(cards::expired(), "2021-07-15")); // the last day is still valid
    EXPECT_FALSE(hasExpired(cards::wangLei(), "2026-12-05"));
    EXPECT_FALSE(hasExpired(cards::longTerm(), "2199-01-01"));
}
