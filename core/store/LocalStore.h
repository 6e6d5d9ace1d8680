#pragma once

#include "domain/Clock.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace ow {

// What this device keeps about itself, in its own SQLite file (WAL, versioned schema): the server it
// belongs to and its enrollment. Later issues add cases and the sync outbox here.
struct DeviceRegistration {
    QString serverUrl;
    QString deviceId;
    QString deviceToken;
    QString hall;
    QString kind;
    std::optional<int> counter;
    QString code; // in case numbers, as the server handed it out ("S001"); empty for an older enrollment
    QString timeZone = QStringLiteral("Asia/Shanghai"); // the hall's, in which its days are counted
    // Told at enrollment, not kept as such: the last sequence of the case numbers already given under this code,
    // by day (yyyyMMdd) — this device's numbers carry on after them (a counter PC replaced in mid-day).
    std::map<QString, int> caseNumbersUsed;
};

// The device's code in case numbers: the server's, or for an enrollment from before the server handed them out,
// one derived from the device id.
QString caseNumberCode(const DeviceRegistration& registration);
// The hall's clock as the registration knows its time zone (the default zone where this computer's tz database
// lacks it: the server's dates still rule).
Clock hallClock(const DeviceRegistration& registration);

class LocalStore {
public:
    // Opens (creating if needed) the database at `path`; throws std::runtime_error with the reason.
    explicit LocalStore(const QString& path);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    int schemaVersion() const;
    // Migration N brings the schema from version N-1 to N (the upgrade test builds every earlier version with them).
    static const QList<QStringList>& migrations();
    std::optional<DeviceRegistration> registration() const;
    // Keeps the registration, and makes this device's case numbers carry on after those it was told are used.
    void saveRegistration(const DeviceRegistration& registration);
    void clearRegistration();

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);

    // The connection, for the stores of this module that keep their tables here (CaseStore).
    QSqlDatabase database() const;

private:
    void migrate();
    QString m_connection;
};

} // namespace ow
