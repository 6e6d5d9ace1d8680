#pragma once

#include <opencv2/core.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ow::scan {

// Reads single characters printed in OCR-B — the font of machine readable zones and of the number on a resident
// ID card. Trained when made, from the glyphs of Debian's fonts-ocr-b drawn by FreeType at several sizes, weights
// and blurs; a glyph is compared by its shape normalised to a small grid (nearest samples).
class GlyphClassifier {
public:
    static constexpr const char* kOcrBFont = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";

    // Throws std::runtime_error when the font cannot be loaded. `streaked`: also learnt as a moving hand streaks
    // them (see the constructor).
    explicit GlyphClassifier(std::string alphabet, const std::string& fontPath = kOcrBFont, bool streaked = false);

    struct Reading {
        std::string choices;                        // the characters it may be, best first (one when it is clear)
        float distance = 0;                         // of the best: 0 is a perfect match
        std::vector<std::pair<char, float>> ranked; // every character of the alphabet with its distance, nearest first

        // The characters it may be among `allowed` only (what the position may hold), best first: the nearest of
        // them, and any other within the margin that makes a reading unclear.
        std::string choicesAmong(const std::string& allowed) const;
        // How far the next nearest of `allowed` is beyond the nearest: its distance over the nearest's (1 is a tie).
        float separation(const std::string& allowed) const;
    };
    // `glyph`: 8-bit grey, dark ink on light paper, the character roughly centred.
    Reading classify(const cv::Mat& glyph) const;

    const std::string& alphabet() const { return m_alphabet; }

    // The shared classifiers (made once, on first use).
    static const GlyphClassifier& mrz();    // 0–9, A–Z, <
    static const GlyphClassifier& digits(); // 0–9, X; streaked as well

private:
    std::string m_alphabet;
    cv::Mat m_samples;        // CV_32F, one normalised glyph a row
    std::vector<int> m_label; // index into m_alphabet
};

// Two readings of one character taken together, each its choices best first (one: read for certain; more than three:
// not a character — any its position may hold): certain in one and among the choices of the other, it is certain;
// certain both ways but differently, uncertain in both, or not a character in either, it is not — the choices of
// both, the first's first.
std::string agreedReading(const std::string& first, const std::string& second);

// Two readings of one line of characters taken together, character by character as above. Nothing when they are of
// different lengths or disagree on more than a fifth of the characters both read for certain (not the same text).
std::optional<std::vector<std::string>> agreedReadings(const std::vector<std::string>& first,
                                                       const std::vector<std::string>& second);

// The normalised shape of the ink in `glyph` (grey, dark ink): its bounding box, kept in proportion, on a
// 16 × 24 grid, zero mean and unit length. Empty when there is no ink.
cv::Mat glyphFeature(const cv::Mat& glyph);

} // namespace ow::scan
