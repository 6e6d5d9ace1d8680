#include "Backup.h"

#include "AuditLog.h"
#include "BlobStore.h"
#include "Crypto.h"
#include "Migrations.h"

#include "domain/HallTime.h"

#include <Poco/DateTime.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ow::server {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFormat = "onewindow-backup";
constexpr int kFormatVersion = 1;
constexpr const char* kManifest = "manifest.json";

const char* databaseEntry(Dialect dialect) {
    return dialect == Dialect::SQLite ? "database.sqlite" : "database.pgdump";
}

struct Entry {
    std::string name;
    std::uintmax_t size = 0;
    std::string sha256;
};

// The manifest's "rows" and the database's, side by side where they differ ("" when they agree).
std::string rowDifferences(const RowCounts& expected, const RowCounts& found) {
    std::string out;
    for (const auto& [table, rows] : expected) {
        const auto it = found.find(table);
        const std::int64_t have = it == found.end() ? -1 : it->second;
        if (have != rows)
            out += " " + table + " " + std::to_string(rows) + "→" + (have < 0 ? "missing" : std::to_string(have));
    }
    return out;
}

bool emptyDirectory(const fs::path& dir) {
    std::error_code error;
    return !fs::exists(dir, error) || fs::is_empty(dir, error);
}

} // namespace

BackupSummary writeBackup(Database& db, const fs::path& to, const std::string& product) {
    const fs::path partial = to.string() + ".partial";
    const fs::path copy = to.string() + ".database";
    BackupSummary summary;
    if (to.has_parent_path())
        fs::create_directories(to.parent_path());
    try {
        summary.snapshot = takeSnapshot(db, copy);
        std::vector<Entry> entries;
        // Attachments first checked, so that a damaged store stops the backup before anything is written.
        std::vector<std::string> damaged;
        const fs::path blobs = db.blobDirectory();
        for (const auto& name : summary.snapshot.blobs) {
            const fs::path file = blobs / name.substr(0, 2) / name;
            std::error_code error;
            if (!fs::is_regular_file(file, error) || sha256FileHex(file.string()) != name)
                damaged.push_back(name);
        }
        if (!damaged.empty())
            throw std::runtime_error(std::to_string(damaged.size()) +
                                     " attachment(s) the database records are missing "
                                     "or damaged under " +
                                     blobs.string() + ", the first " + damaged.front() + ": no backup was written");

        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error("cannot write " + partial.string());
        fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        // ZIP64 headers on every entry: a hall's database passes 4 GiB after some years, and a header cannot grow
        // later.
        Poco::Zip::Compress zip(out, true, true);
        const Poco::DateTime now;
        // `sha256`: the file's hash when already known (an attachment's, checked against its name above).
        const auto add = [&](const fs::path& file, const std::string& name, bool compress,
                             const std::string& sha256 = {}) {
            std::ifstream in(file, std::ios::binary);
            if (!in)
                throw std::runtime_error("cannot read " + file.string());
            zip.addFile(in, now, Poco::Path(name, Poco::Path::PATH_UNIX),
                        compress ? Poco::Zip::ZipCommon::CM_DEFLATE : Poco::Zip::ZipCommon::CM_STORE,
                        Poco::Zip::ZipCommon::CL_NORMAL);
            entries.push_back({name, fs::file_size(file), sha256.empty() ? sha256FileHex(file.string()) : sha256});
        };
        add(copy, databaseEntry(db.dialect()), true);
        for (const auto& name : summary.snapshot.blobs)
            add(blobs / name.substr(0, 2) / name, "blobs/" + name.substr(0, 2) + "/" + name, false, name);
        std::error_code error;
        for (const auto& key : fs::directory_iterator(db.keyDirectory(), error))
            if (key.is_regular_file())
                add(key.path(), "keys/" + key.path().filename().string(), true);

        Poco::JSON::Object manifest;
        manifest.set("format", kFormat);
        manifest.set("format_version", kFormatVersion);
        manifest.set("product", product);
        manifest.set("created_at", utcIso(nowUtcMs()));
        manifest.set("dialect", db.dialect() == Dialect::SQLite ? "sqlite" : "postgresql");
        manifest.set("schema", summary.snapshot.schema);
        manifest.set("schema_version", summary.snapshot.schemaVersion);
        Poco::JSON::Object rows;
        for (const auto& [table, count] : summary.snapshot.rows)
            rows.set(table, count);
        manifest.set("rows", rows);
        Poco::JSON::Array files;
        for (const auto& e : entries) {
            Poco::JSON::Object file;
            file.set("name", e.name);
            file.set("size", static_cast<std::uint64_t>(e.size));
            file.set("sha256", e.sha256);
            files.add(file);
            summary.bytes += e.size;
        }
        manifest.set("files", files);
        std::stringstream text;
        manifest.stringify(text, 1);
        zip.addFile(text, now, Poco::Path(kManifest, Poco::Path::PATH_UNIX));
        zip.close();
        out.close();
        if (!out)
            throw std::runtime_error("cannot write " + partial.string() + " (is the disk full?)");
        summary.files = entries.size();
        fs::remove(copy);
        fs::rename(partial, to);
        return summary;
    } catch (...) {
        std::error_code ignored;
        fs::remove(copy, ignored);
        fs::remove(partial, ignored);
        throw;
    }
}

