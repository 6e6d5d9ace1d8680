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

namespace {

std::string_view newest(int code) {
    const Region::Period* best = nullptr;
    for (const Region::Period& p : Region::periods(code))
        if (!best || p.until == 0 || (best->until != 0 && p.until > best->until))
            best = &p;
    return best ? best->name : std::string_view();
}

// Beijing, Tianjin, Shanghai, Chongqing: their counties lie directly in them.
bool municipality(int code) {
    const int province = code / 10000;
    return province == 11 || province == 12 || province == 31 || province == 50;
}

} // namespace

std::string Region::cityName(int code) {
    if (newest(code).empty() || code % 100 == 0)
        return {};
    if (municipality(code))
        return std::string(newest(code / 10000 * 10000));
    return std::string(newest(code / 100 * 100)); // empty for a county-level city directly under its province
}

std::string Region::localName(int code) {
    const std::string_view own = newest(code);
    if (own.empty())
        return {};
    return code % 100 == 0 ? std::string(own) : cityName(code) + std::string(own);
}

std::string Region::fullName(int code) {
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
