// 后台审批 against a real server: the approver's list holds the cases passed to them with the time left; a refusal
// needs its reason; a correction names the materials and stops the clock until received; the approval is the
// server's record.
#include "ClientFixture.h"

#include "app/common/TextTableModel.h"
#include "app/supervisor/CaseWorkPanel.h"
#include "app/supervisor/SupervisorWindow.h"
#include "domain/Case.h"
#include "domain/Json.h"
#include "sync/CaseWorkService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class ApprovalMode : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        const std::string clerk = server.clerkAt("h1", 1);
        Case c = acceptedCase("approve-1");
        c.items = {"GA-JZZ"};
        c.clerk = "clerk-h1-1";
        c.acceptedDate = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
        c.promisedDate = c.acceptedDate;
        c.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, ""},
                       {"zp", MaterialState::Submitted, std::nullopt, {}, ""}};
        const std::string device = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
        ASSERT_EQ(pushCase(http, clerk, device, 1, c).status, 200);
        caseNo = c.caseNo;
        approverToken = server.staffAt("h1", "appr1", StaffRole::Approver, DeviceKind::Supervisor);
        ASSERT_EQ(http.post("/api/v1/cases/" + caseNo + "/assign", R"({"approver":"appr1"})", clerk).status, 200);
        clerkToken = clerk;
    }

    std::unique_ptr<SupervisorWindow> openApprover(std::size_t cases = 1) {
        auto window = std::make_unique<SupervisorWindow>(
            clientFor(server, approverToken), QStringLiteral("h1"),
            StaffSession{{}, QStringLiteral("appr1"), QStringLiteral("审批人"), QStringLiteral("approver")});
        window->show();
        EXPECT_TRUE(waitFor([&] { return window->caseWorkService().cases().size() == cases; }));
        return window;
    }

    std::string stateOnServer() {
        return http.get("/api/v1/cases/" + caseNo, clerkToken).json()->getValue<std::string>("state");
    }

    TestServer server;
    HttpClient http{server.port()};
    std::string caseNo, clerkToken, approverToken;
};

QPushButton* button(QWidget& w, const QString& text) {
    for (auto* b : w.findChildren<QPushButton*>())
        if (b->text().startsWith(text))
            return b;
    return nullptr;
}

} // namespace

TEST_F(ApprovalMode, TheApproverAsksForACorrectionThenApproves) {
    auto window = openApprover();
    CaseWorkPanel& panel = window->caseWork();
    auto* table = panel.findChild<QTableView*>(QStringLiteral("caseWorkTable"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 1).data().toString().toStdString(), caseNo);
    EXPECT_TRUE(table->model()->index(0, 0).data().toString().contains(QStringLiteral("0"))); // due today

    // A refusal without its reason is not sent.
    panel.refuse();
    EXPECT_EQ(stateOnServer(), "in_review");

    // 补正: tick the photo, say why; the case waits and its clock stops.
    QListWidget& materials = panel.materialList();
    ASSERT_EQ(materials.count(), 2);
    materials.item(1)->setCheckState(Qt::Checked);
    panel.reasonField().setText(QStringLiteral("照片背景不是白色"));
    panel.askForCorrection();
    ASSERT_TRUE(waitFor([&] { return stateOnServer() == "supplement"; }));
    ASSERT_TRUE(waitFor([&] {
        const auto* w = window->caseWorkService().find(QStringLiteral("approve-1"));
        return w && w->c.state == CaseState::Supplement;
    }));
    EXPECT_FALSE(button(panel, QStringLiteral("Approve"))->isEnabled());
    EXPECT_TRUE(button(panel, QStringLiteral("Correction received"))->isEnabled());
    panel.correctionReceived();
    ASSERT_TRUE(waitFor([&] { return stateOnServer() == "in_review"; }));
    ASSERT_TRUE(waitFor([&] { return !window->caseWorkService().isBusy(); }));

    panel.approve();
    ASSERT_TRUE(waitFor([&] { return stateOnServer() == "approved"; }));
    const Case onServer = caseFromJson(http.get("/api/v1/cases/" + caseNo, clerkToken).json());
    EXPECT_EQ(onServer.life.decidedBy, "appr1");
    ASSERT_EQ(onServer.life.corrections.size(), 1u);
    EXPECT_EQ(onServer.life.corrections[0].materials, std::vector<std::string>{"zp"});
}

