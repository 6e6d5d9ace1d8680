#include "sync/ApiClient.h"

#include "domain/BlobPack.h"
#include "domain/Json.h"
#include "domain/wire/Auth.h"
#include "domain/wire/Error.h"
#include "domain/wire/Queue.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ow {
namespace {

// A hint to the kernel to start reading a file into memory; nothing happens where there is no such hint.
void readAhead(const QString& path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

QString ApiReply::errorCode() const {
    return QString::fromStdString(wire::ErrorReply::fromBody(body.toStdString()).code);
}

QString ApiReply::userMessage() const {
    if (ok())
        return {};
    if (!localError.isEmpty())
        return localError;
    if (untrusted)
        return tr("The server answered with a certificate this computer was not set up to trust, so nothing was "
                  "sent. It may not be the hall's server: do not log in, and call the administrator.");
    if (offline())
        return tr("The server cannot be reached. Check the network cable or Wi-Fi; OneWindow keeps trying.");
    const QString code = errorCode();
    if (code == QLatin1String("counter_busy"))
        return tr("Finish the current ticket or mark it as no-show before calling the next one.");
    if (code == QLatin1String("recall_limit"))
        return tr("This number has been recalled the maximum number of times. Mark it as no-show.");
    if (code == QLatin1String("illegal_transition"))
        return tr("This ticket has already moved on; the screen has been refreshed.");
    if (code == QLatin1String("locked"))
        return tr("Too many wrong passwords. The account is locked for 15 minutes; ask a supervisor if urgent.");
    if (code == QLatin1String("invalid_code"))
        return tr("This enrollment code is unknown, already used or expired (codes are good for 7 days). Ask the "
                  "administrator for a new one.");
    if (code == QLatin1String("rate_limited"))
        return tr("Too many failed attempts from this computer. Wait a few minutes, then try again.");
    if (code == QLatin1String("invalid_token"))
        return tr("This device is no longer enrolled or the session has ended. Restart OneWindow; it will ask for "
                  "a new enrollment code if needed.");
    if (code == QLatin1String("account_disabled"))
        return tr("Your account has been disabled by the hall's administrator, and this session has ended. Ask the "
                  "administrator if this is a mistake.");
    if (code == QLatin1String("password_reset"))
        return tr("Your password was reset by the administrator, and this session has ended. Log in again with the "
                  "new password.");
    if (code == QLatin1String("device_revoked"))
        return tr("This computer's enrollment was revoked by the hall's administrator: it can do nothing more. Ask "
                  "the administrator for a new enrollment code.");
    if (code == QLatin1String("password_change_required"))
        return tr("Choose your own password first: log in again and you will be asked for it.");
    if (code == QLatin1String("hall_closed")) // when it opens again is said in the hall's time by the kiosk
        return tr("The hall is closed now and gives no numbers.");
    if (code == QLatin1String("queue_closed"))
        return tr("This queue gives no numbers at the moment. Please ask at the information desk.");
    if (code == QLatin1String("counter_closed"))
        return tr("This counter is closed for today by the hall's administrator; it calls nobody until tomorrow.");
    if (code == QLatin1String("invalid_id_number")) // a person's number typed or read at a desk
        return tr("The ID number is not valid: check it against the card.");
    if (code == QLatin1String("invalid_phone"))
        return tr("The phone number must be a mobile number of 11 digits.");
    if (code == QLatin1String("session_required"))
        return tr("Log in first: this needs a person of the hall, not the device alone.");
    if (status == 401)
        return tr("Wrong user name or password. Please try again.");
    if (status == 403)
        return tr("This device is not allowed to do that.");
    const QString message = QString::fromStdString(wire::ErrorReply::fromBody(body.toStdString()).message);
    return message.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(status) : message;
}

ApiClient::ApiClient(QString baseUrl, std::shared_ptr<HttpTransport> transport, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_transport(transport ? std::move(transport) : std::make_shared<PocoHttpTransport>()) {
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    m_pool.setMaxThreadCount(10); // the sync engine's 8 uploads, a push beside them, and one more (a queue call)
}

ApiClient::~ApiClient() { m_pool.waitForDone(); }

void ApiClient::waitForIdle() { m_pool.waitForDone(); }

void ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body, Callback done) {
    send(HttpRequest{m_baseUrl, method, path, body, m_token, 8000, "application/json", {}, false}, std::move(done));
}

void ApiClient::sendSync(const QByteArray& method, const QString& path, const QByteArray& body, Callback done) {
    send(HttpRequest{m_baseUrl, method, path, body, m_token, 30000, "application/json", {}, true}, std::move(done));
}

void ApiClient::putBlobPiece(const QString& sha256, qint64 offset, qint64 total, const QByteArray& bytes,
                             Callback done) {
    HttpRequest request{
        m_baseUrl, "PUT", apiPath(api::kBlob, {sha256}), bytes, m_token, 30000, "application/octet-stream", {}, true};
    if (total > 0)
        request.headers.emplace_back(
            "Content-Range",
            QStringLiteral("bytes %1-%2/%3").arg(offset).arg(offset + bytes.size() - 1).arg(total).toLatin1());
    send(std::move(request), std::move(done));
}

void ApiClient::postBlobPack(const QList<QPair<QString, QString>>& files, Callback done) {
    HttpRequest request{
        m_baseUrl,
        "POST",
        apiPath(api::kBlobs),
        {},
        m_token,
        60000,
        QByteArray(blobpack::kContentType.data(), static_cast<qsizetype>(blobpack::kContentType.size())),
        {},
        true};
    auto transport = m_transport;
    run(
        [files, request = std::move(request), transport]() mutable {
            // Scans from days ago are on the disk, not in memory: ask for all of them at once so that the disk
            // reads them together instead of one after the other.
            for (const auto& file : files)
                readAhead(file.second);
            for (const auto& [sha256, path] : files) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    ApiReply failed;
                    failed.localError = tr("The attachment %1 is missing on this computer (%2).")
                                            .arg(sha256.left(12), file.errorString());
                    return failed;
                }
                request.body += QByteArray::fromStdString(blobpack::recordHeader(sha256.toStdString(), file.size()));
                request.body += file.readAll();
            }
            const HttpResponse response = transport->send(request);
            return ApiReply{response.status, response.body, response.networkError, {}, response.untrusted};
        },
        std::move(done));
}

