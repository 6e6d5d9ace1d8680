// Scanning at the station: a folder of photos stands in for the camera; the card is taken by itself once it holds
// still, its number read into the applicant's fields, the pages attached to a material — and the case reaches
// the hall with the scan.
#include "ClientFixture.h"

#include "app/cases/IntakePanel.h"
#include "app/station/StationWindow.h"
#include "forms/ui/FormView.h"
#include "forms/ui/MaterialsChecklist.h"
#include "services/CatalogSource.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "widgets/ScanView.h"

#include "SyntheticScene.h"
#include "TestFiles.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <opencv2/imgcodecs.hpp>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

TEST(ScanView, SaysWhatIsWrongInWordsAndTakesTheCardWhenItHoldsStill) {
    QTemporaryDir frames;
    std::mt19937 random(8);
    const scan::synth::Document card = scan::synth::residentIdCard(random, "11010519491231002X");
    const auto steady = scan::synth::PhotoOptions::steady();
    const scan::synth::Photo photo = scan::synth::photograph(card, random, steady);
    for (int i = 0; i < 10; ++i)
        cv::imwrite(frames.filePath(QStringLiteral("frame%1.png").arg(i)).toStdString(), photo.frame);

    ScanView view;
    view.resize(1100, 600);
    view.show();
    view.start(frames.path());
    ASSERT_TRUE(waitFor([&] { return view.pageCount() >= 1; }, 20000)) << view.statusText().toStdString();
    EXPECT_EQ(view.page(0).size(), QSize(1011, 638)); // straightened to the card's true size
    std::optional<ScannedIdentity> read;
    QObject::connect(&view, &ScanView::identityRead, &view, [&](const ScannedIdentity& identity) { read = identity; });
    view.readIdentity();
    ASSERT_TRUE(waitFor([&] { return read.has_value(); }, 20000)) << view.statusText().toStdString();
    EXPECT_EQ(read->idNumber, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(read->birthDate, QStringLiteral("1949-12-31"));
    EXPECT_EQ(read->sex, QStringLiteral("F"));
    view.stop();

    // Attached as a photo is kept: JPEG, a fraction of a PNG's size.
    QList<QByteArray> attached;
    QObject::connect(&view, &ScanView::pagesAttached, &view,
                     [&](const QString&, const QList<QByteArray>& pages) { attached = pages; });
    view.setMaterials({{QStringLiteral("sqr-sfz"), QStringLiteral("申请人身份证")}});
    view.attachPages();
    ASSERT_TRUE(waitFor([&] { return !attached.isEmpty(); }, 20000));
    EXPECT_TRUE(attached.front().startsWith("\xFF\xD8")) << "not a JPEG";
    EXPECT_LT(attached.front().size(), 400 * 1024);
    EXPECT_EQ(view.pageCount(), 0);

    EXPECT_TRUE(ScanView::qualityMessage({QStringLiteral("blurred")}).contains(QStringLiteral("still")));
    EXPECT_TRUE(ScanView::qualityMessage({QStringLiteral("glare")}).contains(QStringLiteral("light")));
    EXPECT_TRUE(ScanView::qualityMessage({}).contains(QStringLiteral("Space")));
}

TEST(ScanView, AMissingCameraIsSaidAndImportStillWorks) {
    ScanView view;
    view.start(QStringLiteral("/nonexistent/camera.avi"));
    ASSERT_TRUE(waitFor([&] { return view.statusText().contains(QStringLiteral("camera")); }, 10000));
    QTemporaryDir dir;
    std::mt19937 random(2);
    const scan::synth::Document page = scan::synth::a4Page(random);
    const QString file = dir.filePath(QStringLiteral("page.png"));
    cv::imwrite(file.toStdString(), scan::synth::photograph(page, random).frame);
    view.findChild<QComboBox*>(QStringLiteral("scanKindCombo"))->setCurrentIndex(2); // an A4 document
    view.importFiles({file, dir.filePath(QStringLiteral("missing.png"))});
    ASSERT_TRUE(
        waitFor([&] { return view.pageCount() == 1 && view.statusText().contains(QStringLiteral("missing")); }, 10000))
        << view.statusText().toStdString();
    EXPECT_EQ(view.page(0).size(), QSize(2480, 3508));
    // A text page goes in black and white: a small PNG.
    QList<QByteArray> attached;
    QObject::connect(&view, &ScanView::pagesAttached, &view,
                     [&](const QString&, const QList<QByteArray>& pages) { attached = pages; });
    view.setMaterials({{QStringLiteral("sqs"), QStringLiteral("申请书")}});
    view.attachPages();
    ASSERT_TRUE(waitFor([&] { return !attached.isEmpty(); }, 20000));
    EXPECT_TRUE(attached.front().startsWith("\x89PNG")) << "not a PNG";
    EXPECT_LT(attached.front().size(), 600 * 1024);
}

TEST(StationMode, AScannedCardFillsTheNumberAndItsPagesReachTheHall) {
    TestServer server;
    const StaffSession agent{QByteArray::fromStdString(stationHallWithAgent(server)), QStringLiteral("agent1"),
                             QStringLiteral("赵代办"), QStringLiteral("agent")};
    const QString deviceId = deviceOf(server, agent.token.toStdString());

    QTemporaryDir dir;
    QTemporaryDir frames;
    std::mt19937 random(21);
    const auto steady = scan::synth::PhotoOptions::steady();
    const auto photo =
        scan::synth::photograph(scan::synth::residentIdCard(random, "510802199001011236"), random, steady);
    for (int i = 0; i < 10; ++i)
        cv::imwrite(frames.filePath(QStringLiteral("f%1.png").arg(i)).toStdString(), photo.frame);
    qputenv("ONEWINDOW_SCAN_SOURCE", frames.path().toUtf8());

    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    {
        QFile file(QStringLiteral(ONEWINDOW_DEMO_CATALOG));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_TRUE(CatalogSource(local).adopt(file.readAll()));
    }
    const StationSetup setup{QStringLiteral("h1"),
                             QStringLiteral("清江村代办站"),
                             agent,
                             &local,
                             deviceId,
                             QStringLiteral("S001"),
                             dir.filePath(QStringLiteral("documents")),
                             true,
                             {}};
    StationWindow station(clientFor(server, agent.token.toStdString()), setup);
    station.show();
    IntakePanel& intake = station.intake();
    ASSERT_TRUE(intake.chooseEntry(QStringLiteral("GA-JZZ")));
    intake.form()->setValues(parseObject(R"({"applicant": {"name": "王建国", "phone": "13812345678"},
        "residence_address": "广元市利州区宝轮镇清江村三组18号", "residence_since": "2025-03-01"})"));

    intake.openScan();
    ScanView& scan = *intake.scanView();
    ASSERT_TRUE(waitFor([&] { return scan.pageCount() >= 1; }, 20000)) << scan.statusText().toStdString();
    scan.readIdentity();
    auto* number = qobject_cast<QLineEdit*>(intake.form()->editor(QStringLiteral("applicant.id_number")));
    ASSERT_NE(number, nullptr);
    ASSERT_TRUE(waitFor([&] { return number->text() == QStringLiteral("510802199001011236"); }, 20000))
        << scan.statusText().toStdString();
    scan.attachPages();
    EXPECT_EQ(scan.pageCount(), 0);
    intake.closeScan();
    intake.materials()->receiveAll();
    intake.setConsent(true);
    if (scan.isEncoding()) { // accepted before the pages were written: it waits, and says so
        intake.accept();
        EXPECT_FALSE(intake.showingDocuments());
        EXPECT_TRUE(intake.messageText().contains(QStringLiteral("still being saved")))
            << intake.messageText().toStdString();
    }
    ASSERT_TRUE(waitFor([&] { return intake.messageText().contains(QStringLiteral("kept")); }, 20000))
        << intake.messageText().toStdString();
    qunsetenv("ONEWINDOW_SCAN_SOURCE");
    intake.accept();
    ASSERT_TRUE(intake.showingDocuments()) << intake.messageText().toStdString();
    const Case taken = *intake.lastCase();
    EXPECT_EQ(taken.applicant.idNumber, "510802199001011236");
    // The case says the number came from the card, not the keyboard.
    ASSERT_TRUE(taken.formValues->has("_read_from_document"));
    EXPECT_EQ(taken.formValues->getObject("_read_from_document")->getValue<std::string>("applicant.id_number"),
              "id_card");
    std::size_t scans = 0;
    for (const auto& m : taken.materials)
        scans += m.attachments.size();
    EXPECT_GE(scans, 1u);
    ASSERT_TRUE(waitFor(
        [&] { return server.context().sync.counts().cases == 1 && server.context().sync.counts().blobs >= 1; }, 30000))
        << station.sync().status().lastError.toStdString();
}
