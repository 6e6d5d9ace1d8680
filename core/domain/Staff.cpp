#include "domain/Staff.h"

#include <algorithm>
#include <cctype>

namespace ow {

bool isValidUserName(std::string_view user) {
    if (user.empty() || user.size() > 64 || !std::isalnum(static_cast<unsigned char>(user.front())))
        return false;
    return std::all_of(user.begin(), user.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    });
}

std::optional<PasswordProblem> passwordProblem(std::string_view user, std::string_view password) {
    if (password.size() > 128)
        return PasswordProblem::TooLong;
    // Characters, not bytes: a continuation byte of UTF-8 (10xxxxxx) does not start one.
    const auto characters = std::count_if(password.begin(), password.end(),
                                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    if (characters < kMinPasswordLength)
        return PasswordProblem::TooShort;
    auto lower = [](std::string_view text) {
        std::string out(text);
        std::transform(out.begin(), out.end(), out.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        return out;
    };
    if (!user.empty() && lower(password).find(lower(user)) != std::string::npos)
        return PasswordProblem::ContainsUserName;
    bool letter = false, digit = false, other = false;
    for (const char c : password) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isdigit(u))
            digit = true;
        else if (std::isalpha(u))
            letter = true;
        else
            other = true;
    }
    if (int(letter) + int(digit) + int(other) < 2)
        return PasswordProblem::TooSimple;
    return std::nullopt;
}

std::string describe(PasswordProblem problem) {
    switch (problem) {
    case PasswordProblem::TooShort:
        return "a password has at least " + std::to_string(kMinPasswordLength) + " characters";
    case PasswordProblem::TooLong: return "a password has at most 128 bytes";
    case PasswordProblem::ContainsUserName: return "a password must not contain the user name";
    case PasswordProblem::TooSimple: return "a password mixes at least two of letters, digits and other characters";
    }
    return "the password does not follow the rules";
}

} // namespace ow
