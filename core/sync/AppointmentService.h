#pragma once

#include "domain/Appointment.h"
#include "domain/wire/Appointments.h"

#include <Poco/JSON/Object.h>

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ow {

class ApiClient;

// 预约 for someone at the desk or on the telephone, as named operations on the server: the queues that take
// bookings, the slots of a day with their free places, booking (the server holds the capacity), and the bookings of
// a day. What went wrong comes back as a sentence that says what to do.
class AppointmentService : public QObject {
    Q_OBJECT
public:
    AppointmentService(ApiClient& api, QString hall, QObject* parent = nullptr);

    struct Queue {
        QString category, name;
    };
    const std::vector<Queue>& queues() const { return m_queues; }
    const std::vector<wire::SlotInfo>& times() const { return m_slots; }      // of the queue and day last loaded
    const std::vector<wire::Booking>& bookings() const { return m_bookings; } // of the day last loaded
    bool isBusy() const { return m_busy; }

    // The supervisor's settings: a queue's plan (nothing: it takes no appointments) and the hall's no-show policy.
    const std::optional<AppointmentPlan>& plan() const { return m_plan; }
    const NoShowPolicy& policy() const { return m_policy; }
    void loadPlan(const QString& category);
    void savePlan(const AppointmentPlan& plan);
    void removePlan(const QString& category);
    void loadPolicy();
    void savePolicy(const NoShowPolicy& policy);

    void loadQueues();
    void loadSlots(const QString& category, const QString& date);
    void loadDay(const QString& date);
    void book(const wire::BookingRequest& request);

signals:
    void queuesChanged();
    void slotsChanged();
    void bookingsChanged();
    void booked(const QString& code, const QString& date, const QString& start, const QString& end);
    void busyChanged(bool busy);
    void planChanged();
    void policyChanged();
    void saved(const QString& message);
    void failed(const QString& message);

private:
    void setBusy(bool busy);
    // GETs `path` and hands its object to `read`, unless `wanted` says the answer is no longer (a later question
    // was asked); a 404 goes to `notFound` when there is one; a refusal or an unreadable answer is said by failed().
    void readJson(const QString& path, std::function<bool()> wanted,
                  std::function<void(const Poco::JSON::Object::Ptr&)> read, std::function<void()> notFound = {});
    // Sends a change (one at a time: busy meanwhile); `done` when the server took it, failed() with its words when
    // not.
    void change(const QByteArray& method, const QString& path, const QByteArray& body, std::function<void()> done);

    ApiClient& m_api;
    QString m_hall;
    std::vector<Queue> m_queues;
    std::vector<wire::SlotInfo> m_slots;
    std::vector<wire::Booking> m_bookings;
    std::optional<AppointmentPlan> m_plan;
    NoShowPolicy m_policy;
    int m_planReadings = 0; // readings of a plan asked for, and changes made
    QString m_slotsKey;     // the category and date the slots shown are of: a late answer for others is dropped
    bool m_busy = false;
    int m_dayReadings = 0; // readings of a day's bookings asked for
};

} // namespace ow
