#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace ow {

struct HttpRequest {
    QString baseUrl; // http://host:port
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray token;
    int timeoutMs = 8000;
    QByteArray contentType = "application/json";
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    // Keep the connection for the next request of this thread (bulk sync: many requests in a row). Only for
    // requests that are safe to send again, because one that fails on a kept connection is retried once.
    bool reuseConnection = false;
};

struct HttpResponse {
    int status = 0; // 0: no answer (network down, timeout)
    QByteArray body;
    QString networkError;   // why there was no answer
    bool untrusted = false; // something answered, but not with the certificate this device trusts (CA or pin)
};

// Blocking HTTP, called on a worker thread. The seam tests and other transports plug into.
class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

// HTTP over Poco::Net: one connection per request, or per worker thread for requests marked reuseConnection.
class PocoHttpTransport : public HttpTransport {
public:
    HttpResponse send(const HttpRequest& request) override;
};

} // namespace ow
