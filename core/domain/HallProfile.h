#pragma once

#include <Poco/JSON/Object.h>

#include <string>

namespace ow {

// What the hall's papers and screens say of it besides its name (本厅信息, set by its administrator): the county it
// serves (GB/T 2260), which names the departments of the catalog on every permit ("区市场监督管理局" → "成都市青白江区
// 市场监督管理局"); its telephones, printed at the foot of every paper; the 机关代字 of its documents' numbers (文号);
// the line the call board shows under the calls.
struct HallProfile {
    int division = 0;           // the county-level division's code (510113); 0: not set
    std::string phone;          // 咨询电话
    std::string complaintPhone; // 监督电话 (12345)
    std::string docPrefix;      // 机关代字: "青政服"
    std::string notice;         // 叫号屏公告

    bool operator==(const HallProfile&) const = default;
};

Poco::JSON::Object::Ptr hallProfileToJson(const HallProfile& profile);
// Every field checked: the division a code in use, telephones of digits, spaces and "-" (at most 20), the prefix at
// most 8 characters without digits, the notice at most 60 characters. Throws BadInput naming the field.
HallProfile hallProfileFromJson(const Poco::JSON::Object::Ptr& object);

// A department of the catalog as the hall's county names it: a leading "区" or "县" is the county
// ("成都市青白江区市场监督管理局"), a leading "市" its city ("成都市住房公积金管理中心"); any other name, or a hall
// with no division, is left as written.
std::string localAuthority(const std::string& department, int division);

// 文号: "青政服受〔2026〕C3-0012号" — the hall's prefix, the kind of paper (受, 补, 决 …), the year in 〔〕 and a
// number unique to the paper (the case's). Without a prefix, the hall's papers have no 文号: empty.
std::string documentNumber(const std::string& prefix, const std::string& kind, int year, const std::string& serial);

} // namespace ow
