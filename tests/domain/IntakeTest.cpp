#include "domain/Intake.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include "TestFiles.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace ow;

namespace {

Catalog demoCatalog() { return parseCatalog(parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG))); }

MaterialRecord record(const std::string& id, MaterialState state) { return {id, state, std::nullopt, {}, {}}; }

} // namespace

TEST(CaseNumber, CarriesCheckDigitsThatCatchMistakes) {
    const CaseNumber n{"DEMO", "20261127", "C1", 7};
    const std::string text = n.text();
    EXPECT_EQ(text.substr(0, 21), "DEMO-20261127-C1-0007");
    auto back = CaseNumber::parse(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->sequence, 7);
    EXPECT_EQ(back->device, "C1");
    // One wrong character, or two neighbours swapped, is caught.
    for (std::size_t i = 0; i < text.size() - 3; ++i) {
        if (text[i] == '-')
            continue;
        std::string typo = text;
        typo[i] = typo[i] == '9' ? '8' : (typo[i] == 'Z' ? 'Y' : static_cast<char>(typo[i] + 1));
        EXPECT_FALSE(CaseNumber::parse(typo)) << typo;
    }
    std::string swapped = text;
    std::swap(swapped[19], swapped[20]); // 0007 -> 0070
    EXPECT_FALSE(CaseNumber::parse(swapped)) << swapped;
    EXPECT_FALSE(CaseNumber::parse("DEMO-20261131-C1-0007-00")); // 31 November
    EXPECT_FALSE(CaseNumber::parse("demo-20261127-C1-0007-" + text.substr(text.size() - 2)));
    EXPECT_FALSE(CaseNumber::parse("DEMO-20261127-C1-0007"));
}

TEST(Intake, EverythingMissingIsListedAtOnce) {
    const Catalog c = demoCatalog();
    const auto asked = c.mergedMaterials(c.bundle("YJS-QYKB")->items);
    // Only the application form was brought.
    const auto problems = checkMaterials(asked, {record("qysl-sqs", MaterialState::Submitted)});
    std::vector<std::string> missing;
    for (const auto& p : problems) {
        EXPECT_EQ(p.kind, MaterialProblem::Kind::Missing);
        missing.push_back(p.materialId);
    }
    EXPECT_EQ(missing, (std::vector<std::string>{"gszc", "gdzg", "fddbr-sfz", "zscl", "yyzz", "yzkz-sqb", "jbr-sfz",
                                                 "fply-sqb", "sbdj-b"}));
}

TEST(Intake, WaiverCommitmentAndSharingOnlyWhereTheCatalogAllows) {
    const Catalog c = demoCatalog();
    const auto asked = c.mergedMaterials({"SC-QYSL"});
    std::vector<MaterialRecord> recorded = {
        record("qysl-sqs", MaterialState::Submitted), record("gszc", MaterialState::Submitted),
        record("gdzg", MaterialState::Shared), record("fddbr-sfz", MaterialState::Shared),
        record("zscl", MaterialState::Waived)};
    EXPECT_TRUE(checkMaterials(asked, recorded).empty());
    recorded[4].state = MaterialState::Commitment; // 住所: commitment allowed too
    EXPECT_TRUE(checkMaterials(asked, recorded).empty());
    recorded[1].state = MaterialState::Waived; // the articles of association cannot be waived
    recorded[0].state = MaterialState::Shared; // nor the application form fetched by sharing
    const auto problems = checkMaterials(asked, recorded);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].kind, MaterialProblem::Kind::SharingNotAllowed);
    EXPECT_EQ(problems[1].kind, MaterialProblem::Kind::WaiverNotAllowed);
    recorded[1].state = MaterialState::Commitment;
    EXPECT_EQ(checkMaterials(asked, recorded)[1].kind, MaterialProblem::Kind::CommitmentNotAllowed);
}

TEST(Intake, AnOptionalMaterialMayBeMissing) {
    const Catalog c = demoCatalog();
    const auto asked = c.mergedMaterials({"GJJ-TQ"});
    const auto problems =
        checkMaterials(asked, {record("sqr-sfz", MaterialState::Submitted), record("gfht", MaterialState::Shared),
                               record("yhk", MaterialState::Submitted)});
    EXPECT_TRUE(problems.empty()); // the marriage certificate is optional here
}

TEST(Intake, DatesFollowTheWorkingDayCalendar) {
    const Catalog c = demoCatalog();
    // Accepted on Friday 2026-09-18: the address proof may follow within 5 working days — the swapped Sunday
    // 20 September counts — so by Thursday 24 September.
    const Material& address = c.item("SC-QYSL")->materials[4];
    EXPECT_EQ(isoDate(waiverDueDate(c.calendar, makeDate(2026, 9, 18), address)), "2026-09-24");
    // The bundle is promised within the longest of its items' limits (all one working day here) ...
    EXPECT_EQ(isoDate(promisedDate(c.calendar, c, c.bundle("YJS-QYKB")->items, makeDate(2026, 9, 18))), "2026-09-20");
    // ... and the property bundle within five working days, across the Mid-Autumn holiday.
    EXPECT_EQ(isoDate(promisedDate(c.calendar, c, c.bundle("YJS-BDCJY")->items, makeDate(2026, 9, 22))), "2026-09-30");
}
