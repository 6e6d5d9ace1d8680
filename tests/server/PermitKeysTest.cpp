// The issuers' permit keys on the server: private halves in files only their owner can read, public halves served
// to anyone as a JWKS, rotation by kid.
#include "TestServer.h"

#include "domain/Json.h"
#include "permit/PermitToken.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ow;
using namespace ow::testing;

TEST(PermitKeys, PrivateKeysStayInOwnerOnlyFilesAndAnyoneGetsThePublicOnes) {
    TestServer server;
    auto& keys = server.context().permitKeys;
    const std::string kid = keys.generate("qbj-zwfw", std::nullopt, nowUtcMs());
    const auto file = std::filesystem::path(server.database().keyDirectory()) / (kid + ".pem");
    ASSERT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    EXPECT_THROW(keys.generate("qbj-zwfw", kid, nowUtcMs()), std::invalid_argument); // a kid is used once
    EXPECT_THROW(keys.generate("qbj-zwfw", std::string("../escape"), nowUtcMs()), std::invalid_argument);

    HttpClient http(server.port());
    auto jwks = http.get("/api/v1/keys"); // no token: a scanner on the road has no account
    ASSERT_EQ(jwks.status, 200) << jwks.body;
    EXPECT_EQ(jwks.body.find("PRIVATE"), std::string::npos);
    const auto list = jwks.json()->getArray("keys");
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->getObject(0)->getValue<std::string>("kid"), kid);
    EXPECT_FALSE(list->getObject(0)->has("d")); // the private scalar is never served

    // A permit signed with the issuer's key verifies with what the server serves; after a new key, both do.
    const PermitClaims claims{"QBJ-2026-000001", "dajian",     "王磊 (110105********002X)",
                              "qbj-zwfw",        "2026-11-01", "2027-10-31"};
    const std::string first = signPermit(claims, *keys.signingKey("qbj-zwfw"));
    const std::string next = keys.generate("qbj-zwfw", std::string("qbj-zwfw-2027"), nowUtcMs() + 1000);
    EXPECT_EQ(keys.signingKey("qbj-zwfw")->kid, next);
    const std::string second = signPermit(claims, *keys.signingKey("qbj-zwfw"));
    const PermitKeyRing served = PermitKeyRing::fromJwks(http.get("/api/v1/keys").json());
    EXPECT_EQ(verifyPermit(first, served, "2026-11-27").verdict, PermitVerdict::Valid);
    const PermitCheck fresh = verifyPermit(second, served, "2026-11-27");
    EXPECT_EQ(fresh.verdict, PermitVerdict::Valid);
    EXPECT_EQ(fresh.kid, next);
    EXPECT_FALSE(keys.signingKey("nobody").has_value());
}
