// Renders the counter, kiosk and display modes against a real server with the demo hall, in Chinese,
// into the directory given as the first argument (docs/screenshots).
#include "ClientFixture.h"

#include "AdminCommands.h"
#include "PdfProbe.h"
#include "Sql.h"
#include "TestFiles.h"
#include "app/appointments/AppointmentPlanPanel.h"
#include "app/appointments/BookingPanel.h"
#include "app/appointments/HomeVisitList.h"
#include "app/cases/CardReaderBar.h"
#include "app/cases/CaseListPanel.h"
#include "app/cases/IntakePanel.h"
#include "app/cases/PermitIssueDialog.h"
#include "app/common/AppContext.h"
#include "app/common/PermitCheckPanel.h"
#include "app/counter/CounterWindow.h"
#include "app/display/CounterScreenWindow.h"
#include "app/display/DisplayWindow.h"
#include "app/kiosk/KioskCaseNumberPad.h"
#include "app/kiosk/KioskDigitPad.h"
#include "app/kiosk/KioskProgressPage.h"
#include "app/kiosk/KioskQueueChooser.h"
#include "app/kiosk/KioskSearchPage.h"
#include "app/kiosk/KioskWindow.h"
#include "app/pad/PadWindow.h"
#include "app/station/HomeVisitRequestPanel.h"
#include "app/station/StationWindow.h"
#include "app/supervisor/CaseWorkPanel.h"
#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/DayFiguresModel.h"
#include "app/supervisor/HomeVisitsPanel.h"
#include "app/supervisor/RectificationModel.h"
#include "app/supervisor/RectificationPanel.h"
#include "app/supervisor/RegionWindow.h"
#include "app/supervisor/SupervisorWindow.h"
#include "app/supervisor/admin/AdminPanel.h"
#include "app/supervisor/admin/AuditPage.h"
#include "app/supervisor/admin/CatalogPage.h"
#include "app/supervisor/admin/DevicesPage.h"
#include "app/supervisor/admin/HallPage.h"
#include "app/supervisor/admin/HoursPage.h"
#include "app/supervisor/admin/QueuesPage.h"
#include "app/supervisor/admin/StaffPage.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"
#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "idcard/Cards.h"
#include "idcard/SamSimulator.h"
#include "printer/CaseStepPrinters.h"
#include "services/CardReaderService.h"
#include "services/CatalogSource.h"
#include "sync/AdminService.h"
#include "sync/HomeVisitService.h"
#include "sync/PadSession.h"
#include "sync/PermitService.h"
#include "sync/RectificationService.h"
#include "sync/RegionService.h"
#include "sync/StatsService.h"
#include "widgets/RatingPad.h"
#include <QCalendarWidget>
#include <QTabWidget>
#include <QTableWidget>

#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include "app/common/TextTableModel.h"
#include "app/station/StationWindow.h"
#include "app/supervisor/DashboardPanel.h"
#include "app/supervisor/WarningsPanel.h"
#include "domain/WorkCalendar.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"
#include "sync/CaseWorkService.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/SyncEngine.h"
#include "widgets/Announcer.h"
#include "widgets/ScanView.h"
#include "widgets/Style.h"

#include "SyntheticScene.h"

#include <opencv2/imgcodecs.hpp>

#include <QTemporaryDir>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>

#include "domain/CreditCode.h"
#include "domain/Json.h"
#include "forms/CatalogDocument.h"

#include <cmath>
#include <iostream>
#include <sstream>

using namespace ow;
using namespace ow::testing;

namespace {

class SilentSpeaker : public Speaker {
public:
    void speak(const QString&) override { QTimer::singleShot(1, this, &Speaker::finished); }
    QString name() const override { return QStringLiteral("silent"); }
};

// The ids people must never read on a screen meant for them: the accounts people log in with, the hall's id, the
// catalog's item codes, the permit keys' ids (filled in main).
QStringList forbiddenIds;
QString compareWith; // --compare DIR: the pictures kept there (the docs') checked against these sources
int problems = 0;

// What a person reads on the screen: every visible label, button, field and table cell.
QStringList visibleTexts(QWidget& root) {
    QStringList texts;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->text();
        else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            for (int r = 0; r < std::min(view->model()->rowCount(), 200); ++r)
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    texts << view->model()->index(r, c).data().toString();
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    }
    return texts;
}

