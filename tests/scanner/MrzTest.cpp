// ICAO 9303 machine readable zones: the specimens of Doc 9303 as fixed vectors, broken variants, and the settling
// of characters an OCR confuses by the check digits.
#include "Mrz.h"
#include "MrzReader.h"

#include <gtest/gtest.h>

#include <tuple>

using namespace ow::scan;

namespace {

const std::vector<std::string> kTd3 = {"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"};
const std::vector<std::string> kTd1 = {"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                                       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"};
const std::vector<std::string> kTd2 = {"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"};

// Each position read as its printed character only.
std::vector<std::vector<std::string>> certain(const std::vector<std::string>& lines) {
    std::vector<std::vector<std::string>> out;
    for (const auto& line : lines) {
        out.emplace_back();
        for (char c : line)
            out.back().push_back(std::string(1, c));
    }
    return out;
}

} // namespace

TEST(Mrz, CheckDigitsFollowDoc9303) {
    EXPECT_EQ(mrzCheckDigit("L898902C3"), 6);
    EXPECT_EQ(mrzCheckDigit("740812"), 2);
    EXPECT_EQ(mrzCheckDigit("120415"), 9);
    EXPECT_EQ(mrzCheckDigit("ZE184226B<<<<<"), 1);
    EXPECT_EQ(mrzCheckDigit("<<<"), 0);
    EXPECT_FALSE(mrzCheckDigit("L8989 2C3").has_value());
}

TEST(Mrz, ThePassportSpecimenIsReadWhole) {
    const auto mrz = parseMrz(kTd3);
    ASSERT_TRUE(mrz);
    EXPECT_EQ(mrz->format, MrzFormat::TD3);
    EXPECT_TRUE(mrz->valid);
    EXPECT_EQ(mrz->value("documentCode"), "P<");
    EXPECT_EQ(mrz->value("issuingState"), "UTO");
    EXPECT_EQ(mrz->value("surname"), "ERIKSSON");
    EXPECT_EQ(mrz->value("givenNames"), "ANNA MARIA");
    EXPECT_EQ(mrz->value("documentNumber"), "L898902C3");
    EXPECT_EQ(mrz->value("nationality"), "UTO");
    EXPECT_EQ(mrz->value("birthDate"), "740812");
    EXPECT_EQ(mrz->value("sex"), "F");
    EXPECT_EQ(mrz->value("expiryDate"), "120415");
    EXPECT_EQ(mrz->value("optional1"), "ZE184226B<<<<<");
    EXPECT_EQ(mrzDate(mrz->value("birthDate"), 2026, 0), "1974-08-12");
    EXPECT_EQ(mrzDate(mrz->value("expiryDate"), 2026, 20), "2012-04-15");
    EXPECT_EQ(mrzDate("300101", 2026, 20), "2030-01-01");
    EXPECT_EQ(mrzDate("300101", 2026, 0), "1930-01-01");
}

TEST(Mrz, TheIdCardSpecimensOfBothSizesAreReadWhole) {
    const auto td1 = parseMrz(kTd1);
    ASSERT_TRUE(td1);
    EXPECT_EQ(td1->format, MrzFormat::TD1);
    EXPECT_TRUE(td1->valid);
    EXPECT_EQ(td1->value("documentNumber"), "D23145890");
    EXPECT_EQ(td1->value("surname"), "ERIKSSON");
    EXPECT_EQ(td1->value("birthDate"), "740812");
    const auto td2 = parseMrz(kTd2);
    ASSERT_TRUE(td2);
    EXPECT_EQ(td2->format, MrzFormat::TD2);
    EXPECT_TRUE(td2->valid);
    EXPECT_EQ(td2->value("givenNames"), "ANNA MARIA");
    EXPECT_EQ(td2->value("expiryDate"), "120415");
}

TEST(Mrz, ALongDocumentNumberOnACardGoesOnInTheOptionalField) {
    // Doc 9303 part 5: '<' where the check digit would be, the number's rest and its check digit after it.
    std::vector<std::string> lines = kTd1;
    const std::string number = "D23145890734"; // 12 characters
    const char check = static_cast<char>('0' + *mrzCheckDigit(number));
    lines[0] = "I<UTO" + number.substr(0, 9) + "<" + number.substr(9) + check;
    lines[0].resize(30, '<');
    std::string covered =
        lines[0].substr(5, 25) + lines[1].substr(0, 7) + lines[1].substr(8, 7) + lines[1].substr(18, 11);
    lines[1][29] = static_cast<char>('0' + *mrzCheckDigit(covered));
    const auto mrz = parseMrz(lines);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->valid);
    EXPECT_EQ(mrz->value("documentNumber"), number);
}

