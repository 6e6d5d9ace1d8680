// Scanner benchmark on synthetic photographs (1920 × 1080) with known corners:
//   detection time per frame (median, p95) and polygon IoU against the truth (mean, share ≥ 0.9);
//   QR codes on the same photos read by ZXing here and by zbarimg (zbar-tools) side by side.
//   MRZ (passport pages) and ID numbers (card fronts) read from the photos: read rate and wrong values accepted.
// usage: scan_bench [photos=150] [dump-dir]   (dump-dir: frames below 0.9 IoU drawn with truth and answer;
//        SCAN_BENCH_VERBOSE=1 prints each wrongly accepted zone and keeps its photo in /tmp)
#include "SyntheticScene.h"

#include "Codes.h"
#include "DocumentDetector.h"
#include "IdNumberReader.h"
#include "MrzReader.h"
#include "Process.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace ow::scan;
using Clock = std::chrono::steady_clock;

namespace {

double percentileOf(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

void drawQuad(cv::Mat& image, const Quad& q, cv::Scalar colour) {
    std::vector<cv::Point> points;
    for (const auto& p : q.corners)
        points.emplace_back(cvRound(p.x), cvRound(p.y));
    cv::polylines(image, points, true, colour, 3);
}

} // namespace

int main(int argc, char** argv) {
    const int photos = argc > 1 ? std::atoi(argv[1]) : 150;
    const std::string dump = argc > 2 ? argv[2] : "";
    if (!dump.empty())
        std::filesystem::create_directories(dump);
    std::mt19937 random(20261127);
    const DocumentDetector detector;
    std::vector<double> ms, ious;
    std::vector<std::string> kinds;
    synth::PhotoOptions options;
    options.glareChance = 0.0;
    for (int n = 0; n < photos; ++n) {
        synth::Document doc = n % 3 == 0 ? synth::residentIdCard(random)
                              : n % 3 == 1 ? synth::passportPage(random)
                                           : synth::a4Page(random);
        const synth::Photo photo = synth::photograph(doc, random, options);
        detector.detect(photo.frame); // warm the caches as a live preview would be
        const auto start = Clock::now();
        const Detection found = detector.detect(photo.frame);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        const double iou = found.found ? intersectionOverUnion(found.quad, photo.truth) : 0.0;
        ious.push_back(iou);
        if (!dump.empty() && n < 12)
            cv::imwrite(dump + "/photo-" + std::to_string(n) + ".png", photo.frame);
        if (!dump.empty() && iou < 0.9) {
            cv::Mat shown = photo.frame.clone();
            drawQuad(shown, photo.truth, {0, 255, 0});
            if (found.found)
                drawQuad(shown, found.quad, {0, 0, 255});
            cv::resize(shown, shown, cv::Size(960, 540), 0, 0, cv::INTER_AREA);
            cv::imwrite(dump + "/miss-" + std::to_string(n) + "-" + documentKindName(doc.kind) + ".png", shown);
            cv::imwrite(dump + "/raw-" + std::to_string(n) + ".png", photo.frame);
        }
    }
    double sum = 0;
    int good = 0;
    for (double iou : ious) {
        sum += iou;
        good += iou >= 0.9;
    }
    std::printf("scan_bench: %d synthetic photos 1920x1080 (cards, passport pages, A4; perspective, light, shadow, blur, noise, JPEG)\n",
                photos);
    std::printf("  detection        median %6.2f ms   p95 %6.2f ms   (target median <= 15 ms)\n", percentileOf(ms, 0.5),
                percentileOf(ms, 0.95));
    std::printf("  IoU              mean %.4f   >= 0.9 on %.1f %% of photos   (targets 0.97, 98 %%)\n", sum / photos,
                100.0 * good / photos);

    // Reading: passports' zones and cards' numbers from fresh photos (the detection's photos above vary the kinds).
    const int reads = std::max(12, photos / 3);
    int mrzRead = 0, mrzWrong = 0, idRead = 0, idWrong = 0;
    std::vector<double> mrzMs, idMs;
    for (int n = 0; n < reads; ++n) {
        const synth::Document passport = synth::passportPage(random);
        const synth::Photo p = synth::photograph(passport, random, options);
        auto start = Clock::now();
        const auto mrz = readMrzFromPhoto(p.frame);
        mrzMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (mrz && mrz->valid)
            (mrz->lines == passport.mrz ? mrzRead : mrzWrong) += 1;
        if (mrz && mrz->valid && mrz->lines != passport.mrz && std::getenv("SCAN_BENCH_VERBOSE"))
            std::fprintf(stderr, "wrong MRZ:\n  %s\n  %s\nread:\n  %s\n  %s\n", passport.mrz[0].c_str(),
                         passport.mrz[1].c_str(), mrz->lines[0].c_str(), mrz->lines[1].c_str());
        if (mrz && mrz->valid && mrz->lines != passport.mrz && std::getenv("SCAN_BENCH_VERBOSE"))
            cv::imwrite("/tmp/wrong-mrz-" + std::to_string(n) + ".png", p.frame);
        const synth::Document card = synth::residentIdCard(random);
        const synth::Photo c = synth::photograph(card, random, options);
        start = Clock::now();
        const auto id = readIdNumberFromPhoto(c.frame, "2026-11-27");
        idMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (id && id->valid)
            (id->number == card.idNumber ? idRead : idWrong) += 1;
    }
    std::printf("  MRZ (TD3)        read %d of %d (%.1f %%), wrong values accepted %d, median %.0f ms\n", mrzRead, reads,
                100.0 * mrzRead / reads, mrzWrong, percentileOf(mrzMs, 0.5));
    std::printf("  ID number        read %d of %d (%.1f %%), wrong values accepted %d, median %.0f ms\n", idRead, reads,
                100.0 * idRead / reads, idWrong, percentileOf(idMs, 0.5));

    // QR codes on photographed A4 pages: ZXing here against zbarimg on the same PNG files, each tool run once
    // over all of them (each decodes the files itself). Every page's code is different, so what each tool
    // printed is matched to the pages by content: decoded = pages whose text came out whole, misread = codes
    // printed that are no page's text.
    const std::string folder = (std::filesystem::temp_directory_path() / ("scan-bench-" + std::to_string(::getpid()))).string();
    std::filesystem::create_directories(folder);
    const int pages = std::max(10, photos / 5);
    std::vector<std::string> files, texts;
    for (int n = 0; n < pages; ++n) {
        const synth::Document page = synth::a4Page(random);
        files.push_back(folder + "/page-" + std::to_string(n) + ".png");
        texts.push_back(page.qrText);
        cv::imwrite(files.back(), synth::photograph(page, random, options).frame);
    }
    auto tally = [&](const std::string& out, const std::string& prefix, int& decoded, int& misread) {
        for (const auto& text : texts)
            decoded += out.find(prefix + text + "\n") != std::string::npos;
        std::istringstream lines(out);
        for (std::string line; std::getline(lines, line);) {
            const auto at = line.find(prefix);
            if (at != std::string::npos &&
                std::find(texts.begin(), texts.end(), line.substr(at + prefix.size())) == texts.end())
                ++misread;
        }
    };
    auto timed = [](std::vector<std::string> args, double& seconds) {
        const auto start = Clock::now();
        auto result = ow::testing::Process::run(args, {}, std::chrono::minutes(10));
        seconds = std::chrono::duration<double>(Clock::now() - start).count();
        return result.out;
    };
    std::vector<std::string> ours{ONEWINDOW_SCAN_EXE, "codes"};
    ours.insert(ours.end(), files.begin(), files.end());
    double oursSeconds = 0, zbarSeconds = 0;
    int oursRead = 0, oursWrong = 0, zbarRead = 0, zbarWrong = 0;
    tally(timed(ours, oursSeconds), "QRCode: ", oursRead, oursWrong);
    const bool haveZbar = std::filesystem::exists("/usr/bin/zbarimg");
    if (haveZbar) {
        std::vector<std::string> zbar{"/usr/bin/zbarimg", "-q"};
        zbar.insert(zbar.end(), files.begin(), files.end());
        tally(timed(zbar, zbarSeconds), "QR-Code:", zbarRead, zbarWrong);
    }
    std::filesystem::remove_all(folder);
    std::printf("  QR on %d photographed A4 pages (1920x1080 PNG files, each tool run once over all):\n", pages);
    std::printf("    onewindow-scan (ZXing)  decoded %d, misread %d, %.0f ms an image\n", oursRead, oursWrong,
                1000 * oursSeconds / pages);
    if (haveZbar)
        std::printf("    zbarimg                 decoded %d, misread %d, %.0f ms an image\n", zbarRead, zbarWrong,
                    1000 * zbarSeconds / pages);
    else
        std::printf("    zbarimg                 not installed (Debian zbar-tools)\n");
    return 0;
}
