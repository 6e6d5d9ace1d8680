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

namespace {

std::optional<int> intField(const Poco::JSON::Object::Ptr& o, const char* key) {
    if (auto v = optionalInt(o, key))
        return static_cast<int>(*v);
    return std::nullopt;
}
QString textField(const Poco::JSON::Object::Ptr& o, const char* key) {
    return QString::fromStdString(optionalString(o, key).value_or(""));
}

} // namespace

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
                const auto o = list->getObject(i);
                TicketOfDay t;
                t.number = textField(o, "number");
                t.category = textField(o, "category");
                t.status = textField(o, "status");
                t.clerkName = textField(o, "clerk_name");
                t.counter = intField(o, "counter");
                t.rating = intField(o, "rating");
                if (auto cases = optionalArray(o, "cases"))
                    for (unsigned c = 0; c < cases->size(); ++c)
                        t.cases << QString::fromStdString(cases->getElement<std::string>(c));
                t.issuedAt = QDateTime::fromString(textField(o, "issued_at"), Qt::ISODate);
                t.calledAt = QDateTime::fromString(textField(o, "called_at"), Qt::ISODate);
                if (auto v = optionalInt(o, "wait_s"))
                    t.waitS = *v;
                if (auto v = optionalInt(o, "service_s"))
                    t.serviceS = *v;
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
                    const auto o = list->getObject(i);
                    CaseWarningRow w;
                    w.caseNo = textField(o, "case_no");
                    w.item = textField(o, "item");
                    w.clerkName = textField(o, "clerk_name");
                    w.acceptedDate = textField(o, "accepted_date");
                    w.promisedDate = textField(o, "promised_date");
                    w.counter = intField(o, "counter");
                    w.overdue = textField(o, "level") == QLatin1String("overdue");
                    w.workingDaysLeft = intField(o, "working_days_left").value_or(0);
                    rows.push_back(w);
                }
                m_warnings = std::move(rows);
                emit warningsLoaded();
            });
}

} // namespace ow
