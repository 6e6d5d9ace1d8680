#pragma once

#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "sync/CasePusher.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <random>

namespace ow {

class ApiClient;
class LocalStore;

// What the person at the screen is told about sync.
struct SyncStatus {
    int pendingChanges = 0;         // outbox records not yet acknowledged
    int pendingBlobs = 0;           // attachments the server has not confirmed
    int issues = 0;                 // conflicts and quarantined changes waiting for a person
    qint64 cursor = 0;              // how far this device has pulled the server's change log
    std::int64_t lastSuccessMs = 0; // UTC; 0 before the first round that went through
    QString lastError;
    bool running = false;
};

// One sync round: attachments first (small ones several to a request, large ones in resumable pieces, a few
// requests at a time), then the outbox (each change applied at most once by the server), then the server's
// change log (applied with the new cursor in one transaction).
// The HTTP runs on the API client's worker threads; the small local writes run here, on the owner's thread.
// Automatic mode repeats every interval and, after a failure, retries with exponential backoff and jitter.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    // Where a round is. Idle → Uploading → Pushing (again once a push beside the uploads has answered) → Pulling
    // (again for each further page) → Idle; a round may end (back to Idle) from any of them. Only enter() changes
    // it, and says so in the log when a step is not one of these.
    enum class Phase {
        Idle,
        Uploading, // attachments go up; a push of the changes already ready may run beside them
        Pushing,   // the uploads are done: the push takes the whole outbox (or, after failed uploads, what is ready)
        Pulling,   // the server's change log comes down
    };
    Q_ENUM(Phase)

    SyncEngine(ApiClient& api, LocalStore& store, QString deviceId, QObject* parent = nullptr);

    void syncNow(); // starts a round unless one is running
    void setAutomatic(bool on, int intervalMs = 30000);
    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase != Phase::Idle; }
    SyncStatus status() const;
    CaseStore& cases() { return m_cases; }
    BlobCache& blobs() { return m_blobs; }

    // The wait before retry `failures` (1, 2, ...): `baseMs` doubling up to 5 min, times a jitter factor in
    // [0.5, 1.5) so that devices coming back together do not all knock at once.
    static int backoffMs(int failures, double jitter01, int baseMs = 1000);

    static constexpr qint64 kPieceBytes = 1 << 20; // the server takes at most 1 MiB per request
    static constexpr qint64 kPackBytes = 1 << 20;  // small attachments go up together, about this much a request
    static constexpr int kParallelUploads = 8;

signals:
    void roundFinished(bool ok, const QString& message);
    void statusChanged();
    void phaseChanged(ow::SyncEngine::Phase phase);

private:
    void startUploads();
    void uploadNext();
    void uploadPiece(const QString& sha256, qint64 offset);
    void uploadPack();
    void skipMissingHere();
    void noteMissingHere(const QString& sha256);
    void noteDamagedHere(const QString& sha256);
    void confirmUploaded(const QString& sha256); // the server holds it; marked here in batches
    void uploadDone(bool ok, const QString& error);
    void flushUploaded();
    void pushAhead();  // the changes ready to go, beside the uploads
    void endUploads(); // once no upload is under way: on to the push
    void push();       // all of the outbox, or after failed uploads what is ready
    void pull();
    void finish(bool ok, const QString& message);
    void enter(Phase next);

    ApiClient& m_api;
    CaseStore m_cases;
    BlobCache m_blobs;
    CasePusher m_pusher;
    Phase m_phase = Phase::Idle;
    // Beside the phase, for this round:
    bool m_pushingAhead = false; // a push of ready changes runs beside the uploads (and may outlast them)
    bool m_pushFailed = false;   // a push failed: the round ends without another
    bool m_stalled = false;      // the server keeps changes waiting for attachments: the round ends as a failure
    QStringList m_uploadQueue;
    qint64 m_uploadPosition = 0; // how far this round has gone through the pending attachments
    QStringList m_uploaded;      // confirmed by the server, not yet marked here
    int m_uploadsInFlight = 0;
    bool m_packs = true; // the server takes packs; one that does not (an older server) gets one request each
    QString m_uploadError;
    QString m_missingHere; // an attachment file gone from this computer or damaged, said when the round ends
    std::int64_t m_lastSuccessMs = 0;
    QString m_lastError;
    int m_failures = 0;
    bool m_automatic = false;
    int m_intervalMs = 30000;
    QTimer m_timer;
    std::mt19937 m_random{std::random_device{}()};
};

} // namespace ow
