#include "BlobStore.h"

#include <chrono>

#include "StoreError.h"

#include "Crypto.h"

#include "domain/BlobPack.h"
#include "domain/Json.h"

#include <exception>
#include <fstream>
#include <string_view>

#include <fcntl.h>
#include <unistd.h>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

std::string sha256Of(const std::filesystem::path& file) { return sha256FileHex(file.string()); }

std::int64_t sizeOr0(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    return ec ? 0 : static_cast<std::int64_t>(size);
}

// Writes all of `bytes` to `fd`; false on a short write (disk full).
bool writeAll(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

BlobStore::BlobStore(Database& db, std::filesystem::path directory)
    : m_db(db)
    , m_dir(std::move(directory)) {
    namespace fs = std::filesystem;
    fs::create_directories(m_dir / "partial");
    std::error_code ignored; // (not the owner of a folder made by someone else: it stays as it is)
    fs::permissions(m_dir, kDirectoryMode, ignored);
    fs::permissions(m_dir / "partial", kDirectoryMode, ignored);
    // 256 directories by the first two hex digits: a province's millions of scans never sit in one directory,
    // and uploads at once rarely wait for the same directory's lock.
    static constexpr char kHex[] = "0123456789abcdef";
    for (char a : std::string_view(kHex, 16))
        for (char b : std::string_view(kHex, 16))
            if (fs::create_directories(m_dir / std::string{a, b}))
                fs::permissions(m_dir / std::string{a, b}, kDirectoryMode, ignored);
    // Blobs stored before the directories were split move into theirs (a rename each, once).
    std::vector<std::string> flat;
    for (const auto& entry : fs::directory_iterator(m_dir))
        if (entry.is_regular_file() && isName(entry.path().filename().string()))
            flat.push_back(entry.path().filename().string());
    for (const auto& name : flat) // not while reading the directory
        fs::rename(m_dir / name, pathOf(name));
    dropAbandonedUploads();
}

void BlobStore::dropAbandonedUploads() {
    namespace fs = std::filesystem;
    const auto before = fs::file_time_type::clock::now() - std::chrono::milliseconds(kPartialLifeMs);
    std::error_code ec;
    std::vector<fs::path> old;
    for (const auto& entry : fs::directory_iterator(m_dir / "partial", ec))
        if (entry.is_regular_file(ec) && entry.last_write_time(ec) < before)
            old.push_back(entry.path());
    for (const auto& path : old)
        fs::remove(path, ec);
}

std::filesystem::path BlobStore::pathIn(const std::filesystem::path& directory, const std::string& sha256) {
    return directory / sha256.substr(0, 2) / sha256;
}

bool BlobStore::isName(const std::string& text) { return blobpack::isBlobName(text); }

void BlobStore::admit(const std::string& deviceId, const std::string& hall, std::int64_t bytes, std::int64_t nowMs,
                      bool wholeHall) {
    if (bytes <= 0)
        return;
    m_db.write([&](Poco::Data::Session& s) {
        const std::int64_t since = nowMs - kQuotaWindowMs;
        std::int64_t device = 0, all = 0;
        s << "SELECT COALESCE(SUM(bytes), 0) FROM blob_received WHERE device_id = $1 AND at > $2", bind(deviceId),
            bind(since), into(device), now;
        s << "SELECT COALESCE(SUM(bytes), 0) FROM blob_received WHERE hall = $1 AND at > $2", bind(hall), bind(since),
            into(all), now;
        if (wholeHall)
            device = 0;
        const auto mib = [](std::int64_t n) { return std::to_string(n >> 20) + " MiB"; };
        if (device + bytes > m_quota.deviceBytes || all + bytes > m_quota.hallBytes)
            throw StoreError(StoreError::Kind::TooMany, "quota_exceeded",
                             device + bytes > m_quota.deviceBytes
                                 ? "this device has sent " + mib(device) +
                                       " of attachments in 24 hours, its quota is " + mib(m_quota.deviceBytes) +
                                       "; the rest waits on the device"
                                 : "the devices of this hall have sent " + mib(all) +
                                       " of attachments in 24 hours, the "
                                       "hall's quota is " +
                                       mib(m_quota.hallBytes) + "; the rest waits on the devices");
        s << "INSERT INTO blob_received(device_id, hall, bytes, at) VALUES($1, $2, $3, $4)", bind(deviceId), bind(hall),
            bind(bytes), bind(nowMs), now;
        // What has left the window counts no more (a few rows per upload; swept by the uploads themselves).
        s << "DELETE FROM blob_received WHERE device_id = $1 AND at <= $2", bind(deviceId), bind(since), now;
    });
}

bool BlobStore::has(const std::string& sha256) {
    return m_db.read([&](Poco::Data::Session& s) {
        int count = 0;
        s << "SELECT COUNT(*) FROM blobs WHERE sha256 = $1", bind(sha256), into(count), now;
        return count > 0;
    });
}

std::vector<std::string> BlobStore::held(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& name : names)
        if (has(name))
            out.push_back(name);
    return out;
}

