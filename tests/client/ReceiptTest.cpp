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
