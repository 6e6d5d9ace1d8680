#pragma once

#include "ServerContext.h"

#include "domain/wire/Error.h"

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ow::server {

// One request as a handler sees it: path parameters, the JSON body (size-limited), the caller, and
// the ways to answer. Errors are thrown as ApiError and answered by the router.
class RequestContext {
public:
    static constexpr std::size_t kMaxBody = 1024 * 1024;

    RequestContext(ServerContext& server, Poco::Net::HTTPServerRequest& request,
                   Poco::Net::HTTPServerResponse& response, std::vector<std::string> params);

    ServerContext& server() { return m_server; }
    Poco::Net::HTTPServerRequest& request() { return m_request; }
    Poco::Net::HTTPServerResponse& response() { return m_response; }
    const std::string& param(std::size_t index) const { return m_params.at(index); }
    int intParam(std::size_t index) const; // 404 when not a number

    const std::string& body(); // 413 over kMaxBody
    // The body as it arrives, for a handler that reads it through itself (an attachment pack); 413 when the
    // announced length is over maxBytes. A body the handler leaves unread closes the connection.
    std::istream& bodyStream(std::int64_t maxBytes);
    Poco::JSON::Object::Ptr jsonBody(); // an empty body reads as {}
    // A parameter of the query string (GET requests); 400 invalid_field when it is not a whole number in range.
    std::optional<std::string> query(const std::string& key);
    std::int64_t queryInt(const std::string& key, std::int64_t fallback, std::int64_t min, std::int64_t max);
    std::string bearerToken() const;
    // 401 without a valid token (account_disabled, password_reset, device_revoked when a person stopped it); 403
    // password_change_required for a session that must choose its own password first.
    // A region's PC (Principal::ofRegion) is refused here with 403 region_device, a hall server (kind hall) with 403
    // hall_server: no hall's route is open to them.
    const Principal& principal();
    const Principal& principalOrHallServer();     // the same, a hall server too (the attachments it relays)
    const Principal& principalOfHallOrRegion();   // the same, a region's PC too (login, the region's routes)
    const Principal& principalChangingPassword(); // either, also a session that must change its password first
    // The server of `hall` relaying to this one (a device of kind hall, refused by principal()); 403 for anyone else.
    const Principal& requireHallServer(const std::string& hall);
    void requireHall(const std::string& hall);         // 403 for a device of another hall
    std::string hallTimeZone(const std::string& hall); // "Asia/Shanghai"
    std::string hallToday(const std::string& hall);
    // A resident ID number sent by a device (a card read at the kiosk), in its 18-character form; 400
    // invalid_id_number unless GB 11643 and the region list accept it on the hall's day.
    std::string requireIdNumber(const std::string& hall,
                                const std::string& text); // the hall's business day now, in its own time zone

    void sendJson(int status, const Poco::JSON::Object::Ptr& object);
    void sendText(int status, const std::string& contentType, const std::string& text);
    void sendEmpty(int status);
    void sendError(int status, const std::string& code, const std::string& message);
    void sendError(int status, const wire::ErrorReply& error);
    bool sent() const { return m_sent; }
    int status() const { return m_status; }

private:
    void finishReadingBody();

    ServerContext& m_server;
    Poco::Net::HTTPServerRequest& m_request;
    Poco::Net::HTTPServerResponse& m_response;
    std::vector<std::string> m_params;
    std::optional<std::string> m_body;
    bool m_streamed = false;
    std::optional<Principal> m_principal;
    std::unique_ptr<Poco::Net::HTMLForm> m_query;
    bool m_sent = false;
    int m_status = 0;
};

} // namespace ow::server
