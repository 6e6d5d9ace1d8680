#include "printer/NoticePrinter.h"
#include "printer/ReceiptPrinter.h"

#include "domain/CaseNumber.h"
#include "domain/Json.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <ZXing/ReadBarcode.h>

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
    ReceiptContext context{QStringLiteral("青白江区政务服务中心"), QStringLiteral("王磊（clerk3）"),
                           {QStringLiteral("企业设立登记（营业执照）"), QStringLiteral("公章刻制备案")},
                           {{"gszc", QStringLiteral("公司章程")}, {"zscl", QStringLiteral("住所（经营场所）使用证明")}}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(ReceiptPrinter::printToPdf(c, context, pdf));

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(words.contains(QString::fromStdString(c.caseNo))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("2026-11-30"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("2026-12-04"))) << words.toStdString();       // waived: due date
    EXPECT_TRUE(words.contains(QStringLiteral("110105********002X"))) << words.toStdString(); // masked
    EXPECT_FALSE(words.contains(QStringLiteral("11010519491231002X")));
    EXPECT_TRUE(words.contains(QStringLiteral("公司章程"))) << words.toStdString();

    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                             QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
    ASSERT_TRUE(raster.waitForFinished(20000));
    const QImage page = QImage(dir.filePath(QStringLiteral("page.png"))).convertToFormat(QImage::Format_Grayscale8);
    ASSERT_FALSE(page.isNull());
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const auto result = ZXing::ReadBarcode({page.constBits(), page.width(), page.height(), ZXing::ImageFormat::Lum,
                                            static_cast<int>(page.bytesPerLine())},
                                           hints);
    ASSERT_TRUE(result.isValid());
    EXPECT_EQ(QString::fromStdString(result.text()), ReceiptPrinter::caseReference(c.caseNo));
    EXPECT_TRUE(CaseNumber::parse(QString::fromStdString(result.text()).mid(8).toStdString()));
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
    ReceiptContext context{QStringLiteral("青白江区政务服务中心"), QStringLiteral("张敏"),
                           {QStringLiteral("企业开办“一件事”")}, {}};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    ASSERT_TRUE(NoticePrinter::printToPdf(c, problems, context, QStringLiteral("2026-11-27"), pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    // Qt's PDF text layer maps some ideographs that share a glyph with a Kangxi radical (人/⼈, 身/⾝) to the
    // radical; NFKC gives the ideograph back, as a reader's search does.
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    for (const char* expected : {"公司章程", "经办人身份证", "印章刻制申请表", "李娜", "110105********002X", "2026-11-27"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(expected))) << expected << "\n" << words.toStdString();
    EXPECT_TRUE(words.contains(NoticePrinter::reason(MaterialProblem::Kind::WaiverNotAllowed).left(20)));
}
