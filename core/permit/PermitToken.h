#pragma once

#include <Poco/Crypto/ECKey.h>
#include <Poco/JSON/Object.h>
#include <Poco/SharedPtr.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ow {

// What a permit's QR code says (kept small so that the code stays at QR version ≤ 12, level M).
struct PermitClaims {
    std::string id;        // permit number
    std::string type;      // permit type code
    std::string holder;    // as printed: a name with the ID number masked, or an enterprise with its credit code
    std::string issuer;    // the issuing authority's id (the key's issuer)
    std::string validFrom; // ISO dates, inclusive
    std::string validTo;
};

// An ES256 (P-256) key of an issuer, named by `kid`; the private half only where permits are signed.
struct PermitKey {
    std::string kid;
    std::string issuer;
    Poco::SharedPtr<Poco::Crypto::ECKey> key;
    std::string issuerName = {}; // what people read: "青白江区政务服务中心" (the JWK's "iss_name"); may be empty

    static PermitKey generate(const std::string& issuer, const std::string& kid);
    // The private key as PEM (for the key file, mode 0600) and back with its public half.
    std::string privatePem() const;
    static PermitKey fromPrivatePem(const std::string& pem, const std::string& issuer, const std::string& kid);
    // The public half as a JWK {"kty":"EC","crv":"P-256","x","y","kid","alg":"ES256","use":"sig","iss","iss_name"?}
    // and back ("iss_name", the issuer's name for people, is a member of ours that other JWK readers ignore).
    Poco::JSON::Object::Ptr publicJwk() const;
    static PermitKey fromPublicJwk(const Poco::JSON::Object::Ptr& jwk); // throws std::invalid_argument
};

// The public keys a scanner trusts, by kid (a retired key stays to verify the permits it signed).
class PermitKeyRing {
public:
    void add(const PermitKey& key) { m_keys[key.kid] = key; }
    const PermitKey* find(const std::string& kid) const;
    Poco::JSON::Object::Ptr toJwks() const;                             // {"keys":[…]}
    static PermitKeyRing fromJwks(const Poco::JSON::Object::Ptr& jwks); // throws std::invalid_argument
    bool empty() const { return m_keys.empty(); }

private:
    std::map<std::string, PermitKey> m_keys;
};

// A compact JWT, ES256: header {"alg":"ES256","kid"}, claims {"p":[id, type, holder, from, to]} (dates as 20261101);
// the issuer is the key's, and "iss" is written only when the claims name another (which verifying refuses). A
// person's permit comes to about 240 characters: QR version ≤ 12 at level M (287 bytes).
std::string signPermit(const PermitClaims& claims, const PermitKey& signingKey);

enum class PermitVerdict {
    Valid,
    Malformed,
    WrongAlgorithm,
    UnknownKey,
    BadSignature,
    WrongIssuer,
    NotYetValid,
    Expired
};
const char* permitVerdictName(PermitVerdict verdict); // "valid", "malformed", "wrong_algorithm", …

struct PermitCheck {
    std::string token; // the code as read
    PermitVerdict verdict = PermitVerdict::Malformed;
    std::string reason; // a sentence for the officer
    std::string kid;
    std::string issuerName; // the key's issuer as people read it, when the key names it
    PermitClaims claims;    // filled once the signature holds
    bool genuine() const {
        return verdict == PermitVerdict::Valid || verdict == PermitVerdict::Expired ||
               verdict == PermitVerdict::NotYetValid;
    }
};

// Checks a token offline: only ES256, a known kid, the signature over every character, the issuer of the key, and
// the validity dates against `today` (ISO date).
PermitCheck verifyPermit(const std::string& token, const PermitKeyRing& keys, const std::string& today);

// The check of the first of `codes` (the texts of the codes read on one picture) that is a permit code at all —
// others, a receipt's or a product's, are passed over —, or nothing when none is.
// What the public status route asks with a permit's number (?proof=): the SHA-256 of its code in hex, which only
// whoever holds the code can give — the numbers themselves follow a pattern and could be walked.
std::string permitProof(std::string_view token);

std::optional<PermitCheck> checkFirstPermit(const std::vector<std::string>& codes, const PermitKeyRing& keys,
                                            const std::string& today);

} // namespace ow
