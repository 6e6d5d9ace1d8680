// The device's own database keeps what it holds across upgrades, as the server's does (tests/server/UpgradeTest.cpp):
// for every earlier schema version k, a database built as the programs of that time left it — migrations 1..k, and
// after each the rows a program of that version wrote (the registration, settings, a case with a waived material and
// its number sequence, a change still in the outbox, a change set aside, a scan waiting to upload, a permit) — is
// opened by the current program: every row keeps every column's value, the waived material's date is filled in, the
// registration, the case, the outbox and the pending scan are what the stores read back. A newer database is refused
// and left as it was.
#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "store/LocalStore.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace ow;

namespace {

QString caseBody() {
    Case c;
    c.id = "c1";
    c.hall = "h1";
    c.caseNo = "H1-20251204-S001-0001-07";
    c.items = {"qbj-ws-001"};
    c.applicant.name = "李秀英";
    c.applicant.idNumber = "51070319900101123X";
    c.state = CaseState::Accepted;
    c.acceptedDate = "2025-12-04";
    c.promisedDate = "2025-12-18";
    MaterialRecord brought{"sfz", MaterialState::Submitted, std::nullopt, {std::string(64, 'a')}, {}};
    MaterialRecord waived{"hkb", MaterialState::Waived, std::string("2025-12-11"), {}, {}};
    c.materials = {brought, waived};
    c.version = 1;
    return QString::fromStdString(toJsonText(caseToJson(c)));
}

// What the programs of version `era` wrote, right after its migration.
const std::map<int, std::function<QStringList()>>& eras() {
    static const std::map<int, std::function<QStringList()>> all = {
        {1,
         [] {
             return QStringList{
                 QStringLiteral("INSERT INTO settings(key, value) VALUES ('hall_name', '清江村代办站')"),
                 QStringLiteral("INSERT INTO registration(id, server_url, device_id, device_token, hall, kind, counter)"
                                " VALUES (1, 'https://hall.example:8443', 'dev-1', 'dev_token1', 'h1', 'station', "
                                "NULL)"),
             };
         }},
        {2,
         [] {
             QString body = caseBody();
             body.replace(QLatin1Char('\''), QStringLiteral("''"));
             return QStringList{
                 QStringLiteral("INSERT INTO cases(id, case_no, hall, state, applicant_name, applicant_id, "
                                "accepted_date, promised_date, updated_at, version, body) VALUES ('c1', "
                                "'H1-20251204-S001-0001-07', 'h1', 'accepted', '李秀英', '51070319900101123X', "
                                "'2025-12-04', '2025-12-18', 1764813600000, 1, '%1')")
                     .arg(body),
                 QStringLiteral("INSERT INTO case_sequences(day, device, last) VALUES ('20251204', 'S001', 1)"),
                 QStringLiteral("INSERT INTO outbox(entity, entity_id, op, base_version, data, created_at) VALUES "
                                "('case', 'c1', 'create', 0, '%1', 1764813600000)")
                     .arg(body),
             };
         }},
        {3,
         [] {
             return QStringList{QStringLiteral(
                 "INSERT INTO sync_issues(seq, entity, entity_id, status, reason, data, at) VALUES (7, 'case', 'c0', "
                 "'conflict', 'the server holds version 2', '{}', 1764813000000)")};
         }},
        {5,
         [] {
             return QStringList{
                 QStringLiteral("INSERT INTO local_blobs(sha256, size, uploaded, added_at) VALUES ('%1', "
                                "9, 0, 1764813500000)")
                     .arg(QString(64, QLatin1Char('a')))};
         }},
        {7,
         [] {
             return QStringList{QStringLiteral("INSERT INTO permits(id, case_id, item, revoked, body) VALUES ('pm1', "
                                               "'c0', 'qbj-ws-001', 0, '{}')")};
         }},
    };
    return all;
}

using Rows = std::map<QString, std::vector<std::map<QString, QString>>>;

Rows everyRow(const QSqlDatabase& db) {
    Rows out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        auto& kept = out[table];
        while (rows.next()) {
            std::map<QString, QString> row;
            for (int c = 0; c < rows.record().count(); ++c)
                row[rows.record().fieldName(c)] =
                    rows.value(c).isNull() ? QStringLiteral("\x01NULL") : rows.value(c).toString();
            kept.push_back(std::move(row));
        }
        std::sort(kept.begin(), kept.end());
    }
    return out;
}

