#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"

#include <gtest/gtest.h>

using namespace ow;

namespace {
constexpr const char* kToday = "2026-11-27";
}

TEST(IdNumber, AcceptsTheStandardsExamples) {
    EXPECT_TRUE(IdNumber::isValid("11010519491231002X", kToday)); // GB 11643 example
    EXPECT_TRUE(IdNumber::isValid("11010519491231002x", kToday));
    // The standard's other example was born in 1880: a valid check character, but no living applicant.
    EXPECT_EQ(IdNumber::check("440524188001010014", kToday), IdNumber::Problem::BirthDate);
    EXPECT_TRUE(IdNumber::isValid("110105 19491231 002X", kToday));
    EXPECT_EQ(IdNumber::checkCharacter("11010519491231002"), 'X');
    EXPECT_EQ(IdNumber::birthDate("11010519491231002X"), "1949-12-31");
    EXPECT_FALSE(IdNumber::isMale("11010519491231002X")); // 17th digit 2: female
    std::string male = "51010419900101123"; // 17th digit 3: male
    male.push_back(IdNumber::checkCharacter(male));
    EXPECT_TRUE(IdNumber::isValid(male, kToday));
    EXPECT_TRUE(IdNumber::isMale(male));
}

TEST(IdNumber, SaysWhatIsWrong) {
    EXPECT_EQ(IdNumber::check("110105194912310021", kToday), IdNumber::Problem::CheckCharacter);
    EXPECT_EQ(IdNumber::check("11010519491231002", kToday), IdNumber::Problem::Length);
    EXPECT_EQ(IdNumber::check("1101051949123100AX", kToday), IdNumber::Problem::Characters);
    EXPECT_EQ(IdNumber::check("99010519491231002X", kToday), IdNumber::Problem::Region);
    EXPECT_EQ(IdNumber::check("110105194902300025", kToday), IdNumber::Problem::BirthDate); // 30 February
    std::string future = "11010520300101001";
    future.push_back(IdNumber::checkCharacter(future));
    EXPECT_EQ(IdNumber::check(future, kToday), IdNumber::Problem::BirthDate);
}

TEST(IdNumber, ConvertsTheFifteenDigitForm) {
    // 110105491231002 is the 15-digit form of 11010519491231002X.
    EXPECT_TRUE(IdNumber::isValid("110105491231002", kToday));
    EXPECT_EQ(IdNumber::normalize("110105491231002", kToday), std::optional<std::string>("11010519491231002X"));
    EXPECT_EQ(IdNumber::normalize("11010519491231002x", kToday), std::optional<std::string>("11010519491231002X"));
    EXPECT_FALSE(IdNumber::normalize("110105491331002", kToday)); // month 13
}

TEST(IdNumber, MasksAllButRegionAndLastFour) {
    EXPECT_EQ(IdNumber::masked("11010519491231002X"), "110105********002X");
    EXPECT_EQ(IdNumber::masked("123"), "***");
}

TEST(CreditCode, AcceptsRealCodesAndRefusesAlteredOnes) {
    for (const char* code : {"9144030071526726XG", "91330100716105852F", "914403001922038216", "91350100M000100Y43"})
        EXPECT_TRUE(CreditCode::isValid(code)) << code;
    EXPECT_TRUE(CreditCode::isValid("9144030071526726xg"));
    EXPECT_EQ(CreditCode::check("9144030071526726XH"), CreditCode::Problem::CheckCharacter);
    EXPECT_EQ(CreditCode::check("9144030071526727XG"), CreditCode::Problem::CheckCharacter);
    EXPECT_EQ(CreditCode::check("9144030071526726X"), CreditCode::Problem::Length);
    EXPECT_EQ(CreditCode::check("91440300715267I6XG"), CreditCode::Problem::Characters); // I is not used
    EXPECT_EQ(CreditCode::checkCharacter("91330100716105852"), 'F');
}

TEST(CaseNumberFuzzFindings, ANumberHasOneWayToBeWritten) {
    // Found by fuzzing: the check digits were over the text as typed, so extra leading zeros in the sequence made a
    // second spelling of a number that parsed — and then was not found under its own printed form.
    const std::string body = "DEMO-20261127-C1-082691";
    EXPECT_FALSE(CaseNumber::parse(body + "-" + CaseNumber::checkDigits(body)).has_value());
    const std::string printed = CaseNumber{"DEMO", "20261127", "C1", 82691}.text();
    ASSERT_TRUE(CaseNumber::parse(printed).has_value());
    EXPECT_EQ(CaseNumber::parse(printed)->text(), printed);
}
