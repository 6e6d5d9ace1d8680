#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ow {

// What the administrator's screen shows as a QR code for a new device, and the setup dialog reads back (by camera or
// by a barcode reader typing it): the server's address and the one-time code in one text,
// "onewindow://enroll/?server=https%3A%2F%2Fhall.example%3A8443&code=ABCD-EFGH-JKLM".
struct EnrollLink {
    std::string server; // http:// or https://
    std::string code;
};

std::string makeEnrollLink(const EnrollLink& link);
// Nothing for any other text (a plain code typed by hand is not a link).
std::optional<EnrollLink> parseEnrollLink(std::string_view text);

} // namespace ow
