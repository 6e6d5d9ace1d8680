// Verifying a permit code offline (signature + claims), per token. Target: < 1 ms.
#include "permit/PermitToken.h"

#include <chrono>
#include <cstdio>

using namespace ow;

int main() {
    const PermitKey key = PermitKey::generate("qbj-zwfw", "qbj-2026");
    PermitKeyRing trusted;
    trusted.add(PermitKey::fromPublicJwk(key.publicJwk()));
    const std::string token = signPermit(
        {"QBJ-2026-000123", "dajian", "王磊 (110105********002X)", "qbj-zwfw", "2026-11-01", "2027-10-31"}, key);
    constexpr int kRuns = 2000;
    int valid = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRuns; ++i)
        valid += verifyPermit(token, trusted, "2026-11-27").verdict == PermitVerdict::Valid;
    const double us =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / kRuns;
    std::printf("permit_bench: %d of %d verified, %.1f µs per token (target < 1000 µs); token %zu characters\n", valid,
                kRuns, us, token.size());
    return valid == kRuns ? 0 : 1;
}
