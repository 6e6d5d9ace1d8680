// The desktop ID card reader in the client: a card laid on a reader (our simulator on a pseudo-terminal) fills the
// station's application offline, is recorded with the case, warns when expired; the reader is polled gently and only
// while the application is open; a reader that fails or goes away fills nothing and says so.
#include "ClientFixture.h"
#include "idcard/Cards.h"
#include "idcard/SamSimulator.h"

#include "app/cases/CardReaderBar.h"
#include "app/cases/IntakePanel.h"
#include "app/kiosk/KioskMyCasesPage.h"
#include "app/kiosk/KioskProgressPage.h"
#include "app/kiosk/KioskWindow.h"
#include "app/station/StationWindow.h"
#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "services/CardReaderService.h"
#include "services/CatalogSource.h"

#include "domain/CaseNumber.h"
#include "domain/IdNumber.h"

#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

QString fieldText(IntakePanel& intake, const char* path) {
    auto* edit = qobject_cast<QLineEdit*>(intake.form()->editor(QString::fromLatin1(path)));
    return edit ? edit->text() : QString();
}

// A station opened without the network, its catalog from an earlier day, with the reader at `device`.
struct OfflineStation {
    explicit OfflineStation(const QString& device, int pollMs = 100, const QString& photoDecoder = {})
        : local(dir.filePath(QStringLiteral("device.db"))) {
        QFile file(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        if (!file.open(QIODevice::ReadOnly) || !CatalogSource(local).adopt(file.readAll()))
            throw std::runtime_error("no catalog");
        CardReaderService::Settings settings;
        settings.device = device;
        settings.pollMs = pollMs;
        settings.retryMs = 200;
        settings.photoDecoder = photoDecoder;
        reader = std::make_unique<CardReaderService>(settings, Clock());
        const StaffSession agent{"token", QStringLiteral("agent1"), QStringLiteral("赵代办"), QStringLiteral("agent")};
        auto api = std::make_unique<ApiClient>(deadServerUrl());
        window = std::make_unique<StationWindow>(std::move(api), StationSetup{QStringLiteral("h1"),
                                                                              QStringLiteral("清江村代办站"),
                                                                              agent,
                                                                              &local,
                                                                              QStringLiteral("device-1"),
                                                                              QStringLiteral("S001"),
                                                                              dir.filePath(QStringLiteral("documents")),
                                                                              true,
                                                                              {},
                                                                              reader.get()});
    }
    // The window shown with an application for a residence permit open, as the agent starts one.
    IntakePanel& openApplication() {
        window->show();
        IntakePanel& intake = window->intake();
        if (!intake.chooseEntry(QStringLiteral("GA-JZZ")))
            throw std::runtime_error("no GA-JZZ in the catalog");
        return intake;
    }

    QTemporaryDir dir;
    LocalStore local;
    std::unique_ptr<CardReaderService> reader;
    std::unique_ptr<StationWindow> window;
};

} // namespace

