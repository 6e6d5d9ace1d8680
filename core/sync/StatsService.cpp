#include "sync/StatsService.h"

#include "sync/ApiClient.h"
#include "sync/HallFeed.h"

#include "domain/Json.h"
#include "domain/wire/Stats.h"

#include <QPointer>
#include <QTimeZone>

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
    m_api.get(apiPath(api::kStatsDaily) + QStringLiteral("?hall=%1&date=%2").arg(m_hall, asked),
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

void StatsService::getList(const QString& path, const char* key,
                           std::function<void(const Poco::JSON::Array::Ptr&)> read, std::function<void()> failedToo) {
    m_api.get(path, [this, self = QPointer(this), key, read, failedToo](const ApiReply& reply) {
        if (!self)
            return;
        QString problem;
        if (reply.ok()) {
            try {
                read(optionalArray(parseObject(reply.body.toStdString()), key));
                return;
            } catch (const std::exception&) {
                problem = tr("The server's answer could not be read. Please try again.");
            }
        } else {
            problem = reply.userMessage();
        }
        emit failed(problem);
        if (failedToo)
            failedToo();
    });
}

void StatsService::loadTickets(int counter, std::function<void(std::optional<std::vector<TicketOfDay>>)> done) {
    getList(
        apiPath(api::kStatsTickets) + QStringLiteral("?hall=%1&date=%2&counter=%3").arg(m_hall, m_date).arg(counter),
        "tickets",
        [done](const Poco::JSON::Array::Ptr& list) {
            std::vector<TicketOfDay> rows;
            for (unsigned i = 0; list && i < list->size(); ++i) {
                const wire::TicketLine line = wire::TicketLine::fromJson(list->getObject(i));
                TicketOfDay t;
                t.number = QString::fromStdString(line.number);
                t.category = QString::fromStdString(line.category);
                t.status = QString::fromStdString(line.status);
                t.clerkName = QString::fromStdString(line.clerkName);
                t.counter = line.counter;
                t.rating = line.rating;
                for (const auto& c : line.cases)
                    t.cases << QString::fromStdString(c);
                t.issuedAt = QDateTime::fromMSecsSinceEpoch(line.issuedAtMs, QTimeZone::utc());
                if (line.calledAtMs)
                    t.calledAt = QDateTime::fromMSecsSinceEpoch(*line.calledAtMs, QTimeZone::utc());
                t.waitS = line.waitS;
                t.serviceS = line.serviceS;
                rows.push_back(t);
            }
            done(rows);
        },
        [done] { done(std::nullopt); });
}

void StatsService::loadWarnings() {
    getList(apiPath(api::kStatsWarnings) + QStringLiteral("?hall=%1").arg(m_hall), "cases",
            [this](const Poco::JSON::Array::Ptr& list) {
                std::vector<CaseWarningRow> rows;
                for (unsigned i = 0; list && i < list->size(); ++i) {
                    const wire::CaseWarning warning = wire::CaseWarning::fromJson(list->getObject(i));
                    CaseWarningRow w;
                    w.caseNo = QString::fromStdString(warning.caseNo);
                    w.item = QString::fromStdString(warning.itemName.empty() ? warning.item : warning.itemName);
                    w.clerkName = QString::fromStdString(warning.clerkName);
                    w.acceptedDate = QString::fromStdString(warning.acceptedDate);
                    w.promisedDate = QString::fromStdString(warning.promisedDate);
                    w.counter = warning.counter;
                    w.overdue = warning.overdue;
                    w.workingDaysLeft = warning.workingDaysLeft;
                    rows.push_back(w);
                }
                m_warnings = std::move(rows);
                emit warningsLoaded();
            });
}

} // namespace ow
