#include "domain/HallTime.h"
#include "domain/Clock.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace ow;

namespace {
// 2026-11-27T15:59:59Z is 23:59:59 in Shanghai; one second later the business day is the 28th there.
constexpr std::int64_t kBeforeMidnightShanghai = 1795795199000;
} // namespace

TEST(HallTime, BusinessDayRollsOverAtLocalMidnight) {
    HallTime shanghai("Asia/Shanghai");
    EXPECT_EQ(utcIso(kBeforeMidnightShanghai), "2026-11-27T15:59:59.000Z");
    EXPECT_EQ(shanghai.businessDay(kBeforeMidnightShanghai), "2026-11-27");
    EXPECT_EQ(shanghai.businessDay(kBeforeMidnightShanghai + 1000), "2026-11-28");
    EXPECT_EQ(shanghai.localClock(kBeforeMidnightShanghai + 1000), "00:00");
    EXPECT_EQ(shanghai.localIso(kBeforeMidnightShanghai + 1000), "2026-11-28T00:00:00+08:00");
}

TEST(HallTime, SameInstantIsADifferentDayInAnotherZone) {
    HallTime urumqi("Asia/Urumqi"); // UTC+6: still the 27th
    HallTime utc("UTC");
    EXPECT_EQ(urumqi.businessDay(kBeforeMidnightShanghai + 1000), "2026-11-27");
    EXPECT_EQ(utc.businessDay(kBeforeMidnightShanghai + 1000), "2026-11-27");
    EXPECT_EQ(utc.businessDay(kBeforeMidnightShanghai + 8 * 3600 * 1000 + 1000), "2026-11-28");
}

TEST(HallTime, UnknownZoneIsRefused) {
    EXPECT_FALSE(HallTime::isKnownZone("Mars/Olympus"));
    EXPECT_FALSE(HallTime::isKnownZone(""));
    EXPECT_TRUE(HallTime::isKnownZone("Asia/Shanghai"));
    EXPECT_THROW(HallTime("Mars/Olympus"), std::invalid_argument);
}

TEST(Clock, TodayIsTheHallsDayInItsOwnZoneAtTheInstantItsSourceGives) {
    std::int64_t now = kBeforeMidnightShanghai;
    Clock shanghai(Clock::kDefaultZone, [&now] { return now; });
    EXPECT_EQ(shanghai.todayIso(), "2026-11-27");
    EXPECT_EQ(shanghai.todayCompact(), "20261127");
    EXPECT_EQ(shanghai.today(), makeDate(2026, 11, 27));
    now += 1000; // midnight in the hall
    EXPECT_EQ(shanghai.todayIso(), "2026-11-28");
    EXPECT_EQ(shanghai.nowLocalIso(), "2026-11-28T00:00:00+08:00");
    EXPECT_EQ(shanghai.hallTime().localDateTime(now), "2026-11-28 00:00");

    Clock urumqi("Asia/Urumqi", [&now] { return now; }); // the same instant is still the 27th there
    EXPECT_EQ(urumqi.todayIso(), "2026-11-27");
    urumqi.setTimeZone("Asia/Shanghai");
    EXPECT_EQ(urumqi.todayIso(), "2026-11-28");
    EXPECT_THROW(urumqi.setTimeZone("Mars/Olympus"), std::invalid_argument);
    EXPECT_EQ(urumqi.timeZone(), "Asia/Shanghai"); // the zone in use stays
}

TEST(Clock, WithoutASourceItReadsTheSystemTime) {
    const Clock clock;
    const std::int64_t before = nowUtcMs();
    const std::int64_t read = clock.nowMs();
    EXPECT_GE(read, before);
    EXPECT_LE(read - before, 5000);
    EXPECT_EQ(clock.timeZone(), "Asia/Shanghai");
}
