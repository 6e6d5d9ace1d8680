// A permit from the server to paper and back: issued over HTTP for an approved case, printed (A4 and card) to PDF,
// the page rendered as a printer would (pdftoppm, 300 dpi), then photographed as an officer's phone would
// (perspective, blur, noise, JPEG) — and the code read with ZXing proves it genuine with only the served public keys.
#include "ClientFixture.h"
#include "PdfProbe.h"
#include "SyntheticScene.h"

#include "Codes.h"
#include "app/common/PermitCheckPanel.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/Json.h"
#include "permit/PermitToken.h"
#include "printer/DocumentPainter.h"
#include "printer/PermitPrinter.h"
#include "sync/PermitChecker.h"

#include <QProcess>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <random>

using namespace ow;
using namespace ow::testing;

namespace {

// The page as a 300 dpi printer puts it on paper.
cv::Mat renderPage(const QString& pdf) {
    QTemporaryDir dir;
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                  pdf, dir.filePath(QStringLiteral("page"))});
    raster.waitForFinished(60000);
    return cv::imread(dir.filePath(QStringLiteral("page.png")).toStdString(), cv::IMREAD_COLOR);
}

std::optional<PermitCheck> scanPermit(const cv::Mat& picture, const PermitKeyRing& keys) {
    std::vector<std::string> texts;
    for (const scan::Code& code : scan::readCodes(picture))
        texts.push_back(code.text);
    return checkFirstPermit(texts, keys, "2026-11-27");
}

class PermitPaperTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("demo", {{"A", "综合业务"}}, 1, {"A"});
        server.context().catalogs.import(readTextFile(ONEWINDOW_DEMO_CATALOG), nowUtcMs());
        server.context().permitKeys.generate("demo", std::nullopt, nowUtcMs());
        clerk = server.clerkAt("demo", 1);
    }

    Permit issue(const Applicant& applicant) {
        Case c;
        c.id = "c-" + std::to_string(++cases);
        c.caseNo = CaseNumber{"DEMO", "20261127", "C1", cases}.text();
        c.hall = "demo";
        c.items = {"SC-QYSL"};
        c.state = CaseState::Approved;
        c.applicant = applicant;
        // A person applies for a company to be registered: the licence is the company's, with its credit code.
        const bool person = applicant.kind == Applicant::Kind::Person;
        if (person)
            c.formValues = parseObject(R"({"enterprise_name": "成都青白江云帆软件有限公司"})");
        pushNewCase(server, clerk, c, cases);
        auto issued = http.post("/api/v1/cases/" + c.id + "/permits",
                                R"({"item":"SC-QYSL","scope":"软件开发；信息技术咨询服务","valid_from":"2026-11-27",)"
                                R"("valid_to":"2046-11-26")" +
                                    std::string(person ? R"(,"credit_code":"91510100MA6CGUGA1W"})" : "}"),
                                clerk);
        EXPECT_EQ(issued.status, 201) << issued.body;
        return permitFromJson(issued.json());
    }
    PermitKeyRing keys() { return PermitKeyRing::fromJwks(http.get("/api/v1/keys").json()); }

    TestServer server;
    HttpClient http{server.port()};
    std::string clerk;
    int cases = 0;
    QTemporaryDir dir;
    const PermitPaper paper{QStringLiteral("青白江区政务服务中心"), QStringLiteral("企业设立登记（营业执照）"),
                            QStringLiteral("2026-11-27"), false};
};

