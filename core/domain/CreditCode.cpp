#include "domain/CreditCode.h"

#include <array>
#include <string>

namespace ow {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(char c) {
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

} // namespace

char CreditCode::checkCharacter(std::string_view first17) {
    int sum = 0;
    for (std::size_t i = 0; i < 17 && i < first17.size(); ++i)
        sum += valueOf(first17[i]) * kWeights[i];
    return kAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

CreditCode::Problem CreditCode::check(std::string_view text) {
    std::string code;
    for (char c : text)
        code.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    if (code.size() != 18)
        return Problem::Length;
    for (char c : code)
        if (valueOf(c) < 0)
            return Problem::Characters;
    return checkCharacter(code) == code[17] ? Problem::None : Problem::CheckCharacter;
}

} // namespace ow
