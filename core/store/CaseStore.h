#pragma once

#include "domain/Case.h"
#include "domain/Permit.h"

#include <QString>

#include <optional>
#include <vector>

namespace ow {

class LocalStore;

// A row of the counter's case list: ID numbers already masked.
struct CaseRow {
    QString id;
    QString caseNo;
    QString applicantName;
    QString applicantIdMasked;
    CaseState state = CaseState::Draft;
    QString acceptedDate;
    QString promisedDate;
    QString waiverDue;          // earliest supply date of a waived material not yet supplied, or empty
    bool pendingUpload = false; // changes of it still wait in the outbox
};

struct CaseFilter {
    QString text; // part of the case number or applicant name, or a whole ID number
    std::optional<CaseState> state;
    bool overdueOnly = false;         // not yet completed, and past the promised date or a waived material's due date
    QString today;                    // ISO date, for overdueOnly
    QString acceptedFrom, acceptedTo; // ISO dates, inclusive
    int limit = 200;
};

struct OutboxEntry {
    qint64 seq = 0;
    QString entity;
    QString entityId;
    QString op;
    int baseVersion = 0;
    QByteArray data;
};

// Cases in the device's own database. Every change is written together with its outbox record in one
// transaction, so nothing reaches the screen that is not also queued for the server.
class CaseStore {
public:
    explicit CaseStore(LocalStore& store)
        : m_store(store) {}

    // Inserts or updates `c` (version + 1, updatedAt = nowMs) and queues it for the server ("create" the first
    // time, then "update" with the version it was based on).
    // Throws std::runtime_error and changes nothing when either write fails.
    void save(Case& c, std::int64_t nowMs);
    std::optional<Case> find(const QString& id) const;
    std::vector<CaseRow> search(const CaseFilter& filter) const;

    // The next receipt number for this device and day ("DEMO-20261127-C1-0007-42"), never handed out twice.
    QString nextCaseNumber(const QString& hall, const QString& dayYyyymmdd, const QString& device);

    int pendingOutbox() const;
    // The oldest `limit` changes, in order. With `readyOnly`, they stop before the first change that names an
    // attachment this device has not uploaded yet: what can go to the server while the uploads still run.
    std::vector<OutboxEntry> outbox(int limit, bool readyOnly = false) const;
    void acknowledge(const QList<qint64>& seqs); // the server has applied them; cleared in one transaction
    // The server recorded it but did not apply it as sent (a conflict or a quarantined change): it leaves the
    // outbox and waits, with the server's reason, for a person.
    void setAside(qint64 seq, const QString& status, const QString& reason, std::int64_t nowMs);
    int syncIssues() const;
    // The changes set aside, as conflicts (the server holds a newer version) and as rejected (quarantined).
    struct IssueCounts {
        int conflicts = 0, rejected = 0;
    };
    IssueCounts syncIssueCounts() const;

    // Cases changed elsewhere (the server's change log), applied together with the new pull cursor in one
    // transaction, so a crash never skips or half-applies a page. A case with local changes still waiting to
    // upload, or already as new here, is left alone. Returns how many cases were written.
    int applyPulled(const std::vector<Case>& cases, qint64 cursor, const std::vector<Permit>& permits = {});
    // The permit issued for a case's item and not revoked, as the last sync brought it; nothing when there is none.
    std::optional<Permit> standingPermit(const QString& caseId, const QString& item) const;
    qint64 pullCursor() const;

private:
    void upsert(const Case& c); // the cases row alone, inside the caller's transaction
    LocalStore& m_store;
};

} // namespace ow
