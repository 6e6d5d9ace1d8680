#include "ClientFixture.h"

#include "PdfProbe.h"

#include "app/cases/CaseListPanel.h"
#include "app/cases/CaseStepsBar.h"
#include "app/common/PermitCheckPanel.h"
#include "app/counter/CounterWindow.h"
#include "app/supervisor/SupervisorWindow.h"
#include "services/CatalogSource.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/PermitService.h"
#include "sync/SyncEngine.h"
#include "widgets/DocumentPreview.h"
#include "widgets/ScanView.h"

#include "LineOnScreens.h"
#include "Relay.h"

#include "domain/CaseNumber.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

TEST(CounterMode, F1CallsTheNextTicketFromARealServer) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto issued = ticketFromJson(http.post("/api/v1/halls/h1/tickets", R"({"category":"B"})", kiosk).json());

    StaffSession clerk{QByteArray::fromStdString(server.clerkAt("h1", 2)), QStringLiteral("c2"), QStringLiteral("李娜"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(
        clientFor(server, clerk.token.toStdString()),
        {QStringLiteral("h1"), 2, clerk, &local, deviceOf(server, clerk.token.toStdString()), dir.path(), {}, {}});
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.feed().isLive() && window.feed().snapshot().waitingTotal() == 1; }));
    EXPECT_EQ(window.currentNumberText(), QStringLiteral("—"));

    for (Qt::Key key : {Qt::Key_F1, Qt::Key_F2, Qt::Key_F3, Qt::Key_F4, Qt::Key_F5, Qt::Key_F6})
        ASSERT_NE(actionFor(window, key), nullptr) << "no action on key " << key;
    actionFor(window, Qt::Key_F1)->trigger();
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("B001"); }));
    auto onServer = ticketFromJson(http.get("/api/v1/tickets/" + issued.id, kiosk).json()->getObject("ticket"));
    EXPECT_EQ(onServer.status, TicketStatus::Called);
    EXPECT_EQ(onServer.counter, 2);

    // F1 again while the citizen has not come: a sentence for the clerk, nothing lost.
    actionFor(window, Qt::Key_F5)->trigger();
    ASSERT_TRUE(waitFor([&] { return window.service().current()->status == TicketStatus::Serving; }));
    actionFor(window, Qt::Key_F6)->trigger();
    ASSERT_TRUE(waitFor([&] { return !window.service().current().has_value(); }));
    actionFor(window, Qt::Key_F1)->trigger();
    ASSERT_TRUE(waitFor([&] { return !window.messageText().isEmpty(); }));
    EXPECT_EQ(window.messageText(), QStringLiteral("Nobody is waiting for this counter."));
    onServer = ticketFromJson(http.get("/api/v1/tickets/" + issued.id, kiosk).json()->getObject("ticket"));
    EXPECT_EQ(onServer.status, TicketStatus::Done);
}

TEST(CounterMode, AtAHallServerWhoseLineIsCutTheStatusBarSaysTheHallServesOnAndWhatWaits) {
    TestServer upstream;
    upstream.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    TestServer hall(TestServer::OnSQLite{});
    std::optional<server::Relay> relay;
    ASSERT_NO_THROW(relay.emplace(hall.joinAsHallServer(upstream, "h1")));
    server::showLineOnScreens(*relay, hall.context());
    ASSERT_TRUE(relay->runOnce());

    const std::string token = hall.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(hall, token),
                         {QStringLiteral("h1"), 1, clerk, &local, deviceOf(hall, token), dir.path(), {}, {}});
    window.show();
    SupervisorWindow supervisor(
        clientFor(hall, hall.supervisorAt("h1", "boss")), QStringLiteral("h1"),
        StaffSession{{}, QStringLiteral("boss"), QStringLiteral("负责人"), QStringLiteral("supervisor")});
    supervisor.show();
    ASSERT_TRUE(waitFor([&] { return window.feed().isLive(); }));
    EXPECT_TRUE(window.upstreamNoticeText().isEmpty()) << "a working line is not worth a word";

    upstream.stop(); // the line to the city is cut; the hall serves on
    HttpClient http(hall.port());
    const std::string kiosk = hall.enroll("h1", DeviceKind::Kiosk);
    ASSERT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
    EXPECT_FALSE(relay->runOnce());
    const auto waiting = relay->status().backlog;
    EXPECT_GT(waiting, 0);
    ASSERT_TRUE(waitFor([&] { return !window.upstreamNoticeText().isEmpty(); }));
    EXPECT_TRUE(window.upstreamNoticeText().contains(QStringLiteral("this hall serves as normal")))
        << window.upstreamNoticeText().toStdString();
    EXPECT_TRUE(window.upstreamNoticeText().contains(QString::number(waiting)))
        << window.upstreamNoticeText().toStdString();
    EXPECT_EQ(window.feed().snapshot().waitingTotal(), 1);
    ASSERT_TRUE(waitFor([&] { return !supervisor.upstreamNoticeText().isEmpty(); }))
        << "the hall's supervisor is told too";

    upstream.restart();
    for (int round = 0; round < 20 && relay->runOnce() && relay->status().backlog > 0; ++round) {
    }
    EXPECT_TRUE(relay->status().connected);
    ASSERT_TRUE(waitFor([&] { return window.upstreamNoticeText().isEmpty(); }));
    ASSERT_TRUE(waitFor([&] { return supervisor.upstreamNoticeText().isEmpty(); }));
}

