#include "sync/SyncEngine.h"

#include "store/LocalStore.h"
#include "sync/ApiClient.h"

#include "domain/BlobPack.h"
#include "domain/Case.h"
#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/wire/Blobs.h"
#include "domain/wire/Sync.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ow {

SyncEngine::SyncEngine(ApiClient& api, LocalStore& store, QString deviceId, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_cases(store)
    , m_blobs(store)
    , m_pusher(api, m_cases, std::move(deviceId)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_pusher, &CasePusher::blobsMissing, this, [this](const QStringList& names) {
        for (const QString& name : names)
            m_blobs.markMissing(name);
    });
    connect(&m_pusher, &CasePusher::finished, this, [this](int applied, int setAside, int pending) {
        if (m_phase == Phase::Idle)
            return;
        emit statusChanged();
        const bool ahead = std::exchange(m_pushingAhead, false);
        if (m_phase == Phase::Uploading) { // beside the uploads: more may be ready by now
            if (applied + setAside > 0)
                pushAhead();
            return;
        }
        if (ahead) { // the uploads ended while it ran: now the push proper
            push();
            return;
        }
        if (!m_uploadError.isEmpty()) { // the uploads failed: what is ready goes, then the round ends
            if (pending > 0 && applied + setAside > 0)
                m_pusher.pushReady();
            else
                finish(false, m_uploadError);
            return;
        }
        if (pending > 0 && applied + setAside > 0) {
            m_pusher.pushOnce(); // the next batch
        } else {
            // Changes the server keeps waiting (their attachments are not there yet) make the round a failure,
            // so it is retried with backoff rather than at once; the pull still runs.
            m_stalled = pending > 0;
            pull();
        }
    });
    connect(&m_pusher, &CasePusher::failed, this, [this](const QString& message) {
        if (m_phase == Phase::Idle)
            return;
        // No more uploads or pushes start; the round ends once those under way have answered.
        m_pushingAhead = false;
        m_pushFailed = true;
        if (m_uploadError.isEmpty())
            m_uploadError = message;
        if (m_phase == Phase::Uploading)
            endUploads();
        else
            finish(false, m_uploadError);
    });
}

int SyncEngine::backoffMs(int failures, double jitter01, int baseMs) {
    const double base = std::min(baseMs * std::pow(2.0, std::min(30, std::max(0, failures - 1))), 300000.0);
    return static_cast<int>(base * (0.5 + jitter01));
}

void SyncEngine::setAutomatic(bool on, int intervalMs) {
    m_automatic = on;
    m_intervalMs = intervalMs;
    if (!on)
        m_timer.stop();
    else if (!isRunning() && !m_timer.isActive())
        m_timer.start(0);
}

SyncStatus SyncEngine::status() const {
    return {m_cases.pendingOutbox(),
            m_blobs.pendingCount(),
            m_cases.syncIssues(),
            m_cases.pullCursor(),
            m_lastSuccessMs,
            m_lastError,
            isRunning()};
}

void SyncEngine::syncNow() {
    if (isRunning())
        return;
    m_timer.stop();
    enter(Phase::Uploading);
    m_stalled = false;
    m_pushingAhead = false;
    m_pushFailed = false;
    m_missingHere.clear();
    emit statusChanged();
    startUploads();
}

void SyncEngine::startUploads() {
    m_uploadPosition = 0;
    m_uploadQueue = m_blobs.pendingUpload(m_uploadPosition);
    m_uploadError.clear();
    m_uploadsInFlight = 0;
    if (m_uploadQueue.isEmpty()) {
        push();
        return;
    }
    for (int i = 0; i < kParallelUploads && !m_uploadQueue.isEmpty(); ++i)
        uploadNext();
}

void SyncEngine::flushUploaded() {
    if (m_uploaded.isEmpty())
        return;
    m_blobs.markUploaded(m_uploaded);
    m_uploaded.clear();
    emit statusChanged(); // once per batch: a status read is four counts on the owner's (UI) thread
}

void SyncEngine::uploadNext() {
    if (m_uploadQueue.isEmpty() && m_uploadError.isEmpty() && m_uploadsInFlight == 0) {
        flushUploaded();
        pushAhead();
        m_uploadQueue = m_blobs.pendingUpload(m_uploadPosition); // the next thousand
    }
    if (m_uploadQueue.isEmpty() || !m_uploadError.isEmpty()) {
        endUploads();
        return;
    }
    ++m_uploadsInFlight;
    if (m_packs) {
        uploadPack();
        return;
    }
    skipMissingHere();
    if (m_uploadQueue.isEmpty())
        uploadDone(true, {});
    else
        uploadPiece(m_uploadQueue.takeFirst(), 0);
}

void SyncEngine::skipMissingHere() {
    while (!m_uploadQueue.isEmpty() && !QFileInfo::exists(m_blobs.path(m_uploadQueue.first())))
        noteMissingHere(m_uploadQueue.takeFirst());
}

