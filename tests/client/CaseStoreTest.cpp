#include "store/CaseStore.h"
#include "store/BlobCache.h"
#include "store/LocalStore.h"

#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;

namespace {

Case makeCase(const std::string& id, const std::string& name, const std::string& idNumber) {
    Case c;
    c.id = id;
    c.hall = "demo";
    c.items = {"SC-QYSL"};
    c.applicant.name = name;
    c.applicant.idNumber = idNumber;
    c.formValues = parseObject(R"({"enterprise_name": "云帆软件"})");
    c.materials = {{"gszc", MaterialState::Submitted, std::nullopt, {}, {}},
                   {"zscl", MaterialState::Waived, std::string("2026-12-04"), {}, {}}};
    return c;
}

class CaseStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    LocalStore local{dir.filePath(QStringLiteral("device.db"))};
    CaseStore cases{local};
};

} // namespace

TEST_F(CaseStoreTest, EverySaveIsQueuedForTheServerInTheSameTransaction) {
    Case c = makeCase("c-1", "王磊", "11010519491231002X");
    cases.save(c, 1000);
    EXPECT_EQ(c.version, 1);
    c.state = CaseState::Accepted;
    c.caseNo = "DEMO-20261127-C1-0001-00";
    cases.save(c, 2000);
    EXPECT_EQ(c.version, 2);
    const auto queued = cases.outbox(10);
    ASSERT_EQ(queued.size(), 2u);
    EXPECT_EQ(queued[0].op, QStringLiteral("create"));
    EXPECT_EQ(queued[0].baseVersion, 0);
    EXPECT_EQ(queued[1].op, QStringLiteral("update"));
    EXPECT_EQ(queued[1].baseVersion, 1);
    EXPECT_EQ(caseFromJson(parseObject(queued[1].data.toStdString())).state, CaseState::Accepted);
    cases.acknowledge({queued[0].seq});
    EXPECT_EQ(cases.pendingOutbox(), 1);

    const auto back = cases.find(QStringLiteral("c-1"));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->state, CaseState::Accepted);
    EXPECT_EQ(back->materials[1].state, MaterialState::Waived);
    EXPECT_EQ(back->materials[1].dueDate, std::optional<std::string>("2026-12-04"));
    EXPECT_EQ(back->formValues->getValue<std::string>("enterprise_name"), "云帆软件");
}

TEST_F(CaseStoreTest, WhileScansGoUpOnlyTheChangesAheadOfTheFirstWaitingOneAreReady) {
    BlobCache blobs(local);
    Case first = makeCase("c-1", "王磊", "11010519491231002X");
    cases.save(first, 1000);
    Case scanned = makeCase("c-2", "李娜", "11010519491231002X");
    const QString scan = blobs.addBytes("a scanned ID card");
    scanned.materials[0].attachments = {scan.toStdString()};
    cases.save(scanned, 2000);
    Case after = makeCase("c-3", "张伟", "11010519491231002X");
    cases.save(after, 3000);
    QSqlQuery(QStringLiteral("INSERT INTO outbox(entity, entity_id, op, base_version, data, created_at)"
                             " VALUES('case', 'c-4', 'create', 0, 'not json', 4000)"),
              local.database());

    // c-3 names no scan, but it comes after c-2, which waits: changes go in order.
    auto ready = cases.outbox(10, true);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].entityId, QStringLiteral("c-1"));
    EXPECT_EQ(cases.outbox(10).size(), 4u); // all of them, when the uploads are done

    blobs.markUploaded({scan});
    ready = cases.outbox(10, true);
    ASSERT_EQ(ready.size(), 4u); // a change that is not even JSON is the server's to refuse, not a stop here
    EXPECT_EQ(ready[3].entityId, QStringLiteral("c-4"));
    EXPECT_EQ(cases.outbox(2, true).size(), 2u);
}

