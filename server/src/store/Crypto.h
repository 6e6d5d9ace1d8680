#pragma once

#include <string>
#include <string_view>

namespace ow::server {

// Small crypto helpers over OpenSSL: random tokens, SHA-256, and password hashing with PBKDF2-HMAC-SHA256.
std::string randomHex(std::size_t bytes);
std::string sha256Hex(std::string_view data);
// The SHA-256 of a file's bytes, read in pieces; throws std::runtime_error when it cannot be read.
std::string sha256FileHex(const std::string& path);
// A random (version 4) UUID from OpenSSL's generator: unguessable ids for tickets and devices.
std::string newUuid();

// Single-use enrollment code a person can type: 12 characters of Crockford base32 in groups of four.
std::string newEnrollmentCode();
// Upper-cases and drops separators, so "7qmx 2k9p-rtab" and "7QMX-2K9P-RTAB" are the same code.
std::string normalizeEnrollmentCode(std::string_view code);

// OWASP's figure for PBKDF2-HMAC-SHA256 (2023): about 0.23 s a check on this project's 2-core machine.
constexpr unsigned kDefaultKdfIterations = 600000;
// "pbkdf2-sha256$ITER$SALT_HEX$HASH_HEX"
std::string hashPassword(std::string_view password, unsigned iterations = kDefaultKdfIterations);
// Whether `stored` was made with fewer iterations than `iterations` (or is not a hash this code makes): it is
// hashed again from the password at the next login that proves it.
bool passwordNeedsRehash(std::string_view stored, unsigned iterations = kDefaultKdfIterations);
bool verifyPassword(std::string_view password, std::string_view stored);

} // namespace ow::server
