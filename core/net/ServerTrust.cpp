#include "net/ServerTrust.h"

#include "domain/Json.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SecureStreamSocket.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <Poco/FileStream.h>
#include <Poco/StreamCopier.h>

#include <cctype>
#include <filesystem>
#include <mutex>
#include <stdexcept>

namespace ow {
namespace {

std::mutex g_mutex;
ServerTrust g_trust;
Poco::Net::Context::Ptr g_context; // built on first use for the trust in force

std::string normalizedPin(const std::string& pin) {
    std::string hex;
    for (char c : pin)
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
        else if (c != ':' && c != ' ')
            throw std::invalid_argument("a certificate pin is a SHA-256 fingerprint in hex");
    if (hex.size() != 64)
        throw std::invalid_argument("a certificate pin is a SHA-256 fingerprint: 64 hex digits");
    return hex;
}

std::string fingerprintOf(const X509* certificate) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1)
        throw std::runtime_error("cannot compute a certificate's fingerprint");
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        if (i)
            out.push_back(':');
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 15]);
    }
    return out;
}

Poco::Net::Context::Ptr makeContext(const ServerTrust& trust) {
    Poco::Net::initializeSSL();
    using Poco::Net::Context;
    Context::Ptr made;
    if (!trust.pinSha256.empty()) {
        // The pin is the whole check (after the handshake, PinnedSession): the chain is not verified.
        made = new Context(Context::TLS_CLIENT_USE, "", "", "", Context::VERIFY_NONE, 9, false);
    } else {
        // A given CA file only, or the system's CAs; the host name is checked against the certificate.
        made = new Context(Context::TLS_CLIENT_USE, "", "", trust.caFile, Context::VERIFY_RELAXED, 9,
                           trust.caFile.empty());
    }
    made->requireMinimumProtocol(Context::PROTO_TLSV1_2);
    return made;
}

Poco::Net::Context::Ptr context() {
    std::lock_guard lock(g_mutex);
    if (!g_context)
        g_context = makeContext(g_trust);
    return g_context;
}

// An HTTPS session that compares the server's certificate with the pin right after the handshake, before the
// first byte of a request leaves.
class PinnedSession : public Poco::Net::HTTPSClientSession {
public:
    PinnedSession(const std::string& host, Poco::UInt16 port, Poco::Net::Context::Ptr context, std::string pin)
        : HTTPSClientSession(host, port, std::move(context))
        , m_pin(std::move(pin)) {}

protected:
    void connect(const Poco::Net::SocketAddress& address) override {
        HTTPSClientSession::connect(address);
        Poco::Net::SecureStreamSocket secure(socket());
        secure.completeHandshake();
        const std::string seen = normalizedPin(fingerprintOf(secure.peerCertificate().certificate()));
        if (seen != m_pin) {
            secure.close();
            throw Poco::Net::CertificateValidationException(
                "the server's certificate is not the one this device was set up with (pinned)");
        }
    }

private:
    std::string m_pin;
};

} // namespace

void setServerTrust(const ServerTrust& trust) {
    ServerTrust checked = trust;
    if (!checked.pinSha256.empty())
        checked.pinSha256 = normalizedPin(checked.pinSha256);
    std::lock_guard lock(g_mutex);
    g_trust = checked;
    g_context.reset();
}

ServerTrust serverTrust() {
    std::lock_guard lock(g_mutex);
    return g_trust;
}

ServerTrust applyServerTrust(const std::string& dataDir, const std::optional<std::string>& caFile,
                             const std::optional<std::string>& pin) {
    const std::filesystem::path path = std::filesystem::path(dataDir) / "server-trust.json";
    ServerTrust trust;
    if (caFile || pin) {
        trust.caFile = caFile.value_or("");
        trust.pinSha256 = pin ? normalizedPin(*pin) : std::string();
        if (!trust.caFile.empty()) {
            if (!std::filesystem::exists(trust.caFile))
                throw std::invalid_argument("no CA certificate file " + trust.caFile);
            trust.caFile = std::filesystem::absolute(trust.caFile).string();
        }
        Poco::JSON::Object::Ptr kept = new Poco::JSON::Object(true);
        kept->set("ca_file", trust.caFile);
        kept->set("pin_sha256", trust.pinSha256);
        // Written beside and renamed over: a crash leaves the old file or the new one, never half of one.
        const std::filesystem::path temporary = path.string() + ".new";
        try {
            Poco::FileOutputStream out(temporary.string());
            out << toJsonText(kept);
            out.close();
            std::filesystem::rename(temporary, path);
        } catch (const std::exception&) {
            throw std::runtime_error("cannot keep the server trust in " + path.string());
        }
    } else if (std::filesystem::exists(path)) {
        std::string text;
        try {
            Poco::FileInputStream in(path.string());
            Poco::StreamCopier::copyToString(in, text);
        } catch (const std::exception&) {
            throw std::runtime_error("cannot read the server trust in " + path.string());
        }
        try {
            const auto kept = parseObject(text);
            trust.caFile = optionalString(kept, "ca_file").value_or("");
            trust.pinSha256 = optionalString(kept, "pin_sha256").value_or("");
        } catch (const BadInput& e) { // a damaged file must not quietly drop the pin: nothing is trusted instead
            throw std::runtime_error("the server trust in " + path.string() + " is damaged (" + e.what() +
                                     "): set it again with --ca-file or --pin-sha256");
        }
    }
    setServerTrust(trust);
    return trust;
}

std::unique_ptr<Poco::Net::HTTPClientSession> openServerSession(const Poco::URI& uri) {
    if (uri.getScheme() != "https")
        return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    const std::string pin = serverTrust().pinSha256;
    if (!pin.empty())
        return std::make_unique<PinnedSession>(uri.getHost(), uri.getPort(), context(), pin);
    return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context());
}

std::unique_ptr<Poco::Net::HTTPClientSession> openSessionTrusting(const Poco::URI& uri, const ServerTrust& trust) {
    if (uri.getScheme() != "https")
        return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    if (!trust.pinSha256.empty())
        return std::make_unique<PinnedSession>(uri.getHost(), uri.getPort(), makeContext(trust),
                                               normalizedPin(trust.pinSha256));
    return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), makeContext(trust));
}

bool isCertificateRefusal(const Poco::Exception& e) {
    if (dynamic_cast<const Poco::Net::CertificateValidationException*>(&e) ||
        dynamic_cast<const Poco::Net::InvalidCertificateException*>(&e))
        return true;
    // A chain that does not reach the trusted CA fails inside OpenSSL's handshake, worded by OpenSSL.
    return dynamic_cast<const Poco::Net::SSLException*>(&e) &&
           e.displayText().find("certificate verify failed") != std::string::npos;
}

std::string certificateFingerprint(const std::string& pemFile) {
    const Poco::Crypto::X509Certificate certificate(pemFile);
    return fingerprintOf(certificate.certificate());
}

} // namespace ow
