#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "permit/PermitToken.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ow::server {

// The issuers' permit-signing keys. The private halves are files in the key directory (Database::keyDirectory:
// <kid>.pem, mode 0600), never served and never logged; the public halves are rows, served as a JWKS. A new key of an
// issuer signs from then on; the older ones stay to verify what they signed.
class PermitKeyStore {
public:
    PermitKeyStore(Database& db, std::string keyDirectory)
        : m_db(db)
        , m_dir(std::move(keyDirectory)) {}

    // Makes an ES256 key of `issuer`; returns its kid (`kid`, or "<issuer>-<date>-<random>").
    std::string generate(const std::string& issuer, const std::optional<std::string>& kid, std::int64_t nowMs);
    bool hasKey(const std::string& issuer);
    // The public half of a key made elsewhere (a hall server's, sent up when it joins): kept to verify what it signs,
    // never to sign. Sent again, the same key is taken once; another key under a kid taken is refused (Conflict), as
    // is a key of another issuer than `issuer` (Invalid). Returns the kid.
    std::string addPublicKey(const std::string& issuer, const Poco::JSON::Object::Ptr& jwk, const Principal& by,
                             std::int64_t nowMs);
    PermitKeyRing publicKeys();
    // The newest key of the issuer with its private half, or nothing.
    std::optional<PermitKey> signingKey(const std::string& issuer);

private:
    Database& m_db;
    std::string m_dir;
};

} // namespace ow::server
