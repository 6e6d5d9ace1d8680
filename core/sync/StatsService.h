#pragma once

#include "domain/DailyStats.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace ow {

class ApiClient;
class HallFeed;

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

public slots:
    void load(const QString& isoDate);
    void reload();

signals:
    void loaded();
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    ApiClient& m_api;
    QString m_hall;
    QString m_date;
    std::optional<DailyStats> m_day;
    bool m_busy = false;
    bool m_again = false; // a reload was asked for while one ran
    QTimer m_liveDelay;
};

} // namespace ow
