// The village agency station: offline login for someone who logged in before, an application taken for a
// villager with their consent while the network is down, numbered on the station, waiting to upload — and
// confirmed by the hall once the network is back.
#include "ClientFixture.h"
#include "PdfProbe.h"

#include "app/cases/CaseListPanel.h"
#include "app/cases/IntakePanel.h"
#include "app/station/StationWindow.h"
#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "services/CatalogSource.h"
#include "services/OfflineLogin.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include "TestFiles.h"
#include "domain/Json.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

TEST(OfflineLogin, OpensOnlyForTheRightPasswordOfSomeoneWhoLoggedInHere) {
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    OfflineLogin offline(local);
    EXPECT_FALSE(offline.check(QStringLiteral("agent1"), QStringLiteral("pw")).has_value()); // never here before
    offline.remember({"token-1", QStringLiteral("agent1"), QStringLiteral("赵代办"), QStringLiteral("agent")},
                     QStringLiteral("correct horse"));
    const auto session = offline.check(QStringLiteral("agent1"), QStringLiteral("correct horse"));
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(session->token, QByteArray("token-1"));
    EXPECT_EQ(session->name, QStringLiteral("赵代办"));
    EXPECT_FALSE(offline.check(QStringLiteral("agent1"), QStringLiteral("wrong")).has_value());
    EXPECT_FALSE(offline.check(QStringLiteral("agent2"), QStringLiteral("correct horse")).has_value());
    EXPECT_EQ(local.value(QStringLiteral("offline_login/agent1")).contains(QStringLiteral("correct")), false);
    // A damaged record opens nothing (and throws nothing): the next online login writes it again.
    for (const char* damaged : {"not json", R"({"salt":1,"verifier":[],"iterations":"many"})", R"([])"}) {
        local.setValue(QStringLiteral("offline_login/agent1"), QString::fromUtf8(damaged));
        EXPECT_FALSE(offline.check(QStringLiteral("agent1"), QStringLiteral("correct horse")).has_value()) << damaged;
    }
}

TEST(StationMode, AnApplicationTakenOfflineIsConfirmedWhenTheNetworkIsBack) {
    TestServer server;
    const StaffSession agent{QByteArray::fromStdString(stationHallWithAgent(server)), QStringLiteral("agent1"),
                             QStringLiteral("赵代办"), QStringLiteral("agent")};
    const QString deviceId = deviceOf(server, agent.token.toStdString());
    // The short code the server handed out at enrollment ("S001"), as a station keeps it from its registration.
    const QString code = QString::fromStdString(
        server.context().auth.authenticate(agent.token.toStdString(), nowUtcMs())->caseNumberCode);

    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    { // the catalog came down on an earlier day
        QFile file(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_TRUE(CatalogSource(local).adopt(file.readAll()));
    }
    const StationSetup setup{QStringLiteral("h1"),
                             QStringLiteral("清江村代办站"),
                             agent,
                             &local,
                             deviceId,
                             code,
                             dir.filePath(QStringLiteral("documents")),
                             true,
                             {}};
    std::string caseId;
    {
        auto offlineApi = std::make_unique<ApiClient>(deadServerUrl());
        offlineApi->setToken(agent.token);
        StationWindow station(std::move(offlineApi), setup);
        station.show();
        IntakePanel& intake = station.intake();
        ASSERT_TRUE(intake.chooseEntry(QStringLiteral("GA-JZZ")));
        intake.form()->setValues(parseObject(R"({"applicant": {"name": "李秀英", "id_number": "11010519491231002X",
            "phone": "13812345678"}, "residence_address": "广元市利州区宝轮镇清江村三组18号",
            "residence_since": "2025-03-01"})"));
        intake.materials()->receiveAll();
        intake.accept();
        EXPECT_FALSE(intake.showingDocuments()); // no consent yet: nothing saved
        EXPECT_TRUE(intake.messageText().contains(QStringLiteral("consent"))) << intake.messageText().toStdString();
        intake.setConsent(true);
        intake.accept();
        ASSERT_TRUE(intake.showingDocuments()) << intake.messageText().toStdString();
        const Case taken = *intake.lastCase();
        caseId = taken.id;
        EXPECT_EQ(taken.channel, "station");
        EXPECT_NE(taken.caseNo.find("-" + code.toStdString() + "-"), std::string::npos) << taken.caseNo;
        EXPECT_TRUE(taken.formValues->getObject("_proxy")->getValue<bool>("consent"));
        EXPECT_EQ(intake.lastDocuments().size(), 1); // the villager's receipt, printed here

        station.cases().refresh();
        ASSERT_EQ(station.cases().model().rowCount(), 1);
        EXPECT_TRUE(station.cases().model().row(0).pendingUpload);
        ASSERT_TRUE(waitFor([&] { return !station.sync().status().lastError.isEmpty(); }));
        EXPECT_EQ(server.context().sync.counts().cases, 0);
    }
    // The next day the network is back; the hall has set its telephones since.
    server.context().halls.setProfile("h1", {510113, "028-8398 2000", "12345", "青政服", ""}, nowUtcMs());
    auto api = clientFor(server, agent.token.toStdString());
    StationWindow station(std::move(api), setup);
    ASSERT_TRUE(waitFor([&] {
        return server.context().sync.counts().cases == 1 && station.sync().status().pendingChanges == 0;
    })) << station.sync().status().lastError.toStdString();
    station.cases().refresh();
    EXPECT_FALSE(station.cases().model().row(0).pendingUpload);
    EXPECT_TRUE(station.cases()
                    .model()
                    .data(station.cases().model().index(0, CaseListModel::Upload), Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Confirmed")));
    EXPECT_TRUE(station.syncText().contains(QStringLiteral("confirmed"))) << station.syncText().toStdString();
    (void)caseId;

    // Online, the station's papers carry the hall's telephones and 文号 under the station's name.
    IntakePanel& intake = station.intake();
    ASSERT_TRUE(waitFor([&] { return intake.chooseEntry(QStringLiteral("GA-JZZ")); }));
    intake.form()->setValues(parseObject(R"({"applicant": {"name": "王德福", "id_number": "11010519491231002X",
        "phone": "13912345678"}, "residence_address": "广元市利州区宝轮镇清江村五组3号",
        "residence_since": "2025-03-01"})"));
    intake.materials()->receiveAll();
    intake.setConsent(true);
    ASSERT_TRUE(waitFor([&] { return !station.letterhead().profile.phone.empty(); })); // the hall's answer
    intake.accept();
    ASSERT_EQ(intake.lastDocuments().size(), 1) << intake.messageText().toStdString();
    const QString paper = pdfText(intake.lastDocuments().front());
    EXPECT_TRUE(paper.contains(QStringLiteral("清江村代办站"))) << paper.toStdString();
    EXPECT_TRUE(paper.contains(QStringLiteral("028-8398 2000"))) << paper.toStdString();
    EXPECT_TRUE(paper.contains(QStringLiteral("青政服受"))) << paper.toStdString();
}
