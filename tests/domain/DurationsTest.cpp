#include "domain/Durations.h"
#include "domain/HallTime.h"

#include <gtest/gtest.h>

using namespace ow;

TEST(Durations, PercentilesAreTimesThatWereMeasuredByNearestRank) {
    // Ten waits, in seconds, in no order: sorted 30 60 90 120 150 180 210 240 600 1200.
    const auto f = durationFigures({600, 30, 240, 90, 1200, 60, 150, 120, 210, 180});
    EXPECT_EQ(f.count, 10);
    EXPECT_DOUBLE_EQ(f.avg, 288.0);
    EXPECT_EQ(f.p50, 150); // rank 5
    EXPECT_EQ(f.p90, 600); // rank 9
    EXPECT_EQ(f.max, 1200);
    const auto one = durationFigures({42});
    EXPECT_EQ(one.p50, 42);
    EXPECT_EQ(one.p90, 42);
    const auto three = durationFigures({10, 20, 30});
    EXPECT_EQ(three.p50, 20); // ceil(1.5) = 2
    EXPECT_EQ(three.p90, 30); // ceil(2.7) = 3
    EXPECT_EQ(durationFigures({}).count, 0);
}

TEST(HallTimeDays, ALocalDayStartsAtLocalMidnight) {
    const HallTime shanghai("Asia/Shanghai");
    // 2026-11-27 00:00 in Shanghai is 2026-11-26 16:00 UTC.
    EXPECT_EQ(shanghai.dayStartUtcMs("2026-11-27"), 1795737600000 - 8 * 3600 * 1000);
    EXPECT_EQ(shanghai.businessDay(shanghai.dayStartUtcMs("2026-11-27")), "2026-11-27");
    EXPECT_EQ(shanghai.businessDay(shanghai.dayStartUtcMs("2026-11-27") - 1), "2026-11-26");
    EXPECT_EQ(shanghai.localHour(shanghai.dayStartUtcMs("2026-11-27") + 9 * 3600 * 1000 + 59 * 60 * 1000), 9);
    // A day with a daylight-saving change is 23 hours long.
    const HallTime berlin("Europe/Berlin");
    EXPECT_EQ(berlin.dayStartUtcMs("2026-03-30") - berlin.dayStartUtcMs("2026-03-29"), 23 * 3600 * 1000);
    EXPECT_THROW(shanghai.dayStartUtcMs("2026-02-30"), std::invalid_argument);
    EXPECT_THROW(shanghai.dayStartUtcMs("tomorrow"), std::invalid_argument);
}
