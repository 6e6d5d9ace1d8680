#include "ClientFixture.h"
#include "PdfProbe.h"

#include "app/cases/CaseListPanel.h"
#include "app/common/PermitCheckPanel.h"
#include "app/kiosk/KioskCaseNumberPad.h"
#include "app/kiosk/KioskDigitPad.h"
#include "app/kiosk/KioskProgressPage.h"
#include "app/kiosk/KioskQueueChooser.h"
#include "app/kiosk/KioskRatingPage.h"
#include "app/kiosk/KioskSearchPage.h"
#include "app/kiosk/KioskWindow.h"
#include "widgets/Announcer.h"
#include "widgets/RatingPad.h"
#include "widgets/ScreenVoice.h"
#include "widgets/Style.h"

#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <QApplication>
#include <QFontInfo>
#include <QImage>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include <set>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

std::string decodeQr(const QImage& page) {
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          static_cast<int>(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const auto result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? result.text() : std::string();
}

} // namespace

TEST(KioskMode, PrintedTicketCarriesAQrCodeWithTheTicketId) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 1, {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    KioskWindow kiosk(*api, QStringLiteral("h1"), KioskWindow::hashPin(QStringLiteral("2468")));
    std::optional<TicketSlip> printed;
    kiosk.setTicketSink([&](const TicketSlip& slip, QString* error) {
        printed = slip;
        return TicketPrinter::printToPdf(slip, pdf, error);
    });
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    kiosk.takeNumber(QStringLiteral("B"), Priority::Normal);
    ASSERT_TRUE(waitFor([&] { return kiosk.printed() == true && kiosk.shownNumber() == QStringLiteral("B001"); }));
    ASSERT_TRUE(printed.has_value()); // written by the printing thread, read after it reported back
    EXPECT_EQ(kiosk.currentPage(), 1);

    const QString words = pdfText(pdf); // and no radical for an ideograph
    EXPECT_TRUE(words.contains(QStringLiteral("B001"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("企业开办"))) << words.toStdString();

    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                  pdf, dir.filePath(QStringLiteral("page"))});
    ASSERT_TRUE(raster.waitForFinished(20000));
    QImage page(dir.filePath(QStringLiteral("page.png")));
    ASSERT_FALSE(page.isNull());
    EXPECT_EQ(decodeQr(page), printed->ticket.id);

    // The id names the ticket on the server.
    HttpClient http(server.port());
    auto onServer = http.get("/api/v1/tickets/" + printed->ticket.id, api->token().toStdString());
    EXPECT_EQ(onServer.status, 200);
}

TEST(KioskMode, ReturnsHomeWhenIdle) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    kiosk.setTicketSink([](const TicketSlip&, QString*) { return false; }); // printer out of paper
    kiosk.setIdleTimeoutMs(300);
    kiosk.takeNumber(QStringLiteral("A"), Priority::Elderly);
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 1; }));
    ASSERT_TRUE(waitFor([&] { return kiosk.printed() == false; }));
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 0; }, 3000));
}

TEST(KioskMode, ANumberThatCannotBeIssuedExplainsItself) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    kiosk.takeNumber(QStringLiteral("Z"), Priority::Normal);
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));
}

// The administrator's changes as the citizen meets them: a queue closed stays on the screen and says so; outside the
// hall's hours a number is refused with when numbers are given again.
TEST(KioskMode, AClosedQueueAndAClosedHallAreSaidInWords) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 1, {"A"});
    HttpClient http(server.port());
    const std::string admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    ASSERT_EQ(http.request("PATCH", "/api/v1/halls/h1/categories/B", R"({"open":false})", admin).status, 200);
    ASSERT_TRUE(waitFor([&] { return !kiosk.categoryButtons().at(1)->isEnabled(); }));
    EXPECT_TRUE(kiosk.categoryButtons().at(1)->text().contains(QStringLiteral("No numbers")))
        << kiosk.categoryButtons().at(1)->text().toStdString();
    EXPECT_TRUE(kiosk.categoryButtons().at(0)->isEnabled());

    // Open only on a day that is not today: closed now, numbers again then.
    const std::string tomorrow =
        isoDate(*parseIsoDate(HallTime("Asia/Shanghai").businessDay(nowUtcMs())) + std::chrono::days(1));
    const std::string week = R"({"week":[{"weekday":1,"opens":"09:00","closes":"09:01"}],"dates":[)"
                             R"({"date":")" +
                             HallTime("Asia/Shanghai").businessDay(nowUtcMs()) +
                             R"(","closed":true},)"
                             R"({"date":")" +
                             tomorrow + R"(","opens":"10:00","closes":"16:00"}]})";
    ASSERT_EQ(http.request("PUT", "/api/v1/halls/h1/hours", week, admin).status, 200);
    kiosk.takeNumber(QStringLiteral("A"), Priority::Normal);
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));
    EXPECT_TRUE(kiosk.messageText().contains(QStringLiteral("10:00"))) << kiosk.messageText().toStdString();
}

