#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ow {

// The written rules for the accounts of a hall's staff, checked where a password or a name is set (the admin
// screens, the server's routes, `admin add-staff`), so that a person hears the same rule everywhere.

// A user name (工号): 1–64 of a–z, A–Z, 0–9, '.', '_' and '-', beginning with a letter or a digit.
bool isValidUserName(std::string_view user);

// A password: at least kMinPasswordLength characters (not bytes) and at most 128 bytes; not containing the user
// name (in any case); and at least two kinds among letters, digits and other characters — so neither "aaaaaaaaaa"
// nor "1234567890" passes.
inline constexpr int kMinPasswordLength = 10;
enum class PasswordProblem { TooShort, TooLong, ContainsUserName, TooSimple };
std::optional<PasswordProblem> passwordProblem(std::string_view user, std::string_view password);
// The rule broken, as a sentence (English; the client says it in the person's language).
std::string describe(PasswordProblem problem);

} // namespace ow
