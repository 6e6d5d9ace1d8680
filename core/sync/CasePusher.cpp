#include "sync/CasePusher.h"

#include "store/CaseStore.h"
#include "sync/ApiClient.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/wire/Sync.h"

namespace ow {
namespace {

// The entity an outbox record carries. A damaged one goes as an empty object: the server refuses it and the record
// is set aside for a person, instead of holding up every change behind it.
Poco::JSON::Object::Ptr outboxData(const QByteArray& data) {
    try {
        return parseObject(data.toStdString());
    } catch (const BadInput&) {
        return new Poco::JSON::Object;
    }
}

} // namespace

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
    wire::SyncPush push;
    push.deviceId = m_deviceId.toStdString();
    for (const auto& e : entries)
        push.changes.push_back({e.seq, e.entity.toStdString(), e.entityId.toStdString(), e.baseVersion,
                                e.op.toStdString(), outboxData(e.data)});
    m_busy = true;
    m_api.sendSync("POST", apiPath(api::kSyncPush), jsonBytes(push.toJson()), [this](const ApiReply& reply) {
        m_busy = false;
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        wire::PushReply answer;
        try {
            answer = wire::PushReply::fromJson(parseObject(reply.body.toStdString()));
        } catch (const BadInput& e) {
            emit failed(tr("The server's answer could not be read (%1).").arg(QString::fromUtf8(e.what())));
            return;
        }
        QList<qint64> applied;
        int setAside = 0;
        QStringList missing;
        for (const wire::PushResult& r : answer.results) {
            switch (r.status) {
            case wire::PushResult::Status::Applied: applied << r.seq; break;
            case wire::PushResult::Status::Conflict:
            case wire::PushResult::Status::Rejected:
                m_cases.setAside(r.seq, QString::fromUtf8(wire::toString(r.status)), QString::fromStdString(r.reason),
                                 nowUtcMs());
                ++setAside;
                break;
            case wire::PushResult::Status::Waiting:
                for (const auto& name : r.missing)
                    missing << QString::fromStdString(name);
                break;
            }
        }
        m_cases.acknowledge(applied);
        if (!missing.isEmpty())
            emit blobsMissing(missing);
        emit finished(applied.size(), setAside, m_cases.pendingOutbox());
    });
}

} // namespace ow