void ApiClient::send(HttpRequest request, Callback done) {
    request.baseUrl = m_baseUrl;
    request.token = m_token;
    auto transport = m_transport;
    run(
        [request = std::move(request), transport] {
            const HttpResponse response = transport->send(request);
            return ApiReply{response.status, response.body, response.networkError, {}, response.untrusted};
        },
        std::move(done));
}

void ApiClient::run(std::function<ApiReply()> work, Callback done) {
    m_pool.start([this, work = std::move(work), done = std::move(done)] {
        const ApiReply reply = work();
        // Queued to the client's thread; dropped by Qt if the client is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, reply, done] {
                const bool reachable = !reply.offline();
                if (reply.localError.isEmpty() && m_reachable != reachable) {
                    m_reachable = reachable;
                    emit reachabilityChanged(reachable);
                }
                // A person's session stopped by the administrator (or the device revoked): said once.
                if (reply.status == 401 && m_token.startsWith("ses_") && !m_sessionEnded &&
                    endsSession(reply.errorCode())) {
                    m_sessionEnded = true;
                    emit sessionEnded(reply.userMessage());
                }
                if (done)
                    done(reply);
            },
            Qt::QueuedConnection);
    });
}

void ApiClient::enroll(const QString& code, const QString& deviceName, Callback done) {
    const wire::EnrollRequest body{code.toStdString(), deviceName.toStdString()};
    post(apiPath(api::kEnroll), jsonBytes(body.toJson()), std::move(done));
}

bool endsSession(const QString& errorCode) {
    return errorCode == QLatin1String("account_disabled") || errorCode == QLatin1String("password_reset") ||
           errorCode == QLatin1String("device_revoked") || errorCode == QLatin1String("invalid_token");
}