// 好差评 on the way out: the code reader reads the ticket's QR (its id, as the printed ticket carries it); the
// citizen rates; the server stores it once, from the kiosk; reading the same ticket again is thanked, not stored.
TEST(KioskMode, ScanningTheTicketRatesItsFinishedService) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    const std::string kioskToken = server.enroll("h1", DeviceKind::Kiosk);
    const std::string clerk = server.clerkAt("h1", 1);
    HttpClient http(server.port());
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kioskToken);
    const std::string ticket =
        http.post("/api/v1/counters/1/call-next", "", clerk).json()->getObject("ticket")->getValue<std::string>("id");
    auto api = clientFor(server, kioskToken);
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    kiosk.show();

    kiosk.codeScanned(QString::fromStdString(ticket)); // still being served
    ASSERT_EQ(kiosk.currentPage(), 4);
    kiosk.ratingPage().pad().choose(RatingLevel::VerySatisfied);
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; })); // told to rate it when it is done
    http.post("/api/v1/tickets/" + ticket + "/finish", "", clerk);

    kiosk.codeScanned(QString::fromStdString(ticket));
    kiosk.ratingPage().pad().choose(RatingLevel::Dissatisfied);
    kiosk.ratingPage().pad().toggleReason(QStringLiteral("办事效率"));
    kiosk.ratingPage().pad().submitReasons();
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));
    const auto stored = server.database().read([&](Poco::Data::Session& s) {
        int level = 0;
        std::string channel;
        s << "SELECT level, channel FROM ratings WHERE ticket_id = ?", Poco::Data::Keywords::bind(ticket),
            Poco::Data::Keywords::into(level), Poco::Data::Keywords::into(channel), Poco::Data::Keywords::now;
        return std::make_pair(level, channel);
    });
    EXPECT_EQ(stored, std::make_pair(2, std::string("kiosk")));

    kiosk.codeScanned(QString::fromStdString(ticket)); // once per service
    kiosk.ratingPage().pad().choose(RatingLevel::VerySatisfied);
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));
    const int rows = server.database().read([&](Poco::Data::Session& s) {
        int n = 0;
        s << "SELECT COUNT(*) FROM ratings", Poco::Data::Keywords::into(n), Poco::Data::Keywords::now;
        return n;
    });
    EXPECT_EQ(rows, 1);
}

