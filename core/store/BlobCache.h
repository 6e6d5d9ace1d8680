#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ow {

class LocalStore;

// Attachments (scans, photos) on this device, content-addressed by SHA-256 in a folder beside the local
// database, with whether the server has confirmed each one. Nothing is deleted before the server has it.
class BlobCache {
public:
    explicit BlobCache(LocalStore& store);

    // Copies a file in (once per content) and returns its SHA-256 (64 lower-case hex digits). Throws
    // std::runtime_error when the file cannot be read or stored.
    QString add(const QString& file);
    // The same for bytes in memory (a camera frame, a generated document).
    QString addBytes(const QByteArray& bytes);
    QString path(const QString& sha256) const;
    std::optional<qint64> size(const QString& sha256) const;
    // Not yet confirmed by the server, oldest first, after `position` (0: from the start), which is moved past
    // those returned: one pass over them even when some cannot be sent and stay pending.
    QStringList pendingUpload(qint64& position, int limit = 1000) const;
    int pendingCount() const;
    void markUploaded(const QStringList& sha256s); // in one transaction
    void markMissing(const QString& sha256);       // the server says it does not have it: upload again

private:
    void record(const QString& sha256, qint64 size); // the local_blobs row, waiting for upload

    LocalStore& m_store;
    QString m_dir;
};

} // namespace ow
