#include "domain/HallProfile.h"
#include "domain/Json.h"
#include "domain/Region.h"

#include <gtest/gtest.h>

using namespace ow;

// The catalog's departments as the hall's county names them: a leading 区 or 县 is the county (with its city), a
// leading 市 the city (in a municipality, the municipality); anything else, or no county, as written.
TEST(HallProfile, ADepartmentIsNamedAsTheHallsCountyNamesIt) {
    EXPECT_EQ(localAuthority("区市场监督管理局", 510113), "成都市青白江区市场监督管理局");
    EXPECT_EQ(localAuthority("县市场监督管理局", 510113), "成都市青白江区市场监督管理局");
    EXPECT_EQ(localAuthority("市住房公积金管理中心", 510113), "成都市住房公积金管理中心");
    EXPECT_EQ(localAuthority("区公安分局", 110105), "北京市朝阳区公安分局");
    EXPECT_EQ(localAuthority("市住房公积金管理中心", 110105), "北京市住房公积金管理中心");
    EXPECT_EQ(localAuthority("四川省市场监督管理局", 510113), "四川省市场监督管理局");
    EXPECT_EQ(localAuthority("区市场监督管理局", 0), "区市场监督管理局");
    EXPECT_EQ(localAuthority("区市场监督管理局", 999999), "区市场监督管理局"); // unknown: as written
    EXPECT_EQ(Region::localName(510113), "成都市青白江区");
    EXPECT_EQ(Region::cityName(429004), ""); // 仙桃市 lies directly under its province
}

TEST(HallProfile, ThePapersNumberIsThePrefixTheKindTheYearAndTheSerial) {
    EXPECT_EQ(documentNumber("青政服", "受", 2026, "1127-C1-0007"), "青政服受〔2026〕1127-C1-0007号");
    EXPECT_EQ(documentNumber("", "受", 2026, "1127-C1-0007"), ""); // no prefix: no 文号
}

// Every field is checked and named when wrong; what is kept reads back the same.
TEST(HallProfile, EveryFieldIsCheckedAndRoundTrips) {
    const HallProfile p{510113, "028-8398 2000", "12345", "青政服", "请带齐材料、留意叫号"};
    EXPECT_EQ(hallProfileFromJson(hallProfileToJson(p)), p);
    EXPECT_EQ(hallProfileToJson(p)->getValue<std::string>("division_name"), "四川省成都市青白江区");
    EXPECT_EQ(hallProfileFromJson(parseObject("{}")), HallProfile{});
    EXPECT_EQ(hallProfileFromJson(parseObject(R"({"division": null, "phone": "  "})")), HallProfile{});
    for (const char* bad :
         {R"({"division": 510100})", R"({"division": 510199})", R"({"division": "510113"})", R"({"division": 1000000})",
          R"({"phone": "028-8398-2000 转 1"})", R"({"complaint_phone": "-"})", R"({"doc_prefix": "青 政服"})",
          R"({"doc_prefix": "青政服务中心受理科"})", R"({"notice": "两行\n公告"})"}) {
        EXPECT_THROW(hallProfileFromJson(parseObject(bad)), BadInput) << bad;
    }
}
