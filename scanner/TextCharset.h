#pragma once

#include <string>
#include <string_view>

namespace ow::scan {

// The text of a code's bytes when the code does not say which character set it was written in (no ECI).
struct DecodedText {
    std::string charset; // "UTF-8", "GB18030", "Shift_JIS", "ISO-8859-1", or "unknown"
    std::string text;    // UTF-8; empty when the charset is unknown (the bytes could not be told)
};

// Valid UTF-8 stays UTF-8. Otherwise each of GB18030 (GBK and GB2312 are its subsets), Shift_JIS (as Windows writes
// it, CP932) and ISO-8859-1 is tried with glibc's iconv; a charset in which the bytes do not decode, or decode to
// control characters or private-use code points, is out. Of those left, the one whose characters are the most
// usual for it wins (GB2312's hanzi and punctuation, JIS level-1 kanji and kana, Latin letters next to other
// letters): the score is the mean plausibility of the non-ASCII characters, and a winner must be plausible and
// ahead of the next by a clear margin — else the charset is "unknown" and no text is given.
DecodedText decodeUndeclared(std::string_view bytes);

// Whether `bytes` are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view bytes);

// `bytes` written in `from` rewritten in `to` (iconv names); false when they do not convert whole.
bool convertCharset(std::string_view bytes, const char* from, const char* to, std::string& out);
inline bool convertToUtf8(std::string_view bytes, const char* charset, std::string& out) {
    return convertCharset(bytes, charset, "UTF-8", out);
}

// The code points of well-formed UTF-8.
std::u32string codePoints(std::string_view utf8);

} // namespace ow::scan
