// 区域督查 against a real server: a city's supervisor at the region's PC sees each hall of the city side by side with
// the sum, picks another day, and opens one hall's own day from its row.
#include "ClientFixture.h"
#include "Sql.h"

#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/DayFiguresModel.h"
#include "app/supervisor/RegionWindow.h"
#include "sync/RegionService.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class RegionMode : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* hall : {"h1", "h2", "h3"}) {
            server.addHall(hall, {{"A", "综合业务"}}, 1, {"A"});
            const std::string kiosk = server.enroll(hall, DeviceKind::Kiosk);
            const std::string clerk = server.clerkAt(hall, 1);
            // h1 two numbers, one served; h2 three, one served; h3 (another region) one.
            const int numbers = std::string(hall) == "h1" ? 2 : std::string(hall) == "h2" ? 3 : 1;
            for (int i = 0; i < numbers; ++i)
                ASSERT_EQ(
                    http.post("/api/v1/halls/" + std::string(hall) + "/tickets", R"({"category":"A"})", kiosk).status,
                    201);
            if (std::string(hall) == "h3")
                continue;
            const auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
            ASSERT_EQ(called.status, 200) << called.body;
            const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
            ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerk).status, 200);
        }
        server.addRegion("cd", "成都市", {"h1", "h2"});
        server.addRegion("other", "其他", {"h3"});
    }
    std::unique_ptr<RegionWindow> open() {
        auto window = std::make_unique<RegionWindow>(clientFor(server, server.regionSupervisorAt("cd", "cdsup")),
                                                     QStringLiteral("cd"),
                                                     StaffSession{{},
                                                                  QStringLiteral("cdsup"),
                                                                  QStringLiteral("成都市督查"),
                                                                  QStringLiteral("supervisor"),
                                                                  QStringLiteral("cd")});
        window->show();
        EXPECT_TRUE(waitFor([&] { return window->halls().rowCount() == 2; }));
        return window;
    }

    TestServer server;
    HttpClient http{server.port()};
};

} // namespace

TEST_F(RegionMode, ShowsEachHallOfTheRegionAndTheirSum) {
    auto window = open();
    QAbstractItemModelTester tester(&window->halls(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(window->tileText(QStringLiteral("halls")), QStringLiteral("2"));
    EXPECT_EQ(window->tileText(QStringLiteral("issued")), QStringLiteral("5")) << "h3 is another region's";
    EXPECT_EQ(window->tileText(QStringLiteral("served")), QStringLiteral("2"));
    auto& halls = window->halls();
    EXPECT_EQ(halls.data(halls.index(0, DayFiguresModel::Name)).toString(), QStringLiteral("大厅 h1"));
    EXPECT_EQ(halls.data(halls.index(0, DayFiguresModel::Issued)).toString(), QStringLiteral("2"));
    EXPECT_EQ(halls.data(halls.index(1, DayFiguresModel::Issued)).toString(), QStringLiteral("3"));

    // Another day: nothing happened then.
    QSignalSpy loaded(&window->service(), &RegionService::loaded);
    window->showDate(QDate(2020, 1, 2));
    ASSERT_TRUE(
        waitFor([&] { return loaded.count() >= 1 && window->service().date() == QLatin1String("2020-01-02"); }));
    EXPECT_TRUE(waitFor([&] { return window->tileText(QStringLiteral("issued")) == QLatin1String("0"); }));
    EXPECT_EQ(window->halls().rowCount(), 2);

    // A hall's own day from its row.
    window->showToday();
    ASSERT_TRUE(waitFor([&] { return window->tileText(QStringLiteral("issued")) == QLatin1String("5"); }));
    QWidget* hallDay = window->openHall(1);
    ASSERT_NE(hallDay, nullptr);
    EXPECT_TRUE(hallDay->windowTitle().contains(QStringLiteral("大厅 h2"))) << hallDay->windowTitle().toStdString();
    auto* dashboard = hallDay->findChild<DashboardPanel*>();
    ASSERT_NE(dashboard, nullptr);
    EXPECT_TRUE(waitFor([&] { return dashboard->tileText(QStringLiteral("issued")) == QLatin1String("3"); }));
    EXPECT_EQ(dashboard->tileText(QStringLiteral("served")), QStringLiteral("1"));
}

TEST_F(RegionMode, SaysWhichHallsServerHasBeenSilentForAQuarterOfAnHour) {
    // h2 has a server of its own whose last word came 20 minutes ago with 37 changes still to send; h1's came just now.
    const std::int64_t now = nowUtcMs();
    server.database().write([&](Poco::Data::Session& s) {
        server::runSql(s,
                       "INSERT INTO hall_relays(hall, relayed_seq, relayed_at, backlog) VALUES('h2', 5, $1, 37),"
                       " ('h1', 9, $2, 0)",
                       {now - 20 * 60 * 1000, now});
    });
    auto window = open();
    ASSERT_TRUE(waitFor([&] { return !window->notice().isEmpty(); }));
    EXPECT_TRUE(window->notice().contains(QStringLiteral("大厅 h2"))) << window->notice().toStdString();
    EXPECT_TRUE(window->notice().contains(QStringLiteral("20"))) << window->notice().toStdString();
    EXPECT_TRUE(window->notice().contains(QStringLiteral("37"))) << window->notice().toStdString();
    EXPECT_FALSE(window->notice().contains(QStringLiteral("大厅 h1")));
    // Another day is not today: nothing to say of a server's silence now.
    window->showDate(QDate(2020, 1, 2));
    EXPECT_TRUE(waitFor([&] { return window->notice().isEmpty(); }));
}

TEST_F(RegionMode, SaysWhatTheServerRefusesInWords) {
    // The region's PC of another region reads nothing of this one: the refusal is shown, no figures.
    auto api = clientFor(server, server.regionSupervisorAt("other", "othersup"));
    RegionWindow window(std::move(api), QStringLiteral("cd"),
                        StaffSession{{},
                                     QStringLiteral("othersup"),
                                     QStringLiteral("其他督查"),
                                     QStringLiteral("supervisor"),
                                     QStringLiteral("other")});
    QSignalSpy failed(&window.service(), &RegionService::failed);
    ASSERT_TRUE(waitFor([&] { return failed.count() >= 1; }));
    EXPECT_FALSE(failed.front().front().toString().isEmpty());
    EXPECT_EQ(window.halls().rowCount(), 0);
    EXPECT_EQ(window.tileText(QStringLiteral("issued")), QStringLiteral("—"));
}
