#include "domain/Catalog.h"
#include "domain/Json.h"

#include "TestFiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace ow;

namespace {

Catalog demoCatalog() { return parseCatalog(parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG))); }

std::vector<std::string> errorsOf(const std::string& json) {
    try {
        parseCatalog(parseObject(json));
    } catch (const CatalogErrors& e) {
        return e.errors();
    }
    return {};
}

const MergedMaterial& find(const std::vector<MergedMaterial>& merged, const std::string& id) {
    auto it = std::find_if(merged.begin(), merged.end(), [&](const MergedMaterial& m) { return m.material.id == id; });
    if (it == merged.end())
        throw std::runtime_error("no material " + id);
    return *it;
}

} // namespace

TEST(Catalog, TheDemoCatalogIsValid) {
    const Catalog c = demoCatalog();
    EXPECT_EQ(c.items.size(), 12u);
    EXPECT_EQ(c.bundles.size(), 3u);
    const ServiceItem* license = c.item("SC-QYSL");
    ASSERT_NE(license, nullptr);
    EXPECT_EQ(license->kind, ItemKind::Permit);
    EXPECT_EQ(license->promisedLimit.days, 1);
    EXPECT_EQ(license->category, "B");
    EXPECT_TRUE(c.calendar.isWorkingDay(makeDate(2026, 2, 14))); // a swapped Saturday
    EXPECT_FALSE(c.calendar.isWorkingDay(makeDate(2026, 10, 1)));
}

TEST(Catalog, ABundleAsksForEachMaterialOnce) {
    const Catalog c = demoCatalog();
    const Bundle* setup = c.bundle("YJS-QYKB");
    ASSERT_NE(setup, nullptr);
    const auto merged = c.mergedMaterials(setup->items);
    // 5 + 3 + 3 + 3 materials; the licence and the legal representative's ID stand in three items each.
    EXPECT_EQ(merged.size(), 10u);
    EXPECT_EQ(find(merged, "fddbr-sfz").items, (std::vector<std::string>{"SC-QYSL", "GA-YZKZ", "RS-SBDJ"}));
    EXPECT_EQ(find(merged, "yyzz").items.size(), 3u);
    EXPECT_EQ(find(merged, "zscl").material.waivableDays, 5);
    EXPECT_TRUE(find(merged, "zscl").material.commitment);
}

TEST(Catalog, MergingKeepsTheStrictestRule) {
    const Catalog c = demoCatalog();
    // The contract: an original for two items, a copy for the third; never shared.
    const auto merged = c.mergedMaterials(c.bundle("YJS-BDCJY")->items);
    const Material& contract = find(merged, "mmht").material;
    EXPECT_EQ(contract.originals, 1);
    EXPECT_EQ(contract.copies, 1);
    EXPECT_FALSE(contract.shared);
    // The marriage certificate: required for the deed tax, optional for the housing fund; commitment in both.
    const auto both = c.mergedMaterials({"SW-QSSB", "GJJ-TQ"});
    EXPECT_TRUE(find(both, "hyzk").material.required);
    EXPECT_TRUE(find(both, "hyzk").material.commitment);
    // One item allows waiving, commitment and sharing; the other allows none: the merged material allows none,
    // and asks for the original of one and the copy of the other.
    Material a{"x", "x", true, 0, 1, 5, true, true};
    Material b{"x", "x", true, 1, 0, std::nullopt, false, false};
    Catalog small;
    small.items = {{"I1", "一", "部门", ItemKind::Service, {}, {}, 0, "A", "", "", {a}, {}, false, false, {}},
                   {"I2", "二", "部门", ItemKind::Service, {}, {}, 0, "A", "", "", {b}, {}, false, false, {}}};
    const auto m = small.mergedMaterials({"I1", "I2"}).front().material;
    EXPECT_EQ(m.originals, 1);
    EXPECT_EQ(m.copies, 1);
    EXPECT_FALSE(m.waivableDays);
    EXPECT_FALSE(m.commitment);
    EXPECT_FALSE(m.shared);
}