BlobStatus BlobStore::status(const std::string& sha256) {
    if (!isName(sha256))
        throw StoreError::invalid("invalid_field", "a blob is named by its SHA-256 in 64 lower-case hex digits");
    BlobStatus st{sha256, 0, 0, false, {}, {}};
    if (has(sha256)) {
        st.received = st.size = sizeOr0(pathOf(sha256));
        st.complete = true;
        return st;
    }
    const std::lock_guard lock(m_mutex);
    st.received = sizeOr0(partialPath(sha256));
    return st;
}

BlobStatus BlobStore::put(const std::string& sha256, std::int64_t offset, std::int64_t total, const std::string& bytes,
                          std::int64_t nowMs) {
    if (!isName(sha256))
        throw StoreError::invalid("invalid_field", "a blob is named by its SHA-256 in 64 lower-case hex digits");
    if (total > kMaxSize)
        throw StoreError(StoreError::Kind::TooLarge, "too_large", "an attachment may be at most 64 MiB");
    if (offset < 0 || total < 0 || offset + static_cast<std::int64_t>(bytes.size()) > total)
        throw StoreError::invalid("invalid_range", "the range does not fit the announced size");
    // The common case, a whole blob in one request: checked in memory, no lock, no second read.
    if (offset == 0 && static_cast<std::int64_t>(bytes.size()) == total) {
        storeWhole(sha256, bytes);
        return record(sha256, total, nowMs);
    }
    if (has(sha256)) {
        const std::int64_t size = sizeOr0(pathOf(sha256));
        return {sha256, size, size, true, {}, {}}; // already here: the upload is idempotent
    }
    const std::lock_guard lock(m_mutex);
    // A server killed after the last byte but before the blob was recorded left it complete on disk: finish it.
    if (std::filesystem::exists(pathOf(sha256))) {
        if (sha256Of(pathOf(sha256)) == sha256)
            return record(sha256, sizeOr0(pathOf(sha256)), nowMs);
        std::filesystem::remove(pathOf(sha256));
    }
    const auto partial = partialPath(sha256);
    const std::int64_t held = sizeOr0(partial);
    if (held > 0 && held == total)
        return finish(sha256, total, nowMs);
    if (offset != held)
        throw StoreError(StoreError::Kind::Conflict, "wrong_offset",
                         "the server holds " + std::to_string(held) + " bytes of this blob; continue from there");
    if (held == 0) {
        // A new upload begins: uploads abandoned a day ago go (looked for at most once an hour).
        const auto steady = std::chrono::steady_clock::now();
        if (steady - m_lastSweep > std::chrono::hours(1)) {
            m_lastSweep = steady;
            dropAbandonedUploads();
        }
    }
    {
        std::ofstream out(partial, std::ios::binary | std::ios::app);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw StoreError(StoreError::Kind::NoSpace, "storage_full", "the server could not store the attachment");
    }
    std::error_code ignored;
    if (held == 0)
        std::filesystem::permissions(partial, kFileMode, ignored);
    const std::int64_t received = held + static_cast<std::int64_t>(bytes.size());
    if (received < total)
        return {sha256, received, total, false, {}, {}};
    return finish(sha256, total, nowMs);
}

