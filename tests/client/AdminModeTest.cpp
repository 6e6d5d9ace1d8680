// The administrator's tab (管理) against a real server, as the hall's administrator uses it: a clerk added, logging
// in at a counter with the slip's password and choosing their own, disabled — and the counter says so in words; a
// device enrolled from the code on the screen (typed by a barcode reader, and seen by a camera); a catalog refused
// with both of its problems' paths; hours, queues and the record.
#include "ClientFixture.h"
#include "PdfProbe.h"

#include "app/common/LoginDialog.h"
#include "app/common/SetupDialog.h"
#include "app/counter/CounterWindow.h"
#include "app/supervisor/SupervisorWindow.h"
#include "app/supervisor/admin/AdminPanel.h"
#include "app/supervisor/admin/AuditPage.h"
#include "app/supervisor/admin/CatalogPage.h"
#include "app/supervisor/admin/DevicesPage.h"
#include "app/supervisor/admin/HoursPage.h"
#include "app/supervisor/admin/PasswordSlipDialog.h"
#include "app/supervisor/admin/QueuesPage.h"
#include "app/supervisor/admin/StaffPage.h"
#include "domain/Json.h"
#include "store/LocalStore.h"
#include "sync/AdminService.h"
#include "sync/HallFeed.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class AdminMode : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        window = std::make_unique<SupervisorWindow>(
            clientFor(server, server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor)),
            QStringLiteral("h1"),
            StaffSession{{}, QStringLiteral("admin1"), QStringLiteral("管理员"), QStringLiteral("admin")});
        window->show();
        ASSERT_NE(window->admin(), nullptr);
        ASSERT_TRUE(waitFor([&] { return !service().staff().empty() && !service().counters().empty(); }));
    }
    AdminService& service() { return *window->adminService(); }
    AdminPanel& admin() { return *window->admin(); }
    // The dialog the page opened last of type T (a slip, a code), once it is there.
    template <typename T> T* opened() {
        T* found = nullptr;
        waitFor([&] {
            const auto all = window->findChildren<T*>();
            found = all.isEmpty() ? nullptr : all.last();
            return found != nullptr;
        });
        return found;
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.port()); }

    TestServer server;
    HttpClient http{server.port()};
    std::unique_ptr<SupervisorWindow> window;
};

} // namespace

// Only an administrator has the tab.
TEST(AdminTab, IsShownToTheAdministratorOnly) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    SupervisorWindow window(
        clientFor(server, server.supervisorAt("h1", "sup1")), QStringLiteral("h1"),
        StaffSession{{}, QStringLiteral("sup1"), QStringLiteral("赵建国"), QStringLiteral("supervisor")});
    EXPECT_EQ(window.admin(), nullptr);
    for (int i = 0; i < window.tabs().count(); ++i)
        EXPECT_NE(window.tabs().tabText(i), QStringLiteral("Administration (管理)"));
}