TEST(KioskMode, AReceiptShowsTheCasesProgressAndAPermitsCodeIsChecked) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    server.context().permitKeys.generate("h1", std::string("h1-1"), nowUtcMs());
    const std::string clerk = server.clerkAt("h1", 1);
    HttpClient http(server.port());
    Case c;
    c.id = "c1";
    c.caseNo = CaseNumber{"H1", "20261127", "C1", 3}.text();
    c.hall = "h1";
    c.items = {"BDC-ZYDJ"};
    c.state = CaseState::Approved;
    c.applicant = {Applicant::Kind::Person, "欧阳娜娜", "11010519491231002X", "", "13812345678"};
    c.acceptedDate = "2026-11-20";
    c.promisedDate = "2026-11-27";
    c.queryCode = "042917";
    pushNewCase(server, clerk, c);
    auto issued = http.post("/api/v1/cases/c1/permits", R"({"item":"BDC-ZYDJ","long_term":true})", clerk);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const QString token = QString::fromStdString(issued.json()->getValue<std::string>("token"));

    QTemporaryDir dir;
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {}, dir.filePath(QStringLiteral("keys.json")));
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.permitChecker().hasKeys(); }));

    // A receipt printed before query codes, or a code that is not the case's: not found, and said why.
    kiosk.codeScanned(QStringLiteral("OW-CASE:") + QString::fromStdString(c.caseNo));
    ASSERT_TRUE(waitFor([&] { return !kiosk.progressPage().isLoading(); }));
    EXPECT_EQ(kiosk.progressPage().stateText().toStdString(), "Not found");
    EXPECT_TRUE(kiosk.progressPage().detailText().contains(QStringLiteral("query code")));
    kiosk.codeScanned(QStringLiteral("OW-CASE:") + QString::fromStdString(c.caseNo) + QStringLiteral("/042917"));
    ASSERT_TRUE(waitFor([&] { return !kiosk.progressPage().isLoading(); }));
    EXPECT_EQ(kiosk.progressPage().stateText(), CaseListModel::stateName(CaseState::Approved));
    const QString detail = kiosk.progressPage().detailText();
    EXPECT_TRUE(detail.contains(QStringLiteral("欧***"))) << detail.toStdString();
    EXPECT_FALSE(detail.contains(QStringLiteral("欧阳娜娜")));
    EXPECT_TRUE(detail.contains(QStringLiteral("2026-11-27"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("不动产权证书"))) << detail.toStdString();
    kiosk.codeScanned(QStringLiteral("OW-CASE:H1-20261127-C1-0003-00")); // a wrong check digit
    ASSERT_TRUE(waitFor([&] { return !kiosk.progressPage().isLoading(); }));
    EXPECT_TRUE(kiosk.progressPage().detailText().contains(QStringLiteral("help desk")) ||
                kiosk.progressPage().detailText().contains(QStringLiteral("咨询")));

    // The number typed on the keypad instead: the dashes come by themselves; a wrong digit is caught here.
    kiosk.askCaseNumber();
    ASSERT_EQ(kiosk.currentPage(), 7);
    const QString typed = QString::fromStdString(c.caseNo).mid(3).remove(QLatin1Char('-')); // after "H1-"
    for (const QChar ch : typed.left(typed.size() - 1))
        kiosk.caseNumberPad().press(QString(ch));
    kiosk.caseNumberPad().press(typed.right(1) == QStringLiteral("9") ? QStringLiteral("0") : QStringLiteral("9"));
    kiosk.caseNumberPad().submit();
    EXPECT_EQ(kiosk.currentPage(), 7); // the check digits do not hold
    kiosk.caseNumberPad().press(QStringLiteral("⌫"));
    kiosk.caseNumberPad().press(typed.right(1));
    EXPECT_EQ(kiosk.caseNumberPad().shownText(), QString::fromStdString(c.caseNo));
    kiosk.caseNumberPad().submit();
    // Then what only the applicant holds: here the last four characters of the ID number.
    ASSERT_TRUE(kiosk.caseNumberPad().asksForCode());
    EXPECT_EQ(kiosk.currentPage(), 7);
    for (const char* key : {"0", "0", "2"})
        kiosk.caseNumberPad().press(QString::fromLatin1(key));
    kiosk.caseNumberPad().submit(); // three characters are neither
    EXPECT_EQ(kiosk.currentPage(), 7);
    kiosk.caseNumberPad().press(QStringLiteral("X"));
    kiosk.caseNumberPad().submit();
    ASSERT_EQ(kiosk.currentPage(), 5);
    ASSERT_TRUE(waitFor([&] { return !kiosk.progressPage().isLoading(); }));
    EXPECT_EQ(kiosk.progressPage().stateText(), CaseListModel::stateName(CaseState::Approved));

    kiosk.codeScanned(token);
    ASSERT_TRUE(waitFor([&] { return !kiosk.permitPage().isBusy(); }));
    ASSERT_TRUE(kiosk.permitPage().lastResult().has_value());
    EXPECT_EQ(kiosk.permitPage().lastResult()->outcome(), PermitCheckResult::Outcome::Valid)
        << kiosk.permitPage().detailText().toStdString();
    EXPECT_TRUE(kiosk.permitPage().headlineText().startsWith(QStringLiteral("✔")));
    QString changed = token;
    changed[changed.size() - 5] = changed[changed.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    kiosk.codeScanned(changed);
    ASSERT_TRUE(waitFor([&] { return !kiosk.permitPage().isBusy(); }));
    EXPECT_EQ(kiosk.permitPage().lastResult()->outcome(), PermitCheckResult::Outcome::Forged);
    EXPECT_TRUE(kiosk.permitPage().headlineText().startsWith(QStringLiteral("✖")));
}

// 短信提醒: with more than three waiting before the number, the kiosk offers a text message; the phone is typed on
// the pad and the server holds it (masked in the answer). With three or fewer before it, no offer.
TEST(KioskMode, AMobileLeftForTheNumberIsTextedWhenThreeWaitBeforeIt) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), KioskWindow::hashPin(QStringLiteral("2468")));
    kiosk.setTicketSink([](const TicketSlip&, QString*) { return true; });
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    for (int n = 1; n <= 5; ++n) {
        kiosk.takeNumber(QStringLiteral("A"), Priority::Normal);
        const QString number = QStringLiteral("A00%1").arg(n);
        ASSERT_TRUE(waitFor([&] { return kiosk.shownNumber() == number && kiosk.printed().has_value(); }));
        EXPECT_EQ(kiosk.textMeButton()->isVisibleTo(&kiosk), n == 5) << n; // four before A005
    }
    kiosk.askPhone();
    for (const QChar digit : QStringLiteral("139000000057")) // a twelfth digit is not taken
        kiosk.phonePad().press(QString(digit));
    EXPECT_EQ(kiosk.phonePad().typed(), QStringLiteral("13900000005"));
    kiosk.leavePhone(kiosk.phonePad().typed());
    ASSERT_TRUE(waitFor([&] { return kiosk.messageText().contains(QStringLiteral("139****0005")); }))
        << kiosk.messageText().toStdString();
    EXPECT_EQ(server.context().notices.oweDue(nowUtcMs()), 0); // four before it: not yet
}

