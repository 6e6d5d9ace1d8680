#include "domain/Durations.h"

#include <algorithm>
#include <numeric>

namespace ow {

DurationFigures durationFigures(std::vector<std::int64_t> seconds) {
    DurationFigures f;
    if (seconds.empty())
        return f;
    std::sort(seconds.begin(), seconds.end());
    const auto n = seconds.size();
    f.count = static_cast<int>(n);
    f.avg =
        static_cast<double>(std::accumulate(seconds.begin(), seconds.end(), std::int64_t{0})) / static_cast<double>(n);
    auto rank = [&](int percent) { // ceil(p/100 × n), 1-based
        const auto r = (static_cast<std::size_t>(percent) * n + 99) / 100;
        return seconds[std::max<std::size_t>(r, 1) - 1];
    };
    f.p50 = rank(50);
    f.p90 = rank(90);
    f.max = seconds.back();
    return f;
}

} // namespace ow
