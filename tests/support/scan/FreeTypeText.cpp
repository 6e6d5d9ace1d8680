#include "FreeTypeText.h"

#include "TextCharset.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <cmath>
#include <stdexcept>
#include <vector>

namespace ow::scan::heldout {

struct FreeTypeFont::Face {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
};

FreeTypeFont::FreeTypeFont(const std::string& path, const std::string& familyHint)
    : m_face(std::make_unique<Face>()) {
    if (FT_Init_FreeType(&m_face->library) != 0)
        throw std::runtime_error("FreeType cannot start");
    FT_Long index = 0, faces = 1;
    for (FT_Long i = 0; i < faces; ++i) {
        FT_Face probe = nullptr;
        if (FT_New_Face(m_face->library, path.c_str(), i, &probe) != 0)
            throw std::runtime_error("cannot load the font " + path);
        faces = probe->num_faces;
        const std::string family = probe->family_name ? probe->family_name : "";
        FT_Done_Face(probe);
        if (familyHint.empty() || family.find(familyHint) != std::string::npos) {
            index = i;
            break;
        }
    }
    if (FT_New_Face(m_face->library, path.c_str(), index, &m_face->face) != 0)
        throw std::runtime_error("cannot load the font " + path);
}

FreeTypeFont::~FreeTypeFont() {
    if (m_face->face)
        FT_Done_Face(m_face->face);
    if (m_face->library)
        FT_Done_FreeType(m_face->library);
}

cv::Point2d FreeTypeFont::draw(cv::Mat& coverage, const std::string& text, cv::Point2d origin,
                               const Style& style) const {
    CV_Assert(coverage.type() == CV_8UC1);
    FT_Face face = m_face->face;
    FT_Set_Char_Size(face, 0, static_cast<FT_F26Dot6>(std::lround(style.pixelHeight * 64)), 72, 72);
    const FT_Int32 flags = FT_LOAD_NO_BITMAP | (style.hinted ? FT_LOAD_TARGET_LIGHT : FT_LOAD_NO_HINTING);
    cv::Point2d pen = origin;
    for (char32_t c : codePoints(text)) {
        if (FT_Load_Char(face, c, flags) != 0)
            continue;
        FT_GlyphSlot slot = face->glyph;
        const double advance = slot->advance.x / 64.0;
        double x = pen.x;
        if (style.pitch > 0)
            x += (style.pitch - advance) / 2; // centred in its cell
        const double fx = x - std::floor(x), fy = pen.y - std::floor(pen.y);
        if (slot->format == FT_GLYPH_FORMAT_OUTLINE) {
            if (style.embolden != 0)
                FT_Outline_Embolden(&slot->outline, static_cast<FT_Pos>(std::lround(style.embolden * 64)));
            FT_Outline_Translate(&slot->outline, static_cast<FT_Pos>(std::lround(fx * 64)),
                                 -static_cast<FT_Pos>(std::lround(fy * 64)));
        }
        if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) == 0) {
            const FT_Bitmap& bitmap = slot->bitmap;
            const int left = static_cast<int>(std::floor(x)) + slot->bitmap_left;
            const int top = static_cast<int>(std::floor(pen.y)) - slot->bitmap_top;
            for (unsigned row = 0; row < bitmap.rows; ++row) {
                const int y = top + static_cast<int>(row);
                if (y < 0 || y >= coverage.rows)
                    continue;
                auto* out = coverage.ptr<uchar>(y);
                const unsigned char* in = bitmap.buffer + static_cast<std::ptrdiff_t>(row) * bitmap.pitch;
                for (unsigned col = 0; col < bitmap.width; ++col) {
                    const int px = left + static_cast<int>(col);
                    if (px >= 0 && px < coverage.cols && in[col] > out[px])
                        out[px] = in[col];
                }
            }
        }
        pen.x += style.pitch > 0 ? style.pitch : advance + style.letterSpacing;
    }
    return pen;
}

double FreeTypeFont::width(const std::string& text, const Style& style) const {
    if (style.pitch > 0)
        return style.pitch * static_cast<double>(codePoints(text).size());
    FT_Face face = m_face->face;
    FT_Set_Char_Size(face, 0, static_cast<FT_F26Dot6>(std::lround(style.pixelHeight * 64)), 72, 72);
    double total = 0;
    for (char32_t c : codePoints(text))
        if (FT_Load_Char(face, c, FT_LOAD_NO_BITMAP | FT_LOAD_NO_HINTING) == 0)
            total += face->glyph->advance.x / 64.0 + style.letterSpacing;
    return total;
}

void inkOver(cv::Mat& image, const cv::Mat& coverage, cv::Scalar colour, double opacity) {
    CV_Assert(image.type() == CV_8UC3 && coverage.type() == CV_8UC1 && image.size() == coverage.size());
    for (int y = 0; y < image.rows; ++y) {
        auto* px = image.ptr<cv::Vec3b>(y);
        const uchar* a = coverage.ptr<uchar>(y);
        for (int x = 0; x < image.cols; ++x) {
            if (a[x] == 0)
                continue;
            const double t = a[x] / 255.0 * opacity;
            for (int c = 0; c < 3; ++c)
                px[x][c] = cv::saturate_cast<uchar>(px[x][c] * (1 - t) + colour[c] * t);
        }
    }
}

} // namespace ow::scan::heldout