TEST(Mrz, AWrongCheckDigitIsFoundAndNamed) {
    for (const auto& [line, pos, field] : std::vector<std::tuple<int, int, std::string>>{
             {1, 9, "documentNumber"}, {1, 19, "birthDate"}, {1, 27, "expiryDate"}, {1, 42, "optional1"}}) {
        std::vector<std::string> lines = kTd3;
        lines[line][pos] = lines[line][pos] == '9' ? '8' : '9';
        const auto mrz = parseMrz(lines);
        ASSERT_TRUE(mrz);
        EXPECT_FALSE(mrz->valid) << field;
        EXPECT_FALSE(mrz->fields.at(field).valid) << field;
    }
    std::vector<std::string> composite = kTd3;
    composite[1][43] = '1';
    EXPECT_FALSE(parseMrz(composite)->valid);
    EXPECT_FALSE(parseMrz(composite)->fields.at("composite").valid);
    // A changed character under a check digit: the birth date 740812 read as 740813.
    std::vector<std::string> changed = kTd3;
    changed[1][18] = '3';
    EXPECT_FALSE(parseMrz(changed)->fields.at("birthDate").valid);
}

TEST(Mrz, WhatIsNotAZoneIsRefused) {
    EXPECT_FALSE(parseMrz({}));
    EXPECT_FALSE(parseMrz({"P<UTOERIKSSON", "L898902C36"}));
    EXPECT_FALSE(parseMrz({kTd3[0], kTd3[1].substr(0, 43)}));
    std::vector<std::string> lower = kTd3;
    lower[0][6] = 'r';
    EXPECT_FALSE(parseMrz(lower));
}

TEST(Mrz, OneUncertainCharacterUnderACheckDigitIsSettledByIt) {
    auto read = certain(kTd3);
    read[1][5] = "O0";  // L898902C3: the 0 read as O or 0
    read[1][14] = "14"; // 740812: the 4 read as 1 first, 4 second
    read[1][22] = "B";  // 120415: the 2 read as B, where only a digit may stand — its look-alike 8 does not fit
    read[1][22] = "B2";
    read[0][30] = "K<"; // a filler after three certain fillers in the names: a filler
    const auto mrz = resolveMrz(read);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->valid);
    EXPECT_TRUE(mrz->uncertain.empty());
    EXPECT_EQ(mrz->lines, kTd3);
    EXPECT_EQ(mrz->value("birthDate"), "740812");
}

TEST(Mrz, NothingIsGuessed) {
    { // Two uncertain characters under one check digit: several pairs could fit.
        auto read = certain(kTd3);
        read[1][14] = "14";
        read[1][16] = "B"; // only a digit may stand here: 8, but not for certain
        const auto mrz = resolveMrz(read);
        ASSERT_TRUE(mrz);
        EXPECT_FALSE(mrz->valid);
        EXPECT_EQ(mrz->uncertain.size(), 2u);
    }
    { // No check digit covers the names: an uncertain letter there is not read.
        auto read = certain(kTd3);
        read[0][7] = "IL"; // ERIKSSON
        const auto mrz = resolveMrz(read);
        ASSERT_TRUE(mrz);
        EXPECT_FALSE(mrz->valid);
        ASSERT_EQ(mrz->uncertain.size(), 1u);
        EXPECT_EQ(mrz->uncertain[0], std::make_pair(0, 7));
    }
    { // G and 6 have values ten apart: a check digit cannot tell them, so the document number is not read.
        std::vector<std::string> lines = kTd1;
        lines[0] = "I<UTOG23145890";
        lines[0] += static_cast<char>('0' + *mrzCheckDigit("G23145890"));
        lines[0].resize(30, '<');
        auto read = certain(lines);
        read[0][5] = "6G";
        const auto mrz = resolveMrz(read);
        ASSERT_TRUE(mrz);
        EXPECT_FALSE(mrz->valid);
        EXPECT_EQ(mrz->value("documentNumber").substr(0, 1), "6"); // the first reading, shown, not taken
    }
    { // A certain reading that does not fit its check digit stays a wrong check digit.
        auto read = certain(kTd3);
        read[1][5] = "O";
        const auto mrz = resolveMrz(read);
        ASSERT_TRUE(mrz);
        EXPECT_FALSE(mrz->valid);
        EXPECT_FALSE(mrz->fields.at("documentNumber").valid);
    }
}

