#pragma once

#include "forms/CatalogDocument.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ow {

class ApiClient;
class LocalStore;

// The service catalog on this device: the copy kept in the local store (so intake works offline from the first
// successful download on), refreshed from the server whenever it has a newer version. A download that does not
// parse never replaces the copy in use.
class CatalogSource : public QObject {
    Q_OBJECT
public:
    explicit CatalogSource(LocalStore& store, QObject* parent = nullptr);

    const std::optional<CatalogDocument>& document() const { return m_document; }
    int version() const { return m_document ? m_document->catalog.version : 0; }

    // Asks the server for a newer catalog; emits changed() when one was stored, failed() when it could not.
    void refresh(ApiClient& api);
    // Stores and uses a catalog document given as the JSON text of {"version":..., ...}; false when it is invalid.
    bool adopt(const QByteArray& catalogJson, QString* error = nullptr);

signals:
    void changed();
    void failed(const QString& message);

private:
    LocalStore& m_store;
    std::optional<CatalogDocument> m_document;
};

} // namespace ow
