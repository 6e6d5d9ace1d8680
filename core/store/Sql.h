#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ow::sql {

// Runs a prepared query; throws std::runtime_error with the database's reason.
void run(QSqlQuery& query);
// Runs one statement without parameters.
void run(const QSqlDatabase& db, const QString& statement);
// The single number a "SELECT COUNT(*) ..." without parameters answers.
int count(const QSqlDatabase& db, const QString& countSql);

// BEGIN ... COMMIT on a connection; rolls back unless committed.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace ow::sql
