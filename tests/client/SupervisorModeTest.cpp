// Supervisor mode's 差评整改 against a real server: the list with due dates, the follow-up, and an appeal that one
// supervisor files and only a second one can decide.
#include "AuditLog.h"
#include "ClientFixture.h"

#include "app/common/TableExport.h"
#include "app/common/TextTableModel.h"
#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/DayFiguresModel.h"
#include "app/supervisor/PermitsPanel.h"
#include "app/supervisor/RectificationModel.h"
#include "app/supervisor/RectificationPanel.h"
#include "app/supervisor/SupervisorWindow.h"
#include "app/supervisor/WarningsPanel.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"
#include "sync/RectificationService.h"
#include "sync/StatsService.h"

#include "PdfProbe.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;
using namespace Poco::Data::Keywords;

namespace {

class SupervisorMode : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
        const std::string clerk = server.clerkAt("h1", 2);
        const std::string pad = server.enroll("h1", DeviceKind::Pad, 2);
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
        const std::string ticket = http.post("/api/v1/counters/2/call-next", "", clerk)
                                       .json()
                                       ->getObject("ticket")
                                       ->getValue<std::string>("id");
        http.post("/api/v1/tickets/" + ticket + "/finish", "", clerk);
        auto rated = http.post(
            "/api/v1/ratings",
            R"({"ticket_id":")" + ticket + R"(","level":2,"reasons":["服务态度"],"comment":"态度生硬"})", pad);
        ASSERT_EQ(rated.status, 201) << rated.body;
        kioskToken = kiosk;
        clerkToken = clerk;
    }
    std::unique_ptr<SupervisorWindow> open(const std::string& user) {
        auto window = std::make_unique<SupervisorWindow>(
            clientFor(server, server.supervisorAt("h1", user)), QStringLiteral("h1"),
            StaffSession{{}, QString::fromStdString(user), QStringLiteral("负责人"), QStringLiteral("supervisor")});
        window->show();
        EXPECT_TRUE(waitFor([&] { return window->rectifications().model().rowCount() == 1; }));
        return window;
    }
    const Rectification::Appeal* appealOf(SupervisorWindow& w) {
        const auto& items = w.rectificationService().items();
        return items.empty() || !items[0].appeal ? nullptr : &*items[0].appeal;
    }
    RectificationState stateIn(SupervisorWindow& w) { return w.rectificationService().items().at(0).state(); }

    TestServer server;
    HttpClient http{server.port()};
    std::string kioskToken, clerkToken;
};

} // namespace

TEST_F(SupervisorMode, ListsTheBadRatingWithItsDueDatesAndRecordsTheFollowUp) {
    auto boss = open("boss");
    RectificationPanel& panel = boss->rectifications();
    QAbstractItemModelTester tester(&panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Rectification& r = boss->rectificationService().items().at(0);
    EXPECT_EQ(panel.model().data(panel.model().index(0, RectificationModel::Level)).toString(),
              RectificationModel::levelText(2));
    EXPECT_EQ(panel.model().data(panel.model().index(0, RectificationModel::Reasons)).toString(),
              QStringLiteral("服务态度"));
    EXPECT_TRUE(panel.model()
                    .data(panel.model().index(0, RectificationModel::FollowUpDue))
                    .toString()
                    .startsWith(QString::fromStdString(r.followUpDue)));
    EXPECT_EQ(panel.model().data(panel.model().index(0, RectificationModel::Counter)).toString(),
              RectificationModel::tr("Counter %1").arg(2));

    panel.setTextAsker(
        [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("电话回访，已致歉")); });
    panel.selectRow(0);
    panel.followUp();
    ASSERT_TRUE(waitFor([&] { return stateIn(*boss) == RectificationState::FollowedUp; }));
    const std::string by = server.database().read([](Poco::Data::Session& s) {
        std::string who;
        s << "SELECT follow_up_by FROM rectifications", into(who), now;
        return who;
    });
    EXPECT_EQ(by, "boss");
    // Cancelling the dialog records nothing.
    panel.setTextAsker([](const QString&, const QString&) { return std::optional<QString>(); });
    panel.fix();
    waitFor([] { return false; }, 200);
    EXPECT_EQ(stateIn(*boss), RectificationState::FollowedUp);
}