void SyncEngine::noteMissingHere(const QString& sha256) {
    // An attachment whose file is gone from this computer cannot go up: it is said when the round ends, and the
    // rest go on (the case that names it waits on the server; nothing else is held back by it).
    m_missingHere = tr("The attachment %1 is missing on this computer; the case that names it cannot be sent. "
                       "Scan the material again.")
                        .arg(sha256.left(12));
}

void SyncEngine::noteDamagedHere(const QString& sha256) {
    // Its bytes no longer match its name (a failing disk, an edit by hand): the server refused them. Like a missing
    // file it holds back only its own case; it is sent again each round in case the damage was on the way.
    m_missingHere = tr("The attachment %1 on this computer is damaged (its contents no longer match it); the case "
                       "that names it cannot be sent. Scan the material again.")
                        .arg(sha256.left(12));
}

void SyncEngine::confirmUploaded(const QString& sha256) {
    m_uploaded << sha256; // recorded in batches: after a crash the server answers "complete" at once
    if (m_uploaded.size() >= 200) {
        flushUploaded();
        pushAhead();
    }
}

void SyncEngine::pushAhead() {
    // Cases whose attachments the server now holds go up while the rest of the attachments do: on a slow line
    // the hall sees them hours earlier, and a round that breaks off has still delivered them.
    if (m_phase != Phase::Uploading || m_pushingAhead || m_pusher.isBusy() || !m_uploadError.isEmpty())
        return;
    m_pushingAhead = true;
    m_pusher.pushReady();
}

void SyncEngine::endUploads() {
    if (m_uploadsInFlight > 0)
        return; // the last of them to answer comes back here
    flushUploaded();
    push();
}

void SyncEngine::uploadPack() {
    // Which attachments go together is decided here by their sizes (one look at each file); the worker thread
    // reads them.
    QStringList names;
    QList<QPair<QString, QString>> files;
    qint64 bytes = 0;
    while (!m_uploadQueue.isEmpty() && names.size() < static_cast<int>(blobpack::kMaxRecords)) {
        const QString path = m_blobs.path(m_uploadQueue.first());
        const QFileInfo info(path);
        if (!info.exists()) {
            noteMissingHere(m_uploadQueue.takeFirst());
            continue;
        }
        const qint64 size = info.size();
        if (size > blobpack::kMaxBlob && names.isEmpty()) {
            uploadPiece(m_uploadQueue.takeFirst(), 0); // a large one goes up in resumable pieces, on its own
            return;
        }
        if (size > blobpack::kMaxBlob || (!names.isEmpty() && bytes + size > kPackBytes))
            break;
        bytes += size;
        files.append({m_uploadQueue.first(), path});
        names << m_uploadQueue.takeFirst();
    }
    if (names.isEmpty()) { // those left were missing here, or the next is a large one: nothing to pack
        uploadDone(true, {});
        return;
    }
    m_api.postBlobPack(files, [this, names](const ApiReply& reply) {
        if (reply.localError.isEmpty() && (reply.status == 404 || reply.status == 405 || reply.status == 415)) {
            // A server from before packs: these and the rest go one request each.
            m_packs = false;
            for (auto it = names.crbegin(); it != names.crend(); ++it)
                m_uploadQueue.prepend(*it);
            uploadDone(true, {});
            return;
        }
        if (!reply.ok()) {
            uploadDone(false, reply.userMessage());
            return;
        }
        QString error;
        QSet<QString> confirmed;
        std::vector<wire::BlobStatus> answers;
        try {
            const auto list = optionalArray(parseObject(reply.body.toStdString()), "blobs");
            for (unsigned i = 0; list && i < list->size(); ++i)
                if (const auto blob = list->getObject(i))
                    answers.push_back(wire::BlobStatus::fromJson(blob));
        } catch (const std::exception&) {
            answers.clear(); // unreadable: nothing confirmed, all go again
        }
        for (const wire::BlobStatus& blob : answers) {
            const QString sha256 = QString::fromStdString(blob.sha256);
            if (!names.contains(sha256))
                continue;
            if (blob.complete) {
                confirmed.insert(sha256);
                confirmUploaded(sha256);
            } else if (blob.errorCode == "hash_mismatch") {
                confirmed.insert(sha256); // answered for: it waits, the rest goes on
                noteDamagedHere(sha256);
            } else if (error.isEmpty()) {
                error = QString::fromStdString(blob.errorMessage);
            }
        }
        if (error.isEmpty() && confirmed.size() != names.size())
            error = tr("The server did not confirm every attachment sent; they go again in the next round.");
        uploadDone(error.isEmpty(), error);
    });
}

