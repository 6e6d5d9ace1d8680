#include "sync/HttpTransport.h"

#include "net/ServerTrust.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <QThreadStorage>

#include <memory>

namespace ow {

namespace {

// The kept connection of this worker thread, with the server it goes to.
struct KeptSession {
    std::string host;
    Poco::UInt16 port = 0;
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
};
// Kept in QThreadStorage rather than a C++ thread_local: Qt deletes it while the worker thread finishes, before
// QThread::wait() returns, so an ApiClient's destructor (which waits for its pool) leaves no connection behind.
// A thread_local would be destroyed after that, when the detached thread exits — at the end of a program
// concurrently with the destruction of Poco's statics (found by the TSan run of the CLI).
QThreadStorage<KeptSession*> t_kept;

KeptSession& keptSession() {
    if (!t_kept.hasLocalData())
        t_kept.setLocalData(new KeptSession);
    return *t_kept.localData();
}

HttpResponse exchange(Poco::Net::HTTPClientSession& session, const HttpRequest& request, bool keepAlive) {
    HttpResponse response;
    session.setTimeout(Poco::Timespan(static_cast<long>(request.timeoutMs) * 1000));
    Poco::Net::HTTPRequest req(request.method.toStdString(), request.path.toStdString(),
                               Poco::Net::HTTPMessage::HTTP_1_1);
    req.setKeepAlive(keepAlive);
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
    return response;
}

} // namespace

HttpResponse PocoHttpTransport::send(const HttpRequest& request) {
    HttpResponse response;
    try {
        const Poco::URI uri(request.baseUrl.toStdString());
        if (!request.reuseConnection) {
            const auto session = openServerSession(uri);
            return exchange(*session, request, false);
        }
        KeptSession& kept = keptSession();
        const bool reused = kept.session && kept.host == uri.getHost() && kept.port == uri.getPort();
        if (!reused) {
            kept.session = openServerSession(uri);
            kept.session->setKeepAlive(true);
            kept.host = uri.getHost();
            kept.port = uri.getPort();
        }
        try {
            return exchange(*kept.session, request, true);
        } catch (const Poco::Exception&) {
            kept.session.reset();
            if (!reused)
                throw;
            // The server may have closed the kept connection meanwhile: once more on a fresh one.
            kept.session = openServerSession(uri);
            kept.session->setKeepAlive(true);
            return exchange(*kept.session, request, true);
        }
    } catch (const Poco::Exception& e) {
        keptSession().session.reset();
        response.status = 0;
        response.networkError = QString::fromStdString(e.displayText());
        response.untrusted = isCertificateRefusal(e);
    } catch (const std::exception& e) {
        keptSession().session.reset();
        response.status = 0;
        response.networkError = QString::fromUtf8(e.what());
    }
    return response;
}

} // namespace ow
