// 预约 and 预约上门 on the screens, against a real server: a station books a time for a villager (a full slot offered
// no more); the station asks for a home visit (a wrong ID
// number said at once, nothing sent), the supervisor sends a clerk on a date, the station sees it scheduled, the
// supervisor marks it done; with the network down the station keeps what was typed. The supervisor's day shows the
// day's appointments by slot, in the table and in the PDF report.
#include "ClientFixture.h"

#include "app/appointments/AppointmentPlanPanel.h"
#include "app/appointments/BookingPanel.h"
#include "app/appointments/ClerkVisitsPanel.h"
#include "app/appointments/HomeVisitList.h"
#include "app/common/TextTableModel.h"
#include "app/counter/CounterWindow.h"
#include "app/station/HomeVisitRequestPanel.h"
#include "app/station/StationWindow.h"
#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/HomeVisitsPanel.h"
#include "app/supervisor/SupervisorWindow.h"
#include "services/CatalogSource.h"
#include "store/LocalStore.h"
#include "sync/AppointmentService.h"
#include "sync/HomeVisitService.h"

#include "PdfProbe.h"
#include "domain/IdNumber.h"

#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class AppointmentScreens : public ::testing::Test {
protected:
    void SetUp() override {
        agent = StaffSession{QByteArray::fromStdString(stationHallWithAgent(server)), QStringLiteral("agent1"),
                             QStringLiteral("赵代办"), QStringLiteral("agent")};
        server.context().auth.addStaff("h1", "clerk1", StaffRole::Clerk, "张敏", TestServer::kPassword);
        QFile file(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_TRUE(CatalogSource(local).adopt(file.readAll()));
    }
    StationSetup setup(bool offline) {
        return {QStringLiteral("h1"),
                QStringLiteral("清江村代办站"),
                agent,
                &local,
                deviceOf(server, agent.token.toStdString()),
                QStringLiteral("S001"),
                dir.filePath(QStringLiteral("documents")),
                offline,
                {}};
    }
    std::unique_ptr<SupervisorWindow> supervisor() {
        auto window = std::make_unique<SupervisorWindow>(
            clientFor(server, server.supervisorAt("h1", "boss")), QStringLiteral("h1"),
            StaffSession{{}, QStringLiteral("boss"), QStringLiteral("负责人"), QStringLiteral("supervisor")});
        window->show();
        return window;
    }

    TestServer server;
    HttpClient http{server.port()};
    QTemporaryDir dir;
    LocalStore local{dir.filePath(QStringLiteral("device.db"))};
    StaffSession agent;
};

} // namespace

TEST_F(AppointmentScreens, TheStationAsksTheSupervisorSendsAClerkAndTheStationSeesTheDay) {
    StationWindow station(clientFor(server, agent.token.toStdString()), setup(false));
    station.show();
    HomeVisitRequestPanel& panel = station.homeVisits();
    // A wrong ID number is said at once; nothing goes to the hall.
    panel.fill(QStringLiteral("李秀英"), QStringLiteral("110105194912310021"), QStringLiteral("138 1234 5678"),
               QStringLiteral("清江村三组18号"), QStringLiteral("居住证办理"), QStringLiteral("elderly"), {});
    panel.send();
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("ID number"))) << panel.messageText().toStdString();
    panel.fill(QStringLiteral("李秀英"), QStringLiteral("11010519491231002X"), QStringLiteral("138 1234 5678"),
               QStringLiteral("清江村三组18号"), QStringLiteral("居住证办理"), QStringLiteral("other"), {});
    panel.send(); // "other" says why
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("note"))) << panel.messageText().toStdString();
    HttpClient asBoss(server.port());
    const std::string boss = server.supervisorAt("h1", "boss2");
    EXPECT_EQ(asBoss.get("/api/v1/halls/h1/home-visits", boss).json()->getArray("visits")->size(), 0u);

    panel.fill(QStringLiteral("李秀英"), QStringLiteral("11010519491231002X"), QStringLiteral("138 1234 5678"),
               QStringLiteral("清江村三组18号"), QStringLiteral("居住证办理"), QStringLiteral("elderly"),
               QStringLiteral("卧床"));
    panel.send();
    ASSERT_TRUE(waitFor([&] { return panel.list().model().rowCount() == 1; })) << panel.messageText().toStdString();
    EXPECT_EQ(panel.list().model().index(0, 5).data().toString(), HomeVisitList::stateText("requested"));
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("sent to the hall"))) << panel.messageText().toStdString();

    // The supervisor sends the clerk tomorrow; done the day after, as the clerk reported.
    auto window = supervisor();
    HomeVisitsPanel& visits = *window->homeVisits();
    ASSERT_TRUE(waitFor([&] { return visits.list().model().rowCount() == 1; }));
    const QDate tomorrow = QDate::fromString(QString::fromStdString(Clock().todayIso()), Qt::ISODate).addDays(1);
    visits.scheduleSelected(QStringLiteral("clerk1"), tomorrow);
    ASSERT_TRUE(waitFor([&] {
        return visits.list().model().index(0, 5).data().toString() == HomeVisitList::stateText("scheduled");
    })) << visits.messageText().toStdString();
    EXPECT_EQ(visits.list().model().index(0, 7).data().toString(), QStringLiteral("张敏"));
    station.homeVisitService().reload();
    ASSERT_TRUE(
        waitFor([&] { return panel.list().model().index(0, 6).data().toString() == tomorrow.toString(Qt::ISODate); }));
    visits.setTextAsker(
        [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("已办结")); });
    visits.markDone();
    ASSERT_TRUE(waitFor([&] {
        return visits.list().model().index(0, 5).data().toString() == HomeVisitList::stateText("done");
    })) << visits.messageText().toStdString();
    // The day shows it: by date.
    visits.showOnly(QStringLiteral("requested"), tomorrow);
    ASSERT_TRUE(waitFor([&] { return visits.list().model().rowCount() == 0; }));
    // Two readings on their way at once: the list shows the later one's answer, whichever arrives last.
    visits.showOnly(QStringLiteral("requested"), std::nullopt);
    visits.showOnly(QString(), tomorrow);
    ASSERT_TRUE(waitFor([&] { return visits.list().model().rowCount() == 1; }));
    waitFor([] { return false; }, 300); // any late answer is in by now
    EXPECT_EQ(visits.list().model().rowCount(), 1);
}