// The sources the pictures are drawn from: the screens, the papers, their style and words, the demo's catalog and
// this script. A picture kept in the docs is current when it was rendered from these very sources.
QString renderedFrom() {
    const QDir root(QStringLiteral(ONEWINDOW_SOURCE_DIR));
    QStringList files;
    for (const char* dir : {"app", "widgets", "printer", "forms/ui"}) {
        QDirIterator it(root.filePath(QString::fromLatin1(dir)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
    }
    files << QStringLiteral("resources/onewindow.qss") << QStringLiteral("resources/demo-catalog.json")
          << QStringLiteral("translations/onewindow_zh_CN.ts") << QStringLiteral("tests/client/Screenshots.cpp");
    files.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& file : files) {
        QFile f(root.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        hash.addData(file.toUtf8());
        hash.addData(f.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

// With --compare DIR (the docs): the pictures there were rendered from the sources as they are now, and they are the
// pictures this script draws, no more and no fewer.
void checkKept(const QString& out) {
    if (compareWith.isEmpty())
        return;
    QFile stamp(QDir(compareWith).filePath(QStringLiteral("rendered-from.txt")));
    const QString kept = stamp.open(QIODevice::ReadOnly) ? QString::fromLatin1(stamp.readAll()).trimmed() : QString();
    if (kept != renderedFrom()) {
        ++problems;
        std::cout << "STALE " << compareWith.toStdString()
                  << ": its pictures were rendered from other sources than these; render them again "
                     "(scripts/screenshots.sh) and look at them"
                  << std::endl;
    }
    const QStringList filters{QStringLiteral("*.png"), QStringLiteral("*.pdf")};
    const QStringList drawn = QDir(out).entryList(filters, QDir::Files);
    const QStringList there = QDir(compareWith).entryList(filters, QDir::Files);
    // The phone's booking page is drawn by a browser, in the booking page's own test (tests/server/BookingPageTest).
    const QStringList drawnElsewhere{QStringLiteral("book-page.png"), QStringLiteral("book-page-booked.png")};
    for (const QString& name : there)
        if (!drawn.contains(name) && !drawnElsewhere.contains(name)) {
            ++problems;
            std::cout << "NOT DRAWN " << name.toStdString() << ": kept in the docs, drawn by no screen" << std::endl;
        }
    for (const QString& name : drawn)
        if (!there.contains(name)) {
            ++problems;
            std::cout << "MISSING " << name.toStdString() << ": drawn, not in the docs" << std::endl;
        }
}

bool save(QWidget& widget, const QString& path, bool forPeople = true) {
    waitFor([] { return false; }, 400); // let layouts and style settle
    const bool ok = widget.grab().save(path);
    std::cout << (ok ? "wrote " : "FAILED ") << path.toStdString() << std::endl;
    if (forPeople) // the administrator's screens name accounts and devices: that is their work
        for (const QString& text : visibleTexts(widget))
            for (const QString& id : forbiddenIds)
                if (text.contains(id)) {
                    ++problems;
                    std::cout << "ID SHOWN " << QFileInfo(path).fileName().toStdString() << ": \"" << id.toStdString()
                              << "\" in \"" << text.toStdString() << "\"" << std::endl;
                }
    return ok;
}

// A paper's page, rendered from its PDF: its text names no ids either.
bool savePaper(const QString& pdf, const QString& out, const QString& name, int dpi = 70) {
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                                   QStringLiteral("-singlefile"), pdf, QDir(out).filePath(name)});
    const QString png = QDir(out).filePath(name + QStringLiteral(".png"));
    const bool page = QFileInfo::exists(png);
    std::cout << (page ? "wrote " : "FAILED ") << png.toStdString() << std::endl;
    const QString text = pdfText(pdf);
    for (const QString& id : forbiddenIds)
        if (text.contains(id)) {
            ++problems;
            std::cout << "ID SHOWN " << name.toStdString() << ": \"" << id.toStdString() << "\"" << std::endl;
        }
    return page;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QString out = QStringLiteral("docs/screenshots");
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--compare") && i + 1 < argc)
            compareWith = QString::fromLocal8Bit(argv[++i]);
        else
            out = arg;
    }
    QDir().mkpath(out);
    AppContext::installTranslation(app, QStringLiteral("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    applyStyle(app);

    TestServer server;
    std::ostringstream codes;
    createDemoHall(server.context().halls, server.context().auth, codes);
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    const std::string kid = server.context().permitKeys.generate("demo", std::nullopt, nowUtcMs());
    forbiddenIds = {QStringLiteral("demo"), QString::fromStdString(kid)};
    for (const char* user :
         {"clerk1", "clerk2", "clerk3", "clerk4", "clerk5", "clerk6", "super1", "super2", "agent1", "appr1", "admin1"})
        forbiddenIds << QString::fromLatin1(user);
    const CatalogDocument demoCatalog = parseCatalogDocument(parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG)));
    for (const ServiceItem& item : demoCatalog.catalog.items)
        forbiddenIds << QString::fromStdString(item.code);
    for (const Bundle& bundle : demoCatalog.catalog.bundles)
        forbiddenIds << QString::fromStdString(bundle.code);
    HttpClient http(server.port());
    QString receiptCase, receiptCode, permitCode; // from the counter, for the kiosk
    const std::string kiosk = server.enroll("demo", DeviceKind::Kiosk);
    for (const char* body :
         {R"({"category":"A"})", R"({"category":"A","priority":"elderly"})", R"({"category":"B"})",
          R"({"category":"A"})", R"({"category":"C"})", R"({"category":"A"})", R"({"category":"B"})"})
        http.post("/api/v1/halls/demo/tickets", body, kiosk);
    auto login = [&](int counter) {
        const std::string device = server.enroll("demo", DeviceKind::Counter, counter);
        auto res = http.post("/api/v1/sessions",
                             R"({"user":"clerk)" + std::to_string(counter) + R"(","password":"demo1234"})", device);
        return res.json()->getValue<std::string>("token");
    };
    const std::string clerk3 = login(3);
    const std::string clerk1 = login(1);
    std::string atCounter1 =
        http.post("/api/v1/counters/1/call-next", "", clerk1).json()->getObject("ticket")->getValue<std::string>("id");
    const std::string clerk5 = login(5);
    http.post("/api/v1/counters/5/call-next", "", clerk5);
    // 预约: queue B planned every day, tomorrow's 09:00 booked by two people; 预约上门: two requests from the village
    // station, one of them scheduled.
    const std::string planner = http.post("/api/v1/sessions", R"({"user":"super1","password":"demo1234"})",
                                          server.enroll("demo", DeviceKind::Supervisor))
                                    .json()
                                    ->getValue<std::string>("token");
    http.request("PUT", "/api/v1/halls/demo/appointment-plan",
                 R"({"category":"B","weekdays":[1,2,3,4,5,6,7],"slots":[{"start":"09:00","end":"09:30","capacity":4},)"
                 R"({"start":"09:30","end":"10:00","capacity":4},{"start":"10:00","end":"10:30","capacity":4},)"
                 R"({"start":"14:30","end":"15:00","capacity":4}]})",
                 planner);
    const QDate tomorrow = QDate::fromString(QString::fromStdString(Clock().todayIso()), Qt::ISODate).addDays(1);
    const std::string tomorrowIso = tomorrow.toString(Qt::ISODate).toStdString();
    for (const auto& [name, id] : {std::pair{"陈思远", "11010519491231002X"}, std::pair{"刘芳", "510113198001011013"}})
        http.post("/api/v1/halls/demo/appointments", std::string(R"({"category":"B","date":")") + tomorrowIso +
                                                         R"(","start":"09:00","name":")" + name + R"(","id_number":")" +
                                                         id + R"(","phone":"13800138000"})");
    const std::string agent = http.post("/api/v1/sessions", R"({"user":"agent1","password":"demo1234"})",
                                        server.enroll("demo", DeviceKind::Station))
                                  .json()
                                  ->getValue<std::string>("token");
    http.post("/api/v1/halls/demo/home-visits",
              R"({"id":"hv-1","name":"李秀英","id_number":"11010519491231002X","phone":"13812345678",)"
              R"("address":"利州区宝轮镇清江村三组18号","service":"城乡居民养老保险待遇资格认证","reason":"elderly",)"
              R"("note":"卧床，耳背，请先给女儿打电话"})",
              agent);
    http.post("/api/v1/halls/demo/home-visits",
              R"({"id":"hv-2","name":"王德福","id_number":"11010519491231002X","phone":"13912345678",)"
              R"("address":"利州区宝轮镇清江村五组3号","service":"残疾人两项补贴申请","reason":"disabled","note":""})",
              agent);
    http.post("/api/v1/halls/demo/home-visits/hv-2/schedule", R"({"clerk":"clerk3","date":")" + tomorrowIso + R"("})",
              planner);
    int ok = 0;
    {
        StaffSession clerk{QByteArray::fromStdString(clerk3), QStringLiteral("clerk3"), QStringLiteral("王磊"),
                           QStringLiteral("clerk")};
        QTemporaryDir dir;
        LocalStore local(dir.filePath(QStringLiteral("device.db")));
        CounterWindow counter(clientFor(server, clerk3),
                              {QStringLiteral("demo"), 3, clerk, &local, deviceOf(server, clerk3), dir.path(), {}, {}});
        counter.resize(1366, 768);
        counter.show();
        waitFor([&] { return counter.feed().isLive(); });
        counter.service().callNext();
        waitFor([&] { return counter.currentNumberText() != QStringLiteral("—"); });
        waitFor([&] { return counter.catalog().document().has_value(); });
        // The clerk is halfway through a 企业开办 application: some fields typed, one ID number mistyped.
        IntakePanel& intake = counter.intake();
        intake.chooseEntry(QStringLiteral("YJS-QYKB"));
        intake.form()->setValues(parseObject(R"({"applicant": {"name": "王磊", "id_number": "110105194912310021",
            "phone": "13812345678"}, "enterprise_name": "成都青白江云帆软件有限公司", "enterprise_type": "llc", "legal_representative": "王磊",
            "address": "成都市青白江区大弯街道凤凰大道100号", "capital": 100, "scope": ["software", "consulting"],
            "shareholders": [{"kind": "person", "name": "王磊", "id_number": "11010519491231002X", "share": 100}],
            "seals": ["official", "finance"], "invoice_kind": "e_normal", "employees": 3})"));
        intake.materials()->receiveAll();
        intake.materials()->setState("zscl", MaterialState::Waived);
        intake.materials()->setState("gszc", MaterialState::Missing);
        intake.form()->showAllErrors();
        ok += save(counter, QDir(out).filePath(QStringLiteral("counter.png")));

        // At a hall server whose line to the city is cut (as its relay would report it): the hall serves on.
        auto tellScreens = [&] { server::publishHallChanged(server.context(), "demo"); };
        server.context().upstreamLine = [] {
            return std::optional<QueueSnapshot::Upstream>(QueueSnapshot::Upstream{false, 86, nowUtcMs() - 40 * 60000});
        };
        tellScreens();
        waitFor([&] { return !counter.upstreamNoticeText().isEmpty(); });
        ok += save(counter, QDir(out).filePath(QStringLiteral("counter-upstream-cut.png")));
        server.context().upstreamLine = [] { return std::optional<QueueSnapshot::Upstream>(); };
        tellScreens();
        waitFor([&] { return counter.upstreamNoticeText().isEmpty(); });

        auto values = intake.form()->values();
        values->getObject("applicant")->set("id_number", "11010519491231002X");
        values->set("insured_from", "2026-12-01");
        intake.form()->setValues(values);
        intake.materials()->setState("gszc", MaterialState::Submitted);
        intake.accept();
        waitFor([&] { return false; }, 600);
        ok += save(counter, QDir(out).filePath(QStringLiteral("counter-receipt.png")));
        // The printed receipt itself, as the applicant gets it.
        if (!intake.lastDocuments().isEmpty())
            ok += savePaper(intake.lastDocuments().front(), out, QStringLiteral("receipt"), 90);

        // The scan view: a citizen's ID card held under the camera (synthetic photos stand in for it), taken
        // by itself once it held still.
        intake.startNew();
        intake.chooseEntry(QStringLiteral("YJS-QYKB"));
        {
            QTemporaryDir frames;
            std::mt19937 random(8);
            const auto steady = scan::synth::PhotoOptions::steady();
            const auto photo =
                scan::synth::photograph(scan::synth::residentIdCard(random, "11010519491231002X"), random, steady);
            for (int i = 0; i < 10; ++i)
                cv::imwrite(frames.filePath(QStringLiteral("f%1.png").arg(i)).toStdString(), photo.frame);
            qputenv("ONEWINDOW_SCAN_SOURCE", frames.path().toUtf8());
            intake.openScan();
            waitFor([&] { return intake.scanView()->pageCount() >= 1; }, 20000);
            intake.scanView()->readIdentity();
            waitFor([&] { return intake.scanView()->statusText().contains(QStringLiteral("110105")); }, 20000);
            waitFor([&] { return false; }, 300);
            ok += save(counter, QDir(out).filePath(QStringLiteral("counter-scan.png")));
            intake.closeScan();
            qunsetenv("ONEWINDOW_SCAN_SOURCE");
        }
        intake.startNew();
        counter.caseList().refresh();
        QMetaObject::invokeMethod(&counter, [&] {
            for (QAction* a : counter.actions())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
                    a->trigger();
        });
        ok += save(counter, QDir(out).filePath(QStringLiteral("counter-cases.png")));

        // 即办件: the accepted case approved on the spot, its business licence issued and shown to print.
        CaseListPanel& cases = counter.caseList();
        if (cases.model().rowCount() > 0) {
            const QString id = cases.model().row(0).id;
            receiptCase = cases.model().row(0).caseNo;
            receiptCode = QString::fromStdString(CaseStore(local).find(id)->queryCode);
            cases.selectCase(id);
            cases.approveSelected();
            const QDate today = QDate::currentDate();
            cases.issuePermit(id, {QStringLiteral("SC-QYSL"),
                                   QStringLiteral("软件开发；信息技术咨询服务；数据处理和存储支持服务"),
                                   today,
                                   {},
                                   true,
                                   QStringLiteral("91510113MA7B2C3D4") +
                                       QChar::fromLatin1(CreditCode::checkCharacter("91510113MA7B2C3D4"))});
            waitFor([&] { return cases.keptPdfs().size() == 2; }, 20000);
            waitFor([&] { return false; }, 600);
            ok += save(counter, QDir(out).filePath(QStringLiteral("counter-permit.png")));
            {
                // The issuing dialog of a business licence: the company from the form, its credit code mistyped.
                PermitIssueDialog dialog({{QStringLiteral("SC-QYSL"),
                                           QStringLiteral("营业执照 — 企业设立登记（营业执照）"),
                                           QStringLiteral("成都青白江云帆软件有限公司"),
                                           {},
                                           QStringLiteral("软件开发；信息咨询")}},
                                         today, &counter);
                dialog.setCreditCode(QStringLiteral("91510113MA7B2C3D40"));
                dialog.show();
                ok += save(dialog, QDir(out).filePath(QStringLiteral("counter-permit-issue.png")));
            }
            if (!cases.keptPdfs().isEmpty()) {
                permitCode = pdfQrCode(cases.keptPdfs().front());
                ok += savePaper(cases.keptPdfs().front(), out, QStringLiteral("permit"));
                ok += savePaper(cases.keptPdfs().back(), out, QStringLiteral("permit-card"), 200);
            }
            // The third tab: the code read back from the paper, checked.
            QMetaObject::invokeMethod(&counter, [&] {
                for (QAction* a : counter.actions())
                    if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3))
                        a->trigger();
            });
            counter.permitCheck().checkCodes({permitCode});
            waitFor([&] { return counter.permitCheck().lastResult().has_value(); });
            ok += save(counter, QDir(out).filePath(QStringLiteral("counter-check.png")));
        }
        // 预约登记: a caller booked for tomorrow 09:30, the code on screen, the day's bookings beside it.
        QMetaObject::invokeMethod(&counter, [&] {
            for (QAction* a : counter.actions())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4))
                    a->trigger();
        });
        BookingPanel& booking = counter.bookings();
        waitFor([&] { return booking.chooseQueue(QStringLiteral("B")); });
        booking.chooseDate(tomorrow);
        waitFor([&] { return booking.chooseSlot(QStringLiteral("09:30")); });
        booking.fill(QStringLiteral("张晓燕"), QStringLiteral("510113198503152027"), QStringLiteral("13712345678"));
        booking.book();
        waitFor([&] {
            return booking.codeText().contains(QStringLiteral("签到码")) && booking.bookingsModel().rowCount() == 3;
        });
        ok += save(counter, QDir(out).filePath(QStringLiteral("counter-booking.png")));
    }
    {
        // A village station working offline: an application for a villager, waiting to upload.
        QTemporaryDir dir;
        LocalStore local(dir.filePath(QStringLiteral("device.db")));
        QFile catalog(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        catalog.open(QIODevice::ReadOnly);
        CatalogSource(local).adopt(catalog.readAll());
        auto offline = std::make_unique<ApiClient>(deadServerUrl());
        // The station's desktop ID card reader (our simulator on a pseudo-terminal).
        SamSimulator sam;
        CardReaderService::Settings readerSettings;
        readerSettings.device = QString::fromStdString(sam.path());
        CardReaderService cardReader(readerSettings, Clock());
        StationWindow station(std::move(offline),
                              {QStringLiteral("demo"),
                               QStringLiteral("清江村代办站"),
                               {"", QStringLiteral("agent1"), QStringLiteral("赵代办"), QStringLiteral("agent")},
                               &local,
                               QStringLiteral("station-1"),
                               QStringLiteral("S7QX"),
                               dir.path(),
                               true,
                               {},
                               &cardReader});
        station.resize(1366, 768);
        station.show();
        IntakePanel& intake = station.intake();
        intake.chooseEntry(QStringLiteral("YJS-CS"));
        intake.form()->setValues(parseObject(R"({"applicant": {"name": "李秀英", "id_number": "11010519491231002X",
            "phone": "13812345678"}, "child_name": "王小川", "child_sex": "m", "birth_date": "2026-11-20",
            "mother": {"name": "李秀英", "id_number": "11010519491231002X"}, "birth_hospital": "利州区妇幼保健院"})"));
        intake.materials()->receiveAll();
        intake.materials()->setState("jhz", MaterialState::Shared);
        waitFor([&] { return !station.sync().status().lastError.isEmpty(); });
        ok += save(station, QDir(out).filePath(QStringLiteral("station.png")));
        // The next villager lays her card on the reader: name and number from the chip.
        intake.startNew();
        intake.chooseEntry(QStringLiteral("GA-JZZ"));
        sam.layCard(cards::wangLei());
        waitFor([&] { return !intake.cardReaderBar()->cardText().isEmpty(); });
        waitFor([&] { return false; }, 300);
        ok += save(station, QDir(out).filePath(QStringLiteral("station-card.png")));
    }
    {
        // 预约上门 at a station online: the two requests, one scheduled; the next one being typed.
        QTemporaryDir dir;
        LocalStore local(dir.filePath(QStringLiteral("device.db")));
        QFile catalog(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        catalog.open(QIODevice::ReadOnly);
        CatalogSource(local).adopt(catalog.readAll());
        StationWindow station(clientFor(server, agent), {QStringLiteral("demo"),
                                                         QStringLiteral("清江村代办站"),
                                                         {QByteArray::fromStdString(agent), QStringLiteral("agent1"),
                                                          QStringLiteral("赵代办"), QStringLiteral("agent")},
                                                         &local,
                                                         deviceOf(server, agent),
                                                         QStringLiteral("S001"),
                                                         dir.path(),
                                                         false,
                                                         {}});
        station.resize(1366, 768);
        station.show();
        QMetaObject::invokeMethod(&station, [&] {
            for (QAction* a : station.actions())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3))
                    a->trigger();
        });
        station.homeVisitService().reload();
        waitFor([&] { return station.homeVisits().list().model().rowCount() == 2; });
        station.homeVisits().list().selectRow(1);
        station.homeVisits().fill(QStringLiteral("赵桂兰"), QStringLiteral("11010519491231002X"),
                                  QStringLiteral("13612345678"), QStringLiteral("利州区宝轮镇清江村一组7号"),
                                  QStringLiteral("居住证办理"), QStringLiteral("elderly"),
                                  QStringLiteral("82 岁，独居"));
        ok += save(station, QDir(out).filePath(QStringLiteral("station-home-visits.png")));
    }
    {
        auto api = clientFor(server, kiosk);
        KioskWindow window(*api, QStringLiteral("demo"), {});
        window.resize(1080, 1440);
        window.show();
        waitFor([&] { return false; }, 1500);
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk.png")));
        // 长辈模式: larger, stronger, three services a screen with the elderly priority first.
        window.setElderly(true);
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-elderly.png")));
        window.setElderly(false);
        // A citizen lays her ID card on the kiosk's reader: a real-name number, and her case in progress.
        SamSimulator sam;
        CardReaderService::Settings readerSettings;
        readerSettings.device = QString::fromStdString(sam.path());
        CardReaderService cardReader(readerSettings, Clock());
        window.setCardReader(cardReader);
        sam.layCard(cards::resident("李秀英", "2", "01", "1949-12-31", "四川省广元市利州区东坝街道 3 号",
                                    "11010519491231002", "广元市公安局利州区分局", "2010-07-15",
                                    std::string(idcard::kLongTerm)));
        waitFor([&] { return window.myCasesButton()->isVisible(); }, 4000);
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-card.png")));
        window.setTicketSink([](const TicketSlip&, QString*) { return true; });
        window.takeNumber(QStringLiteral("A"), Priority::Normal);
        waitFor([&] { return window.currentPage() == 1 && window.printed().has_value(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-ticket.png")));
        // The receipt's code at the reader: the case's progress; then the permit's code: checked.
        waitFor([&] { return window.permitChecker().hasKeys(); });
        window.codeScanned(QStringLiteral("OW-CASE:") + receiptCase + QLatin1Char('/') + receiptCode);
        waitFor([&] { return !window.progressPage().isLoading(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-progress.png")));
        window.codeScanned(permitCode);
        waitFor([&] { return window.permitPage().lastResult().has_value(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-permit.png")));
        // A receipt whose code will not read: its number on the keypad, half typed.
        window.askCaseNumber();
        for (const QChar ch : receiptCase.mid(5).remove(QLatin1Char('-')).left(11))
            window.caseNumberPad().press(QString(ch));
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-number.png")));
        // 预约签到: the code being typed on the pad.
        window.askCheckInCode();
        for (const QChar ch : QStringLiteral("0429"))
            window.checkInPad().press(QString(ch));
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-checkin.png")));
        // 短信提醒: a mobile being typed for the number just taken.
        window.askPhone();
        for (const QChar ch : QStringLiteral("1391234"))
            window.phonePad().press(QString(ch));
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-phone.png")));
        // 按事项查找: BDC typed, the catalog's 不动产 items found.
        window.askSearch();
        waitFor([&] { return false; }, 300); // the catalog asked for at the start has come
        for (const QChar ch : QStringLiteral("BDC"))
            window.searchPage().type(ch);
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-search.png")));
    }
    {
        // A city hall's kiosk: its departments first, then a department's queues a page at a time.
        const std::vector<std::pair<const char*, std::vector<const char*>>> departments = {
            {"公安", {"居民身份证", "户籍迁移", "出入境证件", "机动车登记", "驾驶证", "治安许可", "居住证"}},
            {"税务", {"发票领用", "纳税申报", "税务登记"}},
            {"社保", {"社保登记", "养老保险", "失业保险"}},
            {"医保", {"医保参保", "异地就医"}},
            {"公积金", {"公积金提取", "公积金贷款"}},
            {"市场监管", {"企业开办", "个体工商户", "食品经营许可"}},
        };
        std::vector<std::pair<std::string, std::string>> queues = {{"Z", "综合咨询"}};
        server.addHall("city", queues, 1, {"Z"});
        int n = 0;
        for (const auto& [department, names] : departments)
            for (const char* name : names) {
                const std::string prefix =
                    std::string(1, static_cast<char>('A' + n / 10)) + std::string(1, static_cast<char>('A' + n % 10));
                server.context().halls.addCategory("city", prefix, name, department);
                ++n;
            }
        auto cityKiosk = clientFor(server, server.enroll("city", DeviceKind::Kiosk));
        KioskWindow window(*cityKiosk, QStringLiteral("city"), {});
        window.resize(1080, 1920); // a city hall's standing kiosk, portrait
        window.show();
        waitFor([&] { return window.isReady(); });
        waitFor([&] { return false; }, 500);
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-departments.png")));
        window.chooser().openDepartment(QStringLiteral("公安"));
        ok += save(window, QDir(out).filePath(QStringLiteral("kiosk-department-queues.png")));
    }
    {
        // Counter 5's number did not come (过号): the board lists it, and counter 5 calls the next.
        const auto at5 = http.get("/api/v1/halls/demo/queue", kiosk).json();
        for (const auto& counter : queueSnapshotFromJson(at5).counters)
            if (counter.number == 5 && counter.current) {
                http.post("/api/v1/tickets/" + counter.current->id + "/no-show", "", clerk5);
                http.post("/api/v1/counters/5/call-next", "", clerk5);
            }
        auto api = clientFor(server, server.enroll("demo", DeviceKind::Display));
        DisplayWindow display(*api, QStringLiteral("demo"),
                              std::make_unique<Announcer>(std::make_unique<SilentSpeaker>()));
        display.resize(1920, 1080);
        display.show();
        waitFor([&] { return display.feed().isLive(); });
        waitFor([&] { return false; }, 500);
        ok += save(display, QDir(out).filePath(QStringLiteral("display.png")));
    }
    {
        // The screens above the counters (窗口屏): counter 1 serving on a 1366×768 screen; counter 5 paused, on a
        // strip.
        auto api = clientFor(server, server.enroll("demo", DeviceKind::Display));
        CounterScreenWindow above1(*api, QStringLiteral("demo"), 1);
        above1.resize(1366, 768);
        above1.show();
        waitFor([&] { return above1.text().contains(QStringLiteral("0311")); });
        ok += save(above1, QDir(out).filePath(QStringLiteral("counter-screen.png")));
        http.post("/api/v1/counters/5/pause", "", clerk5);
        CounterScreenWindow above5(*api, QStringLiteral("demo"), 5);
        above5.resize(1920, 480);
        above5.show();
        waitFor([&] { return above5.text().contains(QStringLiteral("暂停服务")); });
        ok += save(above5, QDir(out).filePath(QStringLiteral("counter-screen-paused.png")));
        http.post("/api/v1/counters/5/resume", "", clerk5);
    }
    {
        // The rating pad of counter 3: idle with the clerk on duty, then the service just finished is rated.
        auto api = clientFor(server, server.enroll("demo", DeviceKind::Pad, 3));
        QTemporaryDir dir;
        LocalStore local(dir.filePath(QStringLiteral("pad.db")));
        PadWindow pad(*api, {QStringLiteral("demo"), 3, &local});
        pad.resize(1280, 800);
        pad.show();
        waitFor([&] { return pad.session().isLive() && !pad.session().clerkName().isEmpty(); });
        ok += save(pad, QDir(out).filePath(QStringLiteral("pad.png")));
        const auto serving = http.get("/api/v1/halls/demo/queue", clerk3).json()->getArray("counters");
        for (unsigned i = 0; i < serving->size(); ++i) {
            const auto c = serving->getObject(i);
            if (c->getValue<int>("number") == 3 && c->has("current"))
                http.post("/api/v1/tickets/" + c->getObject("current")->getValue<std::string>("id") + "/finish", "",
                          clerk3);
        }
        waitFor([&] { return pad.pad().page() == RatingPad::Page::Choices; });
        ok += save(pad, QDir(out).filePath(QStringLiteral("pad-rating.png")));
        pad.pad().setElderly(true);
        ok += save(pad, QDir(out).filePath(QStringLiteral("pad-elderly.png")));
        pad.pad().setElderly(false);
        pad.pad().choose(RatingLevel::Dissatisfied);
        pad.pad().toggleReason(QStringLiteral("一次性告知不到位"));
        pad.pad().toggleReason(QStringLiteral("多次跑动"));
        ok += save(pad, QDir(out).filePath(QStringLiteral("pad-reasons.png")));
    }
    {
        // Three bad ratings at counter 1 for the supervisor; one already followed up.
        const std::string pad1 = server.enroll("demo", DeviceKind::Pad, 1);
        const char* ratings[] = {R"("level":1,"reasons":["服务态度"],"comment":"窗口人员不耐烦")",
                                 R"("level":2,"reasons":["多次跑动","一次性告知不到位"])",
                                 R"("level":2,"reasons":["办事效率"],"comment":"等了四十分钟")"};
        for (const char* rating : ratings) {
            http.post("/api/v1/tickets/" + atCounter1 + "/finish", "", clerk1);
            http.post("/api/v1/ratings", R"({"ticket_id":")" + atCounter1 + "\"," + rating + "}", pad1);
            http.post("/api/v1/halls/demo/tickets", R"({"category":"A"})", kiosk);
            auto next = http.post("/api/v1/counters/1/call-next", "", clerk1);
            if (next.status == 200)
                atCounter1 = next.json()->getObject("ticket")->getValue<std::string>("id");
        }
        // Two open cases for the warning list: one past its promise, one near it (as a counter's sync stores them).
        const std::string today = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
        const Date day = *parseIsoDate(today);
        server.database().write([&](Poco::Data::Session& s) {
            using namespace Poco::Data::Keywords;
            const std::string acceptedLate = isoDate(day - std::chrono::days{20}),
                              promisedLate = isoDate(day - std::chrono::days{6});
            const std::string acceptedSoon = isoDate(day - std::chrono::days{12}),
                              promisedSoon = isoDate(day + std::chrono::days{2});
            s << "INSERT INTO cases(id, hall, case_no, state, version, body, updated_at, device_id, item, clerk,"
                 " accepted_date, promised_date) VALUES('w1', 'demo', 'QBJ-C1-0001-07', 'accepted', 1, '{}', 0, 'demo',"
                 " 'QYKB-001', 'clerk1', ?, ?), ('w2', 'demo', 'QBJ-C3-0002-03', 'in_review', 1, '{}', 0, 'demo',"
                 " 'BDC-003', 'clerk3', ?, ?)",
                bind(acceptedLate), bind(promisedLate), bind(acceptedSoon), bind(promisedSoon), now;
        });
        const std::string office = server.enroll("demo", DeviceKind::Supervisor);
        const std::string token = http.post("/api/v1/sessions", R"({"user":"super1","password":"demo1234"})", office)
                                      .json()
                                      ->getValue<std::string>("token");
        SupervisorWindow window(clientFor(server, token), QStringLiteral("demo"),
                                {QByteArray::fromStdString(token), QStringLiteral("super1"), QStringLiteral("赵建国"),
                                 QStringLiteral("supervisor")});
        window.resize(1366, 768);
        window.show();
        waitFor([&] { return window.rectifications().model().rowCount() == 3; });
        window.rectifications().setTextAsker([](const QString&, const QString&) {
            return std::optional<QString>(QStringLiteral("电话回访，已向群众致歉并说明办理流程"));
        });
        window.rectifications().selectRow(2);
        window.rectifications().followUp();
        waitFor([&] { return window.rectificationService().items().at(2).followUp.has_value(); });
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("workTabs"));
        tabs->setCurrentIndex(1);
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-rectifications.png")));
        tabs->setCurrentIndex(2);
        waitFor([&] { return window.warnings().model().rowCount() == 2; });
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-warnings.png")));
        tabs->setCurrentIndex(0);
        waitFor([&] { return window.statsService().day().has_value() && !window.statsService().isBusy(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-dashboard.png")));
        // 预约上门: the station's two requests, the one to schedule chosen.
        tabs->setCurrentWidget(window.homeVisits());
        waitFor([&] { return window.homeVisits()->list().model().rowCount() == 2; });
        window.homeVisits()->list().selectRow(0);
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-home-visits.png")));
        // 预约设置: queue B's plan and the hall's no-show rule.
        tabs->setCurrentWidget(window.appointmentPlan());
        waitFor([&] { return window.appointmentPlan()->chooseQueue(QStringLiteral("B")); });
        waitFor([&] { return window.appointmentPlan()->slotTable().rowCount() == 4; });
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-appointment-plan.png")));
        // Tomorrow's appointments by slot, as the day's figures give them.
        tabs->setCurrentIndex(0);
        window.dashboard().chooseDate(tomorrow);
        waitFor([&] { return window.dashboard().appointmentsModel()->rowCount() >= 3; });
        if (auto* tables = window.dashboard().findChild<QTabWidget*>())
            tables->setCurrentIndex(tables->count() - 1);
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-appointments.png")));
        window.dashboard().showToday();
        waitFor([&] { return window.statsService().day().has_value() && !window.statsService().isBusy(); });
        // The day's report as printed: its first page as a picture beside the PDF.
        const QString pdf = QDir(out).filePath(QStringLiteral("daily-report.pdf"));
        window.dashboard().setFileChooser([&](const QString&, const QString&) { return pdf; });
        bool written = false;
        QObject::connect(&window.dashboard(), &DashboardPanel::exported,
                         [&](const QString&, bool done) { written = done; });
        window.dashboard().exportPdf();
        waitFor([&] { return written; }, 20000);
        ok += savePaper(pdf, out, QStringLiteral("daily-report"));
    }
    {
        // 区域督查: the city's supervisor at the region's PC — the demo hall beside a second hall of the city.
        server.addHall("xd", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
        server.context().halls.addHall({"xd", "新都区政务服务中心", "Asia/Shanghai", 3});
        const std::string xdKiosk = server.enroll("xd", DeviceKind::Kiosk);
        const std::string xdClerk = server.clerkAt("xd", 1);
        for (int i = 0; i < 7; ++i)
            http.post("/api/v1/halls/xd/tickets", i % 3 ? R"({"category":"A"})" : R"({"category":"B"})", xdKiosk);
        for (int i = 0; i < 4; ++i) {
            auto next = http.post("/api/v1/counters/1/call-next", "", xdClerk);
            if (next.status == 200)
                http.post("/api/v1/tickets/" + next.json()->getObject("ticket")->getValue<std::string>("id") +
                              "/finish",
                          "", xdClerk);
        }
        server.addRegion("sc", "四川省", {});
        server.addRegion("cd", "成都市", {"demo", "xd"}, std::string("sc"));
        RegionWindow window(clientFor(server, server.regionSupervisorAt("cd", "cdsup")), QStringLiteral("cd"),
                            {{},
                             QStringLiteral("cdsup"),
                             QStringLiteral("成都市督查"),
                             QStringLiteral("supervisor"),
                             QStringLiteral("cd")});
        window.resize(1366, 768);
        window.show();
        waitFor([&] { return window.halls().rowCount() == 2 && !window.service().isBusy(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("supervisor-region.png")));
    }
    {
        // 后台审批: two residence permits taken in at counter 1 and passed to the approver, one waiting for a
        // corrected photo; a property transfer whose clock stands still for its 公告.
        const std::string today = HallTime("Asia/Shanghai").businessDay(nowUtcMs());
        const std::string device = server.context().auth.authenticate(clerk1, nowUtcMs())->deviceId;
        const char* names[] = {"李明", "陈晓", "赵建国"};
        for (int i = 0; i < 3; ++i) {
            Case c;
            c.id = "approval-" + std::to_string(i);
            c.hall = "demo";
            c.caseNo =
                CaseNumber{"DEMO", today.substr(0, 4) + today.substr(5, 2) + today.substr(8, 2), "C1", 40 + i}.text();
            c.items = {i == 2 ? "BDC-ZYDJ" : "GA-JZZ"};
            c.applicant.name = names[i];
            c.applicant.idNumber = "510113199001011234";
            c.state = CaseState::Accepted;
            c.clerk = "clerk1";
            c.acceptedDate = today;
            c.promisedDate = isoDate(*parseIsoDate(today) + std::chrono::days{i == 2 ? 6 : 10 - 7 * i});
            c.materials = {{"sqr-sfz", MaterialState::Submitted, std::nullopt, {}, ""},
                           {"jzzm", MaterialState::Submitted, std::nullopt, {}, ""},
                           {"zp", MaterialState::Submitted, std::nullopt, {}, ""}};
            if (i == 2)
                c.materials = {{"bdc-sqs", MaterialState::Submitted, std::nullopt, {}, ""},
                               {"smf-sfz", MaterialState::Submitted, std::nullopt, {}, ""}};
            pushCase(http, clerk1, device, 900 + i, c);
            http.post("/api/v1/cases/" + c.caseNo + "/assign", R"({"department":"区公安分局","approver":"appr1"})",
                      clerk1);
        }
        const std::string office = server.enroll("demo", DeviceKind::Supervisor);
        const std::string token = http.post("/api/v1/sessions", R"({"user":"appr1","password":"demo1234"})", office)
                                      .json()
                                      ->getValue<std::string>("token");
        http.post("/api/v1/cases/approval-1/corrections", R"({"materials":["zp"],"reason":"照片背景须为白色"})", token);
        http.post("/api/v1/cases/approval-2/clock-stops", R"({"kind":"publicity","reason":"转移登记公告十个工作日"})",
                  token);
        SupervisorWindow window(clientFor(server, token), QStringLiteral("demo"),
                                {QByteArray::fromStdString(token), QStringLiteral("appr1"), QStringLiteral("孙审批"),
                                 QStringLiteral("approver")});
        window.resize(1366, 768);
        window.show();
        waitFor([&] { return window.caseWorkService().cases().size() == 3; });
        window.caseWork().selectRow(1);
        window.caseWork().reasonField().setText(QStringLiteral("材料齐全，符合条件"));
        ok += save(window, QDir(out).filePath(QStringLiteral("approver-cases.png")));
    }
    {
        // 管理: the hall's administrator at a supervisor's PC — staff, counters and queues, a new device's code,
        // hours, a refused catalog, the record.
        const std::string office = server.enroll("demo", DeviceKind::Supervisor);
        const std::string token = http.post("/api/v1/sessions", R"({"user":"admin1","password":"demo1234"})", office)
                                      .json()
                                      ->getValue<std::string>("token");
        SupervisorWindow window(clientFor(server, token), QStringLiteral("demo"),
                                {QByteArray::fromStdString(token), QStringLiteral("admin1"), QStringLiteral("钱管理"),
                                 QStringLiteral("admin")});
        window.resize(1366, 768);
        window.show();
        AdminService& service = *window.adminService();
        waitFor([&] { return !service.staff().empty() && !service.counters().empty() && !service.isBusy(); });
        window.tabs().setCurrentWidget(window.admin());
        AdminPanel& admin = *window.admin();
        wire::StaffChange leaving;
        leaving.disabled = true;
        service.changeStaff(QStringLiteral("clerk6"), leaving);
        waitFor([&] { return !service.isBusy() && service.staff().back().user == "clerk6"; });
        admin.staffPage()->selectUser(QStringLiteral("clerk6"));
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-staff.png")), false);
        // At a hall with a server of its own: clerk2's name and role changed both here and at the city's platform,
        // each differently (as the relay's down round keeps them for the administrator).
        server.database().write([](Poco::Data::Session& s) {
            const std::string seen = std::to_string(nowUtcMs() - 12 * 60000);
            server::runSql(s, "INSERT INTO account_conflicts(user_name, field, hall_value, upstream_value,"
                              " upstream_row, seen_at) VALUES ('clerk2', 'name', '李娜', '李 娜', '{}', " +
                                  seen + "), ('clerk2', 'role', 'clerk', 'supervisor', '{}', " + seen + ")");
        });
        auto clerk2Conflicts = [&] {
            for (const auto& m : service.staff())
                if (m.user == "clerk2")
                    return m.upstreamConflicts.size();
            return std::size_t{0};
        };
        service.reloadStaff();
        waitFor([&] { return !service.isBusy() && clerk2Conflicts() == 2; });
        admin.staffPage()->selectUser(QStringLiteral("clerk2"));
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-staff-upstream.png")), false);
        admin.staffPage()->settleSelected();
        ok += save(*admin.staffPage()->settleDialog(), QDir(out).filePath(QStringLiteral("admin-staff-settle.png")),
                   false);
        admin.staffPage()->settleDialog()->close();
        server.database().write([](Poco::Data::Session& s) { server::runSql(s, "DELETE FROM account_conflicts"); });
        service.reloadStaff();
        waitFor([&] { return !service.isBusy() && clerk2Conflicts() == 0; });
        wire::CounterChange closing;
        closing.closedToday = true;
        closing.name = "综合受理窗口";
        service.changeCounter(2, closing);
        waitFor([&] { return !service.isBusy() && service.counters().at(1).closedToday; });
        admin.pages()->setCurrentWidget(admin.queuesPage());
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-queues.png")), false);
        admin.pages()->setCurrentWidget(admin.devicesPage());
        service.reloadDevices();
        admin.devicesPage()->makeCode(QStringLiteral("counter"), 4);
        waitFor([&] { return admin.devicesPage()->lastCodeDialog() != nullptr && !service.isBusy(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-devices.png")), false);
        ok += save(*admin.devicesPage()->lastCodeDialog(), QDir(out).filePath(QStringLiteral("admin-enroll-code.png")),
                   false);
        admin.devicesPage()->lastCodeDialog()->close();
        admin.pages()->setCurrentWidget(admin.hoursPage());
        HallHours hours = admin.hoursPage()->edited();
        hours.week[2]->extendedUntil = 19 * 60;                    // Wednesday: 延时服务
        hours.week[5] = HallHours::Day{{9 * 60, 12 * 60}, {}, {}}; // Saturday mornings
        hours.dates = {{"2027-01-01", std::nullopt, "元旦"}};
        service.saveHours(hours);
        waitFor([&] { return service.hours().has_value() && !service.isBusy(); });
        admin.hoursPage()->calendar()->setSelectedDate(QDate(2027, 1, 1));
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-hours.png")), false);
        // 本厅信息: the demo hall's county, telephones, 文号 prefix and board notice, with what they will print.
        admin.pages()->setCurrentWidget(admin.hallPage());
        waitFor([&] { return service.profile().division != 0; });
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-hall.png")), false);
        auto catalog = parseObject(readTextFile(ONEWINDOW_DEMO_CATALOG));
        catalog->set("version", catalog->getValue<int>("version") + 1);
        catalog->getArray("items")->getObject(0)->remove("name");
        catalog->getArray("items")->getObject(3)->set("promised_limit", "三天");
        QTemporaryDir files;
        QFile file(files.filePath(QStringLiteral("事项目录.json")));
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray::fromStdString(toJsonText(catalog)));
        file.close();
        admin.pages()->setCurrentWidget(admin.catalogPage());
        admin.catalogPage()->upload(file.fileName());
        waitFor([&] { return !admin.catalogPage()->problems().isEmpty(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-catalog.png")), false);
        admin.pages()->setCurrentWidget(admin.auditPage());
        waitFor([&] { return !service.audit().empty() && !service.isBusy(); });
        ok += save(window, QDir(out).filePath(QStringLiteral("admin-record.png")), false);
    }
    {
        // The papers after intake: a 寄递 label and a 补正通知书, as pictures beside their PDFs.
        Case c;
        c.caseNo = CaseNumber{"DEMO", "20261205", "C1", 40}.text();
        c.items = {"GA-JZZ"};
        c.applicant.name = "李明";
        c.applicant.idNumber = "510113199001011234";
        Handover h;
        h.method = "post";
        h.recipient = "李明";
        h.address = "成都市青白江区大弯街道凤凰大道 88 号 3 栋 2 单元 501";
        h.waybill = "SF1234567890";
        h.day = "2026-12-05";
        const ReceiptContext context{QStringLiteral("青白江区政务服务中心"),
                                     QStringLiteral("张敏"),
                                     {QStringLiteral("居住证办理")},
                                     {{"zp", QStringLiteral("近期免冠照片")}},
                                     server.context().halls.profile("demo")};
        const Correction k{"k-1", {"zp"}, "照片背景须为白色，请重新提交近期免冠照片", "2026-12-05", "appr1", {}, {}, 0};
        const std::pair<QString, std::function<bool(const QString&)>> papers[] = {
            {QStringLiteral("post-label"),
             [&](const QString& pdf) { return CaseStepPrinters::postLabelPdf(c, h, context, pdf); }},
            {QStringLiteral("correction-notice"),
             [&](const QString& pdf) { return CaseStepPrinters::correctionNoticePdf(c, k, context, pdf); }}};
        for (const auto& [name, print] : papers) {
            const QString pdf = QDir(out).filePath(name + QStringLiteral(".pdf"));
            print(pdf);
            ok += savePaper(pdf, out, name);
            QFile::remove(pdf);
        }
    }
    QFile stamp(QDir(out).filePath(QStringLiteral("rendered-from.txt")));
    if (stamp.open(QIODevice::WriteOnly | QIODevice::Truncate))
        stamp.write(renderedFrom().toLatin1() + '\n');
    checkKept(out);
    std::cout << ok << " pictures, " << problems << " problem(s)" << std::endl;
    return ok == 55 && problems == 0 ? 0 : 1; // every picture above and the papers' pages, each current and id-free
}
