#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace ow::server {
namespace {

std::string toHex(const unsigned char* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(digits[data[i] >> 4]);
        out.push_back(digits[data[i] & 0xf]);
    }
    return out;
}

std::vector<unsigned char> randomBytes(std::size_t size) {
    std::vector<unsigned char> bytes(size);
    if (RAND_bytes(bytes.data(), static_cast<int>(size)) != 1)
        throw std::runtime_error("the system random generator failed");
    return bytes;
}

std::string pbkdf2Hex(std::string_view password, std::string_view salt, unsigned iterations) {
    unsigned char key[32];
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                          static_cast<int>(iterations), EVP_sha256(), sizeof key, key) != 1)
        throw std::runtime_error("password hashing failed");
    return toHex(key, sizeof key);
}

} // namespace

std::string randomHex(std::size_t bytes) {
    auto data = randomBytes(bytes);
    return toHex(data.data(), data.size());
}

std::string sha256Hex(std::string_view data) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
    return toHex(digest, sizeof digest);
}

std::string sha256FileHex(const std::string& path) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 is not available");
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        throw std::runtime_error("cannot read " + path);
    std::vector<unsigned char> buffer(1 << 16);
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0)
        EVP_DigestUpdate(ctx.get(), buffer.data(), n);
    std::fclose(file);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return toHex(digest, length);
}

std::string newUuid() {
    auto b = randomBytes(16);
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    const std::string hex = toHex(b.data(), b.size());
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20);
}

std::string newEnrollmentCode() {
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    auto bytes = randomBytes(12);
    std::string code;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            code.push_back('-');
        code.push_back(alphabet[bytes[i] % 32]);
    }
    return code;
}

std::string normalizeEnrollmentCode(std::string_view code) {
    std::string out;
    for (char c : code) {
        if (c == '-' || c == ' ')
            continue;
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string hashPassword(std::string_view password, unsigned iterations) {
    const std::string salt = randomHex(16);
    return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + salt + "$" + pbkdf2Hex(password, salt, iterations);
}

bool passwordNeedsRehash(std::string_view stored, unsigned iterations) {
    const auto a = stored.find('$');
    const auto b = a == std::string_view::npos ? a : stored.find('$', a + 1);
    if (b == std::string_view::npos || stored.substr(0, a) != "pbkdf2-sha256")
        return true;
    try {
        return std::stoul(std::string(stored.substr(a + 1, b - a - 1))) < iterations;
    } catch (const std::exception&) {
        return true;
    }
}

bool verifyPassword(std::string_view password, std::string_view stored) {
    const auto a = stored.find('$');
    const auto b = stored.find('$', a + 1);
    const auto c = stored.find('$', b + 1);
    if (a == std::string_view::npos || b == std::string_view::npos || c == std::string_view::npos ||
        stored.substr(0, a) != "pbkdf2-sha256")
        return false;
    unsigned iterations = 0;
    try {
        iterations = static_cast<unsigned>(std::stoul(std::string(stored.substr(a + 1, b - a - 1))));
    } catch (const std::exception&) {
        return false;
    }
    const std::string expected(stored.substr(c + 1));
    const std::string actual = pbkdf2Hex(password, stored.substr(b + 1, c - b - 1), iterations);
    return expected.size() == actual.size() && CRYPTO_memcmp(expected.data(), actual.data(), actual.size()) == 0;
}

} // namespace ow::server