// A city hall: thirty queues in six departments (and two of none). Every queue is reachable from the first screen —
// by its department, a page at a time — and a number is issued from the very last one.
TEST(KioskMode, ABigHallsQueuesAreAllReachableByDepartmentAndPage) {
    TestServer server;
    const char* departments[] = {"公安", "税务", "社保", "医保", "公积金", "不动产"};
    std::vector<std::pair<std::string, std::string>> queues;
    for (int d = 0; d < 6; ++d)
        for (int k = 0; k < 5; ++k)
            queues.emplace_back(std::string(1, static_cast<char>('A' + d)) + std::string(1, static_cast<char>('A' + k)),
                                std::string(departments[d]) + "业务" + std::to_string(k + 1));
    queues.emplace_back("Y", "咨询");
    queues.emplace_back("Z", "综合受理");
    server.addHall("big", queues, 1, {"Y"});
    for (int d = 0; d < 6; ++d)
        for (int k = 0; k < 5; ++k)
            server.context().halls.addCategory(
                "big", std::string(1, static_cast<char>('A' + d)) + std::string(1, static_cast<char>('A' + k)),
                std::string(departments[d]) + "业务" + std::to_string(k + 1), departments[d]);
    // 公安 gets seven queues: more than one screen holds.
    server.context().halls.addCategory("big", "AX", "出入境证件", "公安");
    server.context().halls.addCategory("big", "AY", "户籍迁移", "公安");
    auto api = clientFor(server, server.enroll("big", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("big"), KioskWindow::hashPin(QStringLiteral("2468")));
    std::vector<TicketSlip> printed;
    kiosk.setTicketSink([&](const TicketSlip& slip, QString*) {
        printed.push_back(slip);
        return true;
    });
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    KioskQueueChooser& chooser = kiosk.chooser();
    ASSERT_TRUE(chooser.showsDepartments());
    const auto shownDepartments = chooser.departments();
    ASSERT_EQ(shownDepartments.size(), 7u) << "six departments and the queues of none";
    EXPECT_EQ(chooser.pages(), 2) << "seven departments: five a screen";
    EXPECT_EQ(chooser.choiceButtons().size(), KioskQueueChooser::kPerScreen);
    EXPECT_TRUE(chooser.choiceButtons().at(0)->text().contains(QStringLiteral("公安")));

    // Every queue, department by department and page by page: 32 queues reached, none twice, none left out.
    std::set<QString> reached;
    for (int page = 0; page < chooser.pages(); ++page) {
        for (int i = 0; i < chooser.choiceButtons().size(); ++i) {
            chooser.choiceButtons().at(i)->click(); // a department
            ASSERT_FALSE(chooser.showsDepartments());
            for (int inner = 0; inner < chooser.pages(); ++inner) {
                for (QPushButton* b : chooser.choiceButtons())
                    reached.insert(b->text().section(QLatin1Char('\n'), 0, 0));
                chooser.nextPage();
            }
            chooser.reset();
            for (int p = 0; p < page; ++p)
                chooser.nextPage();
        }
        chooser.nextPage();
    }
    EXPECT_EQ(reached.size(), 34u) << "every queue of the hall";

    // The last department (the queues of none), the last queue: a number.
    chooser.reset();
    chooser.nextPage();
    chooser.choiceButtons().last()->click();
    EXPECT_EQ(chooser.department(), QString());
    EXPECT_TRUE(chooser.choiceButtons().last()->text().startsWith(QStringLiteral("综合受理")));
    chooser.choiceButtons().last()->click();
    ASSERT_TRUE(waitFor([&] { return !printed.empty(); }));
    EXPECT_EQ(printed.back().ticket.number, "Z001");
    // 公安's seven queues: two pages, the second with the two that did not fit.
    chooser.reset();
    ASSERT_TRUE(chooser.showsDepartments());
    chooser.openDepartment(QStringLiteral("公安"));
    EXPECT_EQ(chooser.pages(), 2);
    chooser.nextPage();
    ASSERT_EQ(chooser.choiceButtons().size(), 2);
    EXPECT_TRUE(chooser.choiceButtons().at(1)->text().startsWith(QStringLiteral("户籍迁移")));
}

TEST(KioskMode, WhatAPersonCameForIsFoundByItsPinyinInitialsAndLeadsToItsQueue) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}, {"C", "不动产登记"}}, 1, {"A", "B", "C"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    std::vector<TicketSlip> printed;
    kiosk.setTicketSink([&](const TicketSlip& slip, QString*) {
        printed.push_back(slip);
        return true;
    });
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    kiosk.askSearch();
    KioskSearchPage& search = kiosk.searchPage();
    ASSERT_TRUE(search.results().choiceButtons().isEmpty()) << "nothing before a letter";
    // The catalog arrives by itself; 二手房 (esf) is one of its items' names, not a queue's.
    ASSERT_TRUE(waitFor([&] {
        search.clear();
        for (const QChar c : QStringLiteral("esf"))
            search.type(c);
        return !search.results().choiceButtons().isEmpty();
    }));
    search.clear();
    for (const QChar c : QStringLiteral("BDC"))
        search.type(c);
    const auto found = search.results().choiceButtons();
    ASSERT_EQ(found.size(), 2);
    EXPECT_TRUE(found.at(0)->text().startsWith(QStringLiteral("不动产登记\n"))) << found.at(0)->text().toStdString();
    EXPECT_TRUE(found.at(1)->text().startsWith(QStringLiteral("不动产转移登记（二手房）\n")));
    // 居住证办理 (JZZ) is taken at queue A: its number is A001.
    search.clear();
    for (const QChar c : QStringLiteral("JZZ"))
        search.type(c);
    ASSERT_EQ(search.results().choiceButtons().size(), 1);
    search.results().choiceButtons().at(0)->click();
    ASSERT_TRUE(waitFor([&] { return !printed.empty(); }));
    EXPECT_EQ(printed.back().ticket.number, "A001");
    // Nothing spelled: said so, and the letters can be taken back.
    kiosk.askSearch();
    for (const QChar c : QStringLiteral("QQQ"))
        search.type(c);
    EXPECT_TRUE(search.results().choiceButtons().isEmpty());
    search.erase();
    EXPECT_EQ(search.query(), QStringLiteral("QQ"));
}

