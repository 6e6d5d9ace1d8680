// Scanner benchmark on two sets of photographs, side by side:
//   tuning   — SyntheticScene, the photos the readers were developed against (1920 × 1080);
//   held out — HeldOutScene, a second renderer with its own layouts, fonts, camera and seed, never tuned on.
// A change that raises the tuning set and lowers the held-out set is a regression.
//   detection: time per 1080p frame (median, p95) and polygon IoU against the truth (mean, share ≥ 0.9), also on
//              tuning photos of documents held in the hand or laid on a form (what detection is developed on);
//   reading: MRZs (TD3 passports; held out also TD1 cards and TD2 documents) and resident ID numbers — read right,
//            not read (the clerk types it), and wrong values accepted, which must be 0;
//   QR codes on photographed A4 pages read by ZXing here and by zbarimg (zbar-tools) side by side.
// usage: scan_bench [photos=150] [dump-dir]   (dump-dir: held-out photos that were not read right, and frames
//        below 0.9 IoU; SCAN_BENCH_VERBOSE=1 prints each wrong or missed reading; SCAN_BENCH_PARTS=detection,reading,qr
//        runs only the parts named;
//        SCAN_BENCH_SETS=tuning-td3,tuning-id,tuning-idhard,tuning-td1,tuning-mrzhard,tuning-print,tuning-idprint,tuning-g6,td3,td1,td2,id,calibration
//        reads only the sets named, each on the same photos as in a whole run)
#include "HeldOutScene.h"
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
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace ow::scan;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kToday = "2026-11-27";

