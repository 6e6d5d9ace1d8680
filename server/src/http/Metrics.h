#pragma once

#include "HttpConnections.h"

#include <Poco/Net/IPAddress.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace ow::server {

// Counters and a request-latency histogram, rendered in the Prometheus text format.
class Metrics {
public:
    void ticketIssued() { ++m_ticketsIssued; }
    void ticketCalled() { ++m_ticketsCalled; }
    void request(int status, double seconds);
    // A request refused by a rate limiter, by the limiter's scope (a fixed set: no values from a request).
    void rateLimited(const std::string& scope);
    // Who reads them: this machine (a loopback address), or whoever sends the configured token (none: nobody else).
    static bool mayRead(const Poco::Net::IPAddress& from, const std::string& bearer, const std::string& token);
    // `connections`: the HTTP connections at the moment of the scrape.
    std::string render(std::size_t liveClients, const HttpConnections::Counts& connections) const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0};
    std::atomic<std::uint64_t> m_ticketsIssued{0};
    std::atomic<std::uint64_t> m_ticketsCalled{0};
    std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> m_bucketCounts{};
    std::atomic<std::uint64_t> m_requestMicros{0};
    std::array<std::atomic<std::uint64_t>, 6> m_statusClass{}; // 1xx..5xx by first digit
    static constexpr std::array<const char*, 6> kLimits{"enroll",      "login-device",   "login-address",
                                                        "lookup-case", "lookup-address", "public"};
    std::array<std::atomic<std::uint64_t>, kLimits.size()> m_limited{};
};

} // namespace ow::server
