#include "domain/Pinyin.h"

#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace ow {
namespace {

struct Entry {
    char32_t character;
    const char* readings;
};

// resources/pinyin/hanzi-pinyin.txt, in code point order (core/domain/PinyinTable.cmake).
constexpr Entry kTable[] = {
#include "Pinyin.inc"
};

bool isLatinOrDigit(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

char32_t lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c; }

// What of a text takes part in matching: latin letters, digits and characters with readings; the rest is passed over.
bool counts(char32_t c) { return isLatinOrDigit(c) || !pinyinOf(c).empty(); }

// Splits "hang,heng,xing".
std::vector<std::string_view> readingsOf(char32_t c) {
    std::vector<std::string_view> out;
    std::string_view all = pinyinOf(c);
    while (!all.empty()) {
        const std::size_t comma = all.find(',');
        out.push_back(all.substr(0, comma));
        all = comma == std::string_view::npos ? std::string_view() : all.substr(comma + 1);
    }
    return out;
}

// Does `query` (lowercase latin letters and digits) spell the characters of `text` from `i` on? Each character takes
// the start of one of its readings, at least its first letter. Failed (i, j) pairs are remembered: a name of many
// characters with several readings each stays quick.
class Speller {
public:
    Speller(const std::vector<char32_t>& text, const std::u32string& query)
        : m_text(text)
        , m_query(query) {}

    bool from(std::size_t i, std::size_t j) {
        if (j == m_query.size())
            return true;
        if (i == m_text.size() || m_failed.contains({i, j}))
            return false;
        const char32_t c = m_text[i];
        bool ok = false;
        if (isLatinOrDigit(c)) {
            ok = lower(c) == m_query[j] && from(i + 1, j + 1);
        } else {
            for (std::string_view reading : readingsOf(c)) {
                for (std::size_t k = std::min(reading.size(), m_query.size() - j); k >= 1 && !ok; --k)
                    ok = std::equal(reading.begin(), reading.begin() + static_cast<std::ptrdiff_t>(k),
                                    m_query.begin() + static_cast<std::ptrdiff_t>(j),
                                    [](char a, char32_t b) { return static_cast<char32_t>(a) == b; }) &&
                         from(i + 1, j + k);
                if (ok)
                    break;
            }
        }
        if (!ok)
            m_failed.insert({i, j});
        return ok;
    }

private:
    const std::vector<char32_t>& m_text;
    const std::u32string& m_query;
    std::set<std::pair<std::size_t, std::size_t>> m_failed;
};

} // namespace

namespace {

// Every syllable a name may be spelt with (see spelledInPinyin), lower case.
const std::set<std::string, std::less<>>& nameSyllables() {
    static const std::set<std::string, std::less<>> syllables = [] {
        std::set<std::string, std::less<>> out;
        for (const Entry& e : kTable)
            for (std::string_view reading : readingsOf(e.character))
                out.emplace(reading);
        for (const char* interjection : {"m", "n", "ng", "hm", "hng"})
            out.erase(interjection);
        for (const char* more : {"ei", "chua", "nun", "rua", "zhei", "lyu", "nyu", "lue", "nue"})
            out.emplace(more);
        return out;
    }();
    return syllables;
}

} // namespace

bool spelledInPinyin(std::string_view word, bool truncated) {
    if (word.empty())
        return false;
    std::string lowered;
    for (char c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
        lowered += static_cast<char>(c | 0x20);
    }
    const auto& syllables = nameSyllables();
    constexpr std::size_t kLongest = 6; // "chuang", "shuang", "zhuang"
    // ends[i]: the first i letters are whole syllables.
    std::vector<bool> ends(lowered.size() + 1, false);
    ends[0] = true;
    for (std::size_t i = 0; i < lowered.size(); ++i) {
        if (!ends[i])
            continue;
        for (std::size_t n = 1; n <= kLongest && i + n <= lowered.size(); ++n)
            if (syllables.contains(std::string_view(lowered).substr(i, n)))
                ends[i + n] = true;
        // A name cut at its field's end: its last syllable may be cut too.
        if (truncated && lowered.size() - i < kLongest) {
            const std::string_view rest = std::string_view(lowered).substr(i);
            const auto it = syllables.lower_bound(rest);
            if (it != syllables.end() && it->starts_with(rest))
                return true;
        }
    }
    return ends.back();
}

std::string_view pinyinOf(char32_t character) {
    const auto* end = std::end(kTable);
    const auto* it = std::lower_bound(std::begin(kTable), end, character,
                                      [](const Entry& e, char32_t c) { return e.character < c; });
    return it != end && it->character == character ? std::string_view(it->readings) : std::string_view();
}

std::u32string codePoints(std::string_view utf8) {
    const std::string text(utf8);
    Poco::UTF8Encoding encoding;
    std::u32string out;
    for (Poco::TextIterator it(text, encoding), end(text); it != end; ++it)
        out.push_back(static_cast<char32_t>(*it < 0 ? 0xFFFD : *it));
    return out;
}

TextMatch matchText(std::u32string_view text, std::u32string_view query) {
    // The query as typed: hanzi are looked for as written, anything else spells.
    std::u32string spelled, written;
    bool hasHanzi = false;
    for (const char32_t c : query) {
        if (isLatinOrDigit(c)) {
            spelled.push_back(lower(c));
            written.push_back(c);
        } else if (counts(c)) {
            hasHanzi = true;
            written.push_back(c);
        }
    }
    if (written.empty())
        return {};
    if (hasHanzi) {
        const std::size_t at = text.find(written);
        return at == std::u32string_view::npos ? TextMatch{} : TextMatch{true, at, true};
    }
    // The characters that take part, each with where it is in the text.
    std::vector<char32_t> kept;
    std::vector<std::size_t> where;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (counts(text[i])) {
            kept.push_back(text[i]);
            where.push_back(i);
        }
    Speller speller(kept, spelled);
    for (std::size_t i = 0; i < kept.size(); ++i)
        if (speller.from(i, 0))
            return {true, where[i], false};
    return {};
}

} // namespace ow