TEST_F(PermitPaperTest, ThePrintedA4PermitAndCardScanBackToAGenuinePermit) {
    const Permit permit =
        issue({Applicant::Kind::Enterprise, "成都天府云帆数字科技有限公司", "", "91510100MA6CGUGA1W", ""});
    const PermitKeyRing trusted = keys();
    for (const auto layout : {PermitPrinter::Layout::A4, PermitPrinter::Layout::Card}) {
        SCOPED_TRACE(layout == PermitPrinter::Layout::A4 ? "A4" : "card");
        const QString pdf =
            dir.filePath(layout == PermitPrinter::Layout::A4 ? QStringLiteral("a4.pdf") : QStringLiteral("card.pdf"));
        ASSERT_TRUE(PermitPrinter::printToPdf(permit, paper, layout, pdf));
        const QString words = pdfText(pdf).simplified();
        EXPECT_TRUE(words.contains(QString::fromStdString(permit.id))) << words.toStdString();
        EXPECT_TRUE(words.contains(QStringLiteral("91510100MA6CGUGA1W"))) << words.toStdString();
        EXPECT_TRUE(words.contains(DocumentPainter::date(QStringLiteral("2046-11-26")))) << words.toStdString();
        // Names, never ids: not the item's code, the hall's id, the key's id or the clerk's account.
        expectNoIds(words, {QStringLiteral("SC-QYSL"), QStringLiteral("demo"), QString::fromStdString(permit.kid),
                            QStringLiteral("clerk-demo-1")});

        const cv::Mat page = renderPage(pdf);
        ASSERT_FALSE(page.empty());
        const auto check = scanPermit(page, trusted);
        ASSERT_TRUE(check.has_value()) << "no permit code read from the printed page";
        EXPECT_EQ(check->verdict, PermitVerdict::Valid) << check->reason;
        EXPECT_EQ(check->claims.id, permit.id);
        EXPECT_EQ(check->claims.holder, permit.holderInCode);
        EXPECT_EQ(check->claims.validTo, "2046-11-26");
    }
    // The same paper under another hall's keys only: not trusted.
    PermitKeyRing stranger;
    stranger.add(PermitKey::fromPublicJwk(PermitKey::generate("elsewhere", "elsewhere-1").publicJwk()));
    EXPECT_EQ(scanPermit(renderPage(dir.filePath(QStringLiteral("card.pdf"))), stranger)->verdict,
              PermitVerdict::UnknownKey);
}

TEST_F(PermitPaperTest, APhonePhotoOfThePaperStillProvesItGenuine) {
    const Permit permit = issue({Applicant::Kind::Person, "王磊", "11010519491231002X", "", "13812345678"});
    const PermitKeyRing trusted = keys();
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf")), card = dir.filePath(QStringLiteral("card.pdf"));
    ASSERT_TRUE(PermitPrinter::printToPdf(permit, paper, PermitPrinter::Layout::A4, a4));
    ASSERT_TRUE(PermitPrinter::printToPdf(permit, paper, PermitPrinter::Layout::Card, card));
    std::mt19937 random(20261127);
    scan::synth::Document page{renderPage(a4), scan::DocumentKind::A4, {}, {}, {}, permit.token, {}};
    scan::synth::Document cardPaper{renderPage(card), scan::DocumentKind::Id1, {}, {}, {}, permit.token, {}};
    // A 12-megapixel phone photo of the A4 sheet held up at an angle; a 1080p one of the card.
    scan::synth::PhotoOptions sheet;
    sheet.frame = {4000, 3000};
    sheet.minArea = 0.35;
    sheet.maxArea = 0.5;
    sheet.maxTiltDegrees = 25;
    sheet.blurSigmaMax = 1.0;
    scan::synth::PhotoOptions close = sheet;
    close.frame = {1920, 1080};
    int read = 0;
    constexpr int kPhotos = 4;
    for (int i = 0; i < kPhotos; ++i) {
        for (const auto& [document, options] : {std::pair{&page, sheet}, std::pair{&cardPaper, close}}) {
            const auto photo = scan::synth::photograph(*document, random, options);
            const auto check = scanPermit(photo.frame, trusted);
            if (!check)
                continue;
            ++read;
            EXPECT_EQ(check->verdict, PermitVerdict::Valid) << check->reason;
            EXPECT_EQ(check->claims.holder, permit.holderInCode);
        }
    }
    EXPECT_EQ(read, 2 * kPhotos) << "permit codes read from " << read << " of " << 2 * kPhotos << " photos";
}

} // namespace

namespace {

// Waits for the checker's answer to `codes`.
PermitCheckResult checkNow(PermitChecker& checker, const QStringList& codes) {
    std::optional<PermitCheckResult> got;
    auto connection =
        QObject::connect(&checker, &PermitChecker::checked, [&](const PermitCheckResult& result) { got = result; });
    checker.check(codes);
    EXPECT_TRUE(waitFor([&] { return got.has_value(); }));
    QObject::disconnect(connection);
    return got.value_or(PermitCheckResult{});
}

// The hall's clock standing at noon of `day`.
Clock clockOn(const char* day) {
    const std::int64_t noon = HallTime(Clock::kDefaultZone).dayStartUtcMs(day) + 12 * 3600 * 1000;
    return Clock(Clock::kDefaultZone, [noon] { return noon; });
}

} // namespace

