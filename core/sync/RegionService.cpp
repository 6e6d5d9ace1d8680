#include "sync/RegionService.h"

#include "domain/ApiPaths.h"
#include "domain/Json.h"
#include "sync/ApiClient.h"

#include <QPointer>

namespace ow {

RegionService::RegionService(ApiClient& api, QString region, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_region(std::move(region)) {}

void RegionService::load(const QString& isoDate) {
    m_date = isoDate;
    reload();
}

void RegionService::reload() {
    const unsigned asked = ++m_asked;
    if (m_reading++ == 0)
        emit busyChanged(true);
    QString path = apiPath(api::kRegionDaily, {m_region});
    if (!m_date.isEmpty())
        path += QStringLiteral("?date=") + m_date;
    m_api.get(path, [this, self = QPointer(this), asked](const ApiReply& reply) {
        if (!self)
            return;
        if (--m_reading == 0)
            emit busyChanged(false);
        if (asked != m_asked)
            return; // another day (or a fresher count) was asked for meanwhile
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        try {
            m_day = regionDayFromJson(parseObject(reply.body.toStdString()));
        } catch (const std::exception&) {
            emit failed(tr("The server's answer could not be read. Please try again."));
            return;
        }
        emit loaded();
    });
}

} // namespace ow
