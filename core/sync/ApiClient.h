#pragma once

#include "sync/HttpTransport.h"

#include "domain/ApiPaths.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"
#include "domain/Ticket.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace ow {

// The API's path from its pattern (domain/ApiPaths.h), each value percent-encoded: apiPath(api::kQueue, {hall}).
QString apiPath(const char* pattern, std::initializer_list<QString> values = {});
// A request body from a wire type's JSON (domain/wire): api.post(path, jsonBytes(request.toJson()), …).
QByteArray jsonBytes(const Poco::JSON::Object::Ptr& object);

// One answer from the server, with what a person should be told when it is not a success.
struct ApiReply {
    Q_DECLARE_TR_FUNCTIONS(ApiReply)
public:
    int status = 0;
    QByteArray body;
    QString networkError;
    QString localError;     // the request could not be made here (a file to send is missing); nothing was sent
    bool untrusted = false; // no answer because the server's certificate is not the trusted one (HttpResponse)

    bool ok() const { return status >= 200 && status < 300 && localError.isEmpty(); }
    bool offline() const { return status == 0 && localError.isEmpty(); }
    QString errorCode() const;
    // A sentence for the person at the screen, in their language.
    QString userMessage() const;
};

// Asynchronous client of the OneWindow server. Requests run on a small thread pool; callbacks run on
// the thread that owns the client (the UI thread), never blocking it.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiReply&)>;

    explicit ApiClient(QString baseUrl, std::shared_ptr<HttpTransport> transport = {}, QObject* parent = nullptr);
    ~ApiClient() override;

    const QString& baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray& token) { m_token = token; }
    const QByteArray& token() const { return m_token; }

    void send(const QByteArray& method, const QString& path, const QByteArray& body, Callback done);
    // Any request: extra headers, another content type, a longer timeout.
    void send(HttpRequest request, Callback done);
    // A sync request (push, pull): safe to send twice, so it rides a kept connection of the worker thread.
    void sendSync(const QByteArray& method, const QString& path, const QByteArray& body, Callback done);
    void post(const QString& path, const QByteArray& body, Callback done) { send("POST", path, body, std::move(done)); }
    void get(const QString& path, Callback done) { send("GET", path, {}, std::move(done)); }

    // Typed calls of the queue API.
    void enroll(const QString& code, const QString& deviceName, Callback done);
    // What an enrollment's answer makes of this device (with the case numbers already used under its code).
    // Throws BadInput when the answer is not an enrollment.
    static DeviceRegistration registrationFromEnrollment(const QString& serverUrl, const QByteArray& body);
    void login(const QString& user, const QString& password, Callback done);
    void issueTicket(const QString& hall, const QString& category, Priority priority, Callback done) {
        issueTicket(hall, category, priority, {}, std::move(done));
    }
    // A real-name number (实名取号): `idNumber` read from the citizen's card.
    void issueTicket(const QString& hall, const QString& category, Priority priority, const QString& idNumber,
                     Callback done);
    // 预约签到: an appointment checked in by its code, or by the ID card laid on the reader; 201 with the number.
    void checkIn(const QString& hall, const QString& code, Callback done);
    void checkInByCard(const QString& hall, const QString& idNumber, Callback done);
    void callNext(int counter, Callback done);
    void setCounterPaused(int counter, bool paused, Callback done); // 暂停服务 and back
    void ticketAction(const QString& ticketId, TicketAction action, const QByteArray& body, Callback done);
    void queue(const QString& hall, Callback done);
    // A piece [offset, offset + bytes.size()) of an attachment of `total` bytes.
    void putBlobPiece(const QString& sha256, qint64 offset, qint64 total, const QByteArray& bytes, Callback done);
    // Several small attachments in one request, as a pack (domain/BlobPack.h): (sha256, file) pairs, read on
    // the worker thread so that the owner's thread only hands them over. A file that cannot be read fails the
    // request with a localError naming it.
    void postBlobPack(const QList<QPair<QString, QString>>& files, Callback done);

    // Waits for requests in flight (used at shutdown and by tests).
    void waitForIdle();

signals:
    void reachabilityChanged(bool reachable);
    // The person's session was stopped (account disabled, password reset, device revoked, expired): `message` says
    // why, in words. Once per client.
    void sessionEnded(const QString& message);

private:
    void run(std::function<ApiReply()> work, Callback done); // work on a worker thread, done on the owner's
    QString m_baseUrl;
    QByteArray m_token;
    std::shared_ptr<HttpTransport> m_transport;
    QThreadPool m_pool;
    std::optional<bool> m_reachable;
    bool m_sessionEnded = false;
};

// Whether an answer's error code means the session (or the device) can do nothing more.
bool endsSession(const QString& errorCode);

std::optional<Ticket> ticketFromReply(const ApiReply& reply); // {"ticket":{...}} or a bare ticket
std::optional<QueueSnapshot> snapshotFromReply(const ApiReply& reply);
std::int64_t seqFromReply(const ApiReply& reply); // the "seq" of an answer to a queue action, else 0

} // namespace ow
