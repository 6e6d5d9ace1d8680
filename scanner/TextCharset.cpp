#include "TextCharset.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <vector>

namespace ow::scan {
namespace {

using Byte = std::uint8_t;

Byte at(std::string_view s, std::size_t i) { return static_cast<Byte>(s[i]); }

// Text, not the debris of a wrong charset: no control characters but tab and line ends, no private-use or
// replacement characters, no noncharacters.
bool looksLikeText(const std::u32string& text) {
    for (char32_t c : text) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F))
            return false;
        if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 || c == 0xFFFD || (c & 0xFFFE) == 0xFFFE ||
            (c >= 0xFDD0 && c <= 0xFDEF))
            return false;
    }
    return true;
}

bool asciiLetter(Byte b) { return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'); }

// A single multi-byte character between plain letters ("gemäß", "¡Éxito" read as Chinese) is seldom Chinese or
// Japanese: such a character counts half (punctuation aside: "%s：%s" is Chinese). `from` and `to` bound its bytes.
double alone(std::string_view s, std::size_t from, std::size_t to) {
    const bool before = from == 0 || at(s, from - 1) < 0x80, after = to >= s.size() || at(s, to) < 0x80;
    const bool letter = (from > 0 && asciiLetter(at(s, from - 1))) || (to < s.size() && asciiLetter(at(s, to)));
    return before && after && letter ? 0.5 : 1.0;
}

struct Score {
    double sum = 0;
    int characters = 0; // non-ASCII
    double mean() const { return characters == 0 ? 0 : sum / characters; }
};

// How usual each multi-byte character is in Chinese text: GB2312's punctuation and symbols (first bytes A1–A9) and
// its hanzi (B0–F7), each with a second byte A1–FE, are what nearly all Chinese text is written with; GBK's other
// two-byte characters (traditional and rare hanzi) far less so; four-byte characters are CJK extension hanzi
// (rare names) or, seldom, anything else in Unicode.
Score scoreGb18030(std::string_view s, const std::u32string& decoded) {
    Score score;
    std::u32string wide; // the non-ASCII characters, one for each multi-byte sequence, in order
    for (char32_t c : decoded)
        if (c >= 0x80)
            wide.push_back(c);
    for (std::size_t i = 0; i < s.size();) {
        const Byte lead = at(s, i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        ++score.characters;
        if (i + 3 < s.size() && at(s, i + 1) >= 0x30 && at(s, i + 1) <= 0x39) {
            const char32_t c = score.characters - 1 < static_cast<int>(wide.size()) ? wide[score.characters - 1] : 0;
            score.sum += (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3FFFF) ? 0.6 : 0.1;
            i += 4;
            continue;
        }
        const Byte trail = i + 1 < s.size() ? at(s, i + 1) : 0;
        const bool gb2312 =
            trail >= 0xA1 && trail <= 0xFE && ((lead >= 0xA1 && lead <= 0xA9) || (lead >= 0xB0 && lead <= 0xF7));
        const bool punctuation = gb2312 && lead <= 0xA9;
        score.sum += (gb2312 ? 1.0 : 0.3) * (punctuation ? 1.0 : alone(s, i, i + 2));
        i += 2;
    }
    return score;
}

// Japanese text: symbols, kana and Greek (first bytes 81–84) and JIS level-1 kanji (88–98) are usual; level-2
// kanji less so, NEC and IBM extensions and half-width katakana seldom.
Score scoreShiftJis(std::string_view s) {
    Score score;
    for (std::size_t i = 0; i < s.size();) {
        const Byte lead = at(s, i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        ++score.characters;
        if (lead >= 0xA1 && lead <= 0xDF) { // half-width katakana, one byte
            score.sum += 0.3;
            ++i;
            continue;
        }
        if ((lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x98))
            score.sum += alone(s, i, i + 2);
        else if ((lead >= 0x99 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xEA))
            score.sum += 0.6 * alone(s, i, i + 2);
        else
            score.sum += 0.2;
        i += 2;
    }
    return score;
}

// Western text: an accented letter stands in a word, next to plain letters, alone or two together (gemäß), or is a
// word of its own (Italian è, French à); a sign (¡, °, £) stands beside letters or digits. Longer runs of such
// bytes, and pairs of signs, are what multi-byte text read as Latin-1 gives; they are rare in Western text.
Score scoreLatin1(std::string_view s) {
    Score score;
    auto letter = [](Byte b) { return b >= 0xC0 && b != 0xD7 && b != 0xF7; };
    for (std::size_t i = 0; i < s.size();) {
        if (at(s, i) < 0x80) {
            ++i;
            continue;
        }
        std::size_t end = i;
        bool anyLetter = false;
        while (end < s.size() && at(s, end) >= 0x80)
            anyLetter = letter(at(s, end++)) || anyLetter;
        const bool touchesLetter = (i > 0 && asciiLetter(at(s, i - 1))) || (end < s.size() && asciiLetter(at(s, end)));
        const bool inWord = end - i <= 2 && anyLetter && touchesLetter;
        for (std::size_t k = i; k < end; ++k) {
            ++score.characters;
            if (inWord)
                score.sum += letter(at(s, k)) ? 1.0 : 0.8;
            else if (end - i == 1)
                score.sum += letter(at(s, k)) ? 0.6 : 0.5;
            else
                score.sum += letter(at(s, k)) ? 0.3 : 0.4;
        }
        i = end;
    }
    return score;
}

} // namespace

bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const Byte b = at(s, i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (b >= 0xC2 && b <= 0xDF)
            length = 2, min = 0x80;
        else if (b >= 0xE0 && b <= 0xEF)
            length = 3, min = 0x800;
        else if (b >= 0xF0 && b <= 0xF4)
            length = 4, min = 0x10000;
        else
            return false;
        if (i + length > s.size())
            return false;
        char32_t c = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            const Byte next = at(s, i + k);
            if ((next & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (next & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

std::u32string codePoints(std::string_view utf8) {
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const Byte b = at(utf8, i);
        const int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            c = (c << 6) | (at(utf8, i + k) & 0x3F);
        out.push_back(c);
        i += length;
    }
    return out;
}

bool convertCharset(std::string_view bytes, const char* from, const char* to, std::string& out) {
    const iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    out.assign(bytes.size() * 4 + 8, '\0');
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write there
    std::size_t inLeft = bytes.size();
    char* write = out.data();
    std::size_t room = out.size();
    const std::size_t done = iconv(cd, &in, &inLeft, &write, &room);
    iconv_close(cd);
    if (done == static_cast<std::size_t>(-1) || inLeft != 0) // EILSEQ, or EINVAL: cut short
        return false;
    out.resize(out.size() - room);
    return true;
}

DecodedText decodeUndeclared(std::string_view bytes) {
    if (isValidUtf8(bytes))
        return {"UTF-8", std::string(bytes)};
    struct Candidate {
        const char* name;
        const char* iconvName;
        std::string text;
        double score = -1;
    };
    Candidate candidates[] = {{"GB18030", "GB18030", {}}, {"Shift_JIS", "CP932", {}}, {"ISO-8859-1", "ISO-8859-1", {}}};
    for (Candidate& c : candidates) {
        if (!convertToUtf8(bytes, c.iconvName, c.text))
            continue;
        const std::u32string decoded = codePoints(c.text);
        if (!looksLikeText(decoded))
            continue;
        const std::string name = c.name;
        c.score = name == "GB18030"     ? scoreGb18030(bytes, decoded).mean()
                  : name == "Shift_JIS" ? scoreShiftJis(bytes).mean()
                                        : scoreLatin1(bytes).mean();
    }
    const Candidate* best = nullptr;
    const Candidate* second = nullptr;
    for (const Candidate& c : candidates) {
        if (c.score < 0)
            continue;
        if (!best || c.score > best->score) {
            second = best;
            best = &c;
        } else if (!second || c.score > second->score) {
            second = &c;
        }
    }
    // Plausible, and clearly more so than the next: otherwise the bytes are given back as they are.
    if (!best || best->score < 0.5 || (second && best->score - second->score < 0.2))
        return {"unknown", {}};
    return {best->name, best->text};
}

} // namespace ow::scan
