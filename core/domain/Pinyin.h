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

// Whether a word of latin letters (case aside) is one or more syllables of pinyin run together, as a Chinese passport
// spells a name ("XIAOMING", "OUYANG"): the syllables are those the table's characters are read with, plus the few
// standard ones none of its characters has (ei, chua, nun, rua, zhei), less the interjections no name is spelt with
// (m, n, ng, hm, hng); ü after l and n as passports write it — LV, NV (before 2012), LYU, NYU (since), LUE, NUE, LVE,
// NVE. `truncated`: the word was cut at its field's end, so its last syllable may be a syllable's beginning.
bool spelledInPinyin(std::string_view word, bool truncated = false);

} // namespace ow
