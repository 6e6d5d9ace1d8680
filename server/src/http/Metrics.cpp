#include "Metrics.h"

#include <malloc.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

#include <sstream>

namespace ow::server {

void Metrics::request(int status, double seconds) {
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    ++m_bucketCounts[bucket];
    m_requestMicros += static_cast<std::uint64_t>(seconds * 1e6);
    const int cls = status / 100;
    if (cls >= 1 && cls <= 5)
        ++m_statusClass[static_cast<std::size_t>(cls)];
}

bool Metrics::mayRead(const Poco::Net::IPAddress& from, const std::string& bearer, const std::string& token) {
    if (from.isLoopback())
        return true;
    return !token.empty() && bearer.size() == token.size() &&
           CRYPTO_memcmp(bearer.data(), token.data(), token.size()) == 0;
}

void Metrics::rateLimited(const std::string& scope) {
    for (std::size_t i = 0; i < kLimits.size(); ++i)
        if (scope == kLimits[i])
            ++m_limited[i];
}

std::string Metrics::render(std::size_t liveClients, const HttpConnections::Counts& connections) const {
    std::ostringstream out;
    out << "# HELP onewindow_tickets_issued_total Queue numbers issued.\n"
        << "# TYPE onewindow_tickets_issued_total counter\n"
        << "onewindow_tickets_issued_total " << m_ticketsIssued << "\n"
        << "# HELP onewindow_tickets_called_total Tickets called by call-next.\n"
        << "# TYPE onewindow_tickets_called_total counter\n"
        << "onewindow_tickets_called_total " << m_ticketsCalled << "\n"
        << "# HELP onewindow_live_clients WebSocket clients connected.\n"
        << "# TYPE onewindow_live_clients gauge\n"
        << "onewindow_live_clients " << liveClients << "\n"
        << "# HELP onewindow_http_connections HTTP connections open, by what they are doing.\n"
        << "# TYPE onewindow_http_connections gauge\n"
        << "onewindow_http_connections{state=\"idle\"} " << connections.idle << "\n"
        << "onewindow_http_connections{state=\"busy\"} " << connections.busy << "\n"
        << "onewindow_http_connections{state=\"waiting\"} " << connections.waiting << "\n"
        << "# HELP onewindow_http_connections_refused_total Connections refused: their address had its most open.\n"
        << "# TYPE onewindow_http_connections_refused_total counter\n"
        << "onewindow_http_connections_refused_total " << connections.refused
        << "\n"
        // Where the memory is, for a leak hunt: what SQLite holds (page caches, statements) and what the heap has
        // handed out and not had back (against the process's resident size, the rest is code, stacks and free
        // memory the allocator keeps).
        << "# HELP onewindow_sqlite_memory_bytes Memory SQLite has in use.\n"
        << "# TYPE onewindow_sqlite_memory_bytes gauge\n"
        << "onewindow_sqlite_memory_bytes " << sqlite3_memory_used() << "\n"
        << "# HELP onewindow_heap_in_use_bytes Heap memory allocated and not yet freed (glibc mallinfo2).\n"
        << "# TYPE onewindow_heap_in_use_bytes gauge\n"
        << "onewindow_heap_in_use_bytes " << mallinfo2().uordblks << "\n"
        << "# HELP onewindow_http_responses_total HTTP responses by status class.\n"
        << "# TYPE onewindow_http_responses_total counter\n";
    for (std::size_t cls = 1; cls <= 5; ++cls)
        out << "onewindow_http_responses_total{class=\"" << cls << "xx\"} " << m_statusClass[cls] << "\n";
    out << "# HELP onewindow_rate_limited_total Requests refused with 429 by a rate limiter, by limiter.\n"
        << "# TYPE onewindow_rate_limited_total counter\n";
    for (std::size_t i = 0; i < kLimits.size(); ++i)
        out << "onewindow_rate_limited_total{limit=\"" << kLimits[i] << "\"} " << m_limited[i] << "\n";
    out << "# HELP onewindow_http_request_duration_seconds Request latency.\n"
        << "# TYPE onewindow_http_request_duration_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += m_bucketCounts[i];
        out << "onewindow_http_request_duration_seconds_bucket{le=\"" << kBuckets[i] << "\"} " << cumulative << "\n";
    }
    cumulative += m_bucketCounts[kBuckets.size()];
    out << "onewindow_http_request_duration_seconds_bucket{le=\"+Inf\"} " << cumulative << "\n"
        << "onewindow_http_request_duration_seconds_sum " << static_cast<double>(m_requestMicros) / 1e6 << "\n"
        << "onewindow_http_request_duration_seconds_count " << cumulative << "\n";
    return out.str();
}

} // namespace ow::server