TEST(CounterMode, PicksUpItsCurrentTicketAfterARestart) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    const std::string token = server.clerkAt("h1", 1);
    ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", token).status, 200);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(server, token),
                         {QStringLiteral("h1"), 1, clerk, &local, deviceOf(server, token), dir.path(), {}, {}});
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("A001"); }));
}

TEST(CounterMode, TransferSendsTheCitizenToAnotherQueue) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A"});
    server.context().halls.addCounter("h1", 2, {"B"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    const std::string token = server.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("c1"), QStringLiteral("张敏"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CounterWindow window(clientFor(server, token),
                         {QStringLiteral("h1"), 1, clerk, &local, deviceOf(server, token), dir.path(), {}, {}});
    ASSERT_TRUE(waitFor([&] { return window.feed().isLive(); }));
    window.service().callNext();
    ASSERT_TRUE(waitFor([&] { return window.currentNumberText() == QStringLiteral("A001"); }));
    window.service().transferToCategory(QStringLiteral("B"));
    ASSERT_TRUE(waitFor([&] { return !window.service().current().has_value(); }));
    // Counter 2 serves B and now calls A001.
    const std::string clerk2 = server.clerkAt("h1", 2);
    auto called = http.post("/api/v1/counters/2/call-next", "", clerk2);
    ASSERT_EQ(called.status, 200);
    EXPECT_EQ(called.json()->getObject("ticket")->getValue<std::string>("number"), "A001");
}

TEST(CounterMode, ALateSnapshotDoesNotUndoTheClerksLastAction) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    HttpClient http(server.port());
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", server.enroll("h1", DeviceKind::Kiosk));
    const std::string token = server.clerkAt("h1", 1);
    auto stale = http.get("/api/v1/halls/h1/queue", token); // counter 1 idle, one waiting
    ASSERT_EQ(stale.status, 200);

    // A feed that is not streaming: the test decides what arrives, and when.
    auto api = clientFor(server, token);
    HallFeed feed(*api, QStringLiteral("h1"));
    CounterService service(*api, feed, 1);
    service.callNext();
    ASSERT_TRUE(waitFor([&] { return service.current().has_value(); }));
    EXPECT_EQ(service.current()->number, "A001");

    // The snapshot from before the call arrives late: the clerk's ticket stays.
    auto message = Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    message->set("type", std::string("snapshot"));
    message->set("seq", stale.json()->getValue<std::int64_t>("seq"));
    message->set("snapshot", stale.json());
    feed.handleMessage(QByteArray::fromStdString(toJsonText(message)));
    EXPECT_EQ(feed.snapshot().waitingTotal(), 1); // the feed took it: it had nothing newer
    ASSERT_TRUE(service.current().has_value());
    EXPECT_EQ(service.current()->number, "A001");

    // A newer snapshot that says the counter is free (finished elsewhere) is adopted.
    ASSERT_EQ(http.post("/api/v1/tickets/" + service.current()->id + "/finish", "", token).status, 200);
    auto fresh = http.get("/api/v1/halls/h1/queue", token);
    message->set("seq", fresh.json()->getValue<std::int64_t>("seq"));
    message->set("snapshot", fresh.json());
    feed.handleMessage(QByteArray::fromStdString(toJsonText(message)));
    EXPECT_FALSE(service.current().has_value());
}

TEST(CounterMode, ApprovesAnImmediateCaseThenIssuesPrintsAndChecksItsPermit) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    server.context().permitKeys.generate("h1", std::string("h1-1"), nowUtcMs());
    const std::string token = server.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("clerk-h1-1"), QStringLiteral("办事员1"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    Case c;
    c.id = "case-1";
    c.caseNo = CaseNumber{"H1", "20261127", "C1", 1}.text();
    c.hall = "h1";
    c.items = {"SC-QYSL"};
    c.state = CaseState::Accepted;
    c.applicant = {Applicant::Kind::Enterprise, "成都蜀韵文化传播有限公司", "", "91510100MA6CGUGA1W", ""};
    c.acceptedDate = "2026-11-27";
    c.promisedDate = "2026-11-30";
    CaseStore(local).save(c, nowUtcMs()); // taken earlier on this PC, not yet uploaded
    CounterWindow window(clientFor(server, token), {QStringLiteral("h1"),
                                                    1,
                                                    clerk,
                                                    &local,
                                                    deviceOf(server, token),
                                                    dir.filePath(QStringLiteral("docs")),
                                                    dir.filePath(QStringLiteral("permit-keys.json")),
                                                    {}});
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.catalog().document().has_value(); }));
    CaseListPanel& cases = window.caseList();
    cases.refresh();
    cases.selectCase(QStringLiteral("case-1"));
    ASSERT_EQ(cases.selectedCaseId(), QStringLiteral("case-1"));
    cases.approveSelected();
    EXPECT_EQ(CaseStore(local).find(QStringLiteral("case-1"))->state, CaseState::Approved);

    // Issued at once: the server gets the approval first, then signs.
    const QDate today = QDate::currentDate();
    cases.issuePermit(QStringLiteral("case-1"), {QStringLiteral("SC-QYSL"), QStringLiteral("文化艺术交流活动策划"),
                                                 today, today.addYears(20), false});
    ASSERT_TRUE(waitFor([&] { return cases.keptPdfs().size() == 2; }, 20000)) << cases.messageText().toStdString();
    const QString words = pdfText(cases.keptPdfs().at(0));
    EXPECT_TRUE(words.contains(QStringLiteral("H1-2026-000001")) || words.contains(QStringLiteral("H1-")))
        << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("91510100MA6CGUGA1W"))) << words.toStdString();
    HttpClient http(server.port());
    const PermitKeyRing keys = PermitKeyRing::fromJwks(http.get("/api/v1/keys").json());
    const QString code = pdfQrCode(cases.keptPdfs().at(0));
    const PermitCheck check = verifyPermit(code.toStdString(), keys, today.toString(Qt::ISODate).toStdString());
    EXPECT_EQ(check.verdict, PermitVerdict::Valid) << check.reason;
    EXPECT_EQ(check.claims.holder, "成都蜀韵文化传播有限公司 (91510100MA6CGUGA1W)");
    EXPECT_EQ(cases.permitPreview()->count(), 2); // A4 and card

    // Asked again: the same permit, to print again — not a second one.
    cases.issuePermit(QStringLiteral("case-1"), {QStringLiteral("SC-QYSL"), {}, today, {}, true});
    ASSERT_TRUE(waitFor([&] { return cases.messageText().contains(QStringLiteral("H1-2026-000001")); }));
    EXPECT_EQ(http.get("/api/v1/permits/H1-2026-000001/status?proof=" + permitProof(code.toStdString()))
                  .json()
                  ->getValue<std::string>("valid_to"),
              today.addYears(20).toString(Qt::ISODate).toStdString());

    // The third tab checks the code read from the paper.
    window.permitCheck().checkCodes({code});
    ASSERT_TRUE(waitFor([&] { return window.permitCheck().lastResult().has_value(); }));
    EXPECT_EQ(window.permitCheck().lastResult()->outcome(), PermitCheckResult::Outcome::Valid);
}