TEST(Catalog, EveryProblemIsReportedWithItsJsonPath) {
    const auto errors = errorsOf(R"({
        "version": 0,
        "calendar": {"years": [{"year": 2026, "holidays": ["2026-13-01"]}]},
        "items": [
          {"code": "A1", "name": "", "department": "局", "kind": "license",
           "legal_limit": {"days": 5, "unit": "working"}, "promised_limit": {"days": 9, "unit": "working"},
           "fee": -1, "category": "b1",
           "materials": [{"id": "m", "name": "材料", "waivable_days": 3, "required": false}, {"id": "m", "name": "又"}]},
          {"code": "A1", "name": "重复", "department": "局", "kind": "service",
           "legal_limit": {"days": 5, "unit": "weeks"}, "promised_limit": {"days": "1", "unit": "working"},
           "category": "A", "materials": "none"},
          7
        ],
        "bundles": [{"code": "A1", "name": "联办", "items": ["A1", "ZZ"]}]
    })");
    const std::vector<std::string> expected = {
        "$.version: must be between 1 and 1000000000",
        "$.calendar.years[0].holidays[0]: not a date like 2026-10-01",
        "$.items[2]: must be an object", // entries that are not objects are reported before the others
        "$.items[0].name: must not be empty",
        "$.items[0].kind: must be \"permit\" (行政许可) or \"service\" (公共服务)",
        "$.items[0].promised_limit.days: the promised limit cannot be longer than the legal one",
        "$.items[0].fee: must be a number of yuan, 0 or more",
        "$.items[0].category: must be a queue category prefix (1-3 capital letters)",
        "$.items[0].materials[0].waivable_days: only a required material can be waived (容缺) for later",
        "$.items[0].materials[1].id: \"m\" appears twice in this item",
        "$.items[1].legal_limit.unit: must be \"working\" or \"natural\"",
        "$.items[1].promised_limit.days: must be a whole number",
        "$.items[1].materials: must be a list",
        "$.items[1].code: \"A1\" appears twice",
        "$.bundles[0].items[1]: must be the code of an item in this catalog",
        "$.bundles[0].code: \"A1\" is already used by an item or bundle",
    };
    EXPECT_EQ(errors, expected);
}

TEST(Catalog, MissingPartsAreNamed) {
    EXPECT_EQ(errorsOf(R"({})"),
              (std::vector<std::string>{"$.version: required", "$.calendar: required", "$.items: required"}));
}

TEST(Catalog, AnItemSaysWhoApprovesButNeverAnAgentOrAStation) {
    const auto errors = errorsOf(R"({
        "version": 1,
        "calendar": {"years": []},
        "items": [
          {"code": "A1", "name": "一", "department": "局", "kind": "permit", "category": "A",
           "legal_limit": {"days": 5, "unit": "working"}, "promised_limit": {"days": 1, "unit": "working"},
           "materials": [], "approval": {"roles": ["agent", "boss", 3], "devices": ["station", "kiosk"]}},
          {"code": "A2", "name": "二", "department": "局", "kind": "permit", "category": "A",
           "legal_limit": {"days": 5, "unit": "working"}, "promised_limit": {"days": 1, "unit": "working"},
           "materials": [], "approval": {"roles": []}}
        ]
    })");
    const std::vector<std::string> expected = {
        "$.items[0].approval.roles[0]: an agent (代办员) takes applications but never approves them",
        "$.items[0].approval.roles[1]: must be \"clerk\" or \"supervisor\"",
        "$.items[0].approval.roles[2]: must be \"clerk\" or \"supervisor\"",
        "$.items[0].approval.devices[0]: a village station (代办站) forwards applications but never approves them",
        "$.items[0].approval.devices[1]: must be \"counter\" or \"supervisor\"",
        "$.items[1].approval.roles: names at least one role, or is left out for the default",
    };
    EXPECT_EQ(errors, expected);

    const Catalog demo = demoCatalog();
    const ServiceItem* company = demo.item("SC-QYSL");
    ASSERT_NE(company, nullptr);
    EXPECT_TRUE(company->approval.allows(StaffRole::Clerk, DeviceKind::Counter));
    EXPECT_FALSE(company->approval.allows(StaffRole::Agent, DeviceKind::Counter));
}
