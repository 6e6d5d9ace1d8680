#pragma once

#include <cstdint>
#include <vector>

namespace ow {

// Waiting or service times of a set of tickets, in whole seconds. Percentiles by the nearest-rank method: the
// p-th percentile is the smallest time with at least p % of the times at or below it — always a time that was
// actually measured, as a person counting by hand would give.
struct DurationFigures {
    int count = 0;
    double avg = 0;
    std::int64_t p50 = 0, p90 = 0, max = 0;
};

DurationFigures durationFigures(std::vector<std::int64_t> seconds);

} // namespace ow
