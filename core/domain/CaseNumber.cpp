#include "domain/CaseNumber.h"

#include <cstdint>

#include "domain/WorkCalendar.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <random>
#include <vector>

namespace ow {
namespace {

bool alnumUpper(std::string_view s, std::size_t minLen, std::size_t maxLen) {
    if (s.size() < minLen || s.size() > maxLen)
        return false;
    for (char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

} // namespace

std::string CaseNumber::checkDigits(std::string_view body) {
    // ISO 7064 MOD 97-10 over the letters and digits (A=10 ... Z=35), separators ignored.
    int remainder = 0;
    auto feed = [&](int digit) { remainder = (remainder * 10 + digit) % 97; };
    for (char c : body) {
        if (c >= '0' && c <= '9') {
            feed(c - '0');
        } else if (c >= 'A' && c <= 'Z') {
            const int value = c - 'A' + 10;
            feed(value / 10);
            feed(value % 10);
        }
    }
    feed(0);
    feed(0);
    char digits[8];
    std::snprintf(digits, sizeof digits, "%02d", 98 - remainder);
    return digits;
}

std::string CaseNumber::text() const {
    char seq[16];
    std::snprintf(seq, sizeof seq, "%04d", sequence);
    const std::string body = hall + "-" + date + "-" + device + "-" + seq;
    return body + "-" + checkDigits(body);
}

std::optional<CaseNumber> CaseNumber::parse(std::string_view text) {
    const auto parts = split(text, '-');
    if (parts.size() != 5)
        return std::nullopt;
    if (!alnumUpper(parts[0], 1, 16) || parts[1].size() != 8 || !alnumUpper(parts[2], 1, 4) || parts[3].size() < 4 ||
        parts[3].size() > 6 || parts[4].size() != 2)
        return std::nullopt;
    const std::string iso = std::string(parts[1].substr(0, 4)) + "-" + std::string(parts[1].substr(4, 2)) + "-" +
                            std::string(parts[1].substr(6, 2));
    if (!parseIsoDate(iso))
        return std::nullopt;
    int sequence = 0;
    for (char c : parts[3]) {
        if (c < '0' || c > '9')
            return std::nullopt;
        sequence = sequence * 10 + (c - '0');
    }
    const std::string_view body = text.substr(0, text.size() - 3);
    if (sequence < 1 || checkDigits(body) != parts[4])
        return std::nullopt;
    CaseNumber number{std::string(parts[0]), std::string(parts[1]), std::string(parts[2]), sequence};
    if (number.text() != text)
        return std::nullopt; // one number, one way to write it: no extra leading zeros (found by fuzzing)
    return number;
}

std::string CaseNumber::deviceCode(std::string_view deviceId, std::optional<int> counter) {
    if (counter)
        return "C" + std::to_string(*counter);
    std::uint32_t hash = 2166136261u; // FNV-1a: stable everywhere
    for (unsigned char c : deviceId) {
        hash ^= c;
        hash *= 16777619u;
    }
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::string code = "S";
    for (int i = 0; i < 3; ++i) {
        code += kAlphabet[hash % 36];
        hash /= 36;
    }
    return code;
}

std::string makeQueryCode() {
    std::random_device random; // the kernel's generator: a code nobody can predict from the ones before
    std::uniform_int_distribution<int> digit(0, 9);
    std::string code(6, '0');
    for (char& c : code)
        c = static_cast<char>('0' + digit(random));
    return code;
}

bool isQueryCode(std::string_view text) {
    return text.size() == 6 && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string lookupCode(std::string_view given) {
    std::string code(given);
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    return code;
}

std::string idNumberTail(std::string_view idNumber) {
    return idNumber.size() < 4 ? std::string() : lookupCode(idNumber.substr(idNumber.size() - 4));
}

std::string CaseReference::text() const { return "OW-CASE:" + caseNo + (code.empty() ? "" : "/" + code); }

std::optional<CaseReference> CaseReference::parse(std::string_view text) {
    constexpr std::string_view prefix = "OW-CASE:";
    if (text.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    text.remove_prefix(prefix.size());
    CaseReference ref;
    const auto slash = text.find('/');
    ref.caseNo = std::string(text.substr(0, slash));
    if (slash != std::string_view::npos)
        ref.code = std::string(text.substr(slash + 1));
    if (ref.caseNo.empty())
        return std::nullopt;
    return ref;
}

} // namespace ow
