#include "sync/PermitService.h"

#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include "store/CaseStore.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

#include <QUrl>

namespace ow {

PermitService::PermitService(ApiClient& api, CaseStore& cases, SyncEngine& sync, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_cases(cases)
    , m_sync(sync) {}

bool PermitService::approve(const QString& caseId, QString* error) {
    auto c = m_cases.find(caseId);
    if (!c) {
        if (error)
            *error = tr("The case is not on this computer.");
        return false;
    }
    CaseState state = c->state;
    for (CaseAction action : {CaseAction::Review, CaseAction::Approve}) {
        if (action == CaseAction::Review && state == CaseState::InReview)
            continue;
        const CaseTransition step = caseTransition(state, action);
        if (!step.next) {
            if (error)
                *error = tr("Only an accepted case can be approved at the counter.");
            return false;
        }
        state = *step.next;
    }
    c->state = state;
    m_cases.save(*c, nowUtcMs());
    m_sync.syncNow();
    return true;
}

void PermitService::issue(const QString& caseId, const PermitInput& input) {
    if (input.item.isEmpty() || !input.validFrom.isValid() || (!input.longTerm && !input.validTo.isValid())) {
        emit failed(tr("Choose the item and the dates of validity."));
        return;
    }
    if (!input.longTerm && input.validTo < input.validFrom) {
        emit failed(tr("The permit cannot end before it begins."));
        return;
    }
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(true);
    body->set("item", input.item.toStdString());
    body->set("scope", input.scope.trimmed().toStdString());
    if (!input.creditCode.trimmed().isEmpty())
        body->set("credit_code", input.creditCode.trimmed().toUpper().toStdString());
    body->set("valid_from", input.validFrom.toString(Qt::ISODate).toStdString());
    if (input.longTerm)
        body->set("long_term", true);
    else
        body->set("valid_to", input.validTo.toString(Qt::ISODate).toStdString());
    setBusy(true);
    m_item = input.item;
    post(caseId, QByteArray::fromStdString(toJsonText(body)), false);
}

void PermitService::post(const QString& caseId, const QByteArray& body, bool afterSync) {
    const QString path = apiPath(api::kCasePermits, {caseId});
    m_api.post(path, body, [this, caseId, body, afterSync](const ApiReply& reply) {
        if (reply.ok()) {
            setBusy(false);
            try {
                emit issued(permitFromJson(parseObject(reply.body.toStdString())), reply.status == 201);
            } catch (const std::exception&) {
                emit failed(tr("The server's answer could not be read; the permit may have been issued. Try again to "
                               "print it."));
            }
            return;
        }
        if ((reply.status == 404 || reply.errorCode() == QLatin1String("not_approved")) && !afterSync) {
            // The approval has not reached the server yet: send it, then ask once more.
            afterUpload(caseId, [this, caseId, body] { post(caseId, body, true); });
            return;
        }
        setBusy(false);
        if (reply.offline()) {
            // No server: a permit issued before and brought here by sync can still be printed again.
            if (const auto copy = m_cases.standingPermit(caseId, m_item)) {
                emit issued(*copy, false);
                return;
            }
        }
        if (reply.offline())
            emit failed(tr("A permit is signed by the hall's server, which cannot be reached now. The approval is kept "
                           "on this computer; issue the permit when the connection is back."));
        else if (reply.errorCode() == QLatin1String("no_permit_key"))
            emit failed(tr("The hall has no key to sign permits yet. Ask the administrator to make one."));
        else if (reply.errorCode() == QLatin1String("not_approved"))
            emit failed(tr("The server does not have the approval of this case yet. Wait until it is uploaded, "
                           "then issue the permit."));
        else
            emit failed(reply.userMessage());
    });
}

bool PermitService::waitsForUpload(const QString& caseId) const {
    for (const OutboxEntry& entry : m_cases.outbox(10000))
        if (entry.entityId == caseId)
            return true;
    return false;
}

// Runs `then` once the case's changes have left the outbox — after at most a few sync rounds; a round that fails
// ends the wait and `then` learns the rest from the server.
void PermitService::afterUpload(const QString& caseId, std::function<void()> then) {
    if (!waitsForUpload(caseId)) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto rounds = std::make_shared<int>(0);
    *connection = connect(&m_sync, &SyncEngine::roundFinished, this,
                          [this, connection, rounds, caseId, then](bool ok, const QString&) {
                              if (ok && waitsForUpload(caseId) && ++*rounds < 3) {
                                  m_sync.syncNow();
                                  return;
                              }
                              disconnect(*connection);
                              then();
                          });
    m_sync.syncNow();
}

void PermitService::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace ow
