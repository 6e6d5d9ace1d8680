#pragma once

#include "domain/HallHours.h"
#include "domain/HallProfile.h"
#include "domain/wire/Admin.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <Poco/JSON/Object.h>

#include <functional>
#include <optional>
#include <vector>

namespace ow {

class ApiClient;
struct ApiReply;

// The administrator's work on the hall (管理) as named operations on the server: staff accounts, enrollment codes
// and devices, queues and counters, opening hours, the service catalog and the audit record. Each list is kept
// here and announced when it changes; every refusal comes back as a sentence for the person at the screen.
class AdminService : public QObject {
    Q_OBJECT
public:
    AdminService(ApiClient& api, QString hall, QObject* parent = nullptr);

    const QString& hall() const { return m_hall; }
    const std::vector<wire::StaffMember>& staff() const { return m_staff; }
    const std::vector<wire::DeviceInfo>& devices() const { return m_devices; }
    const std::vector<wire::CategorySetup>& categories() const { return m_categories; }
    const std::vector<wire::CounterSetup>& counters() const { return m_counters; }
    const std::optional<HallHours>& hours() const { return m_hours; } // nothing: never set (always open)
    const HallProfile& profile() const { return m_profile; }
    const std::vector<wire::AuditEntry>& audit() const { return m_audit; }
    bool isBusy() const { return m_pending > 0; }

    // A password a person can type from a slip: 12 characters of letters and digits, without look-alikes (0/O,
    // 1/l/I), following the written rules.
    static QString newPassword();

public slots:
    void reloadAll();
    void reloadStaff();
    void addStaff(const wire::NewStaff& staff);
    void changeStaff(const QString& user, const wire::StaffChange& change);
    // The new password is said by `passwordSet` once the server took it (shown once, printed on a slip).
    void resetPassword(const QString& user, const QString& password);
    // On a hall server: a field of `user` changed both here and upstream, settled — `keepHall`: the hall's value
    // stays (and goes up); otherwise the upstream's is taken.
    void settleConflict(const QString& user, const QString& field, bool keepHall);

    void reloadDevices();
    void makeEnrollCode(const QString& kind, std::optional<int> counter);
    void revokeDevice(const QString& id);

    void reloadQueues(); // categories and counters
    void addCategory(const wire::CategorySetup& category);
    void changeCategory(const QString& prefix, const wire::CategoryChange& change);
    void addCounter(const wire::CounterSetup& counter);
    void changeCounter(int number, const wire::CounterChange& change);

    void reloadHours();
    void saveHours(const HallHours& hours);
    void reloadProfile();
    void saveProfile(const HallProfile& profile);

    void uploadCatalog(const QByteArray& json);

    // The record, newest first: by person (empty: everyone) and hall-local dates (empty: unbounded); `more` asks for
    // the page after the entries already loaded.
    void loadAudit(const QString& actor, const QString& from, const QString& to, bool more = false);

signals:
    void staffChanged();
    void devicesChanged();
    void queuesChanged();
    void hoursChanged();
    void profileChanged();
    void auditChanged(bool more); // more: a page was added at the end
    void enrollCodeMade(const wire::EnrollCode& code);
    void passwordSet(const QString& user, const QString& name, const QString& password);
    void catalogLoaded(int version);
    void catalogRefused(const QStringList& problems); // every problem with its JSON path
    void busyChanged(bool busy);
    void info(const QString& message);
    void failed(const QString& message);

private:
    // Sends a request; `done` gets the answer's JSON object (or an empty one) on success. A refusal is said by
    // `failed`, in the words of `refusal` when it has some for it.
    void call(const QByteArray& method, const QString& path, const QByteArray& body,
              std::function<void(const Poco::JSON::Object::Ptr&)> done,
              std::function<QString(const ApiReply&)> refusal = {});
    void setPending(int delta);

    ApiClient& m_api;
    QString m_hall;
    std::vector<wire::StaffMember> m_staff;
    std::vector<wire::DeviceInfo> m_devices;
    std::vector<wire::CategorySetup> m_categories;
    std::vector<wire::CounterSetup> m_counters;
    std::optional<HallHours> m_hours;
    HallProfile m_profile;
    std::vector<wire::AuditEntry> m_audit;
    int m_pending = 0;
};

// What an administrator's refusal means, in the person's words (nothing when ApiReply::userMessage says it well).
QString adminRefusal(const ApiReply& reply);

} // namespace ow
