// Machine readable zones as OCR gives them: lines of any text, split at newlines.
#include "Mrz.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line) && lines.size() < 4;)
        lines.push_back(line);
    (void)ow::scan::parseMrz(lines);
    (void)ow::scan::resolveMrz({lines, lines});
    if (!lines.empty()) {
        (void)ow::scan::mrzCheckDigit(lines.front());
        (void)ow::scan::mrzDate(lines.front().substr(0, 6), 2026, 20);
    }
    return 0;
}
