// 好差评 rules: the five levels, reasons required for a bad rating, rectification deadlines on the working-day
// calendar, and the supervisor's figures against a day computed by hand.
#include "domain/Rating.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;

namespace {

Date d(std::string_view iso) { return *parseIsoDate(iso); }

// 2024 around Mid-Autumn and National Day, as the State Council announced them.
WorkCalendar autumn2024() {
    return WorkCalendar::fromJson(parseObject(R"({"years":[{"year":2024,
        "holidays":["2024-09-15","2024-09-16","2024-09-17","2024-10-01","2024-10-02","2024-10-03","2024-10-04",
                    "2024-10-05","2024-10-06","2024-10-07"],
        "workdays":["2024-09-14","2024-09-29","2024-10-12"]}]})"));
}

} // namespace

TEST(Rating, FiveLevelsTheTwoBadOnesNeedAReason) {
    EXPECT_EQ(ratingLevelFromInt(5), RatingLevel::VerySatisfied);
    EXPECT_STREQ(ratingLevelName(RatingLevel::Neutral), "基本满意");
    EXPECT_STREQ(ratingLevelName(RatingLevel::VeryDissatisfied), "非常不满意");
    EXPECT_FALSE(ratingLevelFromInt(0));
    EXPECT_FALSE(ratingLevelFromInt(6));
    EXPECT_FALSE(isBadRating(RatingLevel::Neutral));
    EXPECT_TRUE(isBadRating(RatingLevel::Dissatisfied));

    const auto& reasons = defaultBadRatingReasons();
    EXPECT_EQ(checkRating({5, {}, {}}, reasons), RatingProblem::None);
    EXPECT_EQ(checkRating({3, {}, "还行"}, reasons), RatingProblem::None);
    EXPECT_EQ(checkRating({2, {}, {}}, reasons), RatingProblem::ReasonRequired);
    EXPECT_EQ(checkRating({1, {"多次跑动"}, "跑了三趟"}, reasons), RatingProblem::None);
    EXPECT_EQ(checkRating({1, {"多次跑动", "多次跑动"}, {}}, reasons), RatingProblem::UnknownReason);
    EXPECT_EQ(checkRating({2, {"太热了"}, {}}, reasons), RatingProblem::UnknownReason);
    EXPECT_EQ(checkRating({0, {}, {}}, reasons), RatingProblem::Level);
    std::string longComment;
    for (std::size_t i = 0; i < kMaxRatingComment; ++i)
        longComment += "很"; // three bytes a character: counted as characters
    EXPECT_EQ(checkRating({4, {}, longComment}, reasons), RatingProblem::None);
    EXPECT_EQ(checkRating({4, {}, longComment + "!"}, reasons), RatingProblem::CommentTooLong);
}

TEST(Rating, RectificationIsDueInWorkingDaysAcrossHolidays) {
    const WorkCalendar calendar = autumn2024();
    // Rated bad on Friday 13 September: the follow-up is due on the swapped working Saturday the 14th; the fix,
    // 15 working days on, skips Mid-Autumn and National Day: 14, 18–20, 23–27, 29, 30 Sep, 8–11 Oct.
    const RectificationDue due = rectificationDue(calendar, d("2024-09-13"), {});
    EXPECT_EQ(due.followUp, d("2024-09-14"));
    EXPECT_EQ(due.fix, d("2024-10-11"));
    // A hall that gives five working days for the follow-up.
    EXPECT_EQ(rectificationDue(calendar, d("2024-09-13"), {5, 15}).followUp, d("2024-09-23"));
}

TEST(Rating, TheDaysFiguresMatchTheHandCount) {
    const RectificationDue due{d("2024-09-14"), d("2024-10-11")};
    const std::vector<RatedService> day = {
        {RatingLevel::VerySatisfied, {}, {}, {}},
        {RatingLevel::Satisfied, {}, {}, {}},
        {RatingLevel::Neutral, {}, {}, {}},
        {std::nullopt, {}, {}, {}}, // not rated: counts against the rating rate, not as good
        {RatingLevel::Dissatisfied, due, d("2024-09-14"), d("2024-09-19")},  // both on time
        {RatingLevel::VeryDissatisfied, due, d("2024-09-18"), std::nullopt}, // follow-up late, fix not due yet
        {RatingLevel::Dissatisfied, due, std::nullopt, std::nullopt},        // follow-up overdue, not done
    };
    const RatingFigures f = ratingFigures(day, d("2024-09-20"));
    EXPECT_EQ(f.finished, 7);
    EXPECT_EQ(f.rated, 6);
    EXPECT_EQ(f.good, 3);
    EXPECT_EQ(f.bad, 3);
    EXPECT_DOUBLE_EQ(f.ratingRate(), 6.0 / 7.0);
    EXPECT_DOUBLE_EQ(f.goodRate(), 0.5);
    EXPECT_EQ(f.followUpsDue, 3);
    EXPECT_EQ(f.followUpsOnTime, 1);
    EXPECT_EQ(f.rectificationsDue, 1); // only the one already fixed: the others' day has not passed
    EXPECT_EQ(f.rectificationsOnTime, 1);
    // A month later the unfixed ones are late.
    const RatingFigures later = ratingFigures(day, d("2024-10-20"));
    EXPECT_EQ(later.rectificationsDue, 3);
    EXPECT_EQ(later.rectificationsOnTime, 1);
}
