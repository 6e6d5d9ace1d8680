#pragma once

// What the server's benchmarks measure themselves against, and how they sum latencies up.
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace ow::bench {

// The ceiling: raw SQLite write transactions a second in `dir`, with the server's pragmas (WAL, synchronous=NORMAL),
// one insert each.
inline double rawSqliteWritesPerSecond(const std::filesystem::path& dir, int transactions) {
    using namespace Poco::Data::Keywords;
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::Session s("SQLite", (dir / "raw.db").string());
    s << "PRAGMA journal_mode=WAL", now;
    s << "PRAGMA synchronous=NORMAL", now;
    s << "PRAGMA wal_autocheckpoint=10000", now;
    s << "PRAGMA cache_size=-32768", now;
    s << "PRAGMA mmap_size=268435456", now;
    s << "CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL, n INTEGER NOT NULL)", now;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < transactions; ++i) {
        s << "BEGIN IMMEDIATE", now;
        s << "INSERT INTO t(v, n) VALUES(?, ?)", bind(std::string("ticket")), bind(i), now;
        s << "COMMIT", now;
    }
    return transactions / std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

inline double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

} // namespace ow::bench
