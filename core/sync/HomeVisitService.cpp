#include "sync/HomeVisitService.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"

#include <QPointer>
#include <QUrlQuery>

namespace ow {
namespace {

QByteArray body(const char* key, const QString& value) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    o->set(key, value.toStdString());
    return QByteArray::fromStdString(toJsonText(o));
}

} // namespace

HomeVisitService::HomeVisitService(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {}

void HomeVisitService::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void HomeVisitService::setFilter(const QString& state, const QString& date, const QString& clerk) {
    m_state = state;
    m_date = date;
    m_clerk = clerk;
    reload();
}

void HomeVisitService::reload() {
    QUrlQuery query;
    if (!m_state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), m_state);
    if (!m_date.isEmpty())
        query.addQueryItem(QStringLiteral("date"), m_date);
    if (!m_clerk.isEmpty())
        query.addQueryItem(QStringLiteral("clerk"), m_clerk);
    const QString path =
        apiPath(api::kHomeVisits, {m_hall}) + (query.isEmpty() ? QString() : QLatin1Char('?') + query.toString());
    // Only the answer to the latest reading is shown: one for an older filter may arrive after it.
    m_api.get(path, [this, self = QPointer(this), reading = ++m_readings](const ApiReply& reply) {
        if (!self || reading != m_readings)
            return;
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        try {
            const auto object = parseObject(reply.body.toStdString());
            std::vector<wire::HomeVisit> visits;
            if (auto list = optionalArray(object, "visits"))
                for (unsigned i = 0; i < list->size(); ++i)
                    visits.push_back(wire::HomeVisit::fromJson(list->getObject(i)));
            std::vector<std::pair<QString, QString>> clerks;
            if (auto list = optionalArray(object, "clerks"))
                for (unsigned i = 0; i < list->size(); ++i)
                    clerks.emplace_back(QString::fromStdString(requireString(list->getObject(i), "user")),
                                        QString::fromStdString(requireString(list->getObject(i), "name")));
            m_visits = std::move(visits);
            m_clerks = std::move(clerks);
            emit visitsChanged();
        } catch (const std::exception&) {
            emit failed(tr("The server's answer could not be read. Please try again."));
        }
    });
}

void HomeVisitService::post(const QString& path, const QByteArray& payload, std::function<void()> done) {
    if (m_busy)
        return;
    setBusy(true);
    m_api.post(path, payload, [this, self = QPointer(this), done = std::move(done)](const ApiReply& reply) {
        if (!self)
            return;
        setBusy(false);
        if (!reply.ok()) {
            const QString code = reply.errorCode();
            QString text;
            if (code == QLatin1String("date_past"))
                text = tr("That date has passed: choose today or a later day.");
            else if (code == QLatin1String("not_a_clerk"))
                text = tr("Only a clerk of the hall can be sent.");
            else if (code == QLatin1String("not_open") || code == QLatin1String("not_scheduled"))
                text = tr("This visit has moved on meanwhile; the list has been refreshed.");
            else if (reply.offline())
                text = tr("Not sent: the hall cannot be reached. What you entered is kept; send it again when the "
                          "connection is back.");
            emit failed(text.isEmpty() ? reply.userMessage() : text);
            if (reply.status == 409)
                reload();
            return;
        }
        done();
        reload();
    });
}

void HomeVisitService::request(const wire::HomeVisitRequest& request) {
    const QString id = QString::fromStdString(request.id);
    post(apiPath(api::kHomeVisits, {m_hall}), jsonBytes(request.toJson()), [this, id] {
        emit sent(id);
        emit info(tr("The request has been sent to the hall. Its supervisor will send a clerk and the villager "
                     "gets a text message with the date."));
    });
}

void HomeVisitService::schedule(const QString& id, const QString& clerk, const QString& date) {
    post(apiPath(api::kHomeVisitSchedule, {m_hall, id}),
         jsonBytes(wire::HomeVisitSchedule{clerk.toStdString(), date.toStdString()}.toJson()),
         [this] { emit info(tr("Scheduled. The person is told the date by text message.")); });
}

void HomeVisitService::markDone(const QString& id, const QString& outcome) {
    post(apiPath(api::kHomeVisitDone, {m_hall, id}), body("outcome", outcome),
         [this] { emit info(tr("The visit is recorded as done.")); });
}

void HomeVisitService::cancel(const QString& id, const QString& reason) {
    post(apiPath(api::kHomeVisitCancel, {m_hall, id}), body("reason", reason),
         [this] { emit info(tr("The visit has been cancelled.")); });
}

} // namespace ow