void SyncEngine::uploadPiece(const QString& sha256, qint64 offset) {
    QFile file(m_blobs.path(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        uploadDone(false,
                   tr("The attachment %1 is missing on this computer (%2).").arg(sha256.left(12), file.errorString()));
        return;
    }
    const qint64 total = file.size();
    file.seek(offset);
    const QByteArray piece = file.read(kPieceBytes);
    m_api.putBlobPiece(sha256, offset, total, piece, [this, sha256, total](const ApiReply& reply) {
        wire::BlobStatus held; // what the server says it holds; nothing when its answer is not a status
        try {
            held = wire::BlobStatus::fromJson(parseObject(reply.body.toStdString()));
        } catch (const std::exception&) {
        }
        const qint64 received = held.received;
        if (reply.ok() && held.complete) {
            confirmUploaded(sha256);
            uploadDone(true, {});
        } else if (reply.ok() || (reply.status == 409 && reply.errorCode() == QLatin1String("wrong_offset"))) {
            // Go on from what the server holds: after an interruption nothing is sent twice.
            if (received >= total && !reply.ok())
                uploadDone(false, reply.userMessage());
            else
                uploadPiece(sha256, received);
        } else if (reply.errorCode() == QLatin1String("hash_mismatch")) {
            noteDamagedHere(sha256);
            uploadDone(true, {});
        } else {
            uploadDone(false, reply.userMessage());
        }
    });
}

void SyncEngine::uploadDone(bool ok, const QString& error) {
    --m_uploadsInFlight;
    if (!ok && m_uploadError.isEmpty())
        m_uploadError = error;
    uploadNext();
}

void SyncEngine::push() {
    enter(Phase::Pushing);
    if (m_pushingAhead)
        return; // the push under way comes back here when it answers
    if (m_pushFailed)
        finish(false, m_uploadError);
    else if (!m_uploadError.isEmpty())
        m_pusher.pushReady(); // the uploads failed: only what is ready, and the round ends with their error
    else if (m_cases.pendingOutbox() == 0)
        pull();
    else
        m_pusher.pushOnce();
}

void SyncEngine::pull() {
    enter(Phase::Pulling);
    m_api.sendSync("GET", apiPath(api::kSyncPull) + QStringLiteral("?cursor=%1&limit=500").arg(m_cases.pullCursor()),
                   {}, [this](const ApiReply& reply) {
                       if (!reply.ok()) {
                           finish(false, reply.userMessage());
                           return;
                       }
                       std::vector<Case> cases;
                       std::vector<Permit> permits;
                       qint64 cursor = 0;
                       bool more = false;
                       try {
                           const auto page = wire::PullPage::fromJson(parseObject(reply.body.toStdString()));
                           cursor = page.cursor;
                           more = page.more;
                           for (const wire::PulledChange& change : page.changes) {
                               if (change.entity == "case")
                                   cases.push_back(caseFromJson(change.data));
                               else if (change.entity == "permit") // issued or revoked at the server
                                   permits.push_back(permitFromJson(change.data));
                           }
                           m_cases.applyPulled(cases, cursor, permits);
                       } catch (const std::exception& e) {
                           finish(false,
                                  tr("The server's changes could not be read (%1).").arg(QString::fromUtf8(e.what())));
                           return;
                       }
                       if (more)
                           pull();
                       else if (m_stalled)
                           finish(false, !m_missingHere.isEmpty()
                                             ? m_missingHere
                                             : tr("%n change(s) wait for attachments the server does not have yet.",
                                                  nullptr, m_cases.pendingOutbox()));
                       else
                           finish(true, {});
                   });
}

void SyncEngine::finish(bool ok, const QString& message) {
    flushUploaded();
    enter(Phase::Idle);
    if (ok) {
        m_failures = 0;
        m_lastSuccessMs = nowUtcMs();
        m_lastError.clear();
    } else {
        ++m_failures;
        m_lastError = message;
    }
    if (m_automatic) {
        const bool more = ok && (m_cases.pendingOutbox() > 0 || m_blobs.pendingCount() > 0);
        std::uniform_real_distribution<double> jitter(0.0, 1.0);
        m_timer.start(ok ? (more ? 0 : m_intervalMs) : backoffMs(m_failures, jitter(m_random)));
    }
    emit statusChanged();
    emit roundFinished(ok, message);
}

void SyncEngine::enter(Phase next) {
    const bool legal = next == Phase::Idle || (m_phase == Phase::Idle && next == Phase::Uploading) ||
                       (m_phase == Phase::Uploading && next == Phase::Pushing) ||
                       (m_phase == Phase::Pushing && next == Phase::Pushing) || // after the push beside the uploads
                       (m_phase == Phase::Pushing && next == Phase::Pulling) ||
                       (m_phase == Phase::Pulling && next == Phase::Pulling);
    if (!legal)
        qCritical("sync: phase %d cannot follow %d", static_cast<int>(next), static_cast<int>(m_phase));
    const bool changed = next != m_phase;
    m_phase = next;
    if (changed)
        emit phaseChanged(next);
}

} // namespace ow