TEST_F(ApprovalMode, ARefusalCarriesItsReason) {
    auto window = openApprover();
    CaseWorkPanel& panel = window->caseWork();
    panel.reasonField().setText(QStringLiteral("不符合居住证申领条件"));
    panel.refuse();
    ASSERT_TRUE(waitFor([&] { return stateOnServer() == "denied"; }));
    const Case onServer = caseFromJson(http.get("/api/v1/cases/" + caseNo, clerkToken).json());
    EXPECT_EQ(onServer.life.decisionReason, "不符合居住证申领条件");
}

TEST_F(ApprovalMode, TheApproverPausesTheTimeLimitForPublicityWhereTheItemAllowsIt) {
    // A property transfer (BDC-ZYDJ: 公示 and 实地查看 stop its clock), passed to appr1 as well.
    Case property = acceptedCase("approve-2");
    property.items = {"BDC-ZYDJ"};
    property.clerk = "clerk-h1-1";
    property.acceptedDate = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
    property.promisedDate = property.acceptedDate;
    const std::string device = server.context().auth.authenticate(clerkToken, nowUtcMs())->deviceId;
    ASSERT_EQ(pushCase(http, clerkToken, device, 2, property).status, 200);
    ASSERT_EQ(http.post("/api/v1/cases/" + property.caseNo + "/assign", R"({"approver":"appr1"})", clerkToken).status,
              200);
    auto window = openApprover(2);
    CaseWorkPanel& panel = window->caseWork();
    auto* table = panel.findChild<QTableView*>(QStringLiteral("caseWorkTable"));
    int row = -1;
    for (int i = 0; i < table->model()->rowCount(); ++i)
        if (table->model()->index(i, 1).data().toString().toStdString() == property.caseNo)
            row = i;
    ASSERT_GE(row, 0);
    // The residence permit allows no pause.
    panel.selectRow(1 - row);
    EXPECT_EQ(panel.clockStopKind().count(), 0);
    EXPECT_FALSE(button(panel, QStringLiteral("Pause the time limit"))->isEnabled());
    panel.selectRow(row);
    ASSERT_EQ(panel.clockStopKind().count(), 2);
    EXPECT_TRUE(panel.clockStopKind().itemText(0).contains(QStringLiteral("公示")));
    auto life = [&] { return caseFromJson(http.get("/api/v1/cases/" + property.caseNo, clerkToken).json()).life; };
    panel.pauseClock(); // not without a reason: nothing is sent
    EXPECT_FALSE(window->caseWorkService().isBusy());
    EXPECT_TRUE(life().clockStops.empty());
    panel.reasonField().setText(QStringLiteral("转移登记公告"));
    panel.pauseClock();
    ASSERT_TRUE(waitFor([&] { return life().openClockStop() != nullptr; }));
    EXPECT_EQ(life().openClockStop()->kind, "publicity");
    ASSERT_TRUE(waitFor([&] { return !window->caseWorkService().isBusy(); }));
    EXPECT_TRUE(table->model()->index(row, 0).data().toString().contains(QStringLiteral("公示")));
    EXPECT_FALSE(button(panel, QStringLiteral("Approve"))->isEnabled()); // not decided while it stands still
    panel.resumeClock();
    ASSERT_TRUE(waitFor([&] { return life().openClockStop() == nullptr && life().clockStops.size() == 1; }));
    ASSERT_TRUE(waitFor([&] { return !window->caseWorkService().isBusy(); }));
    EXPECT_TRUE(button(panel, QStringLiteral("Approve"))->isEnabled());
}