TEST_F(SupervisorMode, AnAppealIsFiledByOneSupervisorAndDecidedByAnother) {
    auto boss = open("boss");
    RectificationPanel& bossPanel = boss->rectifications();
    bossPanel.setChoiceAsker([](const QString&, const QString&, const QStringList&) { return std::optional<int>(0); });
    bossPanel.setTextAsker(
        [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("监控显示未办理即离开")); });
    bossPanel.selectRow(0);
    bossPanel.appeal();
    ASSERT_TRUE(waitFor([&] { return stateIn(*boss) == RectificationState::Appealing; }));
    EXPECT_EQ(appealOf(*boss)->kind, AppealKind::Malicious);

    // The same supervisor cannot decide it: the server refuses, and says why.
    QSignalSpy refused(&boss->rectificationService(), &RectificationService::failed);
    bossPanel.decide();
    ASSERT_TRUE(waitFor([&] { return refused.count() == 1; }));
    EXPECT_EQ(stateIn(*boss), RectificationState::Appealing);

    auto deputy = open("deputy");
    RectificationPanel& deputyPanel = deputy->rectifications();
    deputyPanel.setChoiceAsker(
        [](const QString&, const QString&, const QStringList&) { return std::optional<int>(0); });
    deputyPanel.setTextAsker(
        [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("核实监控，同意")); });
    deputyPanel.selectRow(0);
    deputyPanel.decide();
    ASSERT_TRUE(waitFor([&] { return stateIn(*deputy) == RectificationState::Voided; }));
    EXPECT_EQ(appealOf(*deputy)->decidedBy, "deputy");
}

// The day at a glance: the hall's today (Shanghai, whatever this machine's zone), its figures on the tiles, the
// tables, and the live view: a service finished now shows up without a click.
TEST_F(SupervisorMode, TheDashboardShowsTheHallsDayAndFollowsItLive) {
    auto boss = open("boss");
    DashboardPanel& dashboard = boss->dashboard();
    const std::string today = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
    ASSERT_TRUE(waitFor([&] {
        return boss->statsService().day() && boss->statsService().day()->date == today &&
               dashboard.tileText(QStringLiteral("served")) == QStringLiteral("1");
    }));
    EXPECT_EQ(dashboard.tileText(QStringLiteral("issued")), QStringLiteral("1"));
    EXPECT_EQ(dashboard.tileText(QStringLiteral("goodRate")), QStringLiteral("0.0%"));
    EXPECT_EQ(dashboard.tileText(QStringLiteral("ratingRate")), QStringLiteral("100.0%"));
    EXPECT_EQ(dashboard.tileText(QStringLiteral("rectifications")), QStringLiteral("1"));
    QAbstractItemModelTester tester(&dashboard.table(0), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dashboard.table(0).rowCount(), 1);
    EXPECT_EQ(dashboard.table(0).data(dashboard.table(0).index(0, DayFiguresModel::Name)).toString(),
              QStringLiteral("2"));
    EXPECT_EQ(dashboard.table(1).data(dashboard.table(1).index(0, DayFiguresModel::Name)).toString(),
              QStringLiteral("办事员2"));

    // Another citizen is served at counter 2: the dashboard counts again by itself.
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kioskToken);
    const std::string next = http.post("/api/v1/counters/2/call-next", "", clerkToken)
                                 .json()
                                 ->getObject("ticket")
                                 ->getValue<std::string>("id");
    http.post("/api/v1/tickets/" + next + "/finish", "", clerkToken);
    ASSERT_TRUE(waitFor([&] { return dashboard.tileText(QStringLiteral("served")) == QStringLiteral("2"); }, 15000));
    EXPECT_EQ(dashboard.tileText(QStringLiteral("ratingRate")), QStringLiteral("50.0%"));
}

TEST(TableExport, CsvOpensInSpreadsheetsWithChineseAndQuotedFields) {
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("窗口"), QStringLiteral("说明")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("1")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("等候, 较长")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("2")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("称\"很快\"")));
    const QByteArray csv = tableAsCsv(model);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QString::fromUtf8(csv.mid(3)),
              QStringLiteral("窗口,说明\r\n1,\"等候, 较长\"\r\n2,\"称\"\"很快\"\"\"\r\n"));
}