QString apiPath(const char* pattern, std::initializer_list<QString> values) {
    std::vector<std::string> utf8;
    for (const QString& value : values)
        utf8.push_back(value.toStdString());
    return QString::fromStdString(api::path(pattern, std::vector<std::string_view>(utf8.begin(), utf8.end())));
}

QByteArray jsonBytes(const Poco::JSON::Object::Ptr& object) { return QByteArray::fromStdString(toJsonText(object)); }

DeviceRegistration ApiClient::registrationFromEnrollment(const QString& serverUrl, const QByteArray& body) {
    const wire::Enrolled e = wire::Enrolled::fromJson(parseObject(body.toStdString()));
    DeviceRegistration r;
    r.serverUrl = serverUrl;
    r.deviceId = QString::fromStdString(e.deviceId);
    r.deviceToken = QString::fromStdString(e.deviceToken);
    r.hall = QString::fromStdString(e.hall);
    r.kind = QString::fromStdString(e.kind);
    r.counter = e.counter;
    r.code = QString::fromStdString(e.deviceCode);
    r.timeZone = QString::fromStdString(e.timeZone);
    for (const auto& [day, last] : e.caseNumbersUsed)
        r.caseNumbersUsed[QString::fromStdString(day)] = last;
    return r;
}

void ApiClient::login(const QString& user, const QString& password, Callback done) {
    const wire::LoginRequest body{user.toStdString(), password.toStdString()};
    post(apiPath(api::kSessions), jsonBytes(body.toJson()), std::move(done));
}

void ApiClient::issueTicket(const QString& hall, const QString& category, Priority priority, const QString& idNumber,
                            Callback done) {
    wire::TicketRequest body{category.toStdString(), priority, std::nullopt};
    if (!idNumber.isEmpty())
        body.idNumber = idNumber.toStdString();
    post(apiPath(api::kTickets, {hall}), jsonBytes(body.toJson()), std::move(done));
}

void ApiClient::checkIn(const QString& hall, const QString& code, Callback done) {
    post(apiPath(api::kCheckIn, {hall, code}), {}, std::move(done));
}

void ApiClient::checkInByCard(const QString& hall, const QString& idNumber, Callback done) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("id_number", idNumber.toStdString());
    post(apiPath(api::kCheckInById, {hall}), jsonBytes(body), std::move(done));
}

void ApiClient::callNext(int counter, Callback done) {
    post(apiPath(api::kCallNext, {QString::number(counter)}), {}, std::move(done));
}

void ApiClient::setCounterPaused(int counter, bool paused, Callback done) {
    post(apiPath(paused ? api::kCounterPause : api::kCounterResume, {QString::number(counter)}), {}, std::move(done));
}

void ApiClient::ticketAction(const QString& ticketId, TicketAction action, const QByteArray& body, Callback done) {
    post(apiPath(api::kTicketAction, {ticketId, QString::fromLatin1(toString(action).data())}), body, std::move(done));
}

void ApiClient::queue(const QString& hall, Callback done) { get(apiPath(api::kQueue, {hall}), std::move(done)); }

std::optional<Ticket> ticketFromReply(const ApiReply& reply) {
    if (!reply.ok() || reply.body.isEmpty())
        return std::nullopt;
    try {
        const auto object = parseObject(reply.body.toStdString());
        if (object->has("ticket")) // an action's answer; an issued number comes bare
            return wire::TicketEnvelope::fromJson(object).ticket;
        return ticketFromJson(object);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::int64_t seqFromReply(const ApiReply& reply) {
    try {
        return wire::TicketEnvelope::fromJson(parseObject(reply.body.toStdString())).seq.value_or(0);
    } catch (const BadInput&) {
        return 0;
    }
}

std::optional<QueueSnapshot> snapshotFromReply(const ApiReply& reply) {
    if (!reply.ok())
        return std::nullopt;
    try {
        return queueSnapshotFromJson(parseObject(reply.body.toStdString()));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace ow
