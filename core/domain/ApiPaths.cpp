#include "domain/ApiPaths.h"

#include <stdexcept>

namespace ow::api {
namespace {

void appendSegment(std::string& out, std::string_view value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
}

} // namespace

std::string path(std::string_view pattern, const std::vector<std::string_view>& values) {
    std::string out;
    auto value = values.begin();
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] != '{') {
            out += pattern[i++];
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos || value == values.end())
            throw std::invalid_argument("the path " + std::string(pattern) + " needs more values");
        appendSegment(out, *value++);
        i = close + 1;
    }
    if (value != values.end())
        throw std::invalid_argument("the path " + std::string(pattern) + " takes fewer values");
    return out;
}

std::string withStep(std::string_view pattern, std::string_view step) {
    const std::size_t at = pattern.rfind("{step}");
    if (at == std::string_view::npos)
        throw std::invalid_argument("the path " + std::string(pattern) + " has no step");
    return std::string(pattern.substr(0, at)) + std::string(step) + std::string(pattern.substr(at + 6));
}

} // namespace ow::api
