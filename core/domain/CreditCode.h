#pragma once

#include <string_view>

namespace ow {

// Unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from
// 0-9 and the capitals without I, O, Z, S, V; the last is a MOD 31 check character.
class CreditCode {
public:
    enum class Problem { None, Length, Characters, CheckCharacter };

    static Problem check(std::string_view text); // lower case accepted
    static bool isValid(std::string_view text) { return check(text) == Problem::None; }
    // The check character for the first 17 characters (which must be from the alphabet).
    static char checkCharacter(std::string_view first17);
};

} // namespace ow