fs::path datedBackupPath(const fs::path& dir) {
    std::string stamp = utcIso(nowUtcMs()); // 2026-12-05T13:30:00Z or with milliseconds
    stamp.erase(std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == '-' || c == ':'; }), stamp.end());
    if (const auto dot = stamp.find('.'); dot != std::string::npos)
        stamp = stamp.substr(0, dot) + "Z";
    return dir / ("onewindow-" + stamp + ".zip");
}

std::vector<fs::path> pruneBackups(const fs::path& dir, std::size_t keep) {
    std::vector<fs::path> backups;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.rfind("onewindow-", 0) == 0 && entry.path().extension() == ".zip")
            backups.push_back(entry.path());
    }
    std::sort(backups.begin(), backups.end());
    std::vector<fs::path> removed;
    while (backups.size() > keep) {
        fs::remove(backups.front());
        removed.push_back(backups.front());
        backups.erase(backups.begin());
    }
    return removed;
}

void restoreBackup(const fs::path& from, const std::string& url, const std::string& data, std::ostream& out) {
    std::ifstream in(from, std::ios::binary);
    if (!in)
        throw std::invalid_argument("cannot read " + from.string());
    const Poco::Zip::ZipArchive archive(in);
    const auto manifestHeader = archive.findHeader(kManifest);
    if (manifestHeader == archive.headerEnd())
        throw std::invalid_argument(from.string() + " is not a OneWindow backup (no " + kManifest + ")");
    Poco::JSON::Object::Ptr manifest;
    {
        Poco::Zip::ZipInputStream text(in, manifestHeader->second);
        manifest = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
    }
    if (manifest->optValue<std::string>("format", "") != kFormat ||
        manifest->optValue<int>("format_version", 0) != kFormatVersion)
        throw std::invalid_argument(from.string() + " is not a OneWindow backup of format " +
                                    std::to_string(kFormatVersion));
    Snapshot snapshot;
    snapshot.dialect = manifest->getValue<std::string>("dialect") == "sqlite" ? Dialect::SQLite : Dialect::PostgreSQL;
    snapshot.schema = manifest->optValue<std::string>("schema", "");
    snapshot.schemaVersion = manifest->getValue<int>("schema_version");
    const auto newest = static_cast<int>(schemaMigrations(snapshot.dialect).size());
    if (snapshot.schemaVersion > newest)
        throw std::invalid_argument("the backup's schema (version " + std::to_string(snapshot.schemaVersion) +
                                    ") is newer than this server's (" + std::to_string(newest) +
                                    "): restore it with the server that made it, or a newer one");
    const auto rows = manifest->getObject("rows");
    for (const auto& name : rows->getNames())
        snapshot.rows[name] = rows->getValue<std::int64_t>(name);

    // Everything must be empty before anything is written.
    const auto [blobDir, keyDir] = Database::fileDirectories(url, data);
    if (!emptyDirectory(blobDir) || !emptyDirectory(keyDir))
        throw std::invalid_argument("the files directory already holds attachments or keys (" + blobDir + ", " +
                                    keyDir + "): a backup is restored into an empty one only");
    if (!holdsNothing(url))
        throw std::invalid_argument("the database " + parseDatabaseUrl(url).display +
                                    " already holds tables: a backup is restored into an empty database only");

    // Every file out to a staging directory beside the attachments' and checked there.
    const fs::path staging = fs::path(blobDir).parent_path() / (".onewindow-restore-" + randomHex(6));
    std::size_t blobCount = 0;
    try {
        fs::create_directories(staging);
        const auto files = manifest->getArray("files");
        for (std::size_t i = 0; i < files->size(); ++i) {
            const auto file = files->getObject(static_cast<unsigned>(i));
            const std::string name = file->getValue<std::string>("name");
            const bool known = name == databaseEntry(snapshot.dialect) ||
                               (name.rfind("blobs/", 0) == 0 && BlobStore::isName(fs::path(name).filename())) ||
                               (name.rfind("keys/", 0) == 0 && name.find('/', 5) == std::string::npos &&
                                name.find("..") == std::string::npos && name.size() > 5);
            if (!known)
                throw std::invalid_argument("the backup names a file it should not hold: " + name);
            const auto header = archive.findHeader(name);
            if (header == archive.headerEnd())
                throw std::invalid_argument("the backup is missing " + name);
            const fs::path target = staging / name;
            fs::create_directories(target.parent_path());
            {
                std::ofstream copy(target, std::ios::binary);
                Poco::Zip::ZipInputStream bytes(in, header->second);
                std::vector<char> buffer(1 << 16);
                while (bytes) {
                    bytes.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                    copy.write(buffer.data(), bytes.gcount());
                    if (!copy)
                        throw std::runtime_error("cannot write " + target.string());
                }
                if (bytes.bad()) // the entry's CRC or compressed data is wrong
                    throw std::invalid_argument("the backup is damaged: " + name + " cannot be read whole");
            }
            if (fs::file_size(target) != file->getValue<std::uint64_t>("size") ||
                sha256FileHex(target.string()) != file->getValue<std::string>("sha256"))
                throw std::invalid_argument("the backup is damaged: " + name + " does not match its manifest");
            if (name.rfind("blobs/", 0) == 0) {
                ++blobCount;
                fs::permissions(target, BlobStore::kFileMode);
                fs::permissions(target.parent_path(), BlobStore::kDirectoryMode);
            } else if (name.rfind("keys/", 0) == 0) {
                fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
                fs::permissions(target.parent_path(), fs::perms::owner_all);
            }
        }
        out << "checked " << files->size() << " files (" << blobCount << " attachments) against the manifest\n";

        loadSnapshot(url, snapshot, staging / databaseEntry(snapshot.dialect));
        fs::create_directories(fs::path(blobDir).parent_path());
        fs::remove(blobDir);
        fs::remove(keyDir);
        if (fs::exists(staging / "blobs"))
            fs::rename(staging / "blobs", blobDir);
        if (fs::exists(staging / "keys"))
            fs::rename(staging / "keys", keyDir);
        fs::remove_all(staging);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        throw;
    }

    Database restored(url, data);
    const std::string differences = rowDifferences(snapshot.rows, rowCounts(restored));
    if (restored.schemaVersion() == snapshot.schemaVersion && !differences.empty())
        throw std::runtime_error("the restored database does not hold what the manifest says:" + differences);
    const auto audit = restored.read([](Poco::Data::Session& s) { return AuditLog::verify(s); });
    if (!audit.intact)
        throw std::runtime_error("the restored audit log is broken at entry " + std::to_string(audit.firstBad) + ": " +
                                 audit.problem);
    out << "restored " << restored.displayName() << " (schema version " << snapshot.schemaVersion
        << (restored.schemaVersion() != snapshot.schemaVersion
                ? " brought up to " + std::to_string(restored.schemaVersion())
                : std::string())
        << "), " << blobCount << " attachments; audit log intact (" << audit.entries << " entries)\n";
}

} // namespace ow::server
