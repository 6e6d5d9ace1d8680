#include "sync/AppointmentService.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"
#include "domain/wire/Error.h"

#include <QPointer>
#include <QUrlQuery>

namespace ow {

AppointmentService::AppointmentService(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {}

void AppointmentService::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

namespace {

// What the server said was wrong with a plan or policy: its sentence, with each problem's place when it lists them.
QString refusalOf(const ApiReply& reply) {
    try {
        const auto error = parseObject(reply.body.toStdString())->getObject("error");
        if (error && error->has("problems")) {
            QStringList lines;
            const auto problems = error->getArray("problems");
            for (unsigned i = 0; i < problems->size(); ++i)
                lines << QString::fromStdString(problems->get(i).toString()); // "$.slots[0].start: …"
            return lines.join(QLatin1Char('\n'));
        }
    } catch (const std::exception&) {
    }
    return reply.userMessage();
}

} // namespace

void AppointmentService::readJson(const QString& path, std::function<bool()> wanted,
                                  std::function<void(const Poco::JSON::Object::Ptr&)> read,
                                  std::function<void()> notFound) {
    m_api.get(path, [this, self = QPointer(this), wanted = std::move(wanted), read = std::move(read),
                     notFound = std::move(notFound)](const ApiReply& reply) {
        if (!self || !wanted())
            return;
        if (reply.status == 404 && notFound) {
            notFound();
            return;
        }
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        try {
            read(parseObject(reply.body.toStdString()));
        } catch (const std::exception&) {
            emit failed(tr("The server's answer could not be read. Please try again."));
        }
    });
}

void AppointmentService::loadPlan(const QString& category) {
    // The answer to the latest reading only, and none from before a change this screen made.
    readJson(
        apiPath(api::kAppointmentPlan, {m_hall}) + QStringLiteral("?category=") + category,
        [this, reading = ++m_planReadings] { return reading == m_planReadings; },
        [this](const Poco::JSON::Object::Ptr& object) {
            m_plan = appointmentPlanFromJson(object);
            emit planChanged();
        },
        [this] {
            m_plan.reset();
            emit planChanged();
        });
}

void AppointmentService::change(const QByteArray& method, const QString& path, const QByteArray& body,
                                std::function<void()> done) {
    if (m_busy)
        return;
    setBusy(true);
    m_api.send(method, path, body,
               [this, self = QPointer(this), method, done = std::move(done)](const ApiReply& reply) {
                   if (!self)
                       return;
                   setBusy(false);
                   // Stopping a plan that is gone already has its end.
                   if (!reply.ok() && !(method == "DELETE" && reply.status == 404)) {
                       emit failed(refusalOf(reply));
                       return;
                   }
                   done();
               });
}

void AppointmentService::savePlan(const AppointmentPlan& plan) {
    change("PUT", apiPath(api::kAppointmentPlan, {m_hall}), jsonBytes(appointmentPlanToJson(plan)), [this, plan] {
        ++m_planReadings; // a reading still on its way is older than this
        m_plan = plan;
        emit planChanged();
        emit saved(tr("The plan is saved: the booking page and the desks offer it from now on."));
        loadQueues();
    });
}

void AppointmentService::removePlan(const QString& category) {
    change("DELETE", apiPath(api::kAppointmentPlan, {m_hall}) + QStringLiteral("?category=") + category, {}, [this] {
        ++m_planReadings;
        m_plan.reset();
        emit planChanged();
        emit saved(tr("The queue takes no more appointments; those already booked stand."));
        loadQueues();
    });
}

void AppointmentService::loadPolicy() {
    readJson(
        apiPath(api::kAppointmentPolicy, {m_hall}), [] { return true; },
        [this](const Poco::JSON::Object::Ptr& object) {
            m_policy = noShowPolicyFromJson(object);
            emit policyChanged();
        });
}

void AppointmentService::savePolicy(const NoShowPolicy& policy) {
    change("PUT", apiPath(api::kAppointmentPolicy, {m_hall}), jsonBytes(noShowPolicyToJson(policy)), [this, policy] {
        m_policy = policy;
        emit policyChanged();
        emit saved(tr("The no-show rule is saved."));
    });
}

void AppointmentService::loadQueues() {
    readJson(
        apiPath(api::kBookableQueues, {m_hall}), [] { return true; },
        [this](const Poco::JSON::Object::Ptr& object) {
            std::vector<Queue> queues;
            if (auto list = optionalArray(object, "queues"))
                for (unsigned i = 0; i < list->size(); ++i)
                    queues.push_back({QString::fromStdString(requireString(list->getObject(i), "category")),
                                      QString::fromStdString(requireString(list->getObject(i), "name"))});
            m_queues = std::move(queues);
            emit queuesChanged();
        });
}

void AppointmentService::loadSlots(const QString& category, const QString& date) {
    m_slotsKey = category + QLatin1Char('/') + date;
    m_slots.clear();
    emit slotsChanged();
    if (category.isEmpty())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("category"), category);
    query.addQueryItem(QStringLiteral("date"), date);
    readJson(
        apiPath(api::kSlots, {m_hall}) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded),
        [this, key = m_slotsKey] { return key == m_slotsKey; }, // a late answer for another queue or day is dropped
        [this](const Poco::JSON::Object::Ptr& object) {
            std::vector<wire::SlotInfo> slotList;
            if (auto list = optionalArray(object, "slots"))
                for (unsigned i = 0; i < list->size(); ++i)
                    slotList.push_back(wire::SlotInfo::fromJson(list->getObject(i)));
            m_slots = std::move(slotList);
            emit slotsChanged();
        });
}