namespace {

void touch(QWidget* widget) {
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(4, 4), widget->mapToGlobal(QPointF(4, 4)), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
}

} // namespace

TEST(KioskMode, ElderlyModeIsLargerFewerSlowerAndSaysEachScreenAndTouch) {
    TestServer server;
    server.addHall("h1",
                   {{"A", "综合业务"}, {"B", "企业开办"}, {"C", "不动产登记"}, {"D", "社保医保"}, {"E", "公积金"}}, 1,
                   {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    auto owned = std::make_unique<RecordingSpeaker>();
    RecordingSpeaker* voice = owned.get();
    kiosk.setVoice(std::move(owned));
    kiosk.setIdleTimeoutMs(20000);
    applyStyle(*qApp); // the sizes are the style sheet's
    struct Unstyle {
        ~Unstyle() { qApp->setStyleSheet({}); }
    } unstyle;
    kiosk.resize(1080, 1920);
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    ASSERT_EQ(kiosk.categoryButtons().size(), 5);
    const int normalPixels = QFontInfo(kiosk.categoryButtons().at(0)->font()).pixelSize();
    const int normalPrompt = QFontInfo(kiosk.priorityButton()->font()).pixelSize();
    waitFor([] { return false; }, 100);
    EXPECT_TRUE(voice->said.isEmpty()) << "silent until asked for";

    kiosk.setElderly(true);
    EXPECT_EQ(kiosk.categoryButtons().size(), KioskWindow::kElderChoices) << "three services and the priority";
    EXPECT_EQ(kiosk.chooser().pages(), 2) << "the other two on the next page, not dropped";
    EXPECT_GE(QFontInfo(kiosk.categoryButtons().at(0)->font()).pixelSize(), normalPixels * 3 / 2);
    EXPECT_GE(QFontInfo(kiosk.priorityButton()->font()).pixelSize(), normalPrompt * 3 / 2);
    EXPECT_EQ(kiosk.idleTimeoutMs(), 60000);
    EXPECT_TRUE(kiosk.priorityButton()->text().contains(QStringLiteral("Elderly priority")));
    // The screen is said: its title, its choices (three services, the priority, the page arrow), the mode's own key.
    // Each sentence follows the one before it finishes: wait for the last, the mode's key, not for a count.
    ASSERT_TRUE(waitFor([&] {
        return !voice->said.isEmpty() && voice->said.last().contains(QStringLiteral("Elderly mode"));
    })) << voice->said.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(voice->said.size(), 7) << voice->said.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(voice->said.front(), QStringLiteral("Please choose your service"));
    EXPECT_TRUE(voice->said.contains(QStringLiteral("综合业务, 0 waiting")))
        << voice->said.join(QLatin1Char('|')).toStdString();

    // A touch is said; the next page is said as it comes.
    voice->said.clear();
    touch(kiosk.priorityButton());
    ASSERT_TRUE(waitFor([&] { return !voice->said.isEmpty(); }));
    EXPECT_TRUE(voice->said.front().startsWith(QStringLiteral("Elderly priority")));
    kiosk.priorityButton()->click();
    kiosk.chooser().nextPage();
    ASSERT_TRUE(waitFor([&] { return voice->said.join(QLatin1Char('|')).contains(QStringLiteral("公积金")); }));

    // The elderly priority, one touch, then the service: an elderly number.
    std::vector<TicketSlip> printed;
    kiosk.setTicketSink([&](const TicketSlip& slip, QString*) {
        printed.push_back(slip);
        return true;
    });
    kiosk.categoryButtons().at(0)->click();
    ASSERT_TRUE(waitFor([&] { return !printed.empty(); }));
    EXPECT_EQ(printed.back().ticket.priority, Priority::Elderly);

    kiosk.setElderly(false);
    EXPECT_EQ(kiosk.idleTimeoutMs(), 20000);
    kiosk.chooser().reset();
    EXPECT_EQ(kiosk.categoryButtons().size(), 5);
    voice->said.clear();
    kiosk.chooser().nextPage();
    waitFor([] { return false; }, 100);
    EXPECT_TRUE(voice->said.isEmpty()) << "silent again";
}
