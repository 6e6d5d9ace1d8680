#include "store/Sql.h"

#include <QSqlError>
#include <QVariant>

#include <stdexcept>

namespace ow::sql {

void run(QSqlQuery& query) {
    if (!query.exec())
        throw std::runtime_error("local database: " + query.lastError().text().toStdString());
}

void run(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw std::runtime_error("local database: " + query.lastError().text().toStdString());
}

int count(const QSqlDatabase& db, const QString& countSql) {
    QSqlQuery query(db);
    query.prepare(countSql);
    run(query);
    return query.next() ? query.value(0).toInt() : 0;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (!m_db.transaction())
        throw std::runtime_error("local database: " + m_db.lastError().text().toStdString());
}

Transaction::~Transaction() {
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit() {
    if (!m_db.commit())
        throw std::runtime_error("local database: " + m_db.lastError().text().toStdString());
    m_done = true;
}

} // namespace ow::sql
