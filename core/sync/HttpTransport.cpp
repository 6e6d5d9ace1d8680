#include "sync/HttpTransport.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace ow {

HttpResponse PocoHttpTransport::send(const HttpRequest& request) {
    HttpResponse response;
    try {
        const Poco::URI uri(request.baseUrl.toStdString());
        Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
        session.setTimeout(Poco::Timespan(static_cast<long>(request.timeoutMs) * 1000));
        Poco::Net::HTTPRequest req(request.method.toStdString(), request.path.toStdString(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
        if (!request.token.isEmpty())
            req.set("Authorization", "Bearer " + request.token.toStdString());
        req.setContentType(request.contentType.toStdString());
        for (const auto& [name, value] : request.headers)
            req.set(name.toStdString(), value.toStdString());
        req.setContentLength64(request.body.size());
        session.sendRequest(req).write(request.body.constData(), request.body.size());
        Poco::Net::HTTPResponse res;
        std::istream& in = session.receiveResponse(res);
        std::string body;
        Poco::StreamCopier::copyToString(in, body);
        response.status = static_cast<int>(res.getStatus());
        response.body = QByteArray::fromStdString(body);
    } catch (const Poco::Exception& e) {
        response.status = 0;
        response.networkError = QString::fromStdString(e.displayText());
    } catch (const std::exception& e) {
        response.status = 0;
        response.networkError = QString::fromUtf8(e.what());
    }
    return response;
}

} // namespace ow
