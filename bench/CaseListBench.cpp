// The counter's case list over 100,000 local cases: query time for typical filters. Target < 50 ms.
#include "store/CaseStore.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>

using namespace ow;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    LocalStore local(dir.filePath(QStringLiteral("device.db")));
    CaseStore cases(local);

    // Generated in one transaction straight into the table CaseStore reads (saving 100k cases one by one
    // through the outbox would only time the generator).
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = local.database();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO cases(id, case_no, hall, state, applicant_name, applicant_id,"
                                  " accepted_date, promised_date, updated_at, version, body)"
                                  " VALUES(?, ?, 'demo', ?, ?, ?, ?, ?, ?, 1, '{}')"));
    const char* states[] = {"accepted", "in_review", "completed", "delivered", "notified", "supplement"};
    const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
    for (int i = 0; i < total; ++i) {
        const int day = i % 365;
        const QString accepted = QDate(2026, 1, 1).addDays(day).toString(Qt::ISODate);
        insert.addBindValue(QStringLiteral("case-%1").arg(i));
        insert.addBindValue(QStringLiteral("DEMO-%1-C%2-%3-00")
                                .arg(QDate(2026, 1, 1).addDays(day).toString(QStringLiteral("yyyyMMdd")))
                                .arg(i % 6 + 1)
                                .arg(i, 6, 10, QLatin1Char('0')));
        insert.addBindValue(QString::fromLatin1(states[i % 6]));
        insert.addBindValue(QString(QString::fromUtf8(surnames[i % 8]) + QStringLiteral("某%1").arg(i % 1000)));
        insert.addBindValue(QStringLiteral("5101041990%1").arg(i, 8, 10, QLatin1Char('0')));
        insert.addBindValue(accepted);
        insert.addBindValue(QDate(2026, 1, 1).addDays(day + 5).toString(Qt::ISODate));
        insert.addBindValue(static_cast<qint64>(i));
        insert.exec();
    }
    db.commit();
    const double generateMs = static_cast<double>(timer.elapsed());

    auto time = [&](const char* name, const CaseFilter& filter) {
        cases.search(filter); // warm the page cache once, as a counter that has been open a while
        QElapsedTimer t;
        t.start();
        const int runs = 20;
        std::size_t rows = 0;
        for (int i = 0; i < runs; ++i)
            rows = cases.search(filter).size();
        std::printf("  %-40s %7.2f ms  (%zu rows)\n", name, static_cast<double>(t.nsecsElapsed()) / 1e6 / runs, rows);
    };
    std::printf("case_list_bench: %d local cases (generated in %.0f ms)\n", total, generateMs);
    time("state = accepted, one week",
         {{}, CaseState::Accepted, false, {}, QStringLiteral("2026-06-01"), QStringLiteral("2026-06-07"), 200});
    time("overdue on 2026-11-27", {{}, {}, true, QStringLiteral("2026-11-27"), {}, {}, 200});
    time("applicant name contains 王某12", {QStringLiteral("王某12"), {}, false, {}, {}, {}, 200});
    time("whole ID number", {QStringLiteral("510104199000012345"), {}, false, {}, {}, {}, 200});
    time("no filter, newest 200", {{}, {}, false, {}, {}, {}, 200});
    return 0;
}
