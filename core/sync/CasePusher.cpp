#include "sync/CasePusher.h"

#include "store/CaseStore.h"
#include "sync/ApiClient.h"

#include "domain/HallTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

CasePusher::CasePusher(ApiClient& api, CaseStore& cases, QString deviceId, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_cases(cases)
    , m_deviceId(std::move(deviceId)) {}

void CasePusher::pushOnce(int batch) {
    if (!m_busy)
        send(m_cases.outbox(batch));
}

void CasePusher::pushReady(int batch) {
    if (!m_busy)
        send(m_cases.outbox(batch, true));
}

void CasePusher::send(const std::vector<OutboxEntry>& entries) {
    if (entries.empty()) {
        emit finished(0, 0, m_cases.pendingOutbox());
        return;
    }
    QJsonArray changes;
    for (const auto& e : entries)
        changes.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("entity"), e.entity},
                                   {QStringLiteral("id"), e.entityId},
                                   {QStringLiteral("base_version"), e.baseVersion},
                                   {QStringLiteral("op"), e.op},
                                   {QStringLiteral("data"), QJsonDocument::fromJson(e.data).object()}});
    const QJsonObject body{{QStringLiteral("device_id"), m_deviceId}, {QStringLiteral("changes"), changes}};
    m_busy = true;
    m_api.sendSync("POST", apiPath(api::kSyncPush), QJsonDocument(body).toJson(QJsonDocument::Compact),
                   [this](const ApiReply& reply) {
                       m_busy = false;
                       if (!reply.ok()) {
                           emit failed(reply.userMessage());
                           return;
                       }
                       QList<qint64> applied;
                       int setAside = 0;
                       QStringList missing;
                       const QJsonArray results =
                           QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
                       for (const QJsonValue& v : results) {
                           const QJsonObject r = v.toObject();
                           const qint64 seq = static_cast<qint64>(r.value(QStringLiteral("seq")).toDouble());
                           const QString status = r.value(QStringLiteral("status")).toString();
                           if (status == QLatin1String("applied")) {
                               applied << seq;
                           } else if (status == QLatin1String("conflict") || status == QLatin1String("rejected")) {
                               m_cases.setAside(seq, status, r.value(QStringLiteral("reason")).toString(), nowUtcMs());
                               ++setAside;
                           } else if (status == QLatin1String("waiting")) {
                               for (const QJsonValue& name : r.value(QStringLiteral("missing")).toArray())
                                   missing << name.toString();
                           }
                       }
                       m_cases.acknowledge(applied);
                       if (!missing.isEmpty())
                           emit blobsMissing(missing);
                       emit finished(applied.size(), setAside, m_cases.pendingOutbox());
                   });
}

} // namespace ow