TEST_F(CaseStoreTest, WhenTheOutboxCannotBeWrittenTheCaseIsNotSavedEither) {
    Case c = makeCase("c-2", "李娜", "11010519491231002X");
    QSqlQuery(local.database())
        .exec(QStringLiteral(
            "CREATE TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    EXPECT_THROW(cases.save(c, 1000), std::runtime_error);
    EXPECT_EQ(c.version, 0); // the caller's copy is untouched too
    EXPECT_FALSE(cases.find(QStringLiteral("c-2")));
    QSqlQuery(local.database()).exec(QStringLiteral("DROP TRIGGER outbox_full"));
    cases.save(c, 2000);
    EXPECT_TRUE(cases.find(QStringLiteral("c-2")));
    EXPECT_EQ(cases.pendingOutbox(), 1);
}

TEST_F(CaseStoreTest, CaseNumbersRunPerDeviceAndDayAndCarryCheckDigits) {
    const QString a = cases.nextCaseNumber(QStringLiteral("demo"), QStringLiteral("20261127"), QStringLiteral("c1"));
    const QString b = cases.nextCaseNumber(QStringLiteral("demo"), QStringLiteral("20261127"), QStringLiteral("c1"));
    const QString other =
        cases.nextCaseNumber(QStringLiteral("demo"), QStringLiteral("20261127"), QStringLiteral("s7"));
    const QString tomorrow =
        cases.nextCaseNumber(QStringLiteral("demo"), QStringLiteral("20261128"), QStringLiteral("c1"));
    EXPECT_TRUE(a.startsWith(QStringLiteral("DEMO-20261127-C1-0001-")));
    EXPECT_TRUE(b.startsWith(QStringLiteral("DEMO-20261127-C1-0002-")));
    EXPECT_TRUE(other.startsWith(QStringLiteral("DEMO-20261127-S7-0001-")));
    EXPECT_TRUE(tomorrow.startsWith(QStringLiteral("DEMO-20261128-C1-0001-")));
    for (const QString& n : {a, b, other, tomorrow})
        EXPECT_TRUE(CaseNumber::parse(n.toStdString())) << n.toStdString();
}

TEST_F(CaseStoreTest, TheCaseListSearchesAndMasks) {
    Case one = makeCase("c-1", "王磊", "11010519491231002X");
    one.caseNo = "DEMO-20261120-C1-0001-11";
    one.state = CaseState::Accepted;
    one.acceptedDate = "2026-11-20";
    one.promisedDate = "2026-11-25";
    Case two = makeCase("c-2", "李娜", "510104199001011234");
    two.caseNo = "DEMO-20261126-C1-0002-22";
    two.state = CaseState::Accepted;
    two.acceptedDate = "2026-11-26";
    two.promisedDate = "2026-12-10";
    Case three = makeCase("c-3", "王芳", "440103198001010011");
    three.state = CaseState::Notified;
    for (Case* c : {&one, &two, &three})
        cases.save(*c, 1000);

    auto ids = [](const std::vector<CaseRow>& rows) {
        std::vector<std::string> out;
        for (const auto& r : rows)
            out.push_back(r.id.toStdString());
        std::sort(out.begin(), out.end());
        return out;
    };
    EXPECT_EQ(ids(cases.search({QStringLiteral("王"), {}, false, {}, {}, {}, 200})),
              (std::vector<std::string>{"c-1", "c-3"}));
    EXPECT_EQ(ids(cases.search({QStringLiteral("1126-C1"), {}, false, {}, {}, {}, 200})),
              (std::vector<std::string>{"c-2"}));
    EXPECT_EQ(ids(cases.search({QStringLiteral("11010519491231002x"), {}, false, {}, {}, {}, 200})),
              (std::vector<std::string>{"c-1"}));
    EXPECT_EQ(ids(cases.search({QStringLiteral("%"), {}, false, {}, {}, {}, 200})), std::vector<std::string>{});
    EXPECT_EQ(ids(cases.search({{}, CaseState::Notified, false, {}, {}, {}, 200})), (std::vector<std::string>{"c-3"}));
    EXPECT_EQ(ids(cases.search({{}, {}, true, QStringLiteral("2026-11-27"), {}, {}, 200})),
              (std::vector<std::string>{"c-1"}));
    EXPECT_EQ(ids(cases.search({{}, {}, false, {}, QStringLiteral("2026-11-21"), QStringLiteral("2026-11-30"), 200})),
              (std::vector<std::string>{"c-2"}));
    const auto rows = cases.search({QStringLiteral("李娜"), {}, false, {}, {}, {}, 200});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].applicantIdMasked, QStringLiteral("510104********1234"));
    EXPECT_EQ(rows[0].waiverDue, QStringLiteral("2026-12-04")); // the waived lease proof
    // After its waived material's due date a case is overdue too, though its promised date is still ahead.
    EXPECT_EQ(ids(cases.search({{}, {}, true, QStringLiteral("2026-12-05"), {}, {}, 200})),
              (std::vector<std::string>{"c-1", "c-2"}));
    two.materials[1].state = MaterialState::Submitted; // supplied
    cases.save(two, 2000);
    EXPECT_EQ(ids(cases.search({{}, {}, true, QStringLiteral("2026-12-05"), {}, {}, 200})),
              (std::vector<std::string>{"c-1"}));
}
