#include "services/IntakeService.h"
#include "services/CatalogSource.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"

#include "domain/CaseState.h"
#include "domain/Clock.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;

namespace {

// 2026-12-07T17:00:00Z: Monday evening in UTC (and on a PC set to it), already Tuesday 01:00 in Shanghai.
constexpr std::int64_t kMondayEveningUtc = 1796662800000;

class IntakeServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        QFile file(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_TRUE(catalog.adopt(file.readAll()));
    }

    IntakeService service(std::string_view zone = Clock::kDefaultZone) {
        return IntakeService(catalog, cases, Clock(zone, [this] { return now; }), {"h1", "C3", "c1", false});
    }

    // A 居住证 application (10 natural days; the residence proof may be waived for 10 working days).
    Case residencePermit(const IntakeService& intake, MaterialState proof) const {
        Case c = intake.draft({"GA-JZZ"});
        c.applicant.name = "王磊";
        c.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, {}},
                       {"jzzm", proof, std::nullopt, {}, {}},
                       {"zp", MaterialState::Submitted, std::nullopt, {}, {}}};
        return c;
    }

    std::vector<MergedMaterial> asked(const std::vector<std::string>& items) const {
        return catalog.document()->catalog.mergedMaterials(items);
    }

    Date expectedPromised(Date accepted) const {
        const Catalog& c = catalog.document()->catalog;
        return promisedDate(c.calendar, c, {"GA-JZZ"}, accepted);
    }

    QTemporaryDir dir;
    LocalStore local{dir.filePath(QStringLiteral("device.db"))};
    CaseStore cases{local};
    CatalogSource catalog{local};
    std::int64_t now = kMondayEveningUtc;
};

} // namespace

TEST_F(IntakeServiceTest, AcceptanceDatesAndNumbersTheCaseByTheHallsDayNotThePcs) {
    IntakeService intake = service();
    const Date tuesday = makeDate(2026, 12, 8);
    ASSERT_NE(expectedPromised(tuesday), expectedPromised(makeDate(2026, 12, 7))); // the test can tell the days apart

    const Case accepted = intake.accept(residencePermit(intake, MaterialState::Waived), asked({"GA-JZZ"}));
    EXPECT_EQ(accepted.state, CaseState::Accepted);
    EXPECT_EQ(accepted.acceptedDate, "2026-12-08");
    EXPECT_EQ(accepted.promisedDate, isoDate(expectedPromised(tuesday)));
    EXPECT_NE(accepted.caseNo.find("-20261208-C3-"), std::string::npos) << accepted.caseNo;
    const Catalog& c = catalog.document()->catalog;
    EXPECT_EQ(accepted.materials[1].dueDate, isoDate(c.calendar.addWorkingDays(tuesday, 10)));
    EXPECT_EQ(accepted.hall, "h1");
    EXPECT_EQ(accepted.channel, "counter");
    EXPECT_EQ(accepted.clerk, "c1");
    EXPECT_EQ(accepted.createdAtMs, kMondayEveningUtc);

    // Saved with its outbox record before anyone prints anything.
    const auto stored = cases.find(QString::fromStdString(accepted.id));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->caseNo, accepted.caseNo);
    EXPECT_EQ(stored->promisedDate, accepted.promisedDate);
    EXPECT_EQ(cases.pendingOutbox(), 1);

    // The next number of the same hall day follows on; the hall's next day starts again.
    const Case second = intake.accept(residencePermit(intake, MaterialState::Submitted), asked({"GA-JZZ"}));
    EXPECT_NE(second.caseNo, accepted.caseNo);
    EXPECT_NE(second.caseNo.find("-20261208-C3-0002-"), std::string::npos) << second.caseNo;
    EXPECT_FALSE(second.materials[1].dueDate); // nothing waived, nothing due
}

TEST_F(IntakeServiceTest, AHallInAnotherZoneCountsItsOwnDay) {
    IntakeService intake = service("Asia/Urumqi"); // UTC+6: 23:00 on Monday
    const Case accepted = intake.accept(residencePermit(intake, MaterialState::Submitted), asked({"GA-JZZ"}));
    EXPECT_EQ(accepted.acceptedDate, "2026-12-07");
    EXPECT_NE(accepted.caseNo.find("-20261207-"), std::string::npos) << accepted.caseNo;
    EXPECT_EQ(intake.promisedIfAcceptedToday({"GA-JZZ"}), expectedPromised(makeDate(2026, 12, 7)));
}