void BlobStore::storeWhole(const std::string& sha256, const std::string& bytes) {
    if (sha256Hex(bytes) != sha256)
        throw StoreError(StoreError::Kind::Unprocessable, "hash_mismatch",
                         "the bytes received do not have the SHA-256 the blob is named by; send it again");
    // Written as a file without a name in its directory (O_TMPFILE), named once every byte is in: a name always
    // holds checked bytes, and a crash midway leaves nothing behind. The same bytes arriving twice at once: the
    // second finds the name taken, which is as good.
    const auto target = pathOf(sha256);
    const int fd = ::open(target.parent_path().c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0640);
    if (fd >= 0) {
        const bool written = writeAll(fd, bytes);
        const std::string self = "/proc/self/fd/" + std::to_string(fd);
        const int linked = written ? ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW) : -1;
        const int error = errno;
        ::close(fd);
        if (!written)
            throw StoreError(StoreError::Kind::NoSpace, "storage_full", "the server could not store the attachment");
        if (linked == 0 || error == EEXIST)
            return;
        // No /proc to name the file by: the temporary name below.
    }
    // A file system without O_TMPFILE: written under a temporary name and renamed.
    const auto temporary = m_dir / "partial" / (sha256 + ".whole." + std::to_string(m_sequence++));
    {
        std::ofstream out(temporary, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::filesystem::remove(temporary);
            throw StoreError(StoreError::Kind::NoSpace, "storage_full", "the server could not store the attachment");
        }
    }
    std::error_code ignored;
    std::filesystem::permissions(temporary, kFileMode, ignored);
    std::filesystem::rename(temporary, target);
}

std::vector<BlobStatus> BlobStore::putPack(std::istream& body, std::int64_t nowMs) {
    std::vector<BlobStatus> out;
    std::vector<BlobStatus> stored;
    std::exception_ptr broken;
    try {
        blobpack::Reader reader(body);
        std::string sha256, bytes;
        while (reader.next(sha256, bytes)) {
            const auto size = static_cast<std::int64_t>(bytes.size());
            BlobStatus blob{sha256, size, size, true, {}, {}};
            try {
                std::error_code ec;
                if (!std::filesystem::exists(pathOf(sha256), ec)) // a name in the directory holds checked bytes
                    storeWhole(sha256, bytes);
                stored.push_back(blob); // recorded even when only the record was missing (a crash)
            } catch (const StoreError& e) {
                blob = {sha256, 0, size, false, e.code(), e.what()};
            }
            out.push_back(std::move(blob));
        }
    } catch (const BadInput&) {
        broken = std::current_exception();
    }
    recordAll(stored, nowMs);
    if (broken)
        std::rethrow_exception(broken);
    return out;
}

void BlobStore::recordAll(const std::vector<BlobStatus>& blobs, std::int64_t nowMs) {
    if (blobs.empty())
        return;
    m_db.write([&](Poco::Data::Session& s) {
        std::string sha256;
        std::int64_t size = 0;
        Poco::Data::Statement insert(s);
        insert << "INSERT INTO blobs(sha256, size, stored_at) VALUES($1, $2, $3) ON CONFLICT DO NOTHING", use(sha256),
            use(size), bind(nowMs);
        for (const BlobStatus& blob : blobs) {
            sha256 = blob.sha256;
            size = blob.size;
            insert.execute();
        }
    });
}

BlobStatus BlobStore::finish(const std::string& sha256, std::int64_t total, std::int64_t nowMs) {
    const auto partial = partialPath(sha256);
    if (sha256Of(partial) != sha256) {
        std::filesystem::remove(partial);
        throw StoreError(StoreError::Kind::Unprocessable, "hash_mismatch",
                         "the bytes received do not have the SHA-256 the blob is named by; send it again");
    }
    std::filesystem::rename(partial, pathOf(sha256));
    return record(sha256, total, nowMs);
}

BlobStatus BlobStore::record(const std::string& sha256, std::int64_t size, std::int64_t nowMs) {
    m_db.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO blobs(sha256, size, stored_at) VALUES($1, $2, $3) ON CONFLICT DO NOTHING", bind(sha256),
            bind(size), bind(nowMs), now;
    });
    return {sha256, size, size, true, {}, {}};
}

} // namespace ow::server
