#include "sync/PermitRegistry.h"

#include "sync/ApiClient.h"

#include "domain/Json.h"

#include <QUrl>

namespace ow {

PermitRegistry::PermitRegistry(ApiClient& api, QString hall, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_hall(std::move(hall)) {}

void PermitRegistry::reload(const QString& caseRef) {
    m_caseRef = caseRef.trimmed();
    m_busy = true;
    QString path = apiPath(api::kHallPermits, {m_hall});
    if (!m_caseRef.isEmpty())
        path += QStringLiteral("?case=") + QString::fromLatin1(QUrl::toPercentEncoding(m_caseRef));
    m_api.get(path, [this](const ApiReply& reply) {
        m_busy = false;
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        try {
            std::vector<Entry> entries;
            const auto list = parseObject(reply.body.toStdString())->getArray("permits");
            for (unsigned i = 0; list && i < list->size(); ++i) {
                const auto o = list->getObject(i);
                entries.push_back(
                    {permitFromJson(o), QString::fromStdString(optionalString(o, "status").value_or(""))});
            }
            m_entries = std::move(entries);
            emit entriesChanged();
        } catch (const std::exception&) {
            emit failed(tr("The server's list of permits could not be read."));
        }
    });
}

void PermitRegistry::revoke(const QString& permitId, const QString& reason) {
    if (reason.trimmed().isEmpty()) {
        emit failed(tr("Say why the permit is revoked; the reason is shown to everyone who checks it."));
        return;
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(true);
    body->set("reason", reason.trimmed().toStdString());
    m_busy = true;
    m_api.post(apiPath(api::kPermitRevoke, {permitId}), QByteArray::fromStdString(toJsonText(body)),
               [this, permitId](const ApiReply& reply) {
                   m_busy = false;
                   if (!reply.ok()) {
                       emit failed(reply.errorCode() == QLatin1String("already_revoked")
                                       ? tr("This permit was revoked already.")
                                       : reply.userMessage());
                       return;
                   }
                   emit revoked(permitId);
                   reload(m_caseRef);
               });
}

} // namespace ow
