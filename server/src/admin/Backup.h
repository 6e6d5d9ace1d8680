#pragma once

#include "Database.h"
#include "Snapshot.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace ow::server {

// A hall's backup: one ZIP file holding a consistent copy of the database (Snapshot), every attachment the copy
// records, every permit-signing key, and manifest.json — what the copy holds (its schema version, the rows of each
// table) and each file's size and SHA-256. Attachments are stored as they are (scans are compressed already).
struct BackupSummary {
    Snapshot snapshot;
    std::size_t files = 0;
    std::uintmax_t bytes = 0;
};

// Writes the backup of `db` (serving or not) to `to`, made by `product` (version and commit): first to "<to>.partial",
// renamed when whole; readable by its owner and group only (it holds personal data). Throws std::runtime_error when an
// attachment the database records is missing or no longer matches its name (the backup is not written: someone must
// look).
BackupSummary writeBackup(Database& db, const std::filesystem::path& to, const std::string& product);

// A new backup's file in `dir`, named by the moment (UTC) so that names sort by age: onewindow-20261205T133000Z.zip.
std::filesystem::path datedBackupPath(const std::filesystem::path& dir);
// Removes all but the newest `keep` backups named so in `dir` (other files stay); returns those removed.
std::vector<std::filesystem::path> pruneBackups(const std::filesystem::path& dir, std::size_t keep);

// Restores the backup `from` into the database at `url` and the files directory `data` (as for Database), all of
// which must be empty: std::invalid_argument otherwise, nothing touched. Every file is checked against the manifest
// before anything is put in place; a backup of a newer schema than this server's is refused. The restored database is
// opened (an older backup is brought up to date) and its rows compared with the manifest's. Progress goes to `out`.
void restoreBackup(const std::filesystem::path& from, const std::string& url, const std::string& data,
                   std::ostream& out);

} // namespace ow::server
