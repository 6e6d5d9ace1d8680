#include "SamplePermit.h"

#include "HallStore.h"
#include "PermitKeyStore.h"

#include "domain/HallTime.h"
#include "domain/WorkCalendar.h"
#include "printer/PermitPrinter.h"

#include <QGuiApplication>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <ostream>
#include <stdexcept>

namespace ow::server {
namespace {

// The printing needs a QGuiApplication (fonts); the server has none, and no screen: one on the offscreen platform
// for this command, with the Chinese texts of the documents.
class PrintingApplication {
public:
    PrintingApplication() {
        if (QGuiApplication::instance())
            return;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt's notes about a desktop session that a server does not have are not the operator's business.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
        if (m_translator.load(QStringLiteral(":/onewindow/i18n/onewindow_zh_CN.qm")))
            QCoreApplication::installTranslator(&m_translator);
    }

private:
    int m_argc = 1;
    char m_name[16] = "onewindow-print";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
    QTranslator m_translator;
};

} // namespace

void writeSamplePermit(Database& db, const std::string& hallId, const std::string& path, bool card, std::ostream& out) {
    HallStore halls(db);
    const auto hall = halls.hall(hallId);
    if (!hall)
        throw std::runtime_error("there is no hall \"" + hallId + "\"");
    PermitKeyStore keys(db, db.keyDirectory());
    const auto key = keys.signingKey(hallId);
    if (!key)
        throw std::runtime_error("hall \"" + hallId +
                                 "\" has no permit key yet: run admin keygen "
                                 "--issuer " +
                                 hallId + " first");
    const std::string today = HallTime(hall->timezone).businessDay(nowUtcMs());
    // A year, to the day before (a sample from 2026-11-27 is valid to 2027-11-26).
    const std::chrono::year_month_day day{*parseIsoDate(today)};
    const std::chrono::year_month_day nextYear{
        day.year() + std::chrono::years(1), day.month(),
        day.month() == std::chrono::February && day.day() == std::chrono::day(29) ? std::chrono::day(28) : day.day()};
    const Date end = std::chrono::sys_days(nextYear) - std::chrono::days(1);

    Permit p;
    p.id = hallId + "-SAMPLE";
    for (char& c : p.id)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    p.hall = hallId;
    p.item = "SAMPLE";
    p.typeName = "样例证照";
    p.holderName = "样例持证人";
    p.holderId = "510104********1234";
    p.holderInCode = permitHolderText(p.holderName, p.holderId);
    p.scope = "本证为样例，仅供测试扫码核验设备，不具法律效力。";
    p.authority = hall->name;
    p.validFrom = today;
    p.validTo = isoDate(end);
    p.issuer = key->issuer;
    p.kid = key->kid;
    p.token = signPermit({p.id, p.item, p.holderInCode, p.issuer, p.validFrom, p.validTo}, *key);
    p.issuedBy = "admin";
    p.issuedAtMs = nowUtcMs();

    PrintingApplication printing;
    PermitPaper paper{QString::fromStdString(hall->name), QStringLiteral("样例事项"), QString::fromStdString(today),
                      true};
    QString error;
    if (!PermitPrinter::printToPdf(p, paper, card ? PermitPrinter::Layout::Card : PermitPrinter::Layout::A4,
                                   QString::fromStdString(path), &error))
        throw std::runtime_error(error.toStdString());
    out << p.token << "\n";
}

} // namespace ow::server