TEST_F(PermitPaperTest, TheCheckerSaysValidOnlineRevokedAtOnceAndGenuineButUncheckedOffline) {
    const Permit permit = issue({Applicant::Kind::Person, "王磊", "11010519491231002X", "", ""});
    const QString keyFile = dir.filePath(QStringLiteral("keys/permit-keys.json"));
    auto kiosk = clientFor(server, server.enroll("demo", DeviceKind::Kiosk));
    PermitChecker checker(*kiosk, keyFile);
    checker.setClock(clockOn("2026-11-27"));
    EXPECT_FALSE(checker.hasKeys());
    checker.refreshKeys();
    ASSERT_TRUE(waitFor([&] { return checker.hasKeys(); }));
    EXPECT_TRUE(QFile::exists(keyFile));

    const QString token = QString::fromStdString(permit.token);
    PermitCheckResult result =
        checkNow(checker, {QStringLiteral("OW-CASE:DEMO-1"), token}); // the receipt's is passed over
    EXPECT_EQ(result.outcome(), PermitCheckResult::Outcome::Valid) << result.detail().toStdString();
    EXPECT_EQ(result.offline->claims.holder, permit.holderInCode);
    // On a PC whose date is still the day before the first day (its clock on UTC in the hall's early morning, say),
    // the server's word on the dates stands: it counts the issuing hall's days, by its own clock.
    checker.setClock(clockOn("2026-11-26"));
    result = checkNow(checker, {token});
    EXPECT_EQ(result.outcome(), PermitCheckResult::Outcome::Valid) << result.detail().toStdString();
    checker.setClock(clockOn("2026-11-27"));

    // Revoked by a supervisor: the next check says so, and when — the reason stays in the hall.
    auto revoked = http.post("/api/v1/permits/" + permit.id + "/revoke", R"({"reason":"证照信息有误，已重新核发"})",
                             server.supervisorAt("demo", "boss"));
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    result = checkNow(checker, {token});
    EXPECT_EQ(result.outcome(), PermitCheckResult::Outcome::Revoked);
    EXPECT_FALSE(result.detail().contains(QStringLiteral("证照信息有误"))) << result.detail().toStdString();
    EXPECT_TRUE(result.revokedAt.isValid());
    EXPECT_FALSE(result.good());

    // With no server, a new checker on this PC still proves a code genuine from the kept keys and says what it
    // could not check.
    ApiClient unreachable(deadServerUrl());
    PermitChecker offline(unreachable, keyFile);
    offline.setClock(clockOn("2026-11-27"));
    ASSERT_TRUE(offline.hasKeys());
    result = checkNow(offline, {token});
    EXPECT_EQ(result.outcome(), PermitCheckResult::Outcome::ValidOffline);
    EXPECT_TRUE(result.keysAsOf.isValid());
    EXPECT_FALSE(result.onlineProblem.isEmpty());
    // Offline the PC's date decides: before the first day, genuine but not yet valid, and from when.
    offline.setClock(clockOn("2026-11-26"));
    result = checkNow(offline, {token});
    EXPECT_EQ(result.outcome(), PermitCheckResult::Outcome::Expired);
    EXPECT_TRUE(result.notYetValid());
    EXPECT_TRUE(result.detail().contains(QStringLiteral("2026-11-27"))) << result.detail().toStdString();
    offline.setClock(clockOn("2026-11-27"));
    // A permit signed with a key made after this PC fetched the keys, met with no network: not called a forgery.
    server.context().permitKeys.generate("demo", std::string("demo-later"), nowUtcMs() + 1000);
    const Permit later = issue({Applicant::Kind::Person, "李娜", "11010519491231002X", "", ""});
    ASSERT_EQ(later.kid, "demo-later");
    result = checkNow(offline, {QString::fromStdString(later.token)});
    EXPECT_EQ(result.outcome(), PermitCheckResult::Outcome::KeyUnknown) << result.detail().toStdString();
    EXPECT_FALSE(result.good());
    // Past its last day it is genuine but expired, online or not.
    offline.setClock(clockOn("2047-01-01"));
    EXPECT_EQ(checkNow(offline, {token}).outcome(), PermitCheckResult::Outcome::Expired);
}