void AppointmentService::loadDay(const QString& date) {
    // Only the answer for the day last asked for is shown (the day may change while one is on its way).
    readJson(
        apiPath(api::kAppointments, {m_hall}) + QStringLiteral("?date=") + date,
        [this, reading = ++m_dayReadings] { return reading == m_dayReadings; },
        [this](const Poco::JSON::Object::Ptr& object) {
            std::vector<wire::Booking> bookings;
            if (auto list = optionalArray(object, "bookings"))
                for (unsigned i = 0; i < list->size(); ++i)
                    bookings.push_back(wire::Booking::fromJson(list->getObject(i)));
            m_bookings = std::move(bookings);
            emit bookingsChanged();
        });
}

void AppointmentService::book(const wire::BookingRequest& request) {
    if (m_busy)
        return;
    setBusy(true);
    const QString category = QString::fromStdString(request.category), date = QString::fromStdString(request.date);
    m_api.post(
        apiPath(api::kAppointments, {m_hall}), jsonBytes(request.toJson()),
        [this, self = QPointer(this), category, date](const ApiReply& reply) {
            if (!self)
                return;
            setBusy(false);
            if (!reply.ok()) {
                const QString code = reply.errorCode();
                QString text;
                if (code == QLatin1String("slot_full"))
                    text = tr("That time has just been taken in full. Choose another time.");
                else if (code == QLatin1String("already_booked"))
                    text = tr("This person already has an appointment for this queue on that day.");
                else if (code == QLatin1String("no_slot"))
                    text = tr("That time is no longer offered (it has begun or the plan changed). Choose another.");
                else if (code == QLatin1String("booking_suspended"))
                    text = tr("This person may not book until %1: appointments not kept, under the hall's rule.")
                               .arg(QString::fromStdString(wire::ErrorReply::fromBody(reply.body.toStdString()).until));
                emit failed(text.isEmpty() ? reply.userMessage() : text);
                loadSlots(category, date); // the free places as they are now
                return;
            }
            try {
                const auto booking = wire::Booking::fromJson(parseObject(reply.body.toStdString()));
                emit booked(QString::fromStdString(booking.code), QString::fromStdString(booking.date),
                            QString::fromStdString(booking.start), QString::fromStdString(booking.end));
            } catch (const std::exception&) {
                emit failed(tr("The server's answer could not be read. Please try again."));
            }
            loadSlots(category, date);
            loadDay(date);
        });
}

} // namespace ow
