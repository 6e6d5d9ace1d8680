#include "store/LocalStore.h"

#include "store/Sql.h"

#include "domain/CaseNumber.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <stdexcept>

namespace ow {

const QList<QStringList>& LocalStore::migrations() {
    static const QList<QStringList> list = {
        {QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE registration(id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL,"
                        " device_id TEXT NOT NULL, device_token TEXT NOT NULL, hall TEXT NOT NULL, kind TEXT NOT NULL,"
                        " counter INTEGER)")},
        // 2: cases, stored here first, and the outbox that carries every local change to the server.
        {QStringLiteral(
             "CREATE TABLE cases(id TEXT PRIMARY KEY, case_no TEXT, hall TEXT NOT NULL, state TEXT NOT NULL,"
             " applicant_name TEXT NOT NULL, applicant_id TEXT NOT NULL, accepted_date TEXT,"
             " promised_date TEXT, updated_at INTEGER NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL)"),
         QStringLiteral("CREATE UNIQUE INDEX cases_no ON cases(case_no) WHERE case_no <> ''"),
         QStringLiteral("CREATE INDEX cases_state ON cases(state, promised_date)"),
         QStringLiteral("CREATE INDEX cases_accepted ON cases(accepted_date)"),
         QStringLiteral("CREATE INDEX cases_updated ON cases(updated_at)"),
         QStringLiteral("CREATE INDEX cases_applicant_id ON cases(applicant_id)"),
         QStringLiteral("CREATE TABLE case_sequences(day TEXT NOT NULL, device TEXT NOT NULL, last INTEGER NOT NULL,"
                        " PRIMARY KEY(day, device))"),
         QStringLiteral("CREATE TABLE outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL,"
                        " entity_id TEXT NOT NULL, op TEXT NOT NULL, base_version INTEGER NOT NULL,"
                        " data TEXT NOT NULL, created_at INTEGER NOT NULL)")},
        // 3: what the server did not apply as sent: conflicts and quarantined changes, for a person to see.
        {QStringLiteral(
            "CREATE TABLE sync_issues(seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
            " status TEXT NOT NULL, reason TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL)")},
        // 4: the earliest supply date of a waived (容缺) material still outstanding, so the list can flag it.
        {QStringLiteral("ALTER TABLE cases ADD COLUMN waiver_due TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX cases_waiver_due ON cases(waiver_due) WHERE waiver_due <> ''")},
        // 5: attachments kept on the device until the server confirms them.
        {QStringLiteral("CREATE TABLE local_blobs(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL,"
                        " uploaded INTEGER NOT NULL, added_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX local_blobs_pending ON local_blobs(uploaded, added_at)")},
        // 6: the device's code in case numbers, handed out by the server at enrollment.
        {QStringLiteral("ALTER TABLE registration ADD COLUMN code TEXT NOT NULL DEFAULT ''")},
        // 7: the hall's permits as the server's change log brought them, to print again without the network.
        {QStringLiteral("CREATE TABLE permits(id TEXT PRIMARY KEY, case_id TEXT NOT NULL, item TEXT NOT NULL,"
                        " revoked INTEGER NOT NULL, body TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX permits_case ON permits(case_id)")},
        // 8: the hall's time zone, in which its days (case numbers, accepted and promised dates) are counted.
        {QStringLiteral("ALTER TABLE registration ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai'")},
        // 9: the waived materials' dates of the cases stored before 4, which 4 left empty (so the list did not flag
        // them until the case was saved again): from the bodies, as CaseStore writes it.
        {QStringLiteral("UPDATE cases SET waiver_due = COALESCE((SELECT MIN(json_extract(m.value, '$.due_date'))"
                        " FROM json_each(body, '$.materials') m WHERE json_extract(m.value, '$.state') = 'waived'"
                        " AND json_extract(m.value, '$.due_date') <> ''), '') WHERE waiver_due = ''")},
    };
    return list;
}

LocalStore::LocalStore(const QString& path)
    : m_connection(QStringLiteral("onewindow-local-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        throw std::runtime_error("cannot open the local database " + path.toStdString() + ": " +
                                 db.lastError().text().toStdString());
    sql::run(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    sql::run(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    migrate();
}

LocalStore::~LocalStore() {
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase LocalStore::database() const { return QSqlDatabase::database(m_connection, false); }

int LocalStore::schemaVersion() const { return sql::count(database(), QStringLiteral("PRAGMA user_version")); }

void LocalStore::migrate() {
    QSqlDatabase db = database();
    const int version = schemaVersion();
    if (version > migrations().size())
        throw std::runtime_error("the local database is newer than this program; update OneWindow");
    for (int i = version; i < migrations().size(); ++i) {
        sql::Transaction tx(db);
        for (const QString& statement : migrations().at(i))
            sql::run(db, statement);
        sql::run(db, QStringLiteral("PRAGMA user_version=%1").arg(i + 1));
        tx.commit();
    }
}

Clock hallClock(const DeviceRegistration& registration) {
    const std::string zone = registration.timeZone.toStdString();
    return Clock(HallTime::isKnownZone(zone) ? std::string_view(zone) : Clock::kDefaultZone);
}

QString caseNumberCode(const DeviceRegistration& registration) {
    if (!registration.code.isEmpty())
        return registration.code;
    return QString::fromStdString(CaseNumber::deviceCode(registration.deviceId.toStdString(), registration.counter));
}

std::optional<DeviceRegistration> LocalStore::registration() const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT server_url, device_id, device_token, hall, kind, counter, code, time_zone "
                                 "FROM registration WHERE id = 1"));
    sql::run(query);
    if (!query.next())
        return std::nullopt;
    DeviceRegistration r{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), std::nullopt,
                         query.value(6).toString(), query.value(7).toString(), {}};
    if (!query.value(5).isNull())
        r.counter = query.value(5).toInt();
    return r;
}

void LocalStore::saveRegistration(const DeviceRegistration& r) {
    sql::Transaction tx(database());
    for (const auto& [day, last] : r.caseNumbersUsed) {
        QSqlQuery skip(database());
        skip.prepare(QStringLiteral("INSERT INTO case_sequences(day, device, last) VALUES(?, ?, ?)"
                                    " ON CONFLICT(day, device) DO UPDATE SET last = MAX(last, excluded.last)"));
        skip.addBindValue(day);
        skip.addBindValue(caseNumberCode(r));
        skip.addBindValue(last);
        sql::run(skip);
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO registration(id, server_url, device_id, device_token, hall,"
                                 " kind, counter, code, time_zone) VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(r.serverUrl);
    query.addBindValue(r.deviceId);
    query.addBindValue(r.deviceToken);
    query.addBindValue(r.hall);
    query.addBindValue(r.kind);
    query.addBindValue(r.counter ? QVariant(*r.counter) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(r.code);
    query.addBindValue(r.timeZone);
    sql::run(query);
    tx.commit();
}

void LocalStore::clearRegistration() {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM registration"));
    sql::run(query);
}

QString LocalStore::value(const QString& key, const QString& fallback) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    sql::run(query);
    return query.next() ? query.value(0).toString() : fallback;
}

void LocalStore::setValue(const QString& key, const QString& value) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    sql::run(query);
}

} // namespace ow