TEST_F(PermitPaperTest, TheCheckerRefusesChangedAndForeignCodesAndFetchesANewKeyOnce) {
    const Permit first = issue({Applicant::Kind::Person, "王磊", "11010519491231002X", "", ""});
    auto kiosk = clientFor(server, server.enroll("demo", DeviceKind::Kiosk));
    PermitChecker checker(*kiosk, dir.filePath(QStringLiteral("k.json")));
    checker.setClock(clockOn("2026-11-27"));
    checker.refreshKeys();
    ASSERT_TRUE(waitFor([&] { return checker.hasKeys(); }));

    QString changed = QString::fromStdString(first.token);
    const int at = changed.indexOf(QLatin1Char('.')) + 10; // a character of the claims
    changed[at] = changed[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_EQ(checkNow(checker, {changed}).outcome(), PermitCheckResult::Outcome::Forged);
    const PermitKey stranger = PermitKey::generate("elsewhere", "elsewhere-1");
    const auto foreign = checkNow(
        checker,
        {QString::fromStdString(signPermit({"X-1", "T", "某人", "elsewhere", "2026-01-01", "2030-01-01"}, stranger))});
    EXPECT_EQ(foreign.outcome(), PermitCheckResult::Outcome::Forged);
    EXPECT_EQ(foreign.offline->verdict, PermitVerdict::UnknownKey);
    EXPECT_EQ(checkNow(checker, {QStringLiteral("hello")}).outcome(), PermitCheckResult::Outcome::NotAPermit);

    // The hall rotates its key; a permit signed with the new one is checked after one more fetch of the keys.
    server.context().permitKeys.generate("demo", std::string("demo-new"), nowUtcMs() + 1000);
    const Permit second = issue({Applicant::Kind::Person, "李娜", "11010519491231002X", "", ""});
    EXPECT_EQ(second.kid, "demo-new");
    EXPECT_EQ(checkNow(checker, {QString::fromStdString(second.token)}).outcome(), PermitCheckResult::Outcome::Valid);
    EXPECT_EQ(checkNow(checker, {QString::fromStdString(first.token)}).outcome(), PermitCheckResult::Outcome::Valid);
}

TEST_F(PermitPaperTest, TheCheckPanelReadsThePermitFromTheCameraOrAPhoto) {
    const Permit permit = issue({Applicant::Kind::Person, "王磊", "11010519491231002X", "", ""});
    const QString card = dir.filePath(QStringLiteral("card.pdf"));
    ASSERT_TRUE(PermitPrinter::printToPdf(permit, paper, PermitPrinter::Layout::Card, card));
    std::mt19937 random(3);
    scan::synth::PhotoOptions close;
    close.minArea = 0.3;
    close.maxArea = 0.4;
    const auto photo = scan::synth::photograph(
        scan::synth::Document{renderPage(card), scan::DocumentKind::Id1, {}, {}, {}, permit.token, {}}, random, close);
    // The camera (a folder of frames stands in): first an empty desk, then the card.
    QTemporaryDir frames;
    cv::imwrite(frames.filePath(QStringLiteral("0.png")).toStdString(),
                cv::Mat(1080, 1920, CV_8UC3, cv::Scalar(90, 120, 140)));
    cv::imwrite(frames.filePath(QStringLiteral("1.jpg")).toStdString(), photo.frame);

    auto counter = clientFor(server, clerk);
    PermitChecker checker(*counter, dir.filePath(QStringLiteral("keys.json")));
    PermitCheckPanel panel(checker, PermitCheckPanel::Style::Desk);
    panel.checkCamera(frames.path());
    ASSERT_TRUE(waitFor([&] { return !panel.isBusy(); }, 20000));
    ASSERT_TRUE(panel.lastResult().has_value()) << panel.headlineText().toStdString();
    EXPECT_EQ(panel.lastResult()->outcome(), PermitCheckResult::Outcome::Valid) << panel.detailText().toStdString();

    panel.checkImage(frames.filePath(QStringLiteral("1.jpg")));
    ASSERT_TRUE(waitFor([&] { return !panel.isBusy(); }, 20000));
    EXPECT_EQ(panel.lastResult()->outcome(), PermitCheckResult::Outcome::Valid);

    panel.checkImage(frames.filePath(QStringLiteral("0.png"))); // no code on it
    ASSERT_TRUE(waitFor([&] { return !panel.isBusy(); }, 20000));
    EXPECT_EQ(panel.lastResult()->outcome(), PermitCheckResult::Outcome::NotAPermit);
    panel.checkImage(dir.filePath(QStringLiteral("missing.jpg")));
    ASSERT_TRUE(waitFor([&] { return !panel.isBusy(); }, 20000));
    EXPECT_FALSE(panel.lastResult().has_value());
    EXPECT_TRUE(panel.headlineText().startsWith(QStringLiteral("!")));
    panel.checkCamera(QStringLiteral("camera:97"), 2); // no such camera: said, not a crash
    ASSERT_TRUE(waitFor([&] { return !panel.isBusy(); }, 20000));
    EXPECT_TRUE(panel.headlineText().startsWith(QStringLiteral("!")));
}

// 营业执照 on paper, as a business licence stands: the credit code at the head, the company and its particulars, the
// business scope, the date of establishment and term, the registering authority's 落款 with the date in words.
TEST_F(PermitPaperTest, TheBusinessLicenceIsTheCompanysWithItsParticulars) {
    server.context().halls.setProfile("demo", {510113, "028-8398 2000", "12345", "青政服", ""}, nowUtcMs());
    Case c;
    c.id = "c-setup";
    c.caseNo = CaseNumber{"DEMO", "20261127", "C1", 90}.text();
    c.hall = "demo";
    c.items = {"SC-QYSL"};
    c.state = CaseState::Approved;
    c.applicant = {Applicant::Kind::Person, "王磊", "11010519491231002X", "", "13812345678"};
    c.formValues = parseObject(R"({"enterprise_name": "成都青白江云帆软件有限公司", "enterprise_type": "llc",
        "legal_representative": "王磊", "capital": 100, "address": "成都市青白江区大弯街道凤凰大道100号",
        "scope": ["software"]})");
    pushNewCase(server, clerk, c, 90);
    const std::string first17 = "91510113MA7B2C3D4";
    const std::string code = first17 + CreditCode::checkCharacter(first17);
    auto issued = http.post(
        "/api/v1/cases/c-setup/permits",
        R"({"item":"SC-QYSL","valid_from":"2026-11-27","long_term":true,"credit_code":")" + code + "\"}", clerk);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const Permit permit = permitFromJson(issued.json());
    for (const auto layout : {PermitPrinter::Layout::A4, PermitPrinter::Layout::Card}) {
        SCOPED_TRACE(layout == PermitPrinter::Layout::A4 ? "A4" : "card");
        const QString pdf = dir.filePath(layout == PermitPrinter::Layout::A4 ? QStringLiteral("licence.pdf")
                                                                             : QStringLiteral("licence-card.pdf"));
        ASSERT_TRUE(PermitPrinter::printToPdf(permit, paper, layout, pdf));
        const QString words = pdfText(pdf).simplified();
        for (const QString& expected : {QStringLiteral("成都青白江云帆软件有限公司"), QString::fromStdString(code),
                                        QStringLiteral("成都市青白江区市场监督管理局")})
            EXPECT_TRUE(words.contains(expected)) << expected.toStdString() << " in " << words.toStdString();
        if (layout == PermitPrinter::Layout::A4) {
            for (const QString& expected :
                 {QStringLiteral("有限责任公司"), QStringLiteral("100万元"), QStringLiteral("凤凰大道100号"),
                  QStringLiteral("软件开发"), QStringLiteral("Unified social credit code"),
                  DocumentPainter::date(QStringLiteral("2026-11-27"))})
                EXPECT_TRUE(words.contains(expected)) << expected.toStdString() << " in " << words.toStdString();
        }
        EXPECT_FALSE(words.contains(QStringLiteral("11010519491231002X"))) << "the licence is the company's";
        expectNoIds(words, {QStringLiteral("SC-QYSL"), QStringLiteral("demo"), QString::fromStdString(permit.kid)});
    }
}
