#pragma once

#include "domain/DailyStats.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ow {

class ApiClient;

// A region's day (区域) from GET /api/v1/regions/{region}/stats/daily, for the region's supervisor: every hall of
// the region side by side and their sum. The answer to a day no longer asked for is dropped.
class RegionService : public QObject {
    Q_OBJECT
public:
    RegionService(ApiClient& api, QString region, QObject* parent = nullptr);

    const QString& region() const { return m_region; }
    const std::optional<RegionDay>& day() const { return m_day; }
    const QString& date() const { return m_date; } // empty: the region's today
    bool isBusy() const { return m_reading != 0; }

public slots:
    void load(const QString& isoDate);
    void reload();

signals:
    void loaded();
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    ApiClient& m_api;
    QString m_region;
    QString m_date;
    std::optional<RegionDay> m_day;
    int m_reading = 0;    // readings under way
    unsigned m_asked = 0; // the number of the last reading asked for: only its answer is shown
};

} // namespace ow
