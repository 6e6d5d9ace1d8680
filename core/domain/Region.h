#pragma once

#include <span>
#include <string>
#include <string_view>

namespace ow {

// The administrative divisions of the People's Republic of China at county level and above (GB/T 2260), every
// code in use at any time since 1981 with the years it was (resources/gb2260/divisions.csv, compiled in).
class Region {
public:
    struct Period {
        int code = 0;
        int from = 0;  // first year the code was in the yearly list
        int until = 0; // first year it no longer was; 0 while in use
        std::string_view name;
    };

    // The periods of `code` (several where a code was given to another division later); empty when the code never
    // existed since 1981.
    static std::span<const Period> periods(int code);
    static bool existed(int code) { return !periods(code).empty(); }

    // Whether the first six digits of a resident identity number can be `code` for someone born in `birthYear`: the
    // code of a division (or the 市辖区 entry xxxx01 of a prefecture-level city) still in use in or after the year of
    // birth — a number is given at the first household registration, and keeps its code after the code is withdrawn.
    // The residence permits of Hong Kong, Macao and Taiwan residents (810000, 820000, 830000) and foreigners'
    // permanent residence numbers (9, then a province's two digits and a state's three) are numbers of this form too.
    static bool fitsIdNumber(int code, int birthYear);

    // "四川省成都市青白江区": the division's newest name after its province's and prefecture's. Empty when unknown.
    static std::string fullName(int code);
    // "成都市青白江区" (the city and the county, as the county's own papers name it; "北京市朝阳区" in a municipality);
    // the city's or province's own name for a code above county level. Empty when unknown.
    static std::string localName(int code);
    // The city a county lies in: "成都市" for 510113, "北京市" for 110105; empty when it lies in none (a county-level
    // city under its province) or the code is unknown.
    static std::string cityName(int code);

    // Every period of every code, sorted by code.
    static std::span<const Period> all();
};

} // namespace ow
