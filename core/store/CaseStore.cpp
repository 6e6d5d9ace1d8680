#include "store/CaseStore.h"

#include "store/LocalStore.h"
#include "store/Sql.h"

#include "domain/CaseNumber.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow {
void CaseStore::upsert(const Case& c) {
    const QString body = QString::fromStdString(toJsonText(caseToJson(c)));
    std::string waiverDue;
    for (const auto& m : c.materials)
        if (m.state == MaterialState::Waived && m.dueDate && (waiverDue.empty() || *m.dueDate < waiverDue))
            waiverDue = *m.dueDate;
    QSqlQuery upsert(m_store.database());
    upsert.prepare(QStringLiteral(
        "INSERT INTO cases(id, case_no, hall, state, applicant_name, applicant_id, accepted_date, promised_date,"
        " updated_at, version, body, waiver_due) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET case_no = excluded.case_no, state = excluded.state,"
        " applicant_name = excluded.applicant_name, applicant_id = excluded.applicant_id,"
        " accepted_date = excluded.accepted_date, promised_date = excluded.promised_date,"
        " updated_at = excluded.updated_at, version = excluded.version, body = excluded.body,"
        " waiver_due = excluded.waiver_due"));
    for (const QVariant& v :
         {QVariant(QString::fromStdString(c.id)), QVariant(QString::fromStdString(c.caseNo)),
          QVariant(QString::fromStdString(c.hall)), QVariant(QString::fromLatin1(toString(c.state).data())),
          QVariant(QString::fromStdString(c.applicant.name)),
          QVariant(QString::fromStdString(c.applicant.kind == Applicant::Kind::Person ? c.applicant.idNumber
                                                                                      : c.applicant.creditCode)),
          QVariant(QString::fromStdString(c.acceptedDate)), QVariant(QString::fromStdString(c.promisedDate)),
          QVariant(static_cast<qint64>(c.updatedAtMs)), QVariant(c.version), QVariant(body),
          QVariant(QString::fromStdString(waiverDue))})
        upsert.addBindValue(v);
    sql::run(upsert);
}

void CaseStore::save(Case& c, std::int64_t nowMs) {
    Case next = c;
    const int baseVersion = c.version;
    next.version = c.version + 1;
    next.updatedAtMs = nowMs;
    if (next.createdAtMs == 0)
        next.createdAtMs = nowMs;
    sql::Transaction tx(m_store.database());
    upsert(next);
    QSqlQuery queue(m_store.database());
    queue.prepare(QStringLiteral("INSERT INTO outbox(entity, entity_id, op, base_version, data, created_at)"
                                 " VALUES('case', ?, ?, ?, ?, ?)"));
    queue.addBindValue(QString::fromStdString(next.id));
    queue.addBindValue(baseVersion == 0 ? QStringLiteral("create") : QStringLiteral("update"));
    queue.addBindValue(baseVersion);
    queue.addBindValue(QString::fromStdString(toJsonText(caseToJson(next))));
    queue.addBindValue(static_cast<qint64>(nowMs));
    sql::run(queue);
    tx.commit();
    c = std::move(next);
}

int CaseStore::applyPulled(const std::vector<Case>& cases, qint64 cursor, const std::vector<Permit>& permits) {
    sql::Transaction tx(m_store.database());
    QSqlQuery permit(m_store.database());
    permit.prepare(
        QStringLiteral("INSERT OR REPLACE INTO permits(id, case_id, item, revoked, body) VALUES(?, ?, ?, ?, ?)"));
    for (const Permit& p : permits) {
        permit.addBindValue(QString::fromStdString(p.id));
        permit.addBindValue(QString::fromStdString(p.caseId));
        permit.addBindValue(QString::fromStdString(p.item));
        permit.addBindValue(p.revoked ? 1 : 0);
        permit.addBindValue(QString::fromStdString(toJsonText(permitToJson(p))));
        sql::run(permit);
    }
    QSqlQuery local(m_store.database());
    local.prepare(QStringLiteral("SELECT version, (SELECT COUNT(*) FROM outbox WHERE entity = 'case' AND"
                                 " entity_id = cases.id) FROM cases WHERE id = ?"));
    int written = 0;
    for (const Case& c : cases) {
        local.addBindValue(QString::fromStdString(c.id));
        sql::run(local);
        const bool keepLocal = local.next() && (local.value(0).toInt() >= c.version || local.value(1).toInt() > 0);
        local.finish();
        if (keepLocal)
            continue; // as new or newer here, or local changes still to upload: those win or conflict on the server
        upsert(c);
        ++written;
    }
    m_store.setValue(QStringLiteral("pull_cursor"), QString::number(cursor)); // same connection: same transaction
    tx.commit();
    return written;
}