TEST_F(AdminMode, AClerkAddedLogsInWithTheSlipIsDisabledAndTheCounterSaysSo) {
    StaffPage& staff = *admin().staffPage();
    staff.addStaff(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("clerk"));
    auto* slip = opened<PasswordSlipDialog>();
    ASSERT_NE(slip, nullptr) << admin().messageText().toStdString();
    const QString given = slip->password();
    EXPECT_EQ(given.size(), 12);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
    QString error;
    ASSERT_TRUE(slip->savePdf(pdf, &error)) << error.toStdString();
    const QString printed = pdfText(pdf);
    EXPECT_TRUE(printed.contains(given)) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("wangfang")));
    slip->close();
    ASSERT_TRUE(waitFor([&] {
        for (const auto& m : service().staff())
            if (m.user == "wangfang")
                return m.mustChangePassword;
        return false;
    }));

    // At a counter: the slip's password, then the clerk's own.
    const std::string counterDevice = server.enroll("h1", DeviceKind::Counter, 1);
    auto deviceApi = clientFor(server, counterDevice);
    LoginDialog login(*deviceApi, QStringLiteral("Counter 1"), QStringLiteral("wangfang"));
    login.setPassword(given);
    login.submit();
    ASSERT_TRUE(waitFor([&] { return login.choosingPassword(); })) << login.messageText().toStdString();
    login.setNewPassword(QStringLiteral("wangfang-1"));
    login.submit();
    ASSERT_TRUE(waitFor([&] { return !login.messageText().isEmpty() && login.result() != QDialog::Accepted; }));
    EXPECT_TRUE(login.messageText().contains(QStringLiteral("rules"))) << login.messageText().toStdString();
    login.setNewPassword(QStringLiteral("Spring-2026"));
    login.submit();
    ASSERT_TRUE(waitFor([&] { return login.result() == QDialog::Accepted; })) << login.messageText().toStdString();

    QTemporaryDir counterDir;
    LocalStore local(counterDir.filePath(QStringLiteral("device.db")));
    CounterWindow counter(clientFor(server, login.session().token.toStdString()),
                          {QStringLiteral("h1"),
                           1,
                           login.session(),
                           &local,
                           deviceOf(server, login.session().token.toStdString()),
                           counterDir.path(),
                           {},
                           {}});
    counter.show();
    ASSERT_TRUE(waitFor([&] { return counter.feed().isLive(); }));
    actionFor(counter, Qt::Key_F1)->trigger(); // nobody waits: the session works
    ASSERT_TRUE(waitFor([&] { return !counter.messageText().isEmpty(); }));

    // The administrator disables the clerk: the counter's next call says why, in words, and stops.
    staff.selectUser(QStringLiteral("wangfang"));
    staff.setDisabled(QStringLiteral("wangfang"), true);
    ASSERT_TRUE(waitFor([&] {
        for (const auto& m : service().staff())
            if (m.user == "wangfang")
                return m.disabled;
        return false;
    }));
    actionFor(counter, Qt::Key_F1)->trigger();
    QMessageBox* ended = nullptr;
    ASSERT_TRUE(waitFor([&] { return (ended = counter.findChild<QMessageBox*>(QStringLiteral("sessionEndedBox"))); }));
    EXPECT_TRUE(ended->text().contains(QStringLiteral("disabled by the hall's administrator")))
        << ended->text().toStdString();
    EXPECT_FALSE(counter.centralWidget()->isEnabled());
}

TEST_F(AdminMode, ADeviceIsEnrolledFromTheCodeOnTheScreenAndRevoked) {
    DevicesPage& devices = *admin().devicesPage();
    devices.makeCode(QStringLiteral("kiosk"), std::nullopt);
    auto* code = opened<EnrollCodeDialog>();
    ASSERT_NE(code, nullptr) << admin().messageText().toStdString();
    EXPECT_TRUE(code->link().startsWith(QStringLiteral("onewindow://enroll/?server="))) << code->link().toStdString();

    // A barcode reader types the QR code's text into the code field: both fields filled, the device enrolled.
    SetupDialog typed{QString(), QString()};
    typed.findChild<QLineEdit*>(QStringLiteral("enrollCodeEdit"))->setText(code->link());
    EXPECT_EQ(typed.serverText(), baseUrl());
    EXPECT_FALSE(typed.codeText().startsWith(QStringLiteral("onewindow")));
    typed.submit();
    ASSERT_TRUE(waitFor([&] { return typed.result() == QDialog::Accepted; })) << typed.messageText().toStdString();
    EXPECT_EQ(typed.registration().kind, QStringLiteral("kiosk"));

    // A camera sees the QR code on the screen: a second code, read from a photo of it.
    devices.makeCode(QStringLiteral("display"), std::nullopt);
    ASSERT_TRUE(waitFor([&] { return devices.lastCodeDialog() && devices.lastCodeDialog() != code; }));
    QTemporaryDir frames;
    QImage shot(900, 700, QImage::Format_RGB32);
    shot.fill(QColor(0xf4, 0xf6, 0xf8));
    {
        QPainter p(&shot);
        p.drawImage(310, 180, devices.lastCodeDialog()->qrCode());
    }
    ASSERT_TRUE(shot.save(frames.filePath(QStringLiteral("frame.png"))));
    SetupDialog seen{QString(), QString()};
    seen.scanWithCamera(frames.path(), 5);
    ASSERT_TRUE(waitFor([&] { return seen.result() == QDialog::Accepted; })) << seen.messageText().toStdString();
    EXPECT_EQ(seen.registration().kind, QStringLiteral("display"));

    // Listed, then revoked: its token stops.
    service().reloadDevices();
    QString kioskId;
    ASSERT_TRUE(waitFor([&] {
        for (const auto& d : service().devices())
            if (d.kind == "kiosk" && d.id == typed.registration().deviceId.toStdString())
                kioskId = QString::fromStdString(d.id);
        return !kioskId.isEmpty();
    }));
    devices.revoke(kioskId);
    ASSERT_TRUE(waitFor([&] {
        for (const auto& d : service().devices())
            if (QString::fromStdString(d.id) == kioskId)
                return !d.revokedAt.empty();
        return false;
    }));
    const auto refused = http.get("/api/v1/halls/h1/queue", typed.registration().deviceToken.toStdString());
    EXPECT_EQ(refused.status, 401);
}

