#pragma once

#include <string>
#include <string_view>

namespace ow {

// The readings of a character of the 通用规范汉字表 (its 8105 characters, resources/pinyin) in pinyin without tones,
// ü written v, several separated by commas ("hang,heng,xing" for 行); empty for any other character.
std::string_view pinyinOf(char32_t character);

// The characters of UTF-8 text as code points (a byte that is not UTF-8 stands for itself).
std::u32string codePoints(std::string_view utf8);

// Where a query is found in a text, as a person at a kiosk types it: hanzi as written (a part of the text), or latin
// letters spelling the characters' pinyin — each character by the start of one of its readings, so its initial or
// more ("bdc", "budongchan", "bdchan" and "budc" all find 不动产), beginning at any character. Latin letters and
// digits of the text stand for themselves, case aside; spaces and punctuation are passed over on both sides.
struct TextMatch {
    bool found = false;
    std::size_t at = 0;   // the character it begins at
    bool byHanzi = false; // the query's hanzi are in the text as written
};
TextMatch matchText(std::u32string_view text, std::u32string_view query);

} // namespace ow
