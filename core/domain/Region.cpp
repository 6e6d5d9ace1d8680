#include "domain/Region.h"

#include <algorithm>

namespace ow {
namespace {

constexpr Region::Period kDivisions[] = {
#include "Divisions.inc"
};

// A year's slack on the withdrawal: the lists give years only, as of 31 December.
constexpr int kSlackYears = 1;

bool inUseFrom(int code, int year) {
    for (const Region::Period& p : Region::periods(code))
        if (p.until == 0 || p.until + kSlackYears >= year)
            return true;
    return false;
}

} // namespace

std::span<const Region::Period> Region::all() { return kDivisions; }

std::span<const Region::Period> Region::periods(int code) {
    const auto byCode = [](const Period& p, int c) { return p.code < c; };
    const Period* first = std::lower_bound(std::begin(kDivisions), std::end(kDivisions), code, byCode);
    const Period* last = first;
    while (last != std::end(kDivisions) && last->code == code)
        ++last;
    return {first, last};
}

bool Region::fitsIdNumber(int code, int birthYear) {
    if (code == 810000 || code == 820000 || code == 830000) // residence permits of HK, Macao, Taiwan residents
        return true;
    if (code / 100000 == 9) // foreigners' permanent residence: 9, the issuing province, the holder's state
        return existed((code / 1000 % 100) * 10000);
    if (inUseFrom(code, birthYear))
        return true;
    // 市辖区: the city's own districts as one entry, xxxx01, in the lists of the 1980s and 1990s.
    return code % 100 == 1 && code / 100 % 100 != 0 && inUseFrom(code - 1, birthYear);
}

std::string Region::fullName(int code) {
    const auto newest = [](int c) -> std::string_view {
        const Period* best = nullptr;
        for (const Period& p : periods(c))
            if (!best || p.until == 0 || (best->until != 0 && p.until > best->until))
                best = &p;
        return best ? best->name : std::string_view();
    };
    const std::string_view own = newest(code);
    if (own.empty())
        return {};
    std::string out;
    if (code % 10000 != 0)
        out += newest(code / 10000 * 10000);
    if (code % 100 != 0 && code / 100 % 100 != 0 && newest(code / 100 * 100) != own)
        out += newest(code / 100 * 100);
    out += own;
    return out;
}

} // namespace ow
