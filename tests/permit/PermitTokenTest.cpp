// Permit codes checked offline: the genuine one passes, and every way of forging or changing one is refused with
// its reason.
#include "permit/PermitToken.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <gtest/gtest.h>

#include <sstream>

using namespace ow;

namespace {

PermitClaims sampleClaims() {
    return {"QBJ-2026-000123", "dajian",     "成都青白江云帆物流有限公司 (91510113MA6C****0X)",
            "qbj-zwfw",        "2026-11-01", "2027-10-31"};
}

std::string base64url(const std::string& text) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    encoder.rdbuf()->setLineLength(0);
    encoder << text;
    encoder.close();
    return out.str();
}

class PermitTokenTest : public ::testing::Test {
protected:
    PermitKey key = PermitKey::generate("qbj-zwfw", "qbj-2026");
    PermitKeyRing trusted = [this] {
        PermitKeyRing ring;
        ring.add(PermitKey::fromPublicJwk(key.publicJwk())); // the scanner has the public half only
        return ring;
    }();
};

} // namespace

TEST_F(PermitTokenTest, AGenuinePermitVerifiesWithThePublicKeyOnly) {
    const std::string token = signPermit(sampleClaims(), key);
    const PermitCheck check = verifyPermit(token, trusted, "2026-11-27");
    EXPECT_EQ(check.verdict, PermitVerdict::Valid) << check.reason;
    EXPECT_EQ(check.kid, "qbj-2026");
    EXPECT_EQ(check.claims.id, "QBJ-2026-000123");
    EXPECT_EQ(check.claims.holder, sampleClaims().holder);
    // A person's permit is small enough for a QR code of version ≤ 12 at level M (≤ 287 bytes in byte mode).
    PermitClaims person = sampleClaims();
    person.holder = "王磊 (110105********002X)";
    EXPECT_LE(signPermit(person, key).size(), 287u);
    // The key set survives its JSON form, and the private key its PEM.
    const PermitKeyRing again = PermitKeyRing::fromJwks(trusted.toJwks());
    EXPECT_EQ(verifyPermit(token, again, "2026-11-27").verdict, PermitVerdict::Valid);
    const PermitKey reloaded = PermitKey::fromPrivatePem(key.privatePem(), key.issuer, key.kid);
    EXPECT_EQ(verifyPermit(signPermit(sampleClaims(), reloaded), trusted, "2026-11-27").verdict, PermitVerdict::Valid);
}

TEST_F(PermitTokenTest, AChangedCharacterAnywhereIsRefused) {
    const std::string token = signPermit(sampleClaims(), key);
    int refused = 0;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '.')
            continue;
        std::string changed = token;
        changed[i] = changed[i] == 'A' ? 'B' : 'A';
        const PermitCheck check = verifyPermit(changed, trusted, "2026-11-27");
        refused += check.verdict != PermitVerdict::Valid;
        EXPECT_NE(check.verdict, PermitVerdict::Valid) << "position " << i;
    }
    EXPECT_EQ(refused, static_cast<int>(token.size()) - 2);
    EXPECT_EQ(verifyPermit("not a token", trusted, "2026-11-27").verdict, PermitVerdict::Malformed);
    EXPECT_EQ(verifyPermit("a.b.c.d", trusted, "2026-11-27").verdict, PermitVerdict::Malformed);
}

TEST_F(PermitTokenTest, UnknownKeysNoneAndAlgorithmConfusionAreRefused) {
    // A key nobody trusts, under a kid nobody knows, and under the trusted kid.
    const PermitKey stranger = PermitKey::generate("qbj-zwfw", "someone-else");
    EXPECT_EQ(verifyPermit(signPermit(sampleClaims(), stranger), trusted, "2026-11-27").verdict,
              PermitVerdict::UnknownKey);
    const PermitKey impostor = PermitKey::generate("qbj-zwfw", "qbj-2026");
    EXPECT_EQ(verifyPermit(signPermit(sampleClaims(), impostor), trusted, "2026-11-27").verdict,
              PermitVerdict::BadSignature);
    // alg "none", no signature.
    const std::string payload =
        base64url(R"({"iss":"qbj-zwfw","p":["QBJ-2026-000123","dajian","x",20261101,20271031]})");
    const std::string none = base64url(R"({"alg":"none","typ":"JWT","kid":"qbj-2026"})") + "." + payload + ".";
    EXPECT_EQ(verifyPermit(none, trusted, "2026-11-27").verdict, PermitVerdict::WrongAlgorithm);
    // HS256 with the issuer's public key as the shared secret.
    std::ostringstream publicPem;
    key.key->save(&publicPem);
    Poco::JWT::Token forged;
    forged.setType("JWT");
    forged.header().set("kid", std::string("qbj-2026"));
    forged.payload().set("jti", std::string("QBJ-2026-000123"));
    forged.payload().set("iss", std::string("qbj-zwfw"));
    const std::string hs256 = Poco::JWT::Signer(publicPem.str()).sign(forged, Poco::JWT::Signer::ALGO_HS256);
    const PermitCheck confusion = verifyPermit(hs256, trusted, "2026-11-27");
    EXPECT_EQ(confusion.verdict, PermitVerdict::WrongAlgorithm);
    EXPECT_NE(confusion.reason.find("HS256"), std::string::npos);
}

TEST_F(PermitTokenTest, AnotherIssuersPermitAndDatesOutsideItsValidityAreSaidSo) {
    PermitClaims claims = sampleClaims();
    claims.issuer = "another-hall";
    EXPECT_EQ(verifyPermit(signPermit(claims, key), trusted, "2026-11-27").verdict, PermitVerdict::WrongIssuer);
    const std::string token = signPermit(sampleClaims(), key);
    const PermitCheck early = verifyPermit(token, trusted, "2026-10-31");
    EXPECT_EQ(early.verdict, PermitVerdict::NotYetValid);
    EXPECT_TRUE(early.genuine());
    const PermitCheck late = verifyPermit(token, trusted, "2027-11-01");
    EXPECT_EQ(late.verdict, PermitVerdict::Expired);
    EXPECT_EQ(late.claims.validTo, "2027-10-31");
    EXPECT_EQ(verifyPermit(token, trusted, "2027-10-31").verdict, PermitVerdict::Valid); // the last day counts
}

TEST_F(PermitTokenTest, ARetiredKeyStillVerifiesThePermitsItSigned) {
    const std::string old = signPermit(sampleClaims(), key);
    const PermitKey next = PermitKey::generate("qbj-zwfw", "qbj-2027");
    trusted.add(PermitKey::fromPublicJwk(next.publicJwk()));
    EXPECT_EQ(verifyPermit(old, trusted, "2026-11-27").verdict, PermitVerdict::Valid);
    const PermitCheck fresh = verifyPermit(signPermit(sampleClaims(), next), trusted, "2026-11-27");
    EXPECT_EQ(fresh.verdict, PermitVerdict::Valid);
    EXPECT_EQ(fresh.kid, "qbj-2027");
    EXPECT_THROW(PermitKey::fromPublicJwk(nullptr), std::invalid_argument);
}
