// Permit codes as a scanner on the road reads them: any bytes at all, checked against a trusted key.
#include "permit/PermitToken.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const ow::PermitKeyRing ring = [] {
        ow::PermitKeyRing r;
        r.add(ow::PermitKey::fromPublicJwk(ow::PermitKey::generate("demo", "demo-1").publicJwk()));
        return r;
    }();
    const std::string token(reinterpret_cast<const char*>(data), size);
    const ow::PermitCheck check = ow::verifyPermit(token, ring, "2026-11-27");
    (void)check.genuine();
    (void)ow::checkFirstPermit({token, token + "."}, ring, "2026-11-27");
    return 0;
}
