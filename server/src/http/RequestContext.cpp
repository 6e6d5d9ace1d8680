#include "RequestContext.h"

#include "domain/HallTime.h"
#include "domain/IdNumber.h"

#include "ApiError.h"

#include "domain/Json.h"
#include "domain/wire/Error.h"

#include <Poco/Net/HTTPResponse.h>

#include <charconv>
#include <istream>

namespace ow::server {

RequestContext::RequestContext(ServerContext& server, Poco::Net::HTTPServerRequest& request,
                               Poco::Net::HTTPServerResponse& response, std::vector<std::string> params)
    : m_server(server)
    , m_request(request)
    , m_response(response)
    , m_params(std::move(params)) {}

std::optional<std::string> RequestContext::query(const std::string& key) {
    if (!m_query)
        m_query = std::make_unique<Poco::Net::HTMLForm>(m_request); // the query string; a body is never read here
    if (!m_query->has(key))
        return std::nullopt;
    return m_query->get(key);
}

std::int64_t RequestContext::queryInt(const std::string& key, std::int64_t fallback, std::int64_t min,
                                      std::int64_t max) {
    const auto text = query(key);
    if (!text)
        return fallback;
    try {
        std::size_t used = 0;
        const long long value = std::stoll(*text, &used);
        if (used == text->size() && value >= min && value <= max)
            return value;
    } catch (const std::exception&) {
    }
    throw ApiError::badRequest("invalid_field", key + " must be a whole number from " + std::to_string(min) + " to " +
                                                    std::to_string(max));
}

int RequestContext::intParam(std::size_t index) const {
    const std::string& text = param(index);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw ApiError::notFound("\"" + text + "\" is not a number");
    return value;
}

const std::string& RequestContext::body() {
    if (m_body)
        return *m_body;
    const auto tooLarge = ApiError(413, "too_large", "the request body is larger than 1 MiB");
    if (m_request.hasContentLength() && m_request.getContentLength64() > static_cast<Poco::Int64>(kMaxBody)) {
        m_response.setKeepAlive(false);
        throw tooLarge;
    }
    std::string data;
    if (m_request.hasContentLength())
        data.reserve(static_cast<std::size_t>(m_request.getContentLength64()));
    std::istream& in = m_request.stream();
    char buffer[8192];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        data.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (data.size() > kMaxBody) {
            m_response.setKeepAlive(false);
            throw tooLarge;
        }
    }
    m_body = std::move(data);
    return *m_body;
}

std::istream& RequestContext::bodyStream(std::int64_t maxBytes) {
    if (m_request.hasContentLength() && m_request.getContentLength64() > maxBytes) {
        m_response.setKeepAlive(false);
        throw ApiError(413, "too_large", "the request body is larger than " + std::to_string(maxBytes >> 20) + " MiB");
    }
    m_streamed = true;
    return m_request.stream();
}

Poco::JSON::Object::Ptr RequestContext::jsonBody() {
    const std::string& text = body();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return new Poco::JSON::Object;
    return parseObject(text);
}

std::string RequestContext::bearerToken() const {
    const std::string header = m_request.get("Authorization", "");
    const std::string prefix = "Bearer ";
    if (header.rfind(prefix, 0) == 0)
        return header.substr(prefix.size());
    return {};
}

const Principal& RequestContext::principalChangingPassword() {
    if (!m_principal) {
        const std::string token = bearerToken();
        if (token.empty())
            throw ApiError::unauthorized("this request needs \"Authorization: Bearer <token>\"");
        m_principal = m_server.auth.authenticate(token, m_server.clock());
        if (!m_principal) {
            // Stopped by a person rather than expired: the device is told why, in its own code.
            const auto why = m_server.auth.whyEnded(token);
            if (why == kEndedDisabled)
                throw ApiError(401, kEndedDisabled, "this account has been disabled by the hall's administrator");
            if (why == kEndedPasswordReset)
                throw ApiError(401, kEndedPasswordReset,
                               "this account's password was reset by the administrator; log in with the new one");
            if (why == kEndedDeviceRevoked)
                throw ApiError(401, kEndedDeviceRevoked,
                               "this device's enrollment was revoked by the hall's administrator");
            throw ApiError(401, "invalid_token", "the token is unknown, expired or revoked; enroll or log in again");
        }
    }
    return *m_principal;
}

const Principal& RequestContext::principalOfHallOrRegion() {
    const Principal& who = principalChangingPassword();
    if (who.mustChangePassword)
        throw ApiError::forbidden(
            "password_change_required",
            "the administrator gave this account its password: choose your own (POST /api/v1/me/password) first");
    return who;
}

