// How well the charset of a code without an ECI marker is told from its bytes (decodeUndeclared), on text it was
// never tuned on: the translated messages of the programs installed on this machine (gettext catalogs in
// /usr/share/locale), Chinese written in GBK, Japanese in Shift_JIS, German, French, Spanish and Portuguese in
// ISO-8859-1 — each message that the charset can write and that is not plain ASCII. Counts: told right (charset and
// text), "unknown" (the bytes given back), told wrong. A wrong answer is what matters most.
// The catalogs are split by name: the rules were looked at with the first half only (a-l); the second half and
// the languages never looked at are held out (the rows marked so: Italian was held out once, then looked at).
// usage: charset_bench [messages per language and set = 3000]   (CHARSET_BENCH_VERBOSE=1: each wrong one)
#include "TextCharset.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace ow::scan;
namespace fs = std::filesystem;

namespace {

// The translations in a gettext .mo catalog (UTF-8 in every catalog Debian ships).
std::vector<std::string> translations(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto word = [&](std::size_t at) -> std::uint32_t {
        if (at + 4 > data.size())
            return 0;
        std::uint32_t v;
        std::memcpy(&v, data.data() + at, 4);
        return v;
    };
    std::vector<std::string> out;
    if (word(0) != 0x950412de)
        return out;
    const std::uint32_t count = word(8), table = word(16);
    for (std::uint32_t i = 1; i < count; ++i) { // 0 is the catalog's header
        const std::uint32_t length = word(table + 8 * i), offset = word(table + 8 * i + 4);
        if (offset + static_cast<std::size_t>(length) <= data.size())
            out.emplace_back(data, offset, length);
    }
    return out;
}

struct Tally {
    int right = 0, unknown = 0, wrong = 0;
    std::map<std::string, int> wrongAs;
    double us = 0;
    std::size_t n() const { return static_cast<std::size_t>(right + unknown + wrong); }
};

// Messages written in `writeAs`, read back; what decodeUndeclared made of them.
Tally measure(const std::vector<fs::path>& catalogs, const char* writeAs, const std::string& expected,
              std::size_t limit, const char* label) {
    std::set<std::string> seen;
    std::vector<std::string> bytes, texts;
    for (const fs::path& catalog : catalogs)
        for (const std::string& message : translations(catalog)) {
            const std::string one = message.substr(0, message.find('\0')); // of plural forms, the first
            std::string written;
            if (bytes.size() >= limit || !seen.insert(one).second || !convertCharset(one, "UTF-8", writeAs, written) ||
                isValidUtf8(written))
                continue; // not writable in the charset, or plain ASCII (which is UTF-8 as well)
            bytes.push_back(written);
            texts.push_back(one);
        }
    Tally t;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const DecodedText decoded = decodeUndeclared(bytes[i]);
        if (decoded.charset == "unknown") {
            ++t.unknown;
        } else if (decoded.charset == expected && decoded.text == texts[i]) {
            ++t.right;
        } else {
            ++t.wrong;
            ++t.wrongAs[decoded.charset];
            if (std::getenv("CHARSET_BENCH_VERBOSE"))
                std::fprintf(stderr, "%s, as %s: %s\n", label, decoded.charset.c_str(), texts[i].c_str());
        }
    }
    t.us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    return t;
}

void print(const Tally& t) {
    if (t.n() == 0) {
        std::printf(" %6s %6s %6s %6s |", "-", "-", "-", "-");
        return;
    }
    std::printf(" %6zu %5.1f%% %5.1f%% %6d |", t.n(), 100.0 * t.right / t.n(), 100.0 * t.unknown / t.n(), t.wrong);
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t limit = argc > 1 ? static_cast<std::size_t>(std::atoi(argv[1])) : 3000;
    struct Language {
        const char* locale;
        const char* writeAs; // iconv name
        const char* expected;
        bool heldOutOnly; // a language the rules were never looked at with
    };
    const Language languages[] = {
        {"zh_CN", "GBK", "GB18030", false},        {"ja", "CP932", "Shift_JIS", false},
        {"de", "ISO-8859-1", "ISO-8859-1", false}, {"fr", "ISO-8859-1", "ISO-8859-1", false},
        {"es", "ISO-8859-1", "ISO-8859-1", false}, {"pt_BR", "ISO-8859-1", "ISO-8859-1", false},
        {"it", "ISO-8859-1", "ISO-8859-1", false}, {"zh_CN", "GB18030", "GB18030", true},
        {"nl", "ISO-8859-1", "ISO-8859-1", true},  {"sv", "ISO-8859-1", "ISO-8859-1", true},
        {"da", "ISO-8859-1", "ISO-8859-1", true},  {"ca", "ISO-8859-1", "ISO-8859-1", true},
        {"fi", "ISO-8859-1", "ISO-8859-1", true},  {"gl", "ISO-8859-1", "ISO-8859-1", true},
        {"nb", "ISO-8859-1", "ISO-8859-1", true},  {"eu", "ISO-8859-1", "ISO-8859-1", true}};
    std::printf("charset_bench: gettext messages of this machine's programs, written without an ECI marker\n");
    std::printf("  tuning: catalogs a-l of the first seven rows; held out: catalogs m-z, and the other rows whole\n");
    std::printf("  %-6s %-11s | %-29s | %-29s | %s\n", "lang", "written in", "  tuning: n  right unkn. wrong",
                "held out: n  right unkn. wrong", "us/msg");
    int wrongTuning = 0, wrongHeldOut = 0;
    for (const Language& language : languages) {
        std::vector<fs::path> tuning, heldOut;
        std::error_code ec;
        for (const auto& entry :
             fs::directory_iterator(fs::path("/usr/share/locale") / language.locale / "LC_MESSAGES", ec))
            if (entry.path().extension() == ".mo") {
                const char first = static_cast<char>(std::tolower(entry.path().filename().string()[0]));
                (!language.heldOutOnly && first < 'm' ? tuning : heldOut).push_back(entry.path());
            }
        std::sort(tuning.begin(), tuning.end());
        std::sort(heldOut.begin(), heldOut.end());
        const Tally a = measure(tuning, language.writeAs, language.expected, limit, "tuning");
        const Tally b = measure(heldOut, language.writeAs, language.expected, limit, "held out");
        std::printf("  %-6s %-11s |", language.locale, language.writeAs);
        print(a);
        print(b);
        std::printf(" %5.1f", (a.n() + b.n()) ? (a.us + b.us) / static_cast<double>(a.n() + b.n()) : 0.0);
        for (const Tally* t : {&a, &b})
            for (const auto& [as, n] : t->wrongAs)
                std::printf("  (%s: %d as %s)", t == &a ? "tuning" : "held out", n, as.c_str());
        std::printf("\n");
        wrongTuning += a.wrong;
        wrongHeldOut += b.wrong;
    }
    std::printf("  told wrong: %d on the tuning set, %d held out\n", wrongTuning, wrongHeldOut);
    return 0;
}
