#include "domain/IdNumber.h"

#include "domain/Region.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

namespace ow {
namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

bool allDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

int number(std::string_view digits) {
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

std::string cleaned(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == ' ')
            continue;
        out.push_back(c == 'x' ? 'X' : c);
    }
    return out;
}

bool validDate(int y, int m, int d, std::string_view todayIso) {
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y < 1900)
        return false;
    char iso[40];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    return std::string_view(iso) <= todayIso;
}

} // namespace

char IdNumber::checkCharacter(std::string_view first17) {
    int sum = 0;
    for (std::size_t i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17[i] - '0') * kWeights[i];
    return "10X98765432"[sum % 11];
}

IdNumber::Problem IdNumber::check(std::string_view text, std::string_view todayIso) {
    const std::string id = cleaned(text);
    if (id.size() == 15) {
        if (!allDigits(id))
            return Problem::Characters;
        const int year = 1900 + number(std::string_view(id).substr(6, 2));
        if (!validDate(year, number(std::string_view(id).substr(8, 2)), number(std::string_view(id).substr(10, 2)),
                       todayIso))
            return Problem::BirthDate;
        if (!Region::fitsIdNumber(number(std::string_view(id).substr(0, 6)), year))
            return Problem::Region;
        return Problem::None;
    }
    if (id.size() != 18)
        return Problem::Length;
    const std::string_view v(id);
    if (!allDigits(v.substr(0, 17)) || !(allDigits(v.substr(17)) || v[17] == 'X'))
        return Problem::Characters;
    const int year = number(v.substr(6, 4));
    if (!validDate(year, number(v.substr(10, 2)), number(v.substr(12, 2)), todayIso))
        return Problem::BirthDate;
    if (!Region::fitsIdNumber(number(v.substr(0, 6)), year))
        return Problem::Region;
    if (checkCharacter(v) != v[17])
        return Problem::CheckCharacter;
    return Problem::None;
}

std::optional<std::string> IdNumber::normalize(std::string_view text, std::string_view todayIso) {
    if (check(text, todayIso) != Problem::None)
        return std::nullopt;
    std::string id = cleaned(text);
    if (id.size() == 15) {
        id = id.substr(0, 6) + "19" + id.substr(6);
        id.push_back(checkCharacter(id));
    }
    return id;
}

std::string IdNumber::birthDate(std::string_view id18) {
    return std::string(id18.substr(6, 4)) + "-" + std::string(id18.substr(10, 2)) + "-" +
           std::string(id18.substr(12, 2));
}

bool IdNumber::isMale(std::string_view id18) { return (id18[16] - '0') % 2 == 1; }

std::string IdNumber::masked(std::string_view id) {
    if (id.size() < 10)
        return std::string(id.size(), '*');
    return std::string(id.substr(0, 6)) + std::string(id.size() - 10, '*') + std::string(id.substr(id.size() - 4));
}

} // namespace ow
