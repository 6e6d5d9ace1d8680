#include "sync/StatsService.h"

#include "sync/ApiClient.h"
#include "sync/HallFeed.h"

#include "domain/Json.h"

#include <QPointer>

namespace ow {

StatsService::StatsService(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {
    m_liveDelay.setSingleShot(true);
    m_liveDelay.setInterval(2000);
    connect(&m_liveDelay, &QTimer::timeout, this, &StatsService::reload);
}

void StatsService::followLive(HallFeed& feed) {
    connect(&feed, &HallFeed::ticketEvent, this, [this, &feed] {
        if (!m_date.isEmpty() && m_date.toStdString() == feed.snapshot().businessDay && !m_liveDelay.isActive())
            m_liveDelay.start();
    });
}

void StatsService::load(const QString& isoDate) {
    m_date = isoDate;
    reload();
}

void StatsService::reload() {
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    const QString asked = m_date;
    m_api.get(QStringLiteral("/api/v1/stats/daily?hall=%1&date=%2").arg(m_hall, asked),
              [this, self = QPointer(this), asked](const ApiReply& reply) {
                  if (!self)
                      return;
                  m_busy = false;
                  emit busyChanged(false);
                  if (m_again || asked != m_date) { // another day was chosen meanwhile
                      m_again = false;
                      reload();
                      return;
                  }
                  if (!reply.ok()) {
                      emit failed(reply.userMessage());
                      return;
                  }
                  try {
                      m_day = dailyStatsFromJson(parseObject(reply.body.toStdString()));
                      emit loaded();
                  } catch (const std::exception&) {
                      emit failed(tr("The server's answer could not be read. Please try again."));
                  }
              });
}

} // namespace ow
