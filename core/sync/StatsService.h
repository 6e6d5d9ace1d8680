#pragma once

#include "domain/DailyStats.h"

#include <Poco/JSON/Array.h>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace ow {

class ApiClient;
class HallFeed;

// One number of a day, for the drill-down from a counter.
struct TicketOfDay {
    QString number, category, status, clerkName;
    QStringList cases; // numbers of the cases taken at the service
    std::optional<int> counter, rating;
    QDateTime issuedAt, calledAt; // instants (UTC); screens show them in the hall's time zone
    std::optional<qint64> waitS, serviceS;
};

// An open case due soon or overdue (办件预警).
struct CaseWarningRow {
    QString caseNo, item, clerkName, acceptedDate, promisedDate;
    std::optional<int> counter;
    bool overdue = false;
    int workingDaysLeft = 0;
};

// The supervisor's day of the hall from GET /api/v1/stats/daily. Live for today: every change in the hall (a call,
// a finish) brings a fresh count a moment later, several changes one count.
class StatsService : public QObject {
    Q_OBJECT
public:
    StatsService(ApiClient& api, QString hall, QObject* parent = nullptr);

    const std::optional<DailyStats>& day() const { return m_day; }
    const QString& date() const { return m_date; }
    bool isBusy() const { return m_busy; }
    // Follow the hall's events while the day shown is the hall's today.
    void followLive(HallFeed& feed);

    // The numbers of the day shown, at one counter; `done` gets them (nothing when they could not be had).
    void loadTickets(int counter, std::function<void(std::optional<std::vector<TicketOfDay>>)> done);
    const std::vector<CaseWarningRow>& warnings() const { return m_warnings; }

public slots:
    void load(const QString& isoDate);
    void reload();
    void loadWarnings(); // for the hall's today

signals:
    void loaded();
    void failed(const QString& message);
    void busyChanged(bool busy);
    void warningsLoaded();

private:
    // GETs `path` and hands the array under `key` to `read`; a refusal, a dead line or an unreadable answer is said
    // by `failed` (and `failedToo`, when given).
    void getList(const QString& path, const char* key, std::function<void(const Poco::JSON::Array::Ptr&)> read,
                 std::function<void()> failedToo = {});

    ApiClient& m_api;
    QString m_hall;
    QString m_date;
    std::optional<DailyStats> m_day;
    std::vector<CaseWarningRow> m_warnings;
    bool m_busy = false;
    bool m_again = false; // a reload was asked for while one ran
    QTimer m_liveDelay;
};

} // namespace ow