TEST_F(AppointmentScreens, WithTheNetworkDownTheStationKeepsWhatWasTyped) {
    auto api = std::make_unique<ApiClient>(deadServerUrl());
    api->setToken(agent.token);
    StationWindow station(std::move(api), setup(true));
    station.show();
    HomeVisitRequestPanel& panel = station.homeVisits();
    panel.fill(QStringLiteral("李秀英"), QStringLiteral("11010519491231002X"), QStringLiteral("13812345678"),
               QStringLiteral("清江村三组18号"), QStringLiteral("居住证办理"), QStringLiteral("disabled"), {});
    panel.send();
    ASSERT_TRUE(waitFor([&] { return panel.messageText().contains(QStringLiteral("Not sent")); }))
        << panel.messageText().toStdString();
    // Sent again: the form still holds it (the same request, the same id).
    QSignalSpy failed(&station.homeVisitService(), &HomeVisitService::failed);
    panel.send();
    ASSERT_TRUE(waitFor([&] { return failed.count() >= 1; }));
    EXPECT_TRUE(failed.last().at(0).toString().contains(QStringLiteral("kept")));
}

// The supervisor's day: tomorrow's appointments by slot in the table, and in the PDF report.
TEST_F(AppointmentScreens, TheDayShowsTheAppointmentsBySlotOnScreenAndInTheReport) {
    const std::string boss = server.supervisorAt("h1", "planner");
    auto res = http.request(
        "PUT", "/api/v1/halls/h1/appointment-plan",
        R"({"category":"A","weekdays":[1,2,3,4,5,6,7],"slots":[{"start":"09:00","end":"09:30","capacity":4}]})", boss);
    ASSERT_EQ(res.status, 200) << res.body;
    const QDate tomorrow = QDate::fromString(QString::fromStdString(Clock().todayIso()), Qt::ISODate).addDays(1);
    const std::string date = tomorrow.toString(Qt::ISODate).toStdString();
    const std::string second = "51011319800101101" + std::string(1, IdNumber::checkCharacter("51011319800101101"));
    for (const std::string& id : {std::string("11010519491231002X"), second}) {
        res = http.post("/api/v1/halls/h1/appointments", R"({"category":"A","date":")" + date +
                                                             R"(","start":"09:00","name":"王磊","id_number":")" + id +
                                                             R"(","phone":"13800138000"})");
        ASSERT_EQ(res.status, 201) << res.body;
    }
    auto window = supervisor();
    DashboardPanel& dashboard = window->dashboard();
    dashboard.chooseDate(tomorrow);
    ASSERT_TRUE(waitFor([&] { return dashboard.appointmentsModel()->rowCount() == 2; })); // the slot, and all
    TextTableModel& slotsModel = *dashboard.appointmentsModel();
    EXPECT_EQ(slotsModel.index(0, 0).data().toString(), QStringLiteral("综合业务"));
    EXPECT_EQ(slotsModel.index(0, 1).data().toString(), QStringLiteral("09:00–09:30"));
    EXPECT_EQ(slotsModel.index(0, 2).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(slotsModel.index(0, 3).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(slotsModel.index(0, 6).data().toString(), QStringLiteral("2")); // still to come

    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    dashboard.setFileChooser([&](const QString&, const QString&) { return pdfPath; });
    QSignalSpy done(&dashboard, &DashboardPanel::exported);
    dashboard.exportPdf();
    ASSERT_TRUE(waitFor([&] { return done.count() == 1; }, 20000));
    const QString text = pdfText(pdfPath);
    EXPECT_TRUE(text.contains(QStringLiteral("Appointments: 2 places booked, 0 checked in"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Appointments by slot"))) << text.toStdString();
}

// 预约登记 at the station for a villager on the telephone: the queue, tomorrow, the one place of 09:00; the code is
// shown and the day lists the booking; the slot is then full and offered no more.
TEST_F(AppointmentScreens, TheStationBooksATimeForSomeoneAndAFullSlotIsNotOfferedAgain) {
    const std::string boss = server.supervisorAt("h1", "planner");
    ASSERT_EQ(
        http.request(
                "PUT", "/api/v1/halls/h1/appointment-plan",
                R"({"category":"A","weekdays":[1,2,3,4,5,6,7],"slots":[{"start":"09:00","end":"09:30","capacity":1},{"start":"09:30","end":"10:00","capacity":2}]})",
                boss)
            .status,
        200);
    StationWindow station(clientFor(server, agent.token.toStdString()), setup(false));
    station.show();
    BookingPanel& panel = station.bookings();
    panel.reload();
    ASSERT_TRUE(waitFor([&] { return panel.chooseQueue(QStringLiteral("A")); }));
    const QDate tomorrow = QDate::fromString(QString::fromStdString(Clock().todayIso()), Qt::ISODate).addDays(1);
    panel.chooseDate(tomorrow);
    ASSERT_TRUE(waitFor([&] { return panel.chooseSlot(QStringLiteral("09:00")); }));
    panel.fill(QStringLiteral("王磊"), QStringLiteral("110105194912310021"), QStringLiteral("13800138000"));
    panel.book();
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("ID number"))) << panel.messageText().toStdString();
    panel.fill(QStringLiteral("王磊"), QStringLiteral("11010519491231002X"), QStringLiteral("138 0013 8000"));
    panel.book();
    ASSERT_TRUE(waitFor([&] { return panel.codeText().contains(QStringLiteral("Check-in code")); }))
        << panel.messageText().toStdString();
    ASSERT_TRUE(waitFor([&] { return panel.bookingsModel().rowCount() == 1; }));
    EXPECT_EQ(panel.bookingsModel().index(0, 0).data().toString(), QStringLiteral("09:00–09:30"));
    EXPECT_EQ(panel.bookingsModel().index(0, 2).data().toString(), QStringLiteral("王*"));
    EXPECT_FALSE(panel.bookingsModel().index(0, 3).data().toString().contains(QStringLiteral("19491231")));
    // The one place is taken: 09:00 is shown full and cannot be chosen; 09:30 still can.
    ASSERT_TRUE(waitFor([&] {
        return panel.slotList().count() == 2 && panel.slotList().item(0)->text().contains(QStringLiteral("full"));
    }));
    EXPECT_FALSE(panel.chooseSlot(QStringLiteral("09:00")));
    EXPECT_TRUE(panel.chooseSlot(QStringLiteral("09:30")));
    // The same person again that day and queue: told in words.
    panel.fill(QStringLiteral("王磊"), QStringLiteral("11010519491231002X"), QStringLiteral("13800138000"));
    panel.book();
    ASSERT_TRUE(waitFor([&] { return panel.messageText().contains(QStringLiteral("already has an appointment")); }))
        << panel.messageText().toStdString();
}

// 预约设置: the supervisor plans queue A on screen (a wrong row said in words, nothing sent), saves it, then stops
// it; and sets the hall's no-show rule.
TEST_F(AppointmentScreens, TheSupervisorPlansAQueueAndSetsTheNoShowRule) {
    auto window = supervisor();
    AppointmentPlanPanel& plan = *window->appointmentPlan();
    ASSERT_TRUE(waitFor([&] { return plan.chooseQueue(QStringLiteral("A")); }));
    ASSERT_TRUE(waitFor([&] { return plan.stateText().contains(QStringLiteral("no appointments")); }));
    plan.setWeekdays({1, 3, 5});
    plan.setSlots(
        {{QStringLiteral("09:00"), QStringLiteral("09:30"), 4}, {QStringLiteral("09:15"), QStringLiteral("09:45"), 4}});
    plan.save();
    EXPECT_TRUE(plan.messageText().contains(QStringLiteral("overlaps"))) << plan.messageText().toStdString();
    plan.setSlots(
        {{QStringLiteral("09:00"), QStringLiteral("09:30"), 4}, {QStringLiteral("930"), QStringLiteral("10:00"), 4}});
    plan.save();
    EXPECT_TRUE(plan.messageText().contains(QStringLiteral("Row 2"))) << plan.messageText().toStdString();
    plan.setSlots({{QStringLiteral("09:00"), QStringLiteral("09:30"), 4}});
    plan.addSlot(); // 09:30–10:00 for 4
    EXPECT_EQ(plan.slotTable().rowCount(), 2);
    plan.save();
    ASSERT_TRUE(waitFor([&] { return plan.stateText() == QStringLiteral("Takes appointments"); }))
        << plan.messageText().toStdString();
    const std::string clerk = server.clerkAt("h1", 1);
    auto res = http.get("/api/v1/halls/h1/appointment-plan?category=A", clerk);
    ASSERT_EQ(res.status, 200) << res.body;
    const AppointmentPlan saved = appointmentPlanFromJson(res.json());
    EXPECT_EQ(saved.weekdays, (std::set<int>{1, 3, 5}));
    ASSERT_EQ(saved.times.size(), 2u);
    EXPECT_EQ(saved.times[1].start, 9 * 60 + 30);
    EXPECT_EQ(saved.times[1].capacity, 4);

    plan.stop();
    ASSERT_TRUE(waitFor([&] { return plan.stateText().contains(QStringLiteral("no appointments")); }));
    EXPECT_EQ(http.get("/api/v1/halls/h1/appointment-plan?category=A", clerk).status, 404);

    plan.setPolicy(2, 30, 10);
    plan.savePolicy();
    ASSERT_TRUE(waitFor([&] { return plan.messageText().contains(QStringLiteral("no-show rule")); }))
        << plan.messageText().toStdString();
    res = http.get("/api/v1/halls/h1/appointment-policy", clerk);
    EXPECT_EQ(noShowPolicyFromJson(res.json()), (NoShowPolicy{2, 30, 10}));
}

// The clerk sent on a home visit sees it at the counter (only their own, scheduled) and marks it done when back.
TEST_F(AppointmentScreens, TheClerkSeesTheirHomeVisitAtTheCounterAndMarksItDone) {
    const std::string agentToken = agent.token.toStdString();
    const std::string boss = server.supervisorAt("h1", "boss3");
    for (const char* id : {"v-1", "v-2"})
        ASSERT_EQ(http.post("/api/v1/halls/h1/home-visits",
                            R"({"id":")" + std::string(id) +
                                R"(","name":"李秀英","id_number":"11010519491231002X","phone":"13812345678",)"
                                R"("address":"清江村三组18号","service":"居住证办理","reason":"elderly","note":""})",
                            agentToken)
                      .status,
                  201);
    const std::string token = server.clerkAt("h1", 1); // clerk-h1-1, at counter 1
    const std::string today = Clock().todayIso();
    ASSERT_EQ(http.post("/api/v1/halls/h1/home-visits/v-1/schedule",
                        R"({"clerk":"clerk-h1-1","date":")" + today + "\"}", boss)
                  .status,
              200);
    const StaffSession clerk{QByteArray::fromStdString(token), QStringLiteral("clerk-h1-1"), QStringLiteral("办事员1"),
                             QStringLiteral("clerk")};
    QTemporaryDir counterDir;
    LocalStore counterStore(counterDir.filePath(QStringLiteral("device.db")));
    CounterWindow counter(
        clientFor(server, token),
        {QStringLiteral("h1"), 1, clerk, &counterStore, deviceOf(server, token), counterDir.path(), {}, {}});
    counter.show();
    ClerkVisitsPanel& visits = counter.homeVisits();
    visits.reload();
    ASSERT_TRUE(waitFor([&] { return visits.list().model().rowCount() == 1; })); // v-2 is not theirs (yet)
    visits.setTextAsker(
        [](const QString&, const QString&) { return std::optional<QString>(QStringLiteral("已认证")); });
    visits.markDone();
    ASSERT_TRUE(waitFor([&] { return visits.list().model().rowCount() == 0; })) << visits.messageText().toStdString();
    const auto done = http.get("/api/v1/halls/h1/home-visits?state=done", boss).json()->getArray("visits");
    ASSERT_EQ(done->size(), 1u);
    EXPECT_EQ(done->getObject(0)->getValue<std::string>("outcome"), "已认证");
}