TEST_F(SupervisorMode, TheDayGoesOutAsCsvAndAsAPdfReport) {
    auto boss = open("boss");
    DashboardPanel& dashboard = boss->dashboard();
    ASSERT_TRUE(waitFor([&] { return dashboard.tileText(QStringLiteral("served")) == QStringLiteral("1"); }));
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("counters.csv"));
    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    dashboard.setFileChooser([&](const QString&, const QString& filter) {
        return filter.contains(QLatin1String("csv")) ? csvPath : pdfPath;
    });
    dashboard.exportCsv();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark spreadsheet programs look for
    const QString table = QString::fromUtf8(bytes);
    EXPECT_TRUE(table.contains(QStringLiteral("\r\n2,1,1,0,0,")));

    QSignalSpy done(&dashboard, &DashboardPanel::exported);
    dashboard.exportPdf();
    ASSERT_TRUE(waitFor([&] { return done.count() == 1; }, 20000));
    EXPECT_TRUE(done.at(0).at(1).toBool());
    const QString text = pdfText(pdfPath);
    EXPECT_TRUE(text.contains(QStringLiteral("Queue: 1 numbers taken, 1 served"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Ratings: 1 of 1 services rated"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("After intake: 0 corrections asked for"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("办事员2"))) << text.toStdString();
    // The charts are drawn into the PDF, not pasted as pictures: they print sharp at any size.
    EXPECT_EQ(pdfImageCount(pdfPath), 0);
}

// Drill-down from a counter to its numbers of the day, and the cases past their promise (办件预警).
TEST_F(SupervisorMode, ACounterOpensToItsNumbersAndOverdueCasesAreListed) {
    // A case accepted at the start of the month, promised by the 10th, still open (as a counter's sync stores it).
    server.database().write([](Poco::Data::Session& s) {
        s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id, item, clerk,"
             " accepted_date, promised_date) VALUES('late', 'h1', 'H1-20261102-C2-0001-04', 'accepted', 1, '{}', 0,"
             " 'test', 'ITEM-9', 'clerk-h1-2', '2026-11-02', '2026-11-10')",
            now;
    });
    auto boss = open("boss");
    DashboardPanel& dashboard = boss->dashboard();
    ASSERT_TRUE(waitFor([&] { return dashboard.tileText(QStringLiteral("served")) == QStringLiteral("1"); }));
    dashboard.drillDown(2);
    ASSERT_TRUE(waitFor([&] { return dashboard.drillDownModel() && dashboard.drillDownModel()->rowCount() == 1; }));
    TextTableModel& numbers = *dashboard.drillDownModel();
    QAbstractItemModelTester tester(&numbers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(numbers.data(numbers.index(0, 0)).toString(), QStringLiteral("A001"));
    EXPECT_EQ(numbers.data(numbers.index(0, 2)).toString(), QStringLiteral("served"));
    EXPECT_EQ(numbers.data(numbers.index(0, 8)).toString(), QStringLiteral("2")); // its rating: 不满意
    EXPECT_TRUE(numbers.data(numbers.index(0, 8), Qt::ForegroundRole).isValid());

    TextTableModel& warnings = boss->warnings().model();
    ASSERT_TRUE(waitFor([&] { return warnings.rowCount() == 1; }));
    EXPECT_TRUE(warnings.data(warnings.index(0, 0)).toString().startsWith(QStringLiteral("Overdue by")));
    EXPECT_EQ(warnings.data(warnings.index(0, 1)).toString(), QStringLiteral("H1-20261102-C2-0001-04"));
    EXPECT_EQ(warnings.data(warnings.index(0, 3)).toString(), QStringLiteral("办事员2"));
}

TEST_F(SupervisorMode, RevokesAPermitWithAReasonThatEveryCheckThenShows) {
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    server.context().permitKeys.generate("h1", std::string("h1-1"), nowUtcMs());
    Case c;
    c.id = "c1";
    c.caseNo = CaseNumber{"H1", "20261127", "C2", 1}.text();
    c.hall = "h1";
    c.items = {"GA-CSHK"};
    c.state = CaseState::Completed;
    c.applicant = {Applicant::Kind::Person, "王小川", "11010519491231002X", "", ""};
    pushNewCase(server, clerkToken, c);
    auto issued = http.post("/api/v1/cases/c1/permits", R"({"item":"GA-CSHK","long_term":true})", clerkToken);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const std::string id = issued.json()->getValue<std::string>("id");
    const std::string statusPath =
        "/api/v1/permits/" + id + "/status?proof=" + permitProof(issued.json()->getValue<std::string>("token"));

    auto boss = open("boss");
    PermitsPanel& panel = boss->permits();
    QAbstractItemModelTester tester(&panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitFor([&] { return panel.model().rowCount() == 1; }));
    EXPECT_EQ(panel.model().index(0, 1).data().toString(), QString::fromStdString(id));
    panel.selectRow(0);
    panel.revokeSelected(QStringLiteral("   "));
    ASSERT_TRUE(waitFor([&] { return !panel.messageText().isEmpty(); }));
    EXPECT_EQ(http.get(statusPath).json()->getValue<std::string>("status"), "valid");

    panel.revokeSelected(QStringLiteral("户籍信息登记有误，已注销重办"));
    ASSERT_TRUE(waitFor([&] {
        return panel.model().rowCount() == 1 &&
               panel.model().index(0, 0).data().toString().startsWith(QStringLiteral("✖"));
    }));
    EXPECT_TRUE(panel.model().index(0, 7).data().toString().contains(QStringLiteral("户籍信息登记有误")));
    auto status = http.get(statusPath).json();
    EXPECT_EQ(status->getValue<std::string>("status"), "revoked");
    EXPECT_FALSE(status->has("revoke_reason")); // the supervisor's words stay in the hall
}

// 回访: the citizen's whole phone number, only after the supervisor says why, and the server's audit log has it.
TEST_F(SupervisorMode, TheCallBackShowsTheWholePhoneOnlyAfterAReasonAndTheLookUpIsAudited) {
    const std::string ticket = server.database().read([](Poco::Data::Session& s) {
        std::string id;
        s << "SELECT ticket_id FROM ratings", into(id), now;
        return id;
    });
    Case c;
    c.id = "rated-case";
    c.hall = "h1";
    c.caseNo = "H1-20261128-C2-000001-00";
    c.items = {"ITEM-1"};
    c.applicant.name = "王磊";
    c.applicant.phone = "13912345678";
    c.state = CaseState::Completed;
    c.ticketId = ticket;
    const std::string body = toJsonText(caseToJson(c));
    server.database().write([&](Poco::Data::Session& s) {
        s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id, ticket_id)"
             " VALUES('rated-case', 'h1', $1, 'completed', 1, $2, 0, 'test', $3)",
            bind(c.caseNo), bind(body), bind(ticket), now;
    });
    auto boss = open("boss");
    RectificationPanel& panel = boss->rectifications();
    panel.selectRow(0);
    panel.setTextAsker([](const QString&, const QString&) { return std::optional<QString>(); });
    panel.callBack(); // cancelled: the server is not asked
    waitFor([] { return false; }, 300);
    EXPECT_FALSE(panel.messageText().contains(QStringLiteral("13912345678")));

    panel.setTextAsker(
        [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("差评回访")); });
    panel.callBack();
    ASSERT_TRUE(waitFor([&] { return panel.messageText().contains(QStringLiteral("13912345678")); }))
        << panel.messageText().toStdString();
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("王磊")));
    EXPECT_TRUE(panel.messageText().contains(QString::fromStdString(c.caseNo)));
    int reveals = 0;
    for (const auto& r :
         server.database().read([](Poco::Data::Session& s) { return server::AuditLog::recent(s, "h1", 50); }))
        reveals += r.action == "pii.reveal" && r.actor == "boss" ? 1 : 0;
    EXPECT_EQ(reveals, 1);
}

// Times on the supervisor's screens and papers are said with their units, as a person says them.
TEST(SupervisorDurations, AreWordsWithTheirUnits) {
    EXPECT_EQ(DayFiguresModel::duration(0), QStringLiteral("0 s"));
    EXPECT_EQ(DayFiguresModel::duration(44.6), QStringLiteral("45 s"));
    EXPECT_EQ(DayFiguresModel::duration(60), QStringLiteral("1 min"));
    EXPECT_EQ(DayFiguresModel::duration(200), QStringLiteral("3 min 20 s"));
    EXPECT_EQ(DayFiguresModel::duration(3600), QStringLiteral("1 h"));
    EXPECT_EQ(DayFiguresModel::duration(3 * 3600 + 5 * 60 + 20), QStringLiteral("3 h 5 min"));
    EXPECT_EQ(DayFiguresModel::duration(-5), QStringLiteral("0 s"));
}
