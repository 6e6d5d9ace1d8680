#pragma once

// Test documents and synthetic photographs of them, with the truth kept: the outline's corners and what is
// printed on the document. Cards, passport data pages and A4 pages are drawn with Debian's fonts (Noto CJK,
// OCR-B), then "photographed": perspective, any rotation, desks of many kinds (some nearly the document's colour),
// uneven light, shadows, glare, blur, noise and JPEG.
#include "Geometry.h"
#include "Rectify.h"

#include <opencv2/core.hpp>

#include <random>
#include <string>
#include <vector>

namespace ow::scan::synth {

struct Document {
    cv::Mat image; // straight, at 300 dpi
    DocumentKind kind = DocumentKind::Id1;
    std::string idNumber;         // a resident ID card's number
    std::string name;             // as printed
    std::vector<std::string> mrz; // a passport's or TD1 card's machine readable zone
    std::string qrText;           // a page's QR code
    cv::Rect numberBox;           // where a resident ID card's number is printed
};

// How OCR-B print (a zone, an ID number) varies beyond its pitch, spacing and ink: the strokes' weight, and the
// glyphs' size against their pitch. Bold print set tight touches its neighbours — fillers become one chevron band.
struct Print {
    int weight = 0;          // pixels a side at 300 dpi: -1 thinner, 1 or 2 bolder
    double glyphScale = 1.0; // above 1 the glyphs are larger than their pitch allows and come closer together
    bool plain() const { return weight == 0 && glyphScale == 1.0; }
    static Print varied(std::mt19937& random); // weight -1 to 2, glyphs 0.92 to 1.15 of their pitch
};

// With the number or zone given, or else a random valid one.
Document residentIdCard(std::mt19937& random, const std::string& number = {}, const Print& print = {});
Document passportPage(std::mt19937& random, const std::vector<std::string>& mrz = {}, const Print& print = {});
Document a4Page(std::mt19937& random);
// An ID card with a TD1 zone (three lines of 30) on its back, as many states' identity cards have.
Document td1Card(std::mt19937& random, const std::vector<std::string>& mrz, const Print& print = {});

struct Photo {
    cv::Mat frame;
    Quad truth; // the document's corners in the frame, in the document's own order (its top-left first)
};

struct PhotoOptions {
    cv::Size frame{1920, 1080};
    double minArea = 0.10, maxArea = 0.45; // of the frame the document covers
    double maxTiltDegrees = 30.0;          // the camera off the perpendicular
    double blurSigmaMax = 1.2;
    double glareChance = 0.0; // a bright reflection on the document
    double shadowChance = 0.5;
    int jpegQualityMin = 60;
    bool keepInside = true;      // all of the document in the frame
    double thumbChance = 0.0;    // a thumb just under a card's number, holding the card
    double lowLightChance = 0.0; // a dim hall: a third to a half of the light, more sensor noise
    double motionChance = 0.0;   // the hand moved: a streak of 3 to 9 pixels
    double fingerChance = 0.0;   // one to three fingers holding the document, over a corner or across a side
    double underlayChance = 0.0; // the document lies on a form, partly over its edge
    double lensChance = 0.0;     // a phone's wide lens: barrel (or a little pincushion) distortion bends the sides

    // A card held still under a fixed camera, near and sharp: what a counter's document camera sees.
    static PhotoOptions steady() {
        PhotoOptions o;
        o.blurSigmaMax = 0.0;
        o.shadowChance = 0.0;
        o.minArea = 0.25;
        o.maxArea = 0.3;
        return o;
    }

    // What people bring to a counter as the issue lists it: glare and a thumb near the number, low light, motion
    // blur (cards partly outside the frame: keepInside, chosen by the caller).
    static PhotoOptions varied() {
        PhotoOptions o;
        o.glareChance = 0.25;
        o.thumbChance = 0.2;
        o.lowLightChance = 0.2;
        o.motionChance = 0.2;
        o.blurSigmaMax = 1.4;
        o.jpegQualityMin = 50;
        return o;
    }

    // Held in the hand or laid on a form under a phone: varied, and fingers over the outline, a form under the
    // document, a wide lens's distortion — what detection meets at a counter.
    static PhotoOptions handheld() {
        PhotoOptions o = varied();
        o.fingerChance = 0.4;
        o.underlayChance = 0.3;
        o.lensChance = 0.5;
        return o;
    }
};

Photo photograph(const Document& document, std::mt19937& random, const PhotoOptions& options = {});

// A valid 18-character resident ID number, born between 1940 and 2008.
std::string randomIdNumber(std::mt19937& random);
// A valid TD3 zone for a passport of `state` (with the document number of 9 characters given, or a random one).
std::vector<std::string> randomTd3(std::mt19937& random, const std::string& state = "CHN",
                                   const std::string& number = {});
// A valid TD1 zone (three lines of 30) of a card of the specimen state (the document number as for randomTd3).
std::vector<std::string> randomTd1(std::mt19937& random, const std::string& number = {});

} // namespace ow::scan::synth
