#include "domain/DailyStats.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;

TEST(DailyStats, TheWireFormReadsBackAsItWasWritten) {
    DailyStats day;
    day.hall = "h1";
    day.date = "2026-11-26";
    day.totals.ticketsIssued = 6;
    day.totals.wait = durationFigures({60, 120, 300, 600, 3600});
    day.totals.casesOverdue = 2;
    day.totals.ratings.levels[4] = 1;
    day.totals.ratings.levels[1] = 1;
    day.totals.ratings.figures = {3, 2, 1, 1};
    DayFigures counter;
    counter.key = "2";
    counter.label = "2";
    counter.served = 1;
    day.byCounter.push_back(counter);
    DayFigures clerk;
    clerk.key = "clerk-h1-2";
    clerk.label = "办事员2";
    day.byClerk.push_back(clerk);
    day.hourly.resize(24);
    day.hourly[9].arrivals = 3;
    day.hourly[9].waitingAtEnd = 1;

    const DailyStats back = dailyStatsFromJson(parseObject(toJsonText(dailyStatsToJson(day))));
    EXPECT_EQ(back.date, "2026-11-26");
    EXPECT_EQ(back.totals.ticketsIssued, 6);
    EXPECT_DOUBLE_EQ(back.totals.wait.avg, 936.0);
    EXPECT_EQ(back.totals.wait.p90, 3600);
    EXPECT_EQ(back.totals.casesOverdue, 2);
    EXPECT_EQ(back.totals.ratings.levels[4], 1);
    EXPECT_DOUBLE_EQ(back.totals.ratings.figures.ratingRate(), 2.0 / 3);
    EXPECT_DOUBLE_EQ(back.totals.ratings.figures.goodRate(), 0.5);
    ASSERT_EQ(back.byCounter.size(), 1u);
    EXPECT_EQ(back.byCounter[0].key, "2");
    EXPECT_EQ(back.byCounter[0].served, 1);
    ASSERT_EQ(back.byClerk.size(), 1u);
    EXPECT_EQ(back.byClerk[0].label, "办事员2");
    ASSERT_EQ(back.hourly.size(), 24u);
    EXPECT_EQ(back.hourly[9].arrivals, 3);
    EXPECT_EQ(back.hourly[9].waitingAtEnd, 1);
    EXPECT_THROW(dailyStatsFromJson(parseObject("{}")), BadInput); // no date
}
