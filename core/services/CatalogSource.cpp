#include "services/CatalogSource.h"

#include "store/LocalStore.h"
#include "sync/ApiClient.h"

#include "domain/Json.h"

#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace ow {
namespace {

const QString kCatalogKey = QStringLiteral("catalog");

std::optional<CatalogDocument> parse(const QByteArray& text, QString* error) {
    try {
        return parseCatalogDocument(parseObject(text.toStdString()));
    } catch (const DocumentErrors& e) {
        if (error)
            *error = QString::fromStdString(e.errors().front());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
    }
    return std::nullopt;
}

} // namespace

CatalogSource::CatalogSource(LocalStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {
    const QString cached = m_store.value(kCatalogKey);
    if (!cached.isEmpty())
        m_document = parse(cached.toUtf8(), nullptr);
}

bool CatalogSource::adopt(const QByteArray& catalogJson, QString* error) {
    auto document = parse(catalogJson, error);
    if (!document)
        return false;
    m_store.setValue(kCatalogKey, QString::fromUtf8(catalogJson));
    m_document = std::move(document);
    emit changed();
    return true;
}

void CatalogSource::refresh(ApiClient& api) {
    api.get(apiPath(api::kCatalog) + QStringLiteral("?since=%1").arg(version()), [this](const ApiReply& reply) {
        if (reply.status == 204)
            return; // up to date
        if (!reply.ok()) {
            emit failed(reply.userMessage());
            return;
        }
        QString error;
        try {
            const auto catalog = parseObject(reply.body.toStdString())->getObject("catalog");
            if (!catalog)
                throw BadInput("invalid_field", "the answer has no catalog");
            std::ostringstream text;
            Poco::JSON::Stringifier::stringify(catalog, text);
            if (adopt(QByteArray::fromStdString(text.str()), &error))
                return;
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        emit failed(tr("The catalog from the server could not be read (%1); the copy on this computer stays in use.")
                        .arg(error));
    });
}

} // namespace ow