TEST(CardReaderMode, ACardLaidFillsTheApplicationOfflineAndIsKeptWithTheCase) {
    SamSimulator sam;
    OfflineStation station(QString::fromStdString(sam.path()));
    IntakePanel& intake = station.openApplication();
    ASSERT_TRUE(waitFor([&] { return station.reader->state() == CardReaderService::State::Ready; }))
        << station.reader->stateText().toStdString();

    const auto card = cards::wangLei();
    sam.layCard(card);
    ASSERT_TRUE(waitFor([&] { return fieldText(intake, "applicant.name") == QStringLiteral("王蕾"); }));
    EXPECT_EQ(fieldText(intake, "applicant.id_number").toStdString(), card.idNumber);
    auto* nameEdit = intake.form()->editor(QStringLiteral("applicant.name"));
    EXPECT_EQ(nameEdit->toolTip(), QStringLiteral("Read from the card's chip"));
    EXPECT_TRUE(intake.cardReaderBar()->cardText().contains(QStringLiteral("王蕾")));
    EXPECT_TRUE(intake.messageText().contains(QStringLiteral("chip"))) << intake.messageText().toStdString();

    // Lying there, the card is not read again: the fields the clerk corrects stay corrected.
    qobject_cast<QLineEdit*>(intake.form()->editor(QStringLiteral("applicant.phone")))
        ->setText(QStringLiteral("13812345678"));
    QTest::qWait(400);
    EXPECT_EQ(sam.commandsSeen(idcard::Command::ReadText), 1);

    auto values = intake.form()->values();
    values->set("residence_address", "达州市通川区朝阳东路88号");
    values->set("residence_since", "2025-03-01");
    intake.form()->setValues(values);
    intake.materials()->receiveAll();
    intake.setConsent(true);
    intake.accept();
    ASSERT_TRUE(intake.showingDocuments()) << intake.messageText().toStdString();
    const Case taken = *intake.lastCase();
    const auto read = taken.formValues->getObject("_read_from_card");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->getValue<std::string>("id_number"), card.idNumber);
    EXPECT_EQ(read->getValue<std::string>("nation"), "汉");
    EXPECT_EQ(read->getValue<std::string>("valid_to"), "2035-03-02");
    EXPECT_FALSE(read->getValue<bool>("expired"));
    EXPECT_EQ(QByteArray::fromBase64(QByteArray::fromStdString(read->getValue<std::string>("photo_wlt"))),
              QByteArray(reinterpret_cast<const char*>(SamSimulator::defaultPhoto().data()), 1024));
    EXPECT_EQ(taken.formValues->getObject("_read_from_document")->getValue<std::string>("applicant.id_number"),
              "id_card_chip");
}

TEST(CardReaderMode, AnExpiredCardIsSaidSo) {
    SamSimulator sam;
    OfflineStation station(QString::fromStdString(sam.path()));
    IntakePanel& intake = station.openApplication();
    sam.layCard(cards::expired());
    ASSERT_TRUE(waitFor([&] { return fieldText(intake, "applicant.name") == QStringLiteral("李秀英"); }));
    EXPECT_TRUE(intake.messageText().contains(QStringLiteral("expired on 2021-07-15")))
        << intake.messageText().toStdString();
    EXPECT_TRUE(intake.cardReaderBar()->cardText().contains(QStringLiteral("expired")));
}

TEST(CardReaderMode, AForeignersCardFillsTheNameButNotTheCitizenNumber) {
    SamSimulator sam;
    OfflineStation station(QString::fromStdString(sam.path()));
    IntakePanel& intake = station.openApplication();
    sam.layCard(cards::foreigner2017());
    ASSERT_TRUE(waitFor([&] { return fieldText(intake, "applicant.name") == QStringLiteral("史密斯"); }));
    EXPECT_TRUE(fieldText(intake, "applicant.id_number").isEmpty());
    EXPECT_TRUE(intake.messageText().contains(QStringLiteral("not a citizen's identity number")))
        << intake.messageText().toStdString();
}

TEST(CardReaderMode, TheReaderIsPolledGentlyAndOnlyWhileTheApplicationIsOpen) {
    SamSimulator sam;
    OfflineStation station(QString::fromStdString(sam.path()), 300); // the client's own rate
    QTest::qWait(500);
    EXPECT_EQ(sam.commandsSeen(), 0); // the window is not open
    station.window->show();
    QTest::qWait(2000);
    const int seen = sam.commandsSeen(idcard::Command::FindCard);
    EXPECT_GE(seen, 4);
    EXPECT_LE(seen, 8) << "at most four polls a second";
    station.window->hide();
    QTest::qWait(300);
    const int after = sam.commandsSeen();
    QTest::qWait(700);
    EXPECT_EQ(sam.commandsSeen(), after);
}

