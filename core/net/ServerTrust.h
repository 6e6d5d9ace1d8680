#pragma once

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/URI.h>

#include <memory>
#include <optional>
#include <string>

namespace ow {

// How this device trusts its server over HTTPS: a CA certificate file (PEM) the server's certificate must chain
// to, with the host name checked; or the SHA-256 fingerprint of the server's own certificate (a hall's self-signed
// certificate, "pinned"; hex, colons allowed); or, with neither, the system's CAs. Set once at start, before any
// connection; plain http:// URLs are unaffected.
struct ServerTrust {
    std::string caFile;
    std::string pinSha256;
};

void setServerTrust(const ServerTrust& trust);
ServerTrust serverTrust();

// The trust of the device whose data is in `dataDir`: given now (--server-ca / --server-pin: kept in
// "server-trust.json" there), or as kept from before; then in force for this process. Throws
// std::invalid_argument for a pin that is not a SHA-256 fingerprint or a CA file that does not exist.
ServerTrust applyServerTrust(const std::string& dataDir, const std::optional<std::string>& caFile,
                             const std::optional<std::string>& pin);

// A session to the server of `uri`: HTTPClientSession for http://, a verified HTTPS session for https:// (the
// certificate is checked during the handshake, before any request — and its token — is sent).
std::unique_ptr<Poco::Net::HTTPClientSession> openServerSession(const Poco::URI& uri);

// The same for a server this process trusts its own way (not as set by setServerTrust): a hall server's line to the
// city's or province's server.
std::unique_ptr<Poco::Net::HTTPClientSession> openSessionTrusting(const Poco::URI& uri, const ServerTrust& trust);

// The SHA-256 fingerprint of a PEM certificate file, uppercase hex with colons (what `openssl x509 -fingerprint
// -sha256` prints), for setting up a pin.
std::string certificateFingerprint(const std::string& pemFile);

// True when a connection failed because the server's certificate is not one this device trusts (another CA, a
// name that does not match, another pinned certificate) — not a network that is down: someone else may be
// answering, and the person should be told so rather than "cannot be reached".
bool isCertificateRefusal(const Poco::Exception& e);

} // namespace ow
