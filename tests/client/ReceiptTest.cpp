#include "PdfProbe.h"

#include "TestFiles.h"

#include "printer/CaseStepPrinters.h"
#include "printer/DecisionPrinters.h"
#include "printer/DocumentPainter.h"
#include "printer/NoticePrinter.h"
#include "printer/ReceiptPrinter.h"

#include "domain/CaseNumber.h"
#include "domain/Json.h"
#include "forms/CatalogDocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>
#include <tuple>

#include <gtest/gtest.h>

using namespace ow;

TEST(Receipt, ThePdfHoldsTheCaseNumberAndPromisedDateAndItsQrTheCaseReference) {
    Case c;
    c.id = "c-1";
    c.caseNo = CaseNumber{"DEMO", "20261127", "C1", 7}.text();
    c.hall = "demo";
    c.items = {"SC-QYSL", "GA-YZKZ"};
    c.applicant.name = "王磊";
    c.applicant.idNumber = "11010519491231002X";
    c.state = CaseState::Accepted;
    c.acceptedDate = "2026-11-27";
    c.promisedDate = "2026-11-30";
    c.materials = {{"gszc", MaterialState::Submitted, std::nullopt, {}, {}},
                   {"zscl", MaterialState::Waived, std::string("2026-12-04"), {}, {}},
                   {"fddbr-sfz", MaterialState::Shared, std::nullopt, {}, {}}};
    ReceiptContext context{
        QStringLiteral("青白江区政务服务中心"),
        QStringLiteral("王磊（clerk3）"),
        {QStringLiteral("企业设立登记（营业执照）"), QStringLiteral("公章刻制备案")},
        {{"gszc", QStringLiteral("公司章程")}, {"zscl", QStringLiteral("住所（经营场所）使用证明")}}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(ReceiptPrinter::printToPdf(c, context, pdf));

    const QString words = ow::testing::pdfText(pdf);
    EXPECT_TRUE(words.contains(QString::fromStdString(c.caseNo))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("2026-11-30"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("2026-12-04"))) << words.toStdString();         // waived: due date
    EXPECT_TRUE(words.contains(QStringLiteral("110105********002X"))) << words.toStdString(); // masked
    EXPECT_FALSE(words.contains(QStringLiteral("11010519491231002X")));
    EXPECT_TRUE(words.contains(QStringLiteral("公司章程"))) << words.toStdString();

    const QString qr = ow::testing::pdfQrCode(pdf);
    EXPECT_EQ(qr, ReceiptPrinter::caseReference(c.caseNo));
    EXPECT_TRUE(CaseNumber::parse(qr.mid(8).toStdString()));
}

TEST(Receipt, AnUnwritablePathIsAnError) {
    Case c;
    QString error;
    EXPECT_FALSE(ReceiptPrinter::printToPdf(c, {}, QStringLiteral("/proc/no/receipt.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(OneTimeNotice, ListsEveryMissingMaterialAtOnce) {
    Case c;
    c.applicant.name = "李娜";
    c.applicant.idNumber = "11010519491231002X";
    const std::vector<MaterialProblem> problems = {
        {"gszc", "公司章程", MaterialProblem::Kind::Missing, {"SC-QYSL"}},
        {"jbr-sfz", "经办人身份证", MaterialProblem::Kind::Missing, {"SW-FPLY"}},
        {"yzkz-sqb", "印章刻制申请表", MaterialProblem::Kind::WaiverNotAllowed, {"GA-YZKZ"}}};
    ReceiptContext context{
        QStringLiteral("青白江区政务服务中心"), QStringLiteral("张敏"), {QStringLiteral("企业开办“一件事”")}, {}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    ASSERT_TRUE(NoticePrinter::printToPdf(c, problems, context, QStringLiteral("2026-11-27"), pdf));
    const QString words = ow::testing::pdfText(pdf);
    for (const char* expected : {"公司章程", "经办人身份证", "印章刻制申请表", "李娜", "110105********002X"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(expected))) << expected << "\n" << words.toStdString();
    EXPECT_TRUE(words.contains(DocumentPainter::date(QStringLiteral("2026-11-27")))) << words.toStdString();
    EXPECT_TRUE(words.contains(NoticePrinter::reason(MaterialProblem::Kind::WaiverNotAllowed).left(20)));
}

TEST(RefusalNotice, StatesTheReasonAndTheApplicantsRights) {
    Case c;
    c.applicant.name = "李娜";
    c.applicant.idNumber = "11010519491231002X";
    c.refusalReason = "申请事项不属于本机关职权范围";
    ReceiptContext context{
        QStringLiteral("青白江区政务服务中心"), QStringLiteral("张敏"), {QStringLiteral("居住证办理")}, {}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("refusal.pdf"));
    ASSERT_TRUE(RefusalPrinter::printToPdf(c, context, QStringLiteral("2026-11-27"), pdf));
    const QString words = ow::testing::pdfText(pdf);
    for (const char* expected : {"申请事项不属于本机关职权范围", "居住证办理", "110105********002X", "60", "6"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(expected))) << expected << "\n" << words.toStdString();
    EXPECT_TRUE(words.contains(DocumentPainter::date(QStringLiteral("2026-11-27")))) << words.toStdString();
}

TEST(CommitmentLetter, ListsOnlyTheMaterialsReplacedByCommitment) {
    Case c;
    c.caseNo = CaseNumber{"DEMO", "20261127", "C1", 3}.text();
    c.applicant.name = "王磊";
    c.materials = {{"zscl", MaterialState::Commitment, std::nullopt, {}, {}},
                   {"gszc", MaterialState::Submitted, std::nullopt, {}, {}}};
    EXPECT_TRUE(CommitmentPrinter::needed(c));
    ReceiptContext context{QStringLiteral("青白江区政务服务中心"),
                           QStringLiteral("张敏"),
                           {QStringLiteral("企业设立登记")},
                           {{"zscl", QStringLiteral("住所使用证明")}, {"gszc", QStringLiteral("公司章程")}}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("commitment.pdf"));
    ASSERT_TRUE(CommitmentPrinter::printToPdf(c, context, QStringLiteral("2026-11-27"), pdf));
    const QString words = ow::testing::pdfText(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("住所使用证明"))) << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("公司章程"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QString::fromStdString(c.caseNo))) << words.toStdString();
    c.materials[0].state = MaterialState::Submitted;
    EXPECT_FALSE(CommitmentPrinter::needed(c));
}

TEST(Receipt, ALongListOfMaterialsContinuesOnANewPageAndNothingIsLost) {
    Case c;
    c.caseNo = CaseNumber{"DEMO", "20261127", "C1", 9}.text();
    c.applicant.name = "王磊";
    c.acceptedDate = "2026-11-27";
    c.promisedDate = "2026-12-11";
    ReceiptContext context{
        QStringLiteral("青白江区政务服务中心"), QStringLiteral("张敏"), {QStringLiteral("不动产转移登记")}, {}};
    for (int i = 1; i <= 40; ++i) {
        const std::string id = "m" + std::to_string(i);
        c.materials.push_back({id, MaterialState::Submitted, std::nullopt, {}, {}});
        context.materialNames.emplace_back(id, QStringLiteral("第%1号材料").arg(i));
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(ReceiptPrinter::printToPdf(c, context, pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(20000));
    const QString facts = QString::fromUtf8(info.readAllStandardOutput());
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(facts);
    ASSERT_TRUE(pages.hasMatch()) << facts.toStdString();
    EXPECT_GE(pages.captured(1).toInt(), 2);
    const QString words = ow::testing::pdfText(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("第1号材料")));
    EXPECT_TRUE(words.contains(QStringLiteral("第40号材料"))) << words.toStdString();
}

namespace {

Case lifeCase() {
    Case c;
    c.id = "c-2";
    c.caseNo = CaseNumber{"DEMO", "20261127", "C1", 8}.text();
    c.hall = "demo";
    c.items = {"GA-JZZ"};
    c.applicant.name = "王小川";
    c.applicant.idNumber = "11010519491231002X";
    c.state = CaseState::Supplement;
    return c;
}

ReceiptContext lifeContext() {
    return {QStringLiteral("青白江区政务服务中心"),
            QStringLiteral("张敏"),
            {QStringLiteral("居住证办理")},
            {{"zp", QStringLiteral("近期免冠照片")}}};
}

} // namespace

TEST(CaseStepPapers, TheCorrectionNoticeNamesWhatToBringWhyAndThatTheClockStands) {
    const Case c = lifeCase();
    const Correction k{"k-1", {"zp"}, "照片背景须为白色", "2026-11-30", "appr1", {}, {}, 0};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("correction.pdf"));
    ASSERT_TRUE(CaseStepPrinters::correctionNoticePdf(c, k, lifeContext(), pdf));
    const QString words = ow::testing::pdfText(pdf);
    for (const QString& expected :
         {QString::fromStdString(c.caseNo), QStringLiteral("近期免冠照片"), QStringLiteral("照片背景须为白色"),
          DocumentPainter::date(QStringLiteral("2026-11-30")), QStringLiteral("110105********002X")})
        EXPECT_TRUE(words.contains(expected)) << expected.toStdString() << " in " << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("11010519491231002X")));
    EXPECT_EQ(ow::testing::pdfQrCode(pdf), ReceiptPrinter::caseReference(c.caseNo));
}

TEST(CaseStepPapers, TheProofOfDeliveryAndThePostLabelCarryTheRecipientAndTheCase) {
    const Case c = lifeCase();
    Handover h;
    h.method = "post";
    h.recipient = "王小川";
    h.address = "成都市青白江区大弯街道凤凰大道 88 号";
    h.waybill = "SF1234567890";
    h.day = "2026-12-02";
    QTemporaryDir dir;
    const QString label = dir.filePath(QStringLiteral("label.pdf"));
    ASSERT_TRUE(CaseStepPrinters::postLabelPdf(c, h, lifeContext(), label));
    const QString words = ow::testing::pdfText(label);
    for (const QString& expected : {QStringLiteral("王小川"), QStringLiteral("SF1234567890"),
                                    QString::fromStdString(c.caseNo), QStringLiteral("凤凰大道")})
        EXPECT_TRUE(words.contains(expected)) << expected.toStdString() << " in " << words.toStdString();
    EXPECT_EQ(ow::testing::pdfQrCode(label), ReceiptPrinter::caseReference(c.caseNo));

    h.method = "window";
    h.idChecked = true;
    const QString proof = dir.filePath(QStringLiteral("proof.pdf"));
    ASSERT_TRUE(CaseStepPrinters::deliveryReceiptPdf(c, h, lifeContext(), proof));
    const QString proofWords = ow::testing::pdfText(proof);
    EXPECT_TRUE(proofWords.contains(QStringLiteral("王小川"))) << proofWords.toStdString();
    EXPECT_TRUE(proofWords.contains(DocumentPainter::date(QStringLiteral("2026-12-02")))) << proofWords.toStdString();
    QString error;
    EXPECT_FALSE(CaseStepPrinters::postLabelPdf(c, h, lifeContext(), QStringLiteral("/proc/no/label.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());
}

namespace {

// The demo catalog, with its forms: what the counter's papers are made from.
CatalogDocument demoCatalog() {
    return parseCatalogDocument(parseObject(ow::testing::readTextFile(ONEWINDOW_DEMO_CATALOG)));
}

const HallProfile kProfile{510113, "028-8398 2000", "12345", "青政服", "请带齐材料"};

// 企业开办 taken in for a company by the person who came: the form names the company.
Case enterpriseCase() {
    Case c;
    c.id = "c-3";
    c.caseNo = CaseNumber{"DEMO", "20261127", "C1", 7}.text();
    c.hall = "demo";
    c.items = {"SC-QYSL", "GA-YZKZ", "SW-FPLY", "RS-SBDJ"};
    c.bundle = "YJS-QYKB";
    c.applicant.name = "王磊";
    c.applicant.idNumber = "11010519491231002X";
    c.acceptedDate = "2026-11-27";
    c.promisedDate = "2026-11-30";
    c.formValues = parseObject(R"({"enterprise_name": "成都青白江云帆软件有限公司", "enterprise_type": "llc",
        "legal_representative": "王磊", "capital": 100, "address": "成都市青白江区大弯街道凤凰大道100号"})");
    c.materials = {{"gszc", MaterialState::Submitted, std::nullopt, {}, {}}};
    return c;
}

// The ids a paper for people must never show: the hall's, the accounts', the catalog's codes.
QStringList idsOf(const Case& c) {
    QStringList ids{QString::fromStdString(c.hall), QStringLiteral("clerk3"), QStringLiteral("appr1")};
    for (const auto& item : c.items)
        ids << QString::fromStdString(item);
    if (!c.bundle.empty())
        ids << QString::fromStdString(c.bundle);
    return ids;
}

} // namespace

// A receipt for a company's 企业开办 names the company, with the person who came for it; the hall's 文号, its
// telephones at the foot, the 落款 in words; the wording for an organisation, not "你（单位）"; no ids anywhere.
TEST(Receipt, AnEnterprisesReceiptNamesTheCompanyAndCarriesTheHallsNumberAndTelephones) {
    const Case c = enterpriseCase();
    const CatalogDocument catalog = demoCatalog();
    const ReceiptContext context = ReceiptContext::forCase(
        c, &catalog, {QStringLiteral("青白江区政务服务中心"), kProfile}, QStringLiteral("张敏"));
    EXPECT_EQ(context.enterpriseName, QStringLiteral("成都青白江云帆软件有限公司"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(ReceiptPrinter::printToPdf(c, context, pdf));
    const QString words = ow::testing::pdfText(pdf).simplified();
    for (const QString& expected :
         {QStringLiteral("成都青白江云帆软件有限公司:"), QStringLiteral("agent: 王磊"),
          QStringLiteral("青政服受〔2026〕1127-C1-0007号"), QStringLiteral("028-8398 2000"), QStringLiteral("12345"),
          DocumentPainter::date(QStringLiteral("2026-11-27")), QStringLiteral("of your organisation")})
        EXPECT_TRUE(words.contains(expected)) << expected.toStdString() << " in " << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("waivers"))) << "no alternatives left in: nothing was waived";
    ow::testing::expectNoIds(words, idsOf(c));
}

// Every paper of a case — receipt, one-time notice, refusal, commitment, correction, proof of delivery, postal
// label — reads back as written (no radicals: pdfText) and names no ids; the notices carry the 文号 and 落款.
TEST(CasePapers, EveryPaperReadsBackAsWrittenAndNamesNoIds) {
    Case c = enterpriseCase();
    c.refusalReason = "申请事项不属于本机关职权范围";
    c.materials.push_back({"zscl", MaterialState::Commitment, std::nullopt, {}, {}});
    const CatalogDocument catalog = demoCatalog();
    const ReceiptContext context = ReceiptContext::forCase(
        c, &catalog, {QStringLiteral("青白江区政务服务中心"), kProfile}, QStringLiteral("张敏"));
    const Correction k{"k-1", {"gszc"}, "章程须全体股东签字", "2026-11-30", "appr1", {}, {}, 0};
    Handover h;
    h.method = "post";
    h.recipient = "王磊";
    h.address = "成都市青白江区大弯街道凤凰大道 88 号";
    h.waybill = "SF1234567890";
    h.day = "2026-12-02";
    const std::vector<MaterialProblem> problems = {{"gszc", "公司章程", MaterialProblem::Kind::Missing, {"SC-QYSL"}}};
    QTemporaryDir dir;
    const std::vector<std::tuple<QString, std::function<bool(const QString&)>, QString>> papers = {
        {QStringLiteral("receipt"), [&](const QString& p) { return ReceiptPrinter::printToPdf(c, context, p); },
         QStringLiteral("青政服受〔2026〕")},
        {QStringLiteral("notice"),
         [&](const QString& p) {
             return NoticePrinter::printToPdf(c, problems, context, QStringLiteral("2026-11-27"), p);
         },
         QStringLiteral("青政服告〔2026〕")},
        {QStringLiteral("refusal"),
         [&](const QString& p) { return RefusalPrinter::printToPdf(c, context, QStringLiteral("2026-11-27"), p); },
         QStringLiteral("青政服不受〔2026〕")},
        {QStringLiteral("commitment"),
         [&](const QString& p) { return CommitmentPrinter::printToPdf(c, context, QStringLiteral("2026-11-27"), p); },
         QString()},
        {QStringLiteral("correction"),
         [&](const QString& p) { return CaseStepPrinters::correctionNoticePdf(c, k, context, p); },
         QStringLiteral("青政服补〔2026〕")},
        {QStringLiteral("delivery"),
         [&](const QString& p) { return CaseStepPrinters::deliveryReceiptPdf(c, h, context, p); }, QString()},
        {QStringLiteral("label"), [&](const QString& p) { return CaseStepPrinters::postLabelPdf(c, h, context, p); },
         QString()}};
    for (const auto& [name, print, number] : papers) {
        SCOPED_TRACE(name.toStdString());
        const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
        ASSERT_TRUE(print(pdf));
        const QString words = ow::testing::pdfText(pdf).simplified();
        EXPECT_TRUE(words.contains(QStringLiteral("成都青白江云帆软件有限公司")) || name == QLatin1String("label"))
            << words.toStdString();
        if (!number.isEmpty()) {
            EXPECT_TRUE(words.contains(number)) << words.toStdString();
        }
        ow::testing::expectNoIds(words, idsOf(c));
    }
}
