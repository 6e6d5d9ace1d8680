// From a phone photo of a permit card to the officer's verdict: the card printed to PDF, rendered at 300 dpi,
// photographed at 1080p (perspective, blur, noise, JPEG), then timed per photo: reading the codes (ZXing) and
// checking the first permit code (signature + claims). Target: < 50 ms per photo.
#include "SyntheticScene.h"

#include "Codes.h"
#include "domain/IdNumber.h"
#include "permit/PermitToken.h"
#include "printer/PermitPrinter.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace ow;

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const PermitKey key = PermitKey::generate("demo", "demo-261127-a3f9");
    PermitKeyRing trusted;
    trusted.add(PermitKey::fromPublicJwk(key.publicJwk()));
    Permit p;
    p.id = "DEMO-2026-000123";
    p.item = "SC-QYSL";
    p.typeName = "营业执照";
    p.holderName = "成都天府云帆数字科技有限公司";
    p.holderId = "91510100MA6CGUGA1W";
    p.authority = "区市场监督管理局";
    p.validFrom = "2026-11-27";
    p.validTo = "2046-11-26";
    p.issuer = key.issuer;
    p.kid = key.kid;
    const auto sign = [&](const std::string& holder) {
        return signPermit({p.id, p.item, holder, p.issuer, p.validFrom, p.validTo}, key);
    };
    p.holderInCode = fitHolderInCode(p.holderName, p.holderId, kMaxPermitCodeChars,
                                     [&](const std::string& holder) { return sign(holder).size(); });
    p.token = sign(p.holderInCode);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    PermitPrinter::printToPdf(
        p,
        {QStringLiteral("青白江区政务服务中心"), QStringLiteral("企业设立登记"), QStringLiteral("2026-11-27"), false},
        PermitPrinter::Layout::Card, pdf);
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                  pdf, dir.filePath(QStringLiteral("card"))});
    raster.waitForFinished(60000);
    scan::synth::Document card{cv::imread(dir.filePath(QStringLiteral("card.png")).toStdString()),
                               scan::DocumentKind::Id1,
                               {},
                               {},
                               {},
                               p.token,
                               {}};
    if (card.image.empty()) {
        std::fprintf(stderr, "permit_scan_bench: the card could not be rendered (pdftoppm)\n");
        return 1;
    }
    std::mt19937 random(7);
    scan::synth::PhotoOptions options;
    options.frame = {1920, 1080};
    options.minArea = 0.2;
    options.maxArea = 0.45;
    options.maxTiltDegrees = 25;
    options.blurSigmaMax = 1.0;
    constexpr int kPhotos = 30;
    std::vector<double> ms;
    int valid = 0;
    for (int i = 0; i < kPhotos; ++i) {
        const cv::Mat frame = scan::synth::photograph(card, random, options).frame;
        const auto start = std::chrono::steady_clock::now();
        std::vector<std::string> texts;
        for (const scan::Code& code : scan::readCodes(frame))
            texts.push_back(code.text);
        const auto check = checkFirstPermit(texts, trusted, "2026-11-27");
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        valid += check && check->verdict == PermitVerdict::Valid;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("permit_scan_bench: %d of %d 1080p photos of a permit card read and verified; photo to verdict "
                "median %.1f ms, p90 %.1f ms, max %.1f ms (target < 50 ms); code %zu characters, holder in it \"%s\"\n",
                valid, kPhotos, ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back(), p.token.size(),
                p.holderInCode.c_str());
    return valid == kPhotos ? 0 : 1;
}
