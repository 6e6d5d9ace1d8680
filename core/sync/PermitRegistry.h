#pragma once

#include "domain/Permit.h"

#include <QObject>
#include <QString>

#include <vector>

namespace ow {

class ApiClient;

// The hall's permits for its supervisor: the list (newest first, or those of one case) with how each stands, and
// revocation with a reason — on the server, which records it in the audit log and answers every check from then
// on with "revoked".
class PermitRegistry : public QObject {
    Q_OBJECT
public:
    struct Entry {
        Permit permit;
        QString status; // "valid", "not_yet_valid", "expired", "revoked"
    };

    PermitRegistry(ApiClient& api, QString hall, QObject* parent = nullptr);

    const std::vector<Entry>& entries() const { return m_entries; }
    bool isBusy() const { return m_busy; }

public slots:
    void reload(const QString& caseRef = {}); // a case's id or number narrows the list
    void revoke(const QString& permitId, const QString& reason);

signals:
    void entriesChanged();
    void revoked(const QString& permitId);
    void failed(const QString& message);

private:
    ApiClient& m_api;
    QString m_hall;
    QString m_caseRef;
    std::vector<Entry> m_entries;
    bool m_busy = false;
};

} // namespace ow
