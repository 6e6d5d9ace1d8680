#pragma once

#include "Database.h"

#include "domain/wire/Blobs.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <mutex>
#include <string>
#include <vector>

namespace ow::server {

// How far an upload of one blob has come (the wire's type: what the blob routes answer).
using BlobStatus = wire::BlobStatus;

// Attachments (scans, photos), content-addressed by SHA-256 and stored as files in the blob directory
// (Database::blobDirectory), in 256 directories by their first two hex digits. A large upload arrives in pieces
// (Content-Range) appended to a partial file; an interrupted upload goes on from what arrived. When the last byte is
// in, the hash is checked; only a blob whose bytes match its name is kept and recorded.
class BlobStore {
public:
    BlobStore(Database& db, std::filesystem::path directory);

    static constexpr std::int64_t kMaxSize = 64LL * 1024 * 1024;
    // An upload not finished within a day is dropped (its device starts it again), so that pieces nobody finishes
    // do not fill the disk.
    static constexpr std::int64_t kPartialLifeMs = 24LL * 60 * 60 * 1000;
    // Scans are personal data: readable by the server's user and its group (backups), no one else.
    static constexpr std::filesystem::perms kFileMode =
        std::filesystem::perms::owner_read | std::filesystem::perms::owner_write | std::filesystem::perms::group_read;
    static constexpr std::filesystem::perms kDirectoryMode =
        std::filesystem::perms::owner_all | std::filesystem::perms::group_read | std::filesystem::perms::group_exec;

    // How many bytes one device, and all devices of one hall, may send in 24 hours (pieces and packs, counted as
    // they are announced; a blob the server already holds costs nothing). A scanner gone wild or a stolen token
    // cannot fill the disk; a busy counter (200 cases of ten 500 KB pages) uses half of the device's default.
    struct Quota {
        std::int64_t deviceBytes = 2LL << 30;
        std::int64_t hallBytes = 40LL << 30;
    };
    static constexpr std::int64_t kQuotaWindowMs = 24LL * 60 * 60 * 1000;
    void setQuota(const Quota& quota) { m_quota = quota; }
    const Quota& quota() const { return m_quota; }
    // Counts `bytes` about to arrive from `deviceId` of `hall` against both quotas, before they are stored (so
    // uploads side by side cannot all pass): StoreError TooMany quota_exceeded, with nothing counted, when either would
    // go over.
    // The hall's own server (`wholeHall`) relays every device's attachments: counted against the hall's quota alone.
    void admit(const std::string& deviceId, const std::string& hall, std::int64_t bytes, std::int64_t nowMs,
               bool wholeHall = false);

    // Takes bytes [offset, offset + bytes.size()) of a blob of `total` bytes. Throws StoreError: Invalid for a bad name
    // or range, Conflict wrong_offset when offset is not what the server holds (the message says how much it holds),
    // TooLarge for a blob over kMaxSize, Unprocessable hash_mismatch when the finished bytes do not match the name
    // (they are dropped). Sending a complete blob again is a no-op.
    BlobStatus put(const std::string& sha256, std::int64_t offset, std::int64_t total, const std::string& bytes,
                   std::int64_t nowMs);
    // Stores the attachments of a pack (blobpack format) as they arrive and records them in one write. Each gets
    // its status, or an error (hash_mismatch) that does not stop the others. A pack that breaks off or is
    // malformed throws BadInput after what arrived whole before the break is stored and recorded.
    // Each blob of the pack with its status; one refused carries its error (errorCode empty when stored or held).
    std::vector<BlobStatus> putPack(std::istream& body, std::int64_t nowMs);
    BlobStatus status(const std::string& sha256);
    bool has(const std::string& sha256);
    // The blobs of `names` the server holds (complete), in the order given.
    std::vector<std::string> held(const std::vector<std::string>& names);
    std::filesystem::path pathOf(const std::string& sha256) const { return pathIn(m_dir, sha256); }
    // <directory>/<first two hex digits>/<sha256>
    static std::filesystem::path pathIn(const std::filesystem::path& directory, const std::string& sha256);
    const std::filesystem::path& directory() const { return m_dir; }
    static bool isName(const std::string& text); // 64 lower-case hex digits

private:
    BlobStatus finish(const std::string& sha256, std::int64_t total, std::int64_t nowMs); // check, rename, record
    void storeWhole(const std::string& sha256, const std::string& bytes); // check, write, rename; not recorded
    void recordAll(const std::vector<BlobStatus>& blobs, std::int64_t nowMs);
    BlobStatus record(const std::string& sha256, std::int64_t size, std::int64_t nowMs);
    std::filesystem::path partialPath(const std::string& sha256) const { return m_dir / "partial" / sha256; }
    void dropAbandonedUploads(); // partial files untouched for kPartialLifeMs

    Database& m_db;
    std::filesystem::path m_dir;
    Quota m_quota;
    std::mutex m_mutex;                                  // appends and the final check of one upload at a time
    std::atomic<std::uint64_t> m_sequence{0};            // unique temporary names for whole blobs
    std::chrono::steady_clock::time_point m_lastSweep{}; // of abandoned uploads (under m_mutex)
};

} // namespace ow::server