std::optional<Permit> CaseStore::standingPermit(const QString& caseId, const QString& item) const {
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT body FROM permits WHERE case_id = ? AND item = ? AND revoked = 0 LIMIT 1"));
    query.addBindValue(caseId);
    query.addBindValue(item);
    sql::run(query);
    if (!query.next())
        return std::nullopt;
    return permitFromJson(parseObject(query.value(0).toString().toStdString()));
}

qint64 CaseStore::pullCursor() const {
    return m_store.value(QStringLiteral("pull_cursor"), QStringLiteral("0")).toLongLong();
}

std::optional<Case> CaseStore::find(const QString& id) const {
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT body FROM cases WHERE id = ?"));
    query.addBindValue(id);
    sql::run(query);
    if (!query.next())
        return std::nullopt;
    return caseFromJson(parseObject(query.value(0).toString().toStdString()));
}

std::vector<CaseRow> CaseStore::search(const CaseFilter& f) const {
    QString sql =
        QStringLiteral("SELECT id, case_no, applicant_name, applicant_id, state, accepted_date, promised_date,"
                       " waiver_due, EXISTS(SELECT 1 FROM outbox WHERE entity = 'case' AND entity_id = cases.id)"
                       " FROM cases WHERE 1 = 1");
    QVariantList binds;
    // A whole ID number or credit code is looked up by its index; anything else is part of a number or name.
    const bool wholeId = f.text.size() == 18 && !f.text.contains(QLatin1Char('-'));
    if (wholeId) {
        sql += QStringLiteral(" AND applicant_id = ?");
        binds << f.text.toUpper();
    } else if (!f.text.isEmpty()) {
        sql += QStringLiteral(" AND (case_no LIKE ? ESCAPE '\\' OR applicant_name LIKE ? ESCAPE '\\')");
        QString escaped = f.text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
        binds << like << like;
    }
    if (f.state) {
        sql += QStringLiteral(" AND state = ?");
        binds << QString::fromLatin1(toString(*f.state).data());
    }
    if (f.overdueOnly) {
        // Past the promised date, or a waived material not supplied in time.
        sql += QStringLiteral(
            " AND state IN ('accepted', 'in_review', 'supplement', 'approved', 'denied')"
            " AND ((promised_date <> '' AND promised_date < ?) OR (waiver_due <> '' AND waiver_due < ?))");
        binds << f.today << f.today;
    }
    if (!f.acceptedFrom.isEmpty()) {
        sql += QStringLiteral(" AND accepted_date >= ?");
        binds << f.acceptedFrom;
    }
    if (!f.acceptedTo.isEmpty()) {
        sql += QStringLiteral(" AND accepted_date <= ?");
        binds << f.acceptedTo;
    }
    // Overdue cases most overdue first; everything else newest first.
    sql += f.overdueOnly ? QStringLiteral(" ORDER BY promised_date LIMIT ?")
                         : QStringLiteral(" ORDER BY updated_at DESC LIMIT ?");
    binds << f.limit;
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    for (const QVariant& v : binds)
        query.addBindValue(v);
    sql::run(query);
    std::vector<CaseRow> rows;
    while (query.next()) {
        CaseRow row;
        row.id = query.value(0).toString();
        row.caseNo = query.value(1).toString();
        row.applicantName = query.value(2).toString();
        row.applicantIdMasked = QString::fromStdString(IdNumber::masked(query.value(3).toString().toStdString()));
        row.state = caseStateFromString(query.value(4).toString().toStdString()).value_or(CaseState::Draft);
        row.acceptedDate = query.value(5).toString();
        row.promisedDate = query.value(6).toString();
        row.waiverDue = query.value(7).toString();
        row.pendingUpload = query.value(8).toBool();
        rows.push_back(std::move(row));
    }
    return rows;
}