TEST_F(AdminMode, ACatalogWithTwoErrorsShowsBothPaths) {
    auto catalog = parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG));
    catalog->set("version", catalog->getValue<int>("version") + 1);
    catalog->getArray("items")->getObject(0)->remove("name");
    catalog->getArray("items")->getObject(1)->set("promised_limit", "soon");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(toJsonText(catalog)));
    file.close();
    CatalogPage& page = *admin().catalogPage();
    ASSERT_TRUE(page.upload(path));
    ASSERT_TRUE(waitFor([&] { return page.problems().size() == 2; })) << page.stateText().toStdString();
    EXPECT_TRUE(page.problems()[0].startsWith(QStringLiteral("$.items[0].name"))) << page.problems()[0].toStdString();
    EXPECT_TRUE(page.problems()[1].startsWith(QStringLiteral("$.items[1].promised_limit")))
        << page.problems()[1].toStdString();
    EXPECT_TRUE(page.stateText().contains(QStringLiteral("refused")));
    EXPECT_FALSE(page.upload(dir.filePath(QStringLiteral("missing.json"))));
}

TEST_F(AdminMode, HoursQueuesAndTheRecordTakeEffectOnTheServer) {
    HoursPage& hours = *admin().hoursPage();
    ASSERT_TRUE(waitFor([&] { return !service().isBusy(); }));
    HallHours edited = hours.edited(); // a working week offered to start from
    EXPECT_TRUE(edited.week[0].has_value());
    EXPECT_FALSE(edited.week[6].has_value());
    hours.calendar()->setSelectedDate(QDate(2027, 1, 1));
    hours.closeSelectedDate(QStringLiteral("元旦"));
    hours.save();
    ASSERT_TRUE(waitFor([&] { return service().hours().has_value(); })) << admin().messageText().toStdString();
    const auto stored =
        hallHoursFromJson(http.get("/api/v1/halls/h1/hours", server.enroll("h1", DeviceKind::Kiosk)).json());
    EXPECT_EQ(stored.dates.size(), 1u);
    EXPECT_EQ(stored.dates.front().note, "元旦");
    EXPECT_EQ(stored.week[0]->lunch->from, 12 * 60);

    QueuesPage& queues = *admin().queuesPage();
    queues.queueTable()->selectRow(1); // B
    queues.toggleQueueOpen();
    ASSERT_TRUE(waitFor([&] { return service().categories().size() == 2 && !service().categories()[1].open; }));
    queues.counterTable()->selectRow(0);
    queues.toggleCounterClosed();
    ASSERT_TRUE(waitFor([&] { return service().counters()[0].closedToday; }));

    AuditPage& audit = *admin().auditPage();
    audit.setFilter(QStringLiteral("admin1"), QDate(), QDate());
    audit.reload();
    ASSERT_TRUE(waitFor([&] { return service().audit().size() >= 3; }));
    EXPECT_EQ(service().audit().front().action, "hall.counter_changed");
    EXPECT_EQ(audit.table()->model()->data(audit.table()->model()->index(0, 2)).toString(),
              AuditPage::actionText(QStringLiteral("hall.counter_changed")));
    EXPECT_TRUE(audit.table()
                    ->model()
                    ->data(audit.table()->model()->index(0, 4))
                    .toString()
                    .contains(QStringLiteral("closed_today false → true")));
}