class RawDatabase {
public:
    explicit RawDatabase(const QString& path)
        : m_name(QUuid::createUuid().toString()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void run(const QString& sql) {
        QSqlQuery query(db());
        if (!query.exec(sql))
            throw std::runtime_error(query.lastError().text().toStdString() + " in: " + sql.left(200).toStdString());
    }

private:
    QString m_name;
};

// Migrations 1..stop and each era's rows after its migration.
void buildAt(const QString& path, int stop) {
    RawDatabase raw(path);
    for (int version = 1; version <= stop; ++version) {
        for (const QString& statement : LocalStore::migrations().at(version - 1))
            raw.run(statement);
        if (const auto era = eras().find(version); era != eras().end())
            for (const QString& statement : era->second())
                raw.run(statement);
    }
    raw.run(QStringLiteral("PRAGMA user_version=%1").arg(stop));
}

} // namespace

TEST(LocalStoreUpgrade, EveryEarlierSchemaVersionWithItsRowsIsBroughtUpToDateKeepingEveryRow) {
    const int newest = static_cast<int>(LocalStore::migrations().size());
    for (int stop = 1; stop < newest; ++stop) {
        SCOPED_TRACE(QStringLiteral("from local schema version %1").arg(stop).toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("device.db"));
        buildAt(path, stop);
        Rows before;
        {
            RawDatabase raw(path);
            before = everyRow(raw.db());
        }
        LocalStore store(path);
        ASSERT_EQ(store.schemaVersion(), newest);
        const Rows after = everyRow(store.database());
        for (const auto& [table, rows] : before) {
            const auto found = after.find(table);
            ASSERT_NE(found, after.end()) << table.toStdString();
            ASSERT_EQ(found->second.size(), rows.size()) << table.toStdString();
            for (std::size_t i = 0; i < rows.size(); ++i)
                for (const auto& [column, value] : rows[i]) {
                    if (table == QLatin1String("cases") && column == QLatin1String("waiver_due"))
                        continue; // filled in by migration 9: checked below
                    EXPECT_EQ(found->second[i].at(column), value) << table.toStdString() << "." << column.toStdString();
                }
        }

        const auto registration = store.registration();
        ASSERT_TRUE(registration.has_value());
        EXPECT_EQ(registration->deviceId, QStringLiteral("dev-1"));
        EXPECT_EQ(registration->timeZone, QStringLiteral("Asia/Shanghai"));
        EXPECT_EQ(store.value(QStringLiteral("hall_name")), QStringLiteral("清江村代办站"));
        if (stop < 2)
            continue;
        CaseStore cases(store);
        const auto c = cases.find(QStringLiteral("c1"));
        ASSERT_TRUE(c.has_value());
        EXPECT_EQ(c->applicant.idNumber, "51070319900101123X");
        ASSERT_EQ(c->materials.size(), 2u);
        EXPECT_EQ(cases.pendingOutbox(), 1); // the change not yet uploaded goes up after the upgrade
        // The waived material's date, whether written by the program (4 on) or filled in (9): the list flags it.
        CaseFilter overdue;
        overdue.overdueOnly = true;
        overdue.today = QStringLiteral("2025-12-12"); // past the waived material's date, not the promised one
        const auto flagged = cases.search(overdue);
        ASSERT_EQ(flagged.size(), 1u);
        EXPECT_EQ(flagged.front().waiverDue, QStringLiteral("2025-12-11"));
        if (stop >= 3) {
            EXPECT_EQ(cases.syncIssues(), 1);
        }
        if (stop >= 5) {
            BlobCache blobs(store);
            EXPECT_EQ(blobs.pendingCount(), 1);
        }
    }
}

TEST(LocalStoreUpgrade, ANewerDatabaseIsRefusedAndLeftAsItWas) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device.db"));
    const int newest = static_cast<int>(LocalStore::migrations().size());
    buildAt(path, newest);
    Rows before;
    {
        RawDatabase raw(path);
        raw.run(QStringLiteral("PRAGMA user_version=%1").arg(newest + 1));
        before = everyRow(raw.db());
    }
    try {
        LocalStore store(path);
        FAIL() << "a newer local database was opened";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("newer than this program"), std::string::npos) << e.what();
    }
    RawDatabase raw(path);
    EXPECT_EQ(everyRow(raw.db()), before);
}
