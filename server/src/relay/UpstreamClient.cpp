#include "UpstreamClient.h"

#include "domain/Json.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace ow::server {

Poco::JSON::Object::Ptr UpstreamReply::json() const { return parseObject(body); }

std::string UpstreamReply::problem() const {
    if (status == 0)
        return body;
    try {
        const auto error = optionalObject(json(), "error");
        if (error)
            return "the upstream answered " + std::to_string(status) + ": " +
                   optionalString(error, "message").value_or(optionalString(error, "code").value_or(""));
    } catch (const std::exception&) {
        // Not one of ours: said by its status.
    }
    return "the upstream answered " + std::to_string(status);
}

UpstreamClient::UpstreamClient(std::string url, ServerTrust trust, std::string token)
    : m_url(std::move(url))
    , m_trust(std::move(trust))
    , m_token(std::move(token)) {
    while (!m_url.empty() && m_url.back() == '/')
        m_url.pop_back();
}

UpstreamReply UpstreamClient::request(const std::string& method, const std::string& path, const std::string& body) {
    return send(method, path, body, "application/json", {});
}

UpstreamReply UpstreamClient::putBytes(const std::string& path, const std::string& bytes,
                                       const std::string& contentRange) {
    return send("PUT", path, bytes, "application/octet-stream", contentRange);
}

UpstreamReply UpstreamClient::send(const std::string& method, const std::string& path, const std::string& body,
                                   const std::string& contentType, const std::string& contentRange) {
    UpstreamReply reply;
    try {
        const Poco::URI uri(m_url + path);
        auto session = openSessionTrusting(uri, m_trust);
        session->setTimeout(Poco::Timespan(kTimeoutSeconds, 0));
        Poco::Net::HTTPRequest request(method, uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
        if (!m_token.empty())
            request.set("Authorization", "Bearer " + m_token);
        if (!body.empty() || method == "POST" || method == "PUT") {
            request.setContentType(contentType);
            request.setContentLength(static_cast<std::streamsize>(body.size()));
        }
        if (!contentRange.empty())
            request.set("Content-Range", contentRange);
        session->sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        Poco::StreamCopier::copyToString(in, reply.body);
        reply.status = static_cast<int>(response.getStatus());
    } catch (const Poco::Exception& e) {
        reply.status = 0;
        reply.body = (isCertificateRefusal(e) ? "the upstream's certificate is not the one trusted here: "
                                              : "the upstream cannot be reached: ") +
                     e.displayText();
    } catch (const std::exception& e) {
        reply.status = 0;
        reply.body = std::string("the upstream cannot be reached: ") + e.what();
    }
    return reply;
}

} // namespace ow::server