QString CaseStore::nextCaseNumber(const QString& hall, const QString& dayYyyymmdd, const QString& device) {
    sql::Transaction tx(m_store.database());
    QSqlQuery bump(m_store.database());
    bump.prepare(QStringLiteral("INSERT INTO case_sequences(day, device, last) VALUES(?, ?, 1)"
                                " ON CONFLICT(day, device) DO UPDATE SET last = last + 1"));
    bump.addBindValue(dayYyyymmdd);
    bump.addBindValue(device);
    sql::run(bump);
    QSqlQuery read(m_store.database());
    read.prepare(QStringLiteral("SELECT last FROM case_sequences WHERE day = ? AND device = ?"));
    read.addBindValue(dayYyyymmdd);
    read.addBindValue(device);
    sql::run(read);
    read.next();
    const int sequence = read.value(0).toInt();
    tx.commit();
    return QString::fromStdString(
        CaseNumber{hall.toUpper().toStdString(), dayYyyymmdd.toStdString(), device.toUpper().toStdString(), sequence}
            .text());
}

int CaseStore::pendingOutbox() const {
    return sql::count(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM outbox"));
}

std::vector<OutboxEntry> CaseStore::outbox(int limit, bool readyOnly) const {
    QSqlQuery query(m_store.database());
    if (!readyOnly) {
        query.prepare(
            QStringLiteral("SELECT seq, entity, entity_id, op, base_version, data FROM outbox ORDER BY seq LIMIT ?"));
    } else {
        // Cut at the first of these changes that names an attachment still to upload: changes go in order, so
        // one that waits holds back those after it (a later change of the same case builds on it).
        query.prepare(
            QStringLiteral("SELECT seq, entity, entity_id, op, base_version, data FROM outbox WHERE seq < COALESCE("
                           " (SELECT MIN(o.seq) FROM (SELECT seq, IIF(json_valid(data), data, '{}') AS data FROM "
                           "outbox ORDER BY seq LIMIT ?) o,"
                           "  json_each(o.data, '$.materials') m, json_each(m.value, '$.attachments') a"
                           "  JOIN local_blobs b ON b.sha256 = a.value AND b.uploaded = 0), 9223372036854775807)"
                           " ORDER BY seq LIMIT ?"));
        query.addBindValue(limit);
    }
    query.addBindValue(limit);
    sql::run(query);
    std::vector<OutboxEntry> out;
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toInt(), query.value(5).toByteArray()});
    return out;
}

void CaseStore::setAside(qint64 seq, const QString& status, const QString& reason, std::int64_t nowMs) {
    sql::Transaction tx(m_store.database());
    QSqlQuery move(m_store.database());
    move.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_issues(seq, entity, entity_id, status, reason, data, at)"
                                " SELECT seq, entity, entity_id, ?, ?, data, ? FROM outbox WHERE seq = ?"));
    move.addBindValue(status);
    move.addBindValue(reason);
    move.addBindValue(static_cast<qint64>(nowMs));
    move.addBindValue(seq);
    sql::run(move);
    QSqlQuery remove(m_store.database());
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    remove.addBindValue(seq);
    sql::run(remove);
    tx.commit();
}

int CaseStore::syncIssues() const {
    return sql::count(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM sync_issues"));
}

CaseStore::IssueCounts CaseStore::syncIssueCounts() const {
    IssueCounts counts;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT status, COUNT(*) FROM sync_issues GROUP BY status"));
    sql::run(query);
    while (query.next())
        (query.value(0).toString() == QLatin1String("conflict") ? counts.conflicts : counts.rejected) +=
            query.value(1).toInt();
    return counts;
}

void CaseStore::acknowledge(const QList<qint64>& seqs) {
    if (seqs.isEmpty())
        return;
    sql::Transaction tx(m_store.database());
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    for (const qint64 seq : seqs) {
        query.addBindValue(seq);
        sql::run(query);
    }
    tx.commit();
}

} // namespace ow