TEST(Mrz, AnUncertainStateCodeIsSettledOnlyWhenOneCodeFits) {
    auto read = certain(kTd3);
    read[0][2] = "U0"; // UTO, or 0TO: only UTO is a code
    EXPECT_TRUE(resolveMrz(read)->valid);
    auto two = certain(kTd3);
    two[1][10] = "UA";
    two[1][11] = "TU";
    two[1][12] = "OS"; // UTO, ATO?, AUS, UUS? … UTO and AUS are both codes
    EXPECT_FALSE(resolveMrz(two)->valid);
}

namespace {

// A passport of the People's Republic: its names in pinyin, an ordinary passport's number E…, check digits made here.
std::vector<std::string> chinesePassport(const std::string& names, const std::string& number = "E12345678") {
    std::string page = "P<CHN" + names;
    page.resize(44, '<');
    const auto withDigit = [](const std::string& field) {
        return field + static_cast<char>('0' + *mrzCheckDigit(field));
    };
    std::string data = withDigit(number) + "CHN" + withDigit("900101") + "F" + withDigit("300101");
    data.resize(42, '<');
    data += "0";
    std::string composite = data.substr(0, 10) + data.substr(13, 7) + data.substr(21, 22);
    data += static_cast<char>('0' + *mrzCheckDigit(composite));
    return {page, data};
}

} // namespace

TEST(Mrz, AChinesePassportsNameInDoubtIsSettledWhenOneReadingIsPinyin) {
    const auto passport = chinesePassport("ZHANG<<XIAOMING");
    ASSERT_TRUE(parseMrz(passport)->valid);
    auto read = certain(passport);
    read[0][6] = "HM";   // ZHANG or ZMANG
    read[0][19] = "GSC"; // XIAOMING, XIAOMINS or XIAOMINC
    auto mrz = resolveMrz(read);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->valid);
    EXPECT_EQ(mrz->lines, passport);

    const auto chen = chinesePassport("CHEN<<WEI");
    read = certain(chen);
    read[0][7] = "EF";   // CHEN, CHFN
    read[0][12] = "EFP"; // WEI, WFI, WPI
    read[0][13] = "IZ";  // WEI, WEZ
    mrz = resolveMrz(read);
    EXPECT_TRUE(mrz->valid);
    EXPECT_EQ(mrz->lines, chen);

    // A name cut at the field's end may end inside a syllable.
    const auto longName = chinesePassport("OUYANG<<ZHUANGZHUANGZHUANGZHUANGZHUANGZHUANG"); // …ZHUANGZ
    read = certain(longName);
    read[0][13] = "ZQ";
    mrz = resolveMrz(read);
    EXPECT_TRUE(mrz->valid);
    EXPECT_EQ(mrz->lines, longName);
}