// At a hall with a server of its own, an account changed both at the hall and by the city's command line: the 人员
// page says so in amber, and the administrator settles it from the dialog; the hall's value then goes up.
TEST(AdminModeAtAHallServer, AnAccountChangedOnBothSidesIsShownInAmberAndSettledFromTheDialog) {
    TestServer upstream;
    upstream.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    TestServer hall(TestServer::OnSQLite{});
    std::optional<server::Relay> relay;
    ASSERT_NO_THROW(relay.emplace(hall.joinAsHallServer(upstream, "h1")));
    const std::string admin = hall.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    hall.clerkAt("h1", 1);
    ASSERT_TRUE(relay->runOnce()) << relay->status().problem; // the accounts go up, and are known alike
    HttpClient http(hall.port());
    ASSERT_EQ(http.request("PATCH", "/api/v1/staff/clerk-h1-1", R"({"name":"张敏"})", admin).status, 200);
    upstream.context().auth.addStaff("h1", "clerk-h1-1", StaffRole::Clerk, "张 敏", TestServer::kPassword);
    relay->askUpstreamAtNextRound();
    ASSERT_TRUE(relay->runOnce()) << relay->status().problem;

    SupervisorWindow window(
        clientFor(hall, admin), QStringLiteral("h1"),
        StaffSession{{}, QStringLiteral("admin1"), QStringLiteral("管理员"), QStringLiteral("admin")});
    window.show();
    AdminService& service = *window.adminService();
    ASSERT_TRUE(waitFor([&] {
        return !service.isBusy() && std::any_of(service.staff().begin(), service.staff().end(),
                                                [](const auto& m) { return !m.upstreamConflicts.empty(); });
    }));
    StaffPage& page = *window.admin()->staffPage();
    auto* note = page.findChild<QLabel*>(QStringLiteral("staffConflictNote"));
    auto* settle = page.findChild<QPushButton*>(QStringLiteral("settleConflictButton"));
    ASSERT_TRUE(note && settle);
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(QStringLiteral("upstream platform"))) << note->text().toStdString();
    page.selectUser(QStringLiteral("clerk-h1-1"));
    const auto* model = page.table()->model();
    const int row = page.table()->currentIndex().row();
    EXPECT_TRUE(model->data(model->index(row, 4)).toString().contains(QStringLiteral("differs from the upstream")));
    EXPECT_TRUE(settle->isEnabled());

    page.settleSelected();
    ASSERT_NE(page.settleDialog(), nullptr);
    const auto labels = page.settleDialog()->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
        return l->text() == QStringLiteral("张 敏");
    })) << "the upstream's value is shown";
    auto* keep = page.settleDialog()->findChild<QPushButton*>(QStringLiteral("keepHall_name"));
    ASSERT_NE(keep, nullptr);
    keep->click();
    ASSERT_TRUE(waitFor([&] { return note->isHidden() && !service.isBusy(); }));
    EXPECT_TRUE(settle->isHidden());
    ASSERT_TRUE(relay->runOnce());
    EXPECT_EQ(tableRows(upstream.database(), "SELECT name FROM staff WHERE user_name = 'clerk-h1-1'"),
              (std::vector<std::vector<std::string>>{{"张敏"}}))
        << "the hall's value went up";
}
