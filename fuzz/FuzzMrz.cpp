// What the scanner makes text of: machine readable zones as OCR gives them (lines of any text, split at newlines),
// the weighing of look-alikes by height, and a code's bytes in an undeclared charset.
#include "Mrz.h"
#include "TextCharset.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ow::scan::DecodedText decoded = ow::scan::decodeUndeclared(bytes);
    if (decoded.charset != "unknown" && !ow::scan::isValidUtf8(decoded.text))
        __builtin_trap(); // whatever it decided, the text it gives is UTF-8
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line) && lines.size() < 4;)
        lines.push_back(line);
    (void)ow::scan::parseMrz(lines);
    (void)ow::scan::resolveMrz({lines, lines});
    // Each line's characters as one position's readings; heights from the bytes themselves (any value).
    std::vector<std::vector<std::string>> candidates;
    std::vector<std::vector<double>> heights;
    for (const std::string& line : lines) {
        candidates.emplace_back();
        heights.emplace_back();
        for (char c : line) {
            candidates.back().push_back(std::string(1, c) + "0O");
            heights.back().push_back(static_cast<double>(static_cast<signed char>(c)));
        }
    }
    ow::scan::weighLookAlikes(candidates, heights);
    (void)ow::scan::resolveMrz(candidates);
    if (!lines.empty()) {
        (void)ow::scan::mrzCheckDigit(lines.front());
        (void)ow::scan::mrzDate(lines.front().substr(0, 6), 2026, 20);
    }
    return 0;
}