const Principal& RequestContext::principal() {
    const Principal& who = principalOrHallServer();
    if (who.kind == DeviceKind::Hall)
        throw ApiError::forbidden("hall_server", "a hall server's token opens only the routes of its relay");
    return who;
}

const Principal& RequestContext::principalOrHallServer() {
    const Principal& who = principalOfHallOrRegion();
    if (who.ofRegion())
        throw ApiError::forbidden("region_device", "this PC serves region \"" + who.region +
                                                       "\": a hall's screens and records are not open to it");
    // The hall's queue, records and rules are its own server's: what they change here would be overwritten by the
    // relay, or never reach the hall. Reading (a supervisor looking at the hall's day from here) stays open.
    if (who.kind != DeviceKind::Hall && who.hallOnOwnServer && m_request.getMethod() != "GET" &&
        m_request.getMethod() != "HEAD")
        throw ApiError(409, "hall_on_own_server",
                       "hall \"" + who.hall +
                           "\" is served by its own server: its counters, kiosks and pads work there (revoke the hall "
                           "server here to serve the hall from this server again)");
    return who;
}

const Principal& RequestContext::requireHallServer(const std::string& hall) {
    const Principal& who = principalOfHallOrRegion();
    if (who.kind != DeviceKind::Hall)
        throw ApiError::forbidden("for the hall's own server (a device of kind hall)");
    if (who.hall != hall)
        throw ApiError::forbidden("this hall server belongs to hall \"" + who.hall + "\", not \"" + hall + "\"");
    return who;
}

void RequestContext::requireHall(const std::string& hall) {
    if (principal().hall != hall)
        throw ApiError::forbidden("this device belongs to hall \"" + principal().hall + "\", not \"" + hall + "\"");
}

void RequestContext::finishReadingBody() {
    // An unread body would be parsed as the next request on a keep-alive connection.
    if (m_body)
        return;
    if (m_streamed) {
        if (m_request.stream().peek() != std::char_traits<char>::eof())
            m_response.setKeepAlive(false); // left unread by the handler: the connection cannot go on
        return;
    }
    const bool hasBody =
        m_request.getChunkedTransferEncoding() || (m_request.hasContentLength() && m_request.getContentLength64() > 0);
    if (!hasBody)
        return;
    try {
        body();
    } catch (const std::exception&) {
        m_response.setKeepAlive(false); // too large or broken: close instead of reading on
    }
}

void RequestContext::sendText(int status, const std::string& contentType, const std::string& text) {
    finishReadingBody();
    m_response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    m_response.setContentType(contentType);
    m_response.setContentLength64(static_cast<Poco::Int64>(text.size()));
    m_response.send() << text;
    m_sent = true;
    m_status = status;
}

void RequestContext::sendJson(int status, const Poco::JSON::Object::Ptr& object) {
    sendText(status, "application/json; charset=utf-8", toJsonText(object));
}

void RequestContext::sendEmpty(int status) {
    finishReadingBody();
    m_response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    m_response.setContentLength64(0);
    m_response.send();
    m_sent = true;
    m_status = status;
}

void RequestContext::sendError(int status, const std::string& code, const std::string& message) {
    sendError(status, wire::ErrorReply{code, message, {}, {}, {}});
}

void RequestContext::sendError(int status, const wire::ErrorReply& error) {
    // Refused before a large body (or one of unknown length) was read: the answer says the connection closes, and
    // the server lingers reading what the client still sends, so that the answer is read rather than reset.
    const bool unread = !m_body && !m_streamed &&
                        (m_request.hasContentLength() ? m_request.getContentLength64() > kDrainedBody
                                                      : m_request.getChunkedTransferEncoding());
    if (unread)
        m_response.setKeepAlive(false);
    sendJson(status, error.toJson());
}

std::string RequestContext::hallTimeZone(const std::string& hall) {
    const auto h = m_server.halls.hall(hall);
    return h ? h->timezone : "Asia/Shanghai";
}

std::string RequestContext::hallToday(const std::string& hall) {
    return HallTime(hallTimeZone(hall)).businessDay(m_server.clock());
}

std::string RequestContext::requireIdNumber(const std::string& hall, const std::string& text) {
    const auto number = IdNumber::normalize(text, hallToday(hall));
    if (!number)
        throw ApiError::badRequest("invalid_id_number", "id_number is not a valid resident ID number");
    return *number;
}

} // namespace ow::server