TEST(CardReaderMode, AFailingOrMissingReaderFillsNothingAndSaysSo) {
    const QString link =
        QDir::temp().filePath(QStringLiteral("onewindow-idcard-%1").arg(QCoreApplication::applicationPid()));
    SamSimulator sam(0, link.toStdString());
    OfflineStation station(link);
    IntakePanel& intake = station.openApplication();
    ASSERT_TRUE(waitFor([&] { return station.reader->state() == CardReaderService::State::Ready; }));

    sam.setFault(SamSimulator::Fault::LiftDuringRead);
    sam.layCard(cards::ouyang());
    ASSERT_TRUE(waitFor([&] { return sam.commandsSeen(idcard::Command::ReadText) == 1; }));
    QTest::qWait(300);
    EXPECT_TRUE(fieldText(intake, "applicant.name").isEmpty());

    sam.setFault(SamSimulator::Fault::BadCheck, 100);
    sam.liftCard();
    sam.layCard(cards::ouyang());
    ASSERT_TRUE(waitFor([&] { return station.reader->state() == CardReaderService::State::Failed; }));
    EXPECT_TRUE(intake.cardReaderBar()->stateText().contains(QStringLiteral("校验错误")))
        << intake.cardReaderBar()->stateText().toStdString();
    EXPECT_TRUE(fieldText(intake, "applicant.name").isEmpty());

    sam.unplug();
    ASSERT_TRUE(waitFor([&] { return station.reader->state() == CardReaderService::State::NotConnected; }))
        << station.reader->stateText().toStdString();
    EXPECT_TRUE(intake.cardReaderBar()->stateText().contains(QStringLiteral("No ID card reader")));

    sam.setFault(SamSimulator::Fault::None);
    sam.plugIn(); // back in the same socket, at the same link
    sam.layCard(cards::ouyang());
    ASSERT_TRUE(waitFor([&] { return fieldText(intake, "applicant.name") == QStringLiteral("欧阳晓明"); }))
        << station.reader->stateText().toStdString();
}

// 实名取号 at the kiosk: the card laid at the home page makes the next number a real-name one; the slip carries the
// holder masked, the server keeps only that.
TEST(CardReaderMode, TheKioskTakesARealNameNumberByCard) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    SamSimulator sam;
    CardReaderService::Settings settings;
    settings.device = QString::fromStdString(sam.path());
    settings.pollMs = 100;
    CardReaderService reader(settings, Clock());
    QTemporaryDir dir;
    KioskWindow kiosk(*api, QStringLiteral("h1"), KioskWindow::hashPin(QStringLiteral("2468")));
    kiosk.setCardReader(reader);
    std::optional<TicketSlip> printed;
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    kiosk.setTicketSink([&](const TicketSlip& slip, QString* error) {
        printed = slip;
        return TicketPrinter::printToPdf(slip, pdf, error);
    });
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));

    // An expired card is refused for a real-name number; the kiosk still serves.
    sam.layCard(cards::expired());
    ASSERT_TRUE(waitFor([&] { return kiosk.promptText().contains(QStringLiteral("expired")); }))
        << kiosk.promptText().toStdString();

    const auto card = cards::wangLei();
    sam.layCard(card);
    ASSERT_TRUE(waitFor([&] { return kiosk.promptText().contains(QStringLiteral("王*")); }))
        << kiosk.promptText().toStdString();
    kiosk.takeNumber(QStringLiteral("A"), Priority::Normal);
    ASSERT_TRUE(waitFor([&] { return kiosk.printed() == true; }));
    ASSERT_TRUE(printed.has_value());
    EXPECT_EQ(printed->ticket.holder, IdNumber::masked(card.idNumber));
    EXPECT_EQ(kiosk.promptText(), QStringLiteral("Please choose your service")); // forgotten once used

    // The reader rests while the ticket page is up.
    const int seen = sam.commandsSeen();
    QTest::qWait(400);
    EXPECT_EQ(sam.commandsSeen(), seen);

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(words.contains(QString::fromStdString(IdNumber::masked(card.idNumber)))) << words.toStdString();
    EXPECT_FALSE(words.contains(QString::fromStdString(card.idNumber)));

    // The next number, without a card, is no real-name one.
    kiosk.takeNumber(QStringLiteral("A"), Priority::Normal);
    ASSERT_TRUE(waitFor([&] { return printed && printed->ticket.number == "A002" && kiosk.printed() == true; }));
    EXPECT_TRUE(printed->ticket.holder.empty());
}