TEST(CounterMode, APermitIssuedElsewhereComesBySyncAndPrintsAgainWithoutTheNetwork) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    server.context().permitKeys.generate("h1", std::string("h1-1"), nowUtcMs());
    // Counter 2 took and approved the case and issued the permit.
    const std::string other = server.clerkAt("h1", 2);
    HttpClient http(server.port());
    Case c;
    c.id = "case-9";
    c.caseNo = CaseNumber{"H1", "20261127", "C2", 9}.text();
    c.hall = "h1";
    c.items = {"GA-CSHK"};
    c.state = CaseState::Approved;
    c.applicant = {Applicant::Kind::Person, "王小川", "11010519491231002X", "", ""};
    pushNewCase(server, other, c);
    ASSERT_EQ(http.post("/api/v1/cases/case-9/permits", R"({"item":"GA-CSHK","long_term":true})", other).status, 201);

    // Counter 1 syncs: the case and its permit arrive and are kept here.
    const std::string token = server.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("clerk-h1-1"), QStringLiteral("办事员1"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    {
        CounterWindow window(clientFor(server, token), {QStringLiteral("h1"),
                                                        1,
                                                        clerk,
                                                        &local,
                                                        deviceOf(server, token),
                                                        dir.filePath(QStringLiteral("docs")),
                                                        {},
                                                        {}});
        window.sync().syncNow();
        ASSERT_TRUE(waitFor([&] {
            return CaseStore(local).standingPermit(QStringLiteral("case-9"), QStringLiteral("GA-CSHK")).has_value();
        }));
    }
    // Later, with the server out of reach, the clerk prints it again from the copy kept here.
    CounterWindow offline(std::make_unique<ApiClient>(deadServerUrl()), {QStringLiteral("h1"),
                                                                         1,
                                                                         clerk,
                                                                         &local,
                                                                         deviceOf(server, token),
                                                                         dir.filePath(QStringLiteral("docs2")),
                                                                         {},
                                                                         {}});
    CaseListPanel& cases = offline.caseList();
    cases.refresh();
    cases.issuePermit(QStringLiteral("case-9"), {QStringLiteral("GA-CSHK"), {}, QDate::currentDate(), {}, true});
    ASSERT_TRUE(waitFor([&] { return cases.keptPdfs().size() == 2; }, 20000)) << cases.messageText().toStdString();
    EXPECT_TRUE(pdfText(cases.keptPdfs().at(0)).contains(QStringLiteral("H1-2026-000001")));
}