TEST(Mrz, APinyinNameIsNotSettledWhereTwoReadingsSpellOneOrItsPassportIsNotAMainlandOne) {
    { // HAN and MAN are both syllables.
        auto read = certain(chinesePassport("LI<<HAN"));
        read[0][9] = "HM";
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
    { // HUANG, or MU'ANG: both spell pinyin.
        auto read = certain(chinesePassport("HUANG<<LEI"));
        read[0][5] = "HM";
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
    { // A Hong Kong SAR passport (CHN as well, a number K…) spells names its own way: HO, not MO.
        auto read = certain(chinesePassport("HO<<KA<MING", "K12345678"));
        read[0][5] = "HM";
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
    { // Another state's passport: its names are not pinyin.
        auto read = certain(kTd3);
        read[0][7] = "IL";
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
    { // Five letters in doubt: not settled (too many readings to trust one that spells).
        auto read = certain(chinesePassport("ZHANG<<XIAOMING"));
        for (int p : {6, 8, 12, 15, 19})
            read[0][p] += "Q";
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
    { // A letter under a thumb (anything the names may hold) is not spelt out by the rest, though only QIONG spells.
        auto read = certain(chinesePassport("LI<<QIONG"));
        read[0][10] = "IABCDEFGHJKLMNOPQRSTUVWXYZ<";
        EXPECT_FALSE(resolveMrz(read)->valid);
        read[0][10] = "IZ";
        EXPECT_TRUE(resolveMrz(read)->valid);
    }
    { // A second "<<" inside the given names is not a name's shape.
        auto read = certain(chinesePassport("WANG<<XIAO<MING"));
        read[0][14] = "Q<"; // XIAQ<MING does not spell; XIA<<MING does, but is no name's shape
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
}

TEST(Mrz, AMainlandPassportsNumberHasDigitsAfterItsSeriesSoALetterThereIsItsLookAlike) {
    const auto passport = chinesePassport("LIU<<WEI", "E25093715");
    auto read = certain(passport);
    read[1][3] = "O"; // E25O93715, read for certain: O where only a digit stands — a 0, settled by the check digit
    auto mrz = resolveMrz(read);
    ASSERT_TRUE(mrz);
    EXPECT_TRUE(mrz->valid);
    EXPECT_EQ(mrz->lines, passport);

    read[1][7] = "I"; // and E25O937I5: two look-alikes under one check digit are not guessed
    EXPECT_FALSE(resolveMrz(read)->valid);

    const auto series = chinesePassport("LIU<<WEI", "EA5093715"); // the second place may hold a letter
    EXPECT_TRUE(resolveMrz(certain(series))->valid);

    const auto older = chinesePassport("LIU<<WEI", "G25093715"); // a G series (before 2012) is left as read
    read = certain(older);
    read[1][3] = "O";
    EXPECT_FALSE(resolveMrz(read)->valid);
    auto hongKong = certain(chinesePassport("CHAN<<TAI<MAN", "K25093715"));
    hongKong[1][3] = "O";
    EXPECT_FALSE(resolveMrz(hongKong)->valid);
}

TEST(Mrz, AnUncertainDocumentTypeIsSettledOnlyWhenOneTypeFits) {
    auto passport = certain(kTd3);
    passport[0][0] = "PM"; // a passport page's type is P or V: only P is one
    EXPECT_TRUE(resolveMrz(passport)->valid);
    passport[0][0] = "PV"; // both are
    EXPECT_FALSE(resolveMrz(passport)->valid);
    passport[0][0] = "MN"; // neither
    EXPECT_FALSE(resolveMrz(passport)->valid);
    auto card = certain(kTd1);
    card[0][0] = "IT"; // a card's is A, C or I
    EXPECT_TRUE(resolveMrz(card)->valid);
    card[0][0] = "PI"; // P is not a card's type, I is
    EXPECT_EQ(resolveMrz(card)->lines[0][0], 'I');
    card[0][0] = "CI";
    EXPECT_FALSE(resolveMrz(card)->valid);
    auto td2 = certain(kTd2);
    td2[0][0] = "IL";
    EXPECT_TRUE(resolveMrz(td2)->valid);
}

TEST(Mrz, TwoReadingsOfAZoneAgreeOnWhatEachWasUnsureOf) {
    // The straightened page unsure of two characters of the number (no check digit settles two); the photo as it
    // lies sure of those, unsure of a letter of the name (no check digit covers it).
    auto page = certain(kTd3);
    page[1][1] = "89";
    page[1][2] = "96";
    auto photo = certain(kTd3);
    photo[0][6] = "RB";
    const auto a = resolveMrz(page), b = resolveMrz(photo);
    ASSERT_FALSE(a->valid);
    ASSERT_FALSE(b->valid);
    const auto agreed = agreedMrz(*a, *b);
    ASSERT_TRUE(agreed);
    EXPECT_TRUE(agreed->valid);
    EXPECT_EQ(agreed->lines, kTd3);
    EXPECT_TRUE(agreedMrz(*b, *a)->valid);

    // Sure both ways but of different characters: not sure at all.
    auto other = certain(kTd3);
    other[0][6] = "R";
    other[0][5] = "X";
    EXPECT_FALSE(agreedMrz(*a, *resolveMrz(other))->valid);
    // Sure in one of a character the other did not see among its readings: both stay possible, nothing is sure.
    auto apart = certain(kTd3);
    apart[0][6] = "P";
    apart[1][1] = "89";
    const auto c = resolveMrz(apart);
    auto unsure = certain(kTd3);
    unsure[0][6] = "RB";
    unsure[1][2] = "96";
    unsure[1][3] = "8B";
    EXPECT_FALSE(agreedMrz(*c, *resolveMrz(unsure))->valid);
    // Not the same zone: nothing.
    EXPECT_FALSE(agreedMrz(*a, *resolveMrz(certain({"P<UTOSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                                                    "X123456789UTO9001011M3001012<<<<<<<<<<<<<<00"}))));
    // Nor of another shape.
    EXPECT_FALSE(agreedMrz(*a, *resolveMrz(certain(kTd1))));
}

TEST(Mrz, WhatNoChoiceSettlesStaysInvalid) {
    auto read = certain(kTd3);
    read[1][15] = "5"; // 740812 → 745812, no other choice given
    const auto mrz = resolveMrz(read);
    ASSERT_TRUE(mrz);
    EXPECT_FALSE(mrz->valid);
    EXPECT_FALSE(mrz->fields.at("birthDate").valid);
    EXPECT_TRUE(mrz->fields.at("documentNumber").valid);
}

namespace {

// Heights as OCR-B prints them at 48 px: capitals 45, digits 48, the filler 41.
std::vector<std::vector<double>> printedHeights(const std::vector<std::string>& lines) {
    std::vector<std::vector<double>> out;
    for (const auto& line : lines) {
        out.emplace_back();
        for (char c : line)
            out.back().push_back(c == '<' ? 41 : (c >= '0' && c <= '9') ? 48 : 45);
    }
    return out;
}

} // namespace

TEST(Mrz, TwoLookAlikesThatKeepTheCheckDigitAreNotTakenOnShapeAlone) {
    // E590109042: both zeros read as O, for certain by shape. Their weights (7 and 3) add to 10: the document
    // number's check digit and the composite one still fit — only their height can tell. (Another state's: on a
    // mainland Chinese passport, whose numbers have digits there, each O would be a 0 in doubt.)
    const std::vector<std::string> truth = {"P<UTOLI<<NA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                                            "E590109042UTO9507199F2702021<<<<<<<<<<<<<<00"};
    auto misread = certain(truth);
    misread[1][3] = "O";
    misread[1][7] = "O";
    ASSERT_TRUE(resolveMrz(misread)->valid) << "the check digits alone would accept the misreading";

    { // Heights unknown (touching print): each O keeps its 0 beside it, and two cannot be settled.
        auto read = misread;
        weighLookAlikes(read, std::vector<std::vector<double>>(2, std::vector<double>(44, 0.0)));
        EXPECT_EQ(read[1][3], "O0");
        const auto mrz = resolveMrz(read);
        EXPECT_FALSE(mrz->valid);
        EXPECT_GE(mrz->uncertain.size(), 2u); // the two Os, and the 5, 1 and 0 that look like letters
    }
    { // Heights as printed: the Os stand as tall as digits, so they are doubted — and two doubts are not guessed.
        auto read = misread;
        weighLookAlikes(read, printedHeights(truth));
        EXPECT_EQ(read[1][3], "O0");
        EXPECT_EQ(read[1][4], "1") << "a 1 as tall as the digits is a 1";
        EXPECT_FALSE(resolveMrz(read)->valid);
    }
    { // Read right, heights as printed: every look-alike's height agrees, nothing is doubted.
        auto read = certain(truth);
        weighLookAlikes(read, printedHeights(truth));
        const auto mrz = resolveMrz(read);
        EXPECT_TRUE(mrz->valid);
        EXPECT_EQ(mrz->lines, truth);
    }
    { // Read both ways by shape, as tall as a digit: the digit stays, and both zeros are read.
        auto read = certain(truth);
        read[1][3] = "O0";
        read[1][7] = "0O";
        weighLookAlikes(read, printedHeights(truth));
        EXPECT_EQ(read[1][3], "0");
        EXPECT_EQ(read[1][7], "0");
        EXPECT_TRUE(resolveMrz(read)->valid);
        // … but not where the height says nothing (no digits read for certain to measure against).
        auto blind = certain(truth);
        blind[1][3] = "O0";
        blind[1][7] = "0O";
        weighLookAlikes(blind, std::vector<std::vector<double>>(2, std::vector<double>(44, 0.0)));
        EXPECT_FALSE(resolveMrz(blind)->valid);
    }
    { // A letter O where letters and digits may stand, as low as the capitals: kept as read.
        std::vector<std::string> lines = kTd1;
        lines[0] = "I<UTOO23145890";
        lines[0] += static_cast<char>('0' + *mrzCheckDigit("O23145890"));
        lines[0].resize(30, '<');
        lines[1][29] = static_cast<char>('0' + *mrzCheckDigit(lines[0].substr(5, 25) + lines[1].substr(0, 7) +
                                                              lines[1].substr(8, 7) + lines[1].substr(18, 11)));
        auto read = certain(lines);
        weighLookAlikes(read, printedHeights(lines));
        EXPECT_EQ(read[0][5], "O");
        EXPECT_TRUE(resolveMrz(read)->valid);
    }
}

TEST(Mrz, LookAlikesAreLeftAloneWhereTheShapeIsNotAZones) {
    // Lines of unequal length (found by fuzzing: positions were looked up past the end of the shorter line).
    std::vector<std::vector<std::string>> ragged = certain({kTd1[0], kTd1[1].substr(0, 12), kTd1[2]});
    const auto before = ragged;
    weighLookAlikes(ragged, printedHeights(kTd1));
    EXPECT_EQ(ragged, before);
}
