#pragma once

#include "net/ServerTrust.h"

#include <Poco/JSON/Object.h>

#include <string>

namespace ow::server {

// One answer of the upstream: its status and body (status 0: the line failed, `body` says how).
struct UpstreamReply {
    int status = 0;
    std::string body;

    bool ok() const { return status >= 200 && status < 300; }
    Poco::JSON::Object::Ptr json() const; // throws BadInput when the body is not a JSON object
    // In words, for the administrator: the upstream's own error message, or what happened to the line.
    std::string problem() const;
};

// A hall server's HTTP line to its upstream (the city's or province's OneWindow server), trusting its certificate as
// the hall was set up to (a CA file, a pinned certificate, or the system's CAs), with the hall server's token.
class UpstreamClient {
public:
    // A silent line is given up after this (connect, or a read or write that waits): a stopping hall server is not
    // held past its stop timeout by a relay round.
    static constexpr int kTimeoutSeconds = 8;

    UpstreamClient(std::string url, ServerTrust trust, std::string token = {});
    void setToken(std::string token) { m_token = std::move(token); }

    UpstreamReply get(const std::string& path) { return request("GET", path, {}); }
    UpstreamReply post(const std::string& path, const std::string& body) { return request("POST", path, body); }
    UpstreamReply request(const std::string& method, const std::string& path, const std::string& body);
    // Bytes as they are (an attachment or a piece of it), with their Content-Range when a piece.
    UpstreamReply putBytes(const std::string& path, const std::string& bytes, const std::string& contentRange);

    const std::string& url() const { return m_url; }

private:
    UpstreamReply send(const std::string& method, const std::string& path, const std::string& body,
                       const std::string& contentType, const std::string& contentRange);

    std::string m_url;
    ServerTrust m_trust;
    std::string m_token;
};

} // namespace ow::server