TEST_F(IntakeServiceTest, AMissingMaterialIsTheOneTimeNoticeAndNothingIsSaved) {
    IntakeService intake = service();
    Case c = residencePermit(intake, MaterialState::Missing);
    try {
        intake.accept(c, asked({"GA-JZZ"}));
        FAIL() << "accepted with a material missing";
    } catch (const IntakeError& e) {
        EXPECT_EQ(e.kind(), IntakeError::Kind::MaterialsMissing);
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].materialId, "jzzm");
    }
    EXPECT_EQ(cases.pendingOutbox(), 0);

    c.applicant.name.clear();
    try {
        intake.notify(c, asked({"GA-JZZ"}), nullptr);
        FAIL() << "a notice to nobody";
    } catch (const IntakeError& e) {
        EXPECT_EQ(e.kind(), IntakeError::Kind::NoApplicantName);
    }
    EXPECT_EQ(cases.pendingOutbox(), 0);

    c.applicant.name = "王磊";
    std::vector<MaterialProblem> problems;
    const Case notified = intake.notify(c, asked({"GA-JZZ"}), &problems);
    EXPECT_EQ(notified.state, CaseState::Notified);
    EXPECT_TRUE(notified.caseNo.empty()); // a notice takes no case number
    EXPECT_EQ(problems.size(), 1u);
    EXPECT_EQ(cases.pendingOutbox(), 1);

    const Case complete = residencePermit(intake, MaterialState::Submitted);
    try {
        intake.notify(complete, asked({"GA-JZZ"}), nullptr);
        FAIL() << "a notice with nothing to tell";
    } catch (const IntakeError& e) {
        EXPECT_EQ(e.kind(), IntakeError::Kind::NothingMissing);
    }
}

TEST_F(IntakeServiceTest, ARefusalNeedsItsReason) {
    IntakeService intake = service();
    try {
        intake.refuse(residencePermit(intake, MaterialState::Submitted), "   ");
        FAIL() << "refused without a reason";
    } catch (const IntakeError& e) {
        EXPECT_EQ(e.kind(), IntakeError::Kind::NoRefusalReason);
    }
    const Case refused = intake.refuse(residencePermit(intake, MaterialState::Submitted), " 不属于本机关职权范围 ");
    EXPECT_EQ(refused.state, CaseState::Refused);
    EXPECT_EQ(refused.refusalReason, "不属于本机关职权范围");
    EXPECT_EQ(cases.pendingOutbox(), 1);
}

TEST_F(IntakeServiceTest, ACaseDecidedElsewhereGetsWhatItLacksOnTheHallsDay) {
    IntakeService intake = service();
    Case given = residencePermit(intake, MaterialState::Waived);
    given.state = CaseState::Accepted; // as the command line's JSON brings it: no number, no dates
    const Case committed = intake.commit(given);
    EXPECT_EQ(committed.acceptedDate, "2026-12-08");
    EXPECT_EQ(committed.promisedDate, isoDate(expectedPromised(makeDate(2026, 12, 8))));
    EXPECT_NE(committed.caseNo.find("-20261208-C3-"), std::string::npos) << committed.caseNo;
    EXPECT_TRUE(committed.materials[1].dueDate);

    // Dates it brings are kept; only the number is added.
    Case dated = residencePermit(intake, MaterialState::Submitted);
    dated.state = CaseState::Accepted;
    dated.acceptedDate = "2026-12-01";
    dated.promisedDate = "2026-12-11";
    const Case kept = intake.commit(dated);
    EXPECT_EQ(kept.acceptedDate, "2026-12-01");
    EXPECT_EQ(kept.promisedDate, "2026-12-11");
    EXPECT_FALSE(kept.caseNo.empty());
    EXPECT_EQ(cases.pendingOutbox(), 2);
}

TEST_F(IntakeServiceTest, WithoutACatalogNothingIsAccepted) {
    QTemporaryDir other;
    LocalStore empty(other.filePath(QStringLiteral("device.db")));
    CaseStore emptyCases(empty);
    const CatalogSource none(empty);
    IntakeService intake(none, emptyCases, Clock(), {"h1", "C3", "c1", false});
    Case c = intake.draft({"GA-JZZ"});
    c.applicant.name = "王磊";
    try {
        intake.accept(c, {});
        FAIL() << "accepted with no catalog";
    } catch (const IntakeError& e) {
        EXPECT_EQ(e.kind(), IntakeError::Kind::NoCatalog);
    }
    EXPECT_EQ(emptyCases.pendingOutbox(), 0);
}
