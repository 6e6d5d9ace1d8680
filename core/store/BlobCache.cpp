#include "store/BlobCache.h"

#include "store/LocalStore.h"
#include "store/Sql.h"

#include "domain/HallTime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <stdexcept>

namespace ow {

BlobCache::BlobCache(LocalStore& store)
    : m_store(store)
    , m_dir(QFileInfo(store.database().databaseName()).absoluteDir().filePath(QStringLiteral("blobs"))) {
    QDir().mkpath(m_dir);
}

QString BlobCache::path(const QString& sha256) const { return QDir(m_dir).filePath(sha256); }

QString BlobCache::add(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + file.toStdString() + ": " + in.errorString().toStdString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in))
        throw std::runtime_error("cannot read " + file.toStdString());
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = path(sha);
    if (!QFileInfo::exists(target)) {
        // Written under a temporary name and renamed: a crash never leaves half a file under a content name.
        in.seek(0);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot store the attachment: " + out.errorString().toStdString());
        while (!in.atEnd())
            out.write(in.read(1 << 20));
        if (!out.commit())
            throw std::runtime_error("cannot store the attachment: " + out.errorString().toStdString());
    }
    record(sha, QFileInfo(target).size());
    return sha;
}

QString BlobCache::addBytes(const QByteArray& bytes) {
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString target = path(sha);
    if (!QFileInfo::exists(target)) {
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            throw std::runtime_error("cannot store the attachment: " + out.errorString().toStdString());
    }
    record(sha, bytes.size());
    return sha;
}

std::optional<qint64> BlobCache::size(const QString& sha256) const {
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT size FROM local_blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    sql::run(query);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QStringList BlobCache::pendingUpload(qint64& position, int limit) const {
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT rowid, sha256 FROM local_blobs WHERE uploaded = 0 AND rowid > ? ORDER BY rowid LIMIT ?"));
    query.addBindValue(position);
    query.addBindValue(limit);
    sql::run(query);
    QStringList out;
    while (query.next()) {
        position = query.value(0).toLongLong();
        out << query.value(1).toString();
    }
    return out;
}

int BlobCache::pendingCount() const {
    return sql::count(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM local_blobs WHERE uploaded = 0"));
}

void BlobCache::record(const QString& sha256, qint64 size) {
    QSqlQuery insert(m_store.database());
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO local_blobs(sha256, size, uploaded, added_at) VALUES(?, ?, 0, ?)"));
    insert.addBindValue(sha256);
    insert.addBindValue(size);
    insert.addBindValue(static_cast<qint64>(nowUtcMs()));
    sql::run(insert);
}

void BlobCache::markUploaded(const QStringList& sha256s) {
    sql::Transaction tx(m_store.database());
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE local_blobs SET uploaded = 1 WHERE sha256 = ?"));
    for (const QString& sha : sha256s) {
        query.addBindValue(sha);
        sql::run(query);
    }
    tx.commit();
}

void BlobCache::markMissing(const QString& sha256) {
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE local_blobs SET uploaded = 0 WHERE sha256 = ?"));
    query.addBindValue(sha256);
    sql::run(query);
}

} // namespace ow
