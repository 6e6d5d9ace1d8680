// The identity rules read from typed, scanned and QR-read text: ID numbers (GB 11643), credit codes (GB 32100), case
// numbers (ISO 7064), and the masks shown on screen.
#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "domain/Masking.h"
#include "domain/Permit.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)ow::IdNumber::check(text, "2026-11-27");
    if (const auto id = ow::IdNumber::normalize(text, "2026-11-27")) {
        (void)ow::IdNumber::birthDate(*id);
        (void)ow::IdNumber::isMale(*id);
    }
    (void)ow::IdNumber::masked(text);
    (void)ow::CreditCode::check(text);
    if (const auto number = ow::CaseNumber::parse(text))
        if (number->text() != text)
            __builtin_trap(); // a number that parses prints back the same
    (void)ow::maskedPhone(text);
    (void)ow::maskedPersonName(text);
    return 0;
}