TEST(CounterMode, TheStepsAtTheWindowAfterIntakeGoThroughTheHall) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    const std::string token = server.clerkAt("h1", 1);
    StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("clerk-h1-1"), QStringLiteral("办事员1"),
                       QStringLiteral("clerk")};
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    const std::string today = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
    Case c;
    c.id = "case-life";
    c.caseNo = CaseNumber{"H1", today.substr(0, 4) + today.substr(5, 2) + today.substr(8, 2), "C1", 1}.text();
    c.hall = "h1";
    c.items = {"GA-JZZ"};
    c.clerk = "clerk-h1-1";
    c.state = CaseState::Accepted;
    c.applicant = {Applicant::Kind::Person, "王小川", "11010519491231002X", "", ""};
    c.acceptedDate = today;
    c.promisedDate = today;
    c.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, ""},
                   {"jzzm", MaterialState::Waived, today, {}, ""},
                   {"zp", MaterialState::Submitted, std::nullopt, {}, ""}};
    CaseStore(local).save(c, nowUtcMs());
    CounterWindow window(clientFor(server, token), {QStringLiteral("h1"),
                                                    1,
                                                    clerk,
                                                    &local,
                                                    deviceOf(server, token),
                                                    dir.filePath(QStringLiteral("docs")),
                                                    dir.filePath(QStringLiteral("permit-keys.json")),
                                                    {}});
    window.show();
    ASSERT_TRUE(waitFor([&] { return window.catalog().document().has_value(); }));
    window.sync().syncNow(); // the case reaches the hall
    ASSERT_TRUE(waitFor([&] { return !window.sync().isRunning() && CaseStore(local).pendingOutbox() == 0; }));
    CaseListPanel& cases = window.caseList();
    cases.refresh();
    cases.selectCase(QStringLiteral("case-life"));
    CaseStepsBar& steps = *cases.steps();

    // 容缺后补: the proof of residence is brought and scanned; the case here shows it at once, and the sync takes it
    // with its page to the hall, which records the step.
    ASSERT_EQ(steps.waivedMaterials().count(), 1);
    EXPECT_TRUE(steps.waivedMaterials().currentText().startsWith(QStringLiteral("居住证明")));
    steps.scanAndSupply();
    ASSERT_NE(steps.supplyScanner(), nullptr);
    QImage page(1240, 1754, QImage::Format_RGB32);
    page.fill(Qt::white);
    const QString pageFile = dir.filePath(QStringLiteral("jzzm.png"));
    ASSERT_TRUE(page.save(pageFile));
    steps.supplyScanner()->importFiles({pageFile});
    ASSERT_TRUE(waitFor([&] { return steps.supplyScanner()->pageCount() == 1; }));
    steps.supplyScanner()->attachPages();
    ASSERT_TRUE(waitFor([&] {
        const MaterialRecord m = CaseStore(local).find(QStringLiteral("case-life"))->materials[1];
        return m.state == MaterialState::Submitted && m.attachments.size() == 1;
    })) << steps.messageText().toStdString();
    ASSERT_TRUE(waitFor([&] { return !window.sync().isRunning() && CaseStore(local).pendingOutbox() == 0; }, 20000));
    HttpClient http(server.port());
    const Case supplied = caseFromJson(http.get("/api/v1/cases/case-life", token).json());
    EXPECT_EQ(supplied.materials[1].state, MaterialState::Submitted);
    ASSERT_EQ(supplied.materials[1].attachments.size(), 1u);
    ASSERT_EQ(supplied.life.steps.size(), 1u);
    EXPECT_EQ(supplied.life.steps[0].action, "supplied");
    EXPECT_EQ(steps.waivedMaterials().count(), 0); // nothing left to bring

    // Decided and completed in the back office; the next sync brings it here.
    const std::string other = server.clerkAt("h1", 2);
    ASSERT_EQ(http.post("/api/v1/cases/case-life/assign", R"({"department":"区公安分局"})", other).status, 200);
    ASSERT_EQ(http.post("/api/v1/cases/case-life/decision", R"({"decision":"approved"})", other).status, 200);
    ASSERT_EQ(http.post("/api/v1/cases/case-life/complete", "{}", other).status, 200);
    window.sync().syncNow();
    ASSERT_TRUE(
        waitFor([&] { return CaseStore(local).find(QStringLiteral("case-life"))->state == CaseState::Completed; }));
    cases.refresh();
    cases.selectCase(QStringLiteral("case-life"));
    steps.selectionChanged();

    // 出件: not without the ID card checked; then delivered, on the server and here.
    EXPECT_EQ(steps.recipientField().text(), QStringLiteral("王小川"));
    steps.handOver();
    EXPECT_TRUE(steps.messageText().contains(QStringLiteral("ID card"))) << steps.messageText().toStdString();
    steps.idChecked().setChecked(true);
    steps.handOver();
    ASSERT_TRUE(waitFor([&] {
        return CaseStore(local).find(QStringLiteral("case-life"))->state == CaseState::Delivered;
    })) << steps.messageText().toStdString();
    const Case onServer = caseFromJson(http.get("/api/v1/cases/case-life", token).json());
    EXPECT_EQ(onServer.state, CaseState::Delivered);
    ASSERT_TRUE(onServer.life.handover);
    EXPECT_TRUE(onServer.life.handover->idChecked);
    EXPECT_EQ(onServer.life.handover->recipient, "王小川");
    // 首问负责: the clerk sees what happened to the case, step by step.
    cases.selectCase(QStringLiteral("case-life"));
    steps.selectionChanged();
    for (const char* step : {"material brought", "passed on", "approved", "completed", "handed over"})
        EXPECT_TRUE(steps.historyText().contains(QString::fromLatin1(step))) << steps.historyText().toStdString();
    // The 送达回证 to sign is kept beside the other papers.
    ASSERT_EQ(steps.keptPdfs().size(), 1);
    EXPECT_TRUE(pdfText(steps.keptPdfs().at(0)).contains(QStringLiteral("王小川")));
}