double percentileOf(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

// The frame as the camera gave it (JPEG) and a small PNG to look at.
void keep(const std::string& dump, const std::string& name, const cv::Mat& frame) {
    cv::imwrite(dump + "/" + name + ".jpg", frame);
    cv::Mat small;
    const double scale = 1400.0 / std::max(frame.cols, frame.rows);
    cv::resize(frame, small, cv::Size(), std::min(1.0, scale), std::min(1.0, scale), cv::INTER_AREA);
    cv::imwrite(dump + "/" + name + "-view.png", small);
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool verbose() { return std::getenv("SCAN_BENCH_VERBOSE") != nullptr; }

bool part(const char* name) {
    const char* parts = std::getenv("SCAN_BENCH_PARTS");
    return parts == nullptr || std::string(parts).find(name) != std::string::npos;
}

// SCAN_BENCH_SETS=tuning-id,td1,… reads only the sets named (each set keeps its own photos whichever run): a set is
// its photos' name without the number and "-hidden".
bool wanted(const std::string& set) {
    const char* sets = std::getenv("SCAN_BENCH_SETS");
    return sets == nullptr || ("," + std::string(sets) + ",").find("," + set + ",") != std::string::npos;
}

struct Detections {
    std::vector<double> ms, ious;
    void print(const char* set) const {
        double sum = 0;
        int good = 0;
        for (double iou : ious) {
            sum += iou;
            good += iou >= 0.9;
        }
        std::printf("  %-18s %4zu frames  median %6.2f ms  p95 %6.2f ms   IoU mean %.4f, >= 0.9 on %5.1f %%\n", set,
                    ms.size(), percentileOf(ms, 0.5), percentileOf(ms, 0.95), ious.empty() ? 0 : sum / ious.size(),
                    ious.empty() ? 0 : 100.0 * good / ious.size());
    }
};

// One timed detection of a frame, after one untimed (a live preview has warm caches).
Detection detect(const DocumentDetector& detector, const cv::Mat& frame, const Quad& truth, Detections& out) {
    detector.detect(frame);
    const auto start = Clock::now();
    const Detection found = detector.detect(frame);
    out.ms.push_back(msSince(start));
    out.ious.push_back(found.found ? intersectionOverUnion(found.quad, truth) : 0.0);
    return found;
}

// A tuning frame detected poorly, with the truth drawn green and what was found red, to look at.
void keepDetection(const std::string& dump, const std::string& name, const cv::Mat& frame, const Quad& truth,
                   const Detection& found) {
    cv::Mat marked = frame.clone();
    auto draw = [&](const Quad& q, const cv::Scalar& colour) {
        for (int i = 0; i < 4; ++i)
            cv::line(marked, q.corners[i], q.corners[(i + 1) % 4], colour, 3, cv::LINE_AA);
    };
    draw(truth, {0, 200, 0});
    if (found.found)
        draw(found.quad, {0, 0, 255});
    keep(dump, name, marked);
}

struct Readings {
    int right = 0, notRead = 0, wrong = 0;
    std::vector<double> ms;
    void print(const char* set, const char* what) const {
        const int n = right + notRead + wrong;
        std::printf("  %-9s %-15s %4d photos  read %5.1f %%  not read %5.1f %%  WRONG accepted %d   median %4.0f ms\n",
                    set, what, n, n ? 100.0 * right / n : 0, n ? 100.0 * notRead / n : 0, wrong, percentileOf(ms, 0.5));
    }
};

// A reading of `frame` against `truth`: right, not read (nothing valid), or a valid reading that is wrong.
void tally(Readings& r, const std::function<std::optional<std::string>(const cv::Mat&)>& read, const cv::Mat& frame,
           const std::string& truth, const std::string& dump, const std::string& name) {
    if (!wanted(name.substr(0, name.find_last_of('-', name.find("-hidden") - 1))))
        return;
    const auto start = Clock::now();
    const std::optional<std::string> got = read(frame);
    r.ms.push_back(msSince(start));
    if (!got) {
        ++r.notRead;
        if (verbose())
            std::fprintf(stderr, "not read  %s: %s\n", name.c_str(), truth.c_str());
    } else if (*got == truth) {
        ++r.right;
        return;
    } else {
        ++r.wrong;
        std::fprintf(stderr, "WRONG     %s: %s\n          read as %s\n", name.c_str(), truth.c_str(), got->c_str());
    }
    if (!dump.empty())
        keep(dump, name, frame);
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines)
        out += (out.empty() ? "" : "/") + line;
    return out;
}

std::optional<std::string> mrzOf(const cv::Mat& frame) {
    const auto mrz = readMrzFromPhoto(frame);
    if (mrz && !mrz->valid && verbose()) {
        std::string where;
        for (std::size_t i = 0; i < mrz->uncertain.size(); ++i)
            where += " " + std::to_string(mrz->uncertain[i].first) + ":" + std::to_string(mrz->uncertain[i].second) +
                     "=" + mrz->uncertainReadings[i];
        std::fprintf(stderr, "          zone read as %s, uncertain at%s\n", mrz->lines[0].c_str(), where.c_str());
        for (std::size_t l = 1; l < mrz->lines.size(); ++l)
            std::fprintf(stderr, "                       %s\n", mrz->lines[l].c_str());
    }
    if (!mrz || !mrz->valid)
        return std::nullopt;
    return joined(mrz->lines);
}

std::optional<std::string> idOf(const cv::Mat& frame) {
    const auto id = readIdNumberFromPhoto(frame, kToday);
    if (id && !id->valid && verbose()) {
        std::string read;
        for (const std::string& c : id->choices)
            read += c.size() == 1 ? c : "[" + c + "]";
        std::fprintf(stderr, "          number read as %s\n", read.c_str());
    }
    if (!id || !id->valid)
        return std::nullopt;
    return id->number;
}

void qrCodes(std::mt19937& random, int photos, const synth::PhotoOptions& options) {
    // QR codes on photographed A4 pages: ZXing here against zbarimg on the same PNG files, each tool run once over all
    // of them. Every page's code is different, so what each tool printed is matched to the pages by content:
    // decoded = pages whose text came out whole, misread = codes printed that are no page's text.
    const std::string folder =
        (std::filesystem::temp_directory_path() / ("scan-bench-" + std::to_string(::getpid()))).string();
    std::filesystem::create_directories(folder);
    const int pages = std::max(10, photos / 5);
    std::vector<std::string> files, texts;
    for (int n = 0; n < pages; ++n) {
        const synth::Document page = synth::a4Page(random);
        files.push_back(folder + "/page-" + std::to_string(n) + ".png");
        texts.push_back(page.qrText);
        cv::imwrite(files.back(), synth::photograph(page, random, options).frame);
    }
    auto count = [&](const std::string& out, const std::string& prefix, int& decoded, int& misread) {
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
    count(timed(ours, oursSeconds), "QRCode: ", oursRead, oursWrong);
    const bool haveZbar = std::filesystem::exists("/usr/bin/zbarimg");
    if (haveZbar) {
        std::vector<std::string> zbar{"/usr/bin/zbarimg", "-q"};
        zbar.insert(zbar.end(), files.begin(), files.end());
        count(timed(zbar, zbarSeconds), "QR-Code:", zbarRead, zbarWrong);
    }
    std::filesystem::remove_all(folder);
    std::printf(
        "QR codes on %d photographed A4 pages (tuning set; 1920x1080 PNG files, each tool run once over all):\n",
        pages);
    std::printf("  onewindow-scan (ZXing)  decoded %d, misread %d, %.0f ms an image\n", oursRead, oursWrong,
                1000 * oursSeconds / pages);
    if (haveZbar)
        std::printf("  zbarimg                 decoded %d, misread %d, %.0f ms an image\n", zbarRead, zbarWrong,
                    1000 * zbarSeconds / pages);
    else
        std::printf("  zbarimg                 not installed (Debian zbar-tools)\n");
}

} // namespace

int main(int argc, char** argv) {
    const int photos = argc > 1 ? std::atoi(argv[1]) : 150;
    const std::string dump = argc > 2 ? argv[2] : "";
    if (!dump.empty())
        std::filesystem::create_directories(dump);
    const DocumentDetector detector;
    std::mt19937 random(20261127);
    synth::PhotoOptions options;

    std::printf(
        "scan_bench: %d photos a set for detection; tuning = SyntheticScene, held out = HeldOutScene (seed 22)\n",
        photos);
    if (part("detection")) {
        std::printf("detection on 1920x1080 frames (targets on the held-out set: median <= 15 ms, p95 <= 25 ms, IoU "
                    "mean >= 0.98)\n");
        Detections tuningDetections;
        for (int n = 0; n < photos; ++n) {
            const synth::Document doc = n % 3 == 0   ? synth::residentIdCard(random)
                                        : n % 3 == 1 ? synth::passportPage(random)
                                                     : synth::a4Page(random);
            const synth::Photo photo = synth::photograph(doc, random, options);
            detect(detector, photo.frame, photo.truth, tuningDetections);
        }
        // Held in the hand or laid on a form: fingers over the outline, a form under it, a wide lens's distortion,
        // glare, low light, motion.
        Detections handheldDetections;
        {
            std::mt19937 handheld(20261208);
            const synth::PhotoOptions brought = synth::PhotoOptions::handheld();
            for (int n = 0; n < photos; ++n) {
                const synth::Document doc = n % 3 == 0   ? synth::residentIdCard(handheld)
                                            : n % 3 == 1 ? synth::passportPage(handheld)
                                                         : synth::td1Card(handheld, synth::randomTd1(handheld));
                const synth::Photo photo = synth::photograph(doc, handheld, brought);
                const Detection found = detect(detector, photo.frame, photo.truth, handheldDetections);
                if (!dump.empty() && handheldDetections.ious.back() < 0.95)
                    keepDetection(dump,
                                  "tuning-detect-" + std::to_string(n) + "-iou" +
                                      std::to_string(static_cast<int>(100 * handheldDetections.ious.back())),
                                  photo.frame, photo.truth, found);
            }
        }
        Detections heldOutDetections;
        {
            heldout::Generator generator(22);
            generator.setFrameSize(cv::Size(1920, 1080));
            generator.setAllowCut(false);
            for (int n = 0; heldOutDetections.ms.size() < static_cast<std::size_t>(photos); ++n) {
                const heldout::Sample s = n % 4 == 0   ? generator.idCard()
                                          : n % 4 == 1 ? generator.passport()
                                          : n % 4 == 2 ? generator.td1Card()
                                                       : generator.td2Document();
                if (s.booklet || !s.wholeInFrame)
                    continue; // the truth is one page of the two, or partly unseen: reading only
                detect(detector, s.frame, s.truth, heldOutDetections);
                if (!dump.empty() && heldOutDetections.ious.back() < 0.9)
                    keep(dump, "detect-" + std::to_string(n), s.frame);
            }
        }
        tuningDetections.print("tuning");
        handheldDetections.print("tuning, as brought");
        heldOutDetections.print("held out");
    }
    if (part("reading")) {
        std::mt19937 random(20261128); // each part its own photos, whichever parts run

        const int reads = std::max(12, photos / 3);
        std::printf(
            "reading (targets on the held-out set, every character in sight: TD3 >= 95 %%, TD1 >= 90 %%, ID numbers "
            ">= 97 %%; 0 wrong everywhere; a character under a finger or out of the frame: not read)\n");
        Readings tuningMrz, tuningTd1, tuningId, tuningIdHard, tuningMrzHard, tuningPrint, tuningIdPrint, tuningG6;
        for (int n = 0; n < reads && (wanted("tuning-td3") || wanted("tuning-id")); ++n) {
            const synth::Document passport = synth::passportPage(random);
            tally(tuningMrz, mrzOf, synth::photograph(passport, random, options).frame, joined(passport.mrz), dump,
                  "tuning-td3-" + std::to_string(n));
            const synth::Document card = synth::residentIdCard(random);
            tally(tuningId, idOf, synth::photograph(card, random, options).frame, card.idNumber, dump,
                  "tuning-id-" + std::to_string(n));
        }
        {
            // Cards as people bring them: glare, a thumb, low light, motion, some partly outside the frame.
            std::mt19937 hard(20261205);
            for (int n = 0; n < reads && wanted("tuning-idhard"); ++n) {
                synth::PhotoOptions varied = synth::PhotoOptions::varied();
                varied.keepInside = n % 5 != 0;
                const synth::Document card = synth::residentIdCard(hard);
                tally(tuningIdHard, idOf, synth::photograph(card, hard, varied).frame, card.idNumber, dump,
                      "tuning-idhard-" + std::to_string(n));
            }
        }
        {
            // Passports and TD1 cards as brought, on cameras of 720p to 8 MP.
            std::mt19937 hard(20261207);
            const cv::Size sizes[] = {{1280, 720}, {1920, 1080}, {3264, 2448}};
            for (int n = 0; n < reads && wanted("tuning-mrzhard"); ++n) {
                synth::PhotoOptions varied = synth::PhotoOptions::varied();
                varied.frame = sizes[n % 3];
                const synth::Document doc =
                    n % 2 ? synth::td1Card(hard, synth::randomTd1(hard)) : synth::passportPage(hard);
                tally(tuningMrzHard, mrzOf, synth::photograph(doc, hard, varied).frame, joined(doc.mrz), dump,
                      "tuning-mrzhard-" + std::to_string(n));
            }
        }
        {
            std::mt19937 cards(20261204);
            for (int n = 0; n < reads && wanted("tuning-td1"); ++n) {
                const synth::Document card = synth::td1Card(cards, synth::randomTd1(cards));
                tally(tuningTd1, mrzOf, synth::photograph(card, cards, options).frame, joined(card.mrz), dump,
                      "tuning-td1-" + std::to_string(n));
            }
        }
        {
            // OCR-B printed bolder or thinner, its glyphs large for their pitch (bold ones touching): passports and TD1
            // cards in turn on 720p and 1080p frames, and resident ID cards.
            std::mt19937 print(20261209);
            for (int n = 0; n < reads && (wanted("tuning-print") || wanted("tuning-idprint")); ++n) {
                const synth::Print style = synth::Print::varied(print);
                const synth::Document doc = n % 2 ? synth::td1Card(print, synth::randomTd1(print), style)
                                                  : synth::passportPage(print, {}, style);
                synth::PhotoOptions framed = options;
                framed.frame = n % 4 < 2 ? cv::Size(1920, 1080) : cv::Size(1280, 720);
                tally(tuningPrint, mrzOf, synth::photograph(doc, print, framed).frame, joined(doc.mrz), dump,
                      "tuning-print-" + std::to_string(n));
                // The cards as brought too, on cameras of 720p to 12 MP, some with a wide lens.
                synth::PhotoOptions brought = synth::PhotoOptions::varied();
                brought.lensChance = 0.3;
                brought.frame = n % 3 == 0   ? cv::Size(1280, 720)
                                : n % 3 == 1 ? cv::Size(1920, 1080)
                                             : cv::Size(4000, 3000);
                const synth::Document card = synth::residentIdCard(print, {}, synth::Print::varied(print));
                tally(tuningIdPrint, idOf, synth::photograph(card, print, brought).frame, card.idNumber, dump,
                      "tuning-idprint-" + std::to_string(n));
            }
        }
        {
            // Document numbers full of G and 6, which no check digit tells apart (their values differ by ten):
            // passports and TD1 cards as brought, on 720p to 8 MP frames.
            std::mt19937 lookAlike(20261210);
            const cv::Size sizes[] = {{1280, 720}, {1920, 1080}, {3264, 2448}};
            for (int n = 0; n < reads && wanted("tuning-g6"); ++n) {
                std::string number;
                for (int i = 0; i < 9; ++i) {
                    const int k = std::uniform_int_distribution<int>(0, 3)(lookAlike);
                    number += k == 0 ? 'G' : k == 1 ? '6' : static_cast<char>('0' + (lookAlike() % 10));
                }
                synth::PhotoOptions varied = synth::PhotoOptions::varied();
                varied.frame = sizes[n % 3];
                const synth::Document doc =
                    n % 2 ? synth::td1Card(lookAlike, synth::randomTd1(lookAlike, number))
                          : synth::passportPage(lookAlike, synth::randomTd3(lookAlike, "CHN", number));
                tally(tuningG6, mrzOf, synth::photograph(doc, lookAlike, varied).frame, joined(doc.mrz), dump,
                      "tuning-g6-" + std::to_string(n));
            }
        }
        Readings td3, td1, td2, ids, hidden;
        {
            heldout::Generator generator(23);
            // Where a finger or the frame's edge hides a character, the photo counts apart: nobody can read it all,
            // and it must come out "not read".
            const auto held = [&](Readings& visible, const heldout::Sample& s, const std::string& name) {
                const bool isId = s.kind == heldout::Kind::IdCard;
                tally(s.textVisible ? visible : hidden, isId ? idOf : mrzOf, s.frame, isId ? s.idNumber : joined(s.mrz),
                      dump, name + (s.textVisible ? "" : "-hidden"));
            };
            for (int n = 0; n < reads && (wanted("td3") || wanted("td1") || wanted("td2") || wanted("id")); ++n) {
                held(td3, generator.passport(), "td3-" + std::to_string(n));
                held(td1, generator.td1Card(), "td1-" + std::to_string(n));
                if (n % 3 == 0)
                    held(td2, generator.td2Document(), "td2-" + std::to_string(n));
                held(ids, generator.idCard(), "id-" + std::to_string(n));
            }
        }
        {
            // How clear a character's reading is against whether it was right, on the tuning set's cards as brought
            // (the characters of numbers found whole): where to draw the line between a certain and an uncertain
            // reading.
            std::mt19937 cal(20261206);
            const int calibrated = wanted("calibration") ? reads * 2 : 0;
            const std::vector<double> edges = {1.0, 1.1, 1.2, 1.35, 1.5, 1.75, 2.0, 2.5, 3.0, 1e9};
            std::vector<int> right(edges.size() - 1), wrong(edges.size() - 1);
            for (int n = 0; n < calibrated; ++n) {
                synth::PhotoOptions varied = synth::PhotoOptions::varied();
                const synth::Document card = synth::residentIdCard(cal);
                const auto id = readIdNumberFromPhoto(synth::photograph(card, cal, varied).frame, kToday);
                if (!id || id->number.size() != 18 || id->separations.size() != 18)
                    continue;
                int same = 0;
                for (std::size_t i = 0; i < 18; ++i)
                    same += id->number[i] == card.idNumber[i];
                if (same < 12)
                    continue; // another line, or the wrong way up: not the number's characters
                for (std::size_t i = 0; i < 18; ++i) {
                    for (std::size_t b = 0; b + 1 < edges.size(); ++b)
                        if (id->separations[i] >= edges[b] && id->separations[i] < edges[b + 1])
                            (id->number[i] == card.idNumber[i] ? right : wrong)[b] += 1;
                    if (verbose() && id->number[i] != card.idNumber[i] && id->separations[i] >= 1.5)
                        std::printf("certain but wrong: %c for %c at %zu of %s (separation %.2f)\n", id->number[i],
                                    card.idNumber[i], i, card.idNumber.c_str(), id->separations[i]);
                }
            }
            std::printf(
                "  calibration (tuning cards as brought): separation of a character's reading, right / wrong\n   ");
            for (std::size_t b = 0; b + 1 < edges.size(); ++b)
                std::printf(" [%.2f,%s) %d/%d", edges[b],
                            b + 2 < edges.size() ? std::to_string(edges[b + 1]).substr(0, 4).c_str() : "inf", right[b],
                            wrong[b]);
            std::printf("\n");
        }
        tuningMrz.print("tuning", "MRZ (TD3)");
        td3.print("held out", "MRZ (TD3)");
        tuningTd1.print("tuning", "MRZ (TD1)");
        tuningMrzHard.print("tuning", "MRZ, as brought");
        tuningPrint.print("tuning", "MRZ, bold/tight");
        tuningG6.print("tuning", "MRZ, G and 6");
        td1.print("held out", "MRZ (TD1)");
        td2.print("held out", "MRZ (TD2)");
        tuningId.print("tuning", "ID number");
        tuningIdHard.print("tuning", "ID, as brought");
        tuningIdPrint.print("tuning", "ID, bold/tight");
        ids.print("held out", "ID number");
        hidden.print("held out", "a char hidden");
    }
    if (part("qr")) {
        std::mt19937 pages(20261129);
        qrCodes(pages, photos, options);
    }
    return 0;
}
