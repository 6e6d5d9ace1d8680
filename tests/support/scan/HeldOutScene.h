#pragma once

// The held-out photographs: documents and photos made by a second renderer, independent of SyntheticScene (which the
// readers were developed against) and never used to tune them — only to measure. Its own choices throughout: text
// drawn glyph by glyph with FreeType (FreeTypeText), OCR-B regular and "sharp" at varied sizes, weights and spacing;
// card fronts laid out differently, over rosette guilloches and tinted gradients; passports (TD3), TD1 cards and TD2
// documents with the zone's pitch, line spacing, margins and darkness varied, sometimes with the booklet's facing
// page; a phone camera with lens distortion, rolling-shutter skew, vignetting, motion and focus blur, low light,
// chroma noise, laminate glare, fingers on the corners and JPEG 50–95, frames from 720p to 12 MP, cards partly out
// of the frame. Everything comes from the seed: the same seed gives the same photos.
#include "Geometry.h"

#include <opencv2/core.hpp>

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ow::scan::heldout {

enum class Kind { IdCard, PassportTd3, CardTd1, DocumentTd2 };

struct Sample {
    Kind kind = Kind::IdCard;
    cv::Mat frame; // BGR, as the camera delivered it (JPEG round trip)
    Quad truth;    // the document's corners in the frame, its own top-left first
    bool wholeInFrame = true;
    bool booklet = false; // a passport page photographed with the facing page of the open booklet
    // Every character of what is read (the zone, the card's number) can be seen: none under a finger, none outside
    // the frame. Where one is hidden nobody can read it all, and a reader must say "not read".
    bool textVisible = true;
    std::string idNumber; // IdCard
    std::vector<std::string> mrz;
};

class Generator {
public:
    explicit Generator(std::uint32_t seed);

    // Frames of this size only (detection timing on 1080p); otherwise sizes from 720p to 12 MP.
    void setFrameSize(std::optional<cv::Size> size) { m_frameSize = size; }
    // Let ID cards lie partly outside the frame (the number always inside) in about one photo of five.
    void setAllowCut(bool allow) { m_allowCut = allow; }

    Sample idCard();
    Sample passport();
    Sample td1Card();
    Sample td2Document();

    // Valid data of the kinds printed: a resident ID number whose region was in use when its holder was born (any
    // GB/T 2260 code); machine readable zones with every check digit right.
    std::string idNumber();
    std::vector<std::string> td3Zone();
    std::vector<std::string> td1Zone();
    std::vector<std::string> td2Zone();

private:
    struct Printed;
    Sample photograph(const Printed& document, Kind kind, bool isCard);

    std::mt19937 m_random;
    std::optional<cv::Size> m_frameSize;
    bool m_allowCut = true;
};

const char* kindName(Kind kind);

} // namespace ow::scan::heldout
