#include "permit/PermitToken.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/SHA2Engine.h>

#include <sstream>
#include <stdexcept>

namespace ow {
namespace {

// DER of a P-256 SubjectPublicKeyInfo up to the uncompressed point: id-ecPublicKey, prime256v1, BIT STRING.
const unsigned char kSpkiPrefix[] = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
                                     0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00};
constexpr std::size_t kCoordinate = 32;

std::string base64(const std::string& bytes, int options) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, options);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return out.str();
}

std::string unbase64(const std::string& text, int options) {
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in, options);
    std::string out;
    char c;
    while (decoder.get(c))
        out.push_back(c);
    return out;
}

std::string base64url(const std::string& bytes) {
    return base64(bytes, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
}
std::string unbase64url(const std::string& text) {
    return unbase64(text, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
}

std::string publicPem(const Poco::Crypto::ECKey& key) {
    std::ostringstream pub;
    key.save(&pub);
    return pub.str();
}

// The DER bytes inside a PEM block.
std::string pemBody(const std::string& pem) {
    std::istringstream in(pem);
    std::string line, body;
    while (std::getline(in, line))
        if (!line.empty() && line.rfind("-----", 0) != 0)
            body += line;
    return unbase64(body, 0);
}

std::string stringClaim(const Poco::JSON::Object& o, const char* key) {
    return o.has(key) && o.get(key).isString() ? o.getValue<std::string>(key) : std::string();
}

PermitCheck refuse(PermitVerdict verdict, std::string reason, std::string kid = {}) {
    PermitCheck check;
    check.verdict = verdict;
    check.reason = std::move(reason);
    check.kid = std::move(kid);
    return check;
}

} // namespace

PermitKey PermitKey::generate(const std::string& issuer, const std::string& kid) {
    return {kid, issuer, new Poco::Crypto::ECKey("prime256v1")};
}

std::string PermitKey::privatePem() const {
    std::ostringstream pub, priv;
    key->save(&pub, &priv);
    return priv.str();
}

PermitKey PermitKey::fromPrivatePem(const std::string& pem, const std::string& issuer, const std::string& kid) {
    std::istringstream priv(pem);
    return {kid, issuer, new Poco::Crypto::ECKey(nullptr, &priv)};
}

Poco::JSON::Object::Ptr PermitKey::publicJwk() const {
    const std::string der = pemBody(publicPem(*key));
    if (der.size() != sizeof(kSpkiPrefix) + 1 + 2 * kCoordinate)
        throw std::invalid_argument("not a P-256 public key");
    const std::string point = der.substr(sizeof(kSpkiPrefix) + 1);
    Poco::JSON::Object::Ptr jwk = new Poco::JSON::Object(true);
    jwk->set("kty", std::string("EC"));
    jwk->set("crv", std::string("P-256"));
    jwk->set("x", base64url(point.substr(0, kCoordinate)));
    jwk->set("y", base64url(point.substr(kCoordinate)));
    jwk->set("kid", kid);
    jwk->set("alg", std::string("ES256"));
    jwk->set("use", std::string("sig"));
    jwk->set("iss", issuer);
    if (!issuerName.empty())
        jwk->set("iss_name", issuerName);
    return jwk;
}

PermitKey PermitKey::fromPublicJwk(const Poco::JSON::Object::Ptr& jwk) {
    if (!jwk || stringClaim(*jwk, "kty") != "EC" || stringClaim(*jwk, "crv") != "P-256")
        throw std::invalid_argument("a permit key is an EC key on P-256");
    const std::string x = unbase64url(stringClaim(*jwk, "x")), y = unbase64url(stringClaim(*jwk, "y"));
    if (x.size() != kCoordinate || y.size() != kCoordinate)
        throw std::invalid_argument("x and y are 32 bytes each");
    const std::string der =
        std::string(reinterpret_cast<const char*>(kSpkiPrefix), sizeof(kSpkiPrefix)) + '\x04' + x + y;
    std::istringstream pem("-----BEGIN PUBLIC KEY-----\n" + base64(der, 0) + "\n-----END PUBLIC KEY-----\n");
    try {
        return {stringClaim(*jwk, "kid"), stringClaim(*jwk, "iss"), new Poco::Crypto::ECKey(&pem),
                jwk->has("iss_name") ? stringClaim(*jwk, "iss_name") : std::string()};
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("not a point on P-256: " + e.displayText());
    }
}

const PermitKey* PermitKeyRing::find(const std::string& kid) const {
    const auto it = m_keys.find(kid);
    return it == m_keys.end() ? nullptr : &it->second;
}

Poco::JSON::Object::Ptr PermitKeyRing::toJwks() const {
    Poco::JSON::Array::Ptr keys = new Poco::JSON::Array;
    for (const auto& [kid, key] : m_keys)
        keys->add(key.publicJwk());
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("keys", keys);
    return out;
}

PermitKeyRing PermitKeyRing::fromJwks(const Poco::JSON::Object::Ptr& jwks) {
    PermitKeyRing ring;
    const auto keys = jwks ? jwks->getArray("keys") : nullptr;
    if (!keys)
        throw std::invalid_argument("a key set is {\"keys\":[…]}");
    for (unsigned i = 0; i < keys->size(); ++i)
        ring.add(PermitKey::fromPublicJwk(keys->getObject(i)));
    return ring;
}

std::string signPermit(const PermitClaims& claims, const PermitKey& signingKey) {
    Poco::JWT::Token token;
    token.header().set("kid", signingKey.kid);
    // Compact on purpose: the code has to stay small enough to scan from paper. "p": [id, type, holder, valid from,
    // valid to], the dates as numbers 20261101.
    auto compactDate = [](const std::string& iso) -> Poco::Dynamic::Var {
        std::string digits;
        for (char c : iso)
            if (c != '-')
                digits.push_back(c);
        return digits.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(std::stoi(digits));
    };
    Poco::JSON::Array::Ptr p = new Poco::JSON::Array;
    p->add(claims.id);
    p->add(claims.type);
    p->add(claims.holder);
    p->add(compactDate(claims.validFrom));
    p->add(compactDate(claims.validTo));
    // The issuer is the key's: said only when it is not (which a scanner refuses), to keep the code small.
    if (claims.issuer != signingKey.issuer)
        token.payload().set("iss", claims.issuer);
    token.payload().set("p", p);
    Poco::JWT::Signer signer(signingKey.key);
    return signer.sign(token, Poco::JWT::Signer::ALGO_ES256);
}

const char* permitVerdictName(PermitVerdict verdict) {
    switch (verdict) {
    case PermitVerdict::Valid: return "valid";
    case PermitVerdict::Malformed: return "malformed";
    case PermitVerdict::WrongAlgorithm: return "wrong_algorithm";
    case PermitVerdict::UnknownKey: return "unknown_key";
    case PermitVerdict::BadSignature: return "bad_signature";
    case PermitVerdict::WrongIssuer: return "wrong_issuer";
    case PermitVerdict::NotYetValid: return "not_yet_valid";
    case PermitVerdict::Expired: return "expired";
    }
    return "";
}

PermitCheck verifyPermit(const std::string& token, const PermitKeyRing& keys, const std::string& today) {
    const auto firstDot = token.find('.');
    const auto secondDot = firstDot == std::string::npos ? firstDot : token.find('.', firstDot + 1);
    if (secondDot == std::string::npos || token.find('.', secondDot + 1) != std::string::npos)
        return refuse(PermitVerdict::Malformed, "not a permit code");
    // Each part must be in its one canonical base64url form: the last character of a part carries unused bits, and a
    // code that differs only there would otherwise decode to the same bytes and pass as the same permit.
    for (const std::string& part :
         {token.substr(0, firstDot), token.substr(firstDot + 1, secondDot - firstDot - 1), token.substr(secondDot + 1)})
        if (base64url(unbase64url(part)) != part)
            return refuse(PermitVerdict::Malformed, "the code is not in its one valid form: it was changed");
    Poco::JSON::Object::Ptr header;
    try {
        header = Poco::JSON::Parser().parse(unbase64url(token.substr(0, firstDot))).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
        return refuse(PermitVerdict::Malformed, "the code's header cannot be read");
    }
    if (!header)
        return refuse(PermitVerdict::Malformed, "the code's header cannot be read");
    // Only ES256: "none" and HMAC (a public key used as a shared secret) are refused before any check.
    if (stringClaim(*header, "alg") != Poco::JWT::Signer::ALGO_ES256)
        return refuse(PermitVerdict::WrongAlgorithm, "signed with \"" + stringClaim(*header, "alg") + "\", not ES256");
    const std::string kid = stringClaim(*header, "kid");
    const PermitKey* key = keys.find(kid);
    if (!key)
        return refuse(PermitVerdict::UnknownKey, "no trusted key \"" + kid + "\"", kid);
    Poco::JWT::Signer signer(key->key);
    signer.setAlgorithms({Poco::JWT::Signer::ALGO_ES256});
    Poco::JWT::Token verified;
    bool good = false;
    try {
        good = signer.tryVerify(token, verified);
    } catch (const std::exception&) {
        good = false;
    }
    if (!good)
        return refuse(PermitVerdict::BadSignature, "the signature does not match: the code was changed or forged", kid);
    PermitCheck check;
    check.kid = kid;
    check.issuerName = key->issuerName;
    const auto& payload = verified.payload();
    const auto p = payload.getArray("p");
    auto item = [&](unsigned i) -> std::string {
        if (!p || i >= p->size() || p->get(i).isEmpty())
            return {};
        const auto value = p->get(i);
        if (value.isString())
            return value.convert<std::string>();
        const std::string digits = value.convert<std::string>(); // 20261101 → 2026-11-01
        return digits.size() == 8 ? digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2)
                                  : digits;
    };
    if (!p || p->size() < 5)
        return refuse(PermitVerdict::Malformed, "the code's claims cannot be read", kid);
    check.claims = {item(0), item(1), item(2), payload.has("iss") ? stringClaim(payload, "iss") : key->issuer,
                    item(3), item(4)};
    if (check.claims.issuer != key->issuer) {
        check.verdict = PermitVerdict::WrongIssuer;
        check.reason = "issued as \"" + check.claims.issuer + "\" but signed with a key of \"" + key->issuer + "\"";
    } else if (!check.claims.validFrom.empty() && today < check.claims.validFrom) {
        check.verdict = PermitVerdict::NotYetValid;
        check.reason = "valid from " + check.claims.validFrom;
    } else if (!check.claims.validTo.empty() && today > check.claims.validTo) {
        check.verdict = PermitVerdict::Expired;
        check.reason = "expired on " + check.claims.validTo;
    } else {
        check.verdict = PermitVerdict::Valid;
        check.reason = "genuine and within its dates";
    }
    return check;
}

std::string permitProof(std::string_view token) {
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    sha.update(token.data(), static_cast<unsigned>(token.size()));
    return Poco::DigestEngine::digestToHex(sha.digest());
}

std::optional<PermitCheck> checkFirstPermit(const std::vector<std::string>& codes, const PermitKeyRing& keys,
                                            const std::string& today) {
    for (const std::string& code : codes) {
        PermitCheck check = verifyPermit(code, keys, today);
        if (check.verdict != PermitVerdict::Malformed) {
            check.token = code;
            return check;
        }
    }
    return std::nullopt;
}

} // namespace ow
