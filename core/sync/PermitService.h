#pragma once

#include "domain/Permit.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>

namespace ow {

class ApiClient;
class CaseStore;
class SyncEngine;

// What the clerk fills in to issue a permit.
struct PermitInput {
    QString item;
    QString scope;
    QDate validFrom;
    QDate validTo;           // ignored when longTerm
    bool longTerm = false;   // 长期有效
    QString creditCode = {}; // an enterprise's permit (营业执照): the 统一社会信用代码 its registration gave
};

// 即办件 at the counter: approving an accepted case on the spot, and issuing its permit. The approval is a local
// change like any other (saved with its outbox record, then synced); the permit is signed by the hall's server —
// the private key never leaves it — so issuing needs the network. A case the server has not yet received is sent
// first, then the permit asked for once more.
class PermitService : public QObject {
    Q_OBJECT
public:
    PermitService(ApiClient& api, CaseStore& cases, SyncEngine& sync, QObject* parent = nullptr);

    // Accepted (or in review) → approved, now. False, with the reason, when the case is not in such a state.
    bool approve(const QString& caseId, QString* error);
    void issue(const QString& caseId, const PermitInput& input);
    bool isBusy() const { return m_busy; }

signals:
    void issued(const ow::Permit& permit, bool isNew); // isNew false: the permit already standing, to print again
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void post(const QString& caseId, const QByteArray& body, bool afterSync);
    bool waitsForUpload(const QString& caseId) const;
    void afterUpload(const QString& caseId, std::function<void()> then);
    void setBusy(bool busy);

    ApiClient& m_api;
    CaseStore& m_cases;
    SyncEngine& m_sync;
    bool m_busy = false;
    QString m_item; // of the permit being asked for
};

} // namespace ow