// The photo: kept encoded, and shown only through a hall's licensed decoder (here a stand-in library for the seam).
TEST(CardReaderMode, ThePhotoIsShownOnlyThroughTheHallsDecoder) {
    SamSimulator sam;
    OfflineStation plain(QString::fromStdString(sam.path()));
    plain.openApplication();
    sam.layCard(cards::wangLei());
    ASSERT_TRUE(waitFor([&] { return !plain.window->intake().cardReaderBar()->cardText().isEmpty(); }));
    EXPECT_FALSE(plain.window->intake().cardReaderBar()->showsPhoto());
    plain.window->hide();

    OfflineStation decoding(QString::fromStdString(sam.path()), 100, QStringLiteral(ONEWINDOW_TEST_PHOTO_LIBRARY));
    IntakePanel& intake = decoding.openApplication();
    sam.liftCard();
    sam.layCard(cards::wangLei());
    ASSERT_TRUE(waitFor([&] { return intake.cardReaderBar()->showsPhoto(); }));
}

// The kiosk finds the card holder's open cases and opens one's progress with a touch.
TEST(CardReaderMode, TheKioskShowsTheCardHoldersOpenCases) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
    const std::string clerk = server.clerkAt("h1", 1);
    const auto card = cards::ouyang();
    Case c;
    c.id = "case-ouyang";
    c.caseNo = CaseNumber{"H1", "20261127", "C1", 3}.text();
    c.hall = "h1";
    c.items = {"BDC-ZYDJ"};
    c.state = CaseState::Accepted;
    c.applicant = {Applicant::Kind::Person, card.name, card.idNumber, "", "13812345678"};
    c.acceptedDate = "2026-11-27";
    c.promisedDate = "2026-12-11";
    c.clerk = "clerk-h1-1";
    pushNewCase(server, clerk, c);

    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    SamSimulator sam;
    CardReaderService::Settings settings;
    settings.device = QString::fromStdString(sam.path());
    settings.pollMs = 100;
    CardReaderService reader(settings, Clock());
    KioskWindow kiosk(*api, QStringLiteral("h1"), KioskWindow::hashPin(QStringLiteral("2468")));
    kiosk.setCardReader(reader);
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));
    EXPECT_FALSE(kiosk.myCasesButton()->isVisible());

    sam.layCard(card);
    ASSERT_TRUE(waitFor([&] { return kiosk.myCasesButton()->isVisible(); }));
    EXPECT_TRUE(kiosk.myCasesButton()->text().contains(QStringLiteral("1 case")))
        << kiosk.myCasesButton()->text().toStdString();
    kiosk.myCasesButton()->click();
    ASSERT_EQ(kiosk.myCasesPage().caseCount(), 1);
    auto buttons = kiosk.myCasesPage().findChildren<QPushButton*>();
    QPushButton* caseButton = nullptr;
    for (auto* b : buttons)
        if (b->text().contains(QString::fromStdString(c.caseNo)))
            caseButton = b;
    ASSERT_TRUE(caseButton);
    EXPECT_TRUE(caseButton->text().contains(QStringLiteral("不动产"))) << caseButton->text().toStdString();
    caseButton->click();
    ASSERT_TRUE(
        waitFor([&] { return !kiosk.progressPage().isLoading() && !kiosk.progressPage().stateText().isEmpty(); }));
    EXPECT_EQ(kiosk.progressPage().stateText(), QStringLiteral("Accepted"))
        << kiosk.progressPage().stateText().toStdString();
}
