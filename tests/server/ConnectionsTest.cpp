// The server's HTTP connections: idle ones (just opened, or between two requests) are watched without a thread,
// one address cannot hold the request threads, and a connection is closed when it has been silent too long.
#include "Metrics.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ow;
using namespace ow::testing;
using Clock = std::chrono::steady_clock;

namespace {

constexpr char kHealth[] = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

// A raw TCP connection to the test server from `source` (any 127.x.y.z address is this machine).
int connectFrom(const char* source, std::uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &local.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
        ::close(fd);
        return -1;
    }
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const std::string& bytes) {
    return ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
}

// What arrives within `timeoutMs`, until `answers` status lines have come or the other side closes.
std::string readAnswers(int fd, int answers, int timeoutMs) {
    std::string got;
    const auto until = Clock::now() + std::chrono::milliseconds(timeoutMs);
    auto count = [&] {
        int n = 0;
        for (std::size_t at = got.find("HTTP/1.1 "); at != std::string::npos; at = got.find("HTTP/1.1 ", at + 1))
            ++n;
        return n;
    };
    while (count() < answers) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
        pollfd p{fd, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0)
            break;
        char buffer[4096];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        got.append(buffer, static_cast<std::size_t>(n));
    }
    return got;
}

// Whether the server has closed the connection within `timeoutMs`.
bool closedWithin(int fd, int timeoutMs) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0)
        return false;
    char c;
    return ::recv(fd, &c, 1, MSG_DONTWAIT) == 0;
}

template <typename Predicate> bool eventually(Predicate predicate, int timeoutMs = 3000) {
    const auto until = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!predicate()) {
        if (Clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

// The slowest of `n` requests from `source`, each on a connection of its own.
Clock::duration slowestOf(int n, const char* source, std::uint16_t port) {
    Clock::duration slowest{};
    for (int i = 0; i < n; ++i) {
        const auto t0 = Clock::now();
        const int fd = connectFrom(source, port);
        EXPECT_GE(fd, 0);
        EXPECT_TRUE(sendAll(fd, kHealth));
        const std::string answer = readAnswers(fd, 1, 5000);
        EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
        slowest = std::max(slowest, Clock::now() - t0);
        ::close(fd);
    }
    return slowest;
}

void allowDescriptors(rlim_t wanted) {
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < wanted) {
        files.rlim_cur = std::min(wanted, files.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
}

} // namespace

// Four request threads and forty keep-alive connections that have each had an answer and stay open: none of them
// holds a thread, so a new request is answered at once, and each of the forty is served again when it asks.
TEST(Connections, IdleKeepAliveConnectionsHoldNoRequestThread) {
    server::ApiServer::Options options;
    options.connections.threads = 4;
    TestServer server(options);
    std::vector<int> kept;
    for (int i = 0; i < 40; ++i) {
        const int fd = connectFrom("127.0.0.1", server.port());
        ASSERT_GE(fd, 0);
        ASSERT_TRUE(sendAll(fd, kHealth));
        ASSERT_EQ(readAnswers(fd, 1, 5000).rfind("HTTP/1.1 200", 0), 0u);
        kept.push_back(fd);
    }
    EXPECT_TRUE(eventually([&] { return server.connections().idle == 40; })) << server.connections().idle;
    EXPECT_EQ(server.connections().busy, 0u);
    EXPECT_LT(slowestOf(5, "127.0.0.2", server.port()), std::chrono::seconds(1));
    for (int fd : kept) {
        ASSERT_TRUE(sendAll(fd, kHealth));
        EXPECT_EQ(readAnswers(fd, 1, 5000).rfind("HTTP/1.1 200", 0), 0u);
    }
    EXPECT_EQ(server.connections().open, 40u);
    for (int fd : kept)
        ::close(fd);
    EXPECT_TRUE(eventually([&] { return server.connections().open == 0; })); // closed by the client: forgotten
}

// A thousand connections from one address that say nothing: they are watched, not served; past the address's cap
// the rest are told 503 at once; another address's requests are answered as if they were not there.
TEST(Connections, AThousandIdleConnectionsFromOneAddressDoNotSlowAnother) {
    allowDescriptors(4096);
    server::ApiServer::Options options;
    options.connections.threads = 8;
    TestServer server(options);
    const auto alone = slowestOf(20, "127.0.0.2", server.port());
    std::vector<int> idle;
    for (int i = 0; i < 1000; ++i) {
        const int fd = connectFrom("127.0.0.1", server.port());
        ASSERT_GE(fd, 0) << i;
        idle.push_back(fd);
    }
    const std::size_t cap = options.connections.maxPerAddress;
    EXPECT_TRUE(eventually([&] { return server.connections().refused == 1000 - cap; })) << server.connections().refused;
    EXPECT_EQ(server.connections().open, cap);
    EXPECT_EQ(server.connections().busy, 0u);
    const auto crowded = slowestOf(20, "127.0.0.2", server.port());
    std::cout << "[ figures ] slowest of 20 requests: alone "
              << std::chrono::duration<double, std::milli>(alone).count() << " ms, beside 1,000 idle connections "
              << std::chrono::duration<double, std::milli>(crowded).count() << " ms\n";
    EXPECT_LT(crowded, std::chrono::milliseconds(500));
    EXPECT_EQ(readAnswers(idle.back(), 1, 2000).rfind("HTTP/1.1 503", 0), 0u); // over the cap: told to come back
    for (int fd : idle)
        ::close(fd);
}

// Two hundred connections from one address that each send half a request and wait: at most four of them hold a
// thread (each until its read times out); the next ones wait their turn, the ones past the address's cap are
// answered 503, and another address's request goes through at once.
TEST(Connections, HalfSentRequestsFromOneAddressWaitTheirTurn) {
    server::ApiServer::Options options;
    options.connections.threads = 16;
    options.connections.maxPerAddress = 100;
    options.connections.busyPerAddress = 4;
    TestServer server(options);
    std::vector<int> slow;
    for (int i = 0; i < 200; ++i) {
        const int fd = connectFrom("127.0.0.1", server.port());
        ASSERT_GE(fd, 0);
        ASSERT_TRUE(sendAll(fd, "GET /healthz HTTP/1.1\r\nHost: x\r\n")); // and never the blank line
        slow.push_back(fd);
    }
    // (A connection handed to the threads is busy once a thread has taken it: both counts settle.)
    EXPECT_TRUE(eventually([&] {
        const auto counts = server.connections();
        return counts.waiting == 96 && counts.busy == 4;
    })) << server.connections().waiting
        << " waiting, " << server.connections().busy << " busy";
    EXPECT_LT(slowestOf(5, "127.0.0.2", server.port()), std::chrono::seconds(1));
    EXPECT_EQ(readAnswers(slow.back(), 1, 2000).rfind("HTTP/1.1 503", 0), 0u);
    for (int fd : slow)
        ::close(fd);
}

// Requests sent back to back on one connection, before any answer: each is answered, in order.
TEST(Connections, RequestsSentBackToBackAreAllAnswered) {
    TestServer server;
    const int fd = connectFrom("127.0.0.1", server.port());
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(sendAll(fd, std::string(kHealth) + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n" + kHealth));
    const std::string answers = readAnswers(fd, 3, 5000);
    const auto first = answers.find("HTTP/1.1 200");
    const auto second = answers.find("HTTP/1.1 404", first);
    const auto third = answers.find("HTTP/1.1 200", second);
    EXPECT_NE(third, std::string::npos) << answers;
    ::close(fd);
}

// A connection silent for longer than the request timeout (never a byte) or the keep-alive time (after an answer)
// is closed by the server.
TEST(Connections, SilentConnectionsAreClosed) {
    server::ApiServer::Options options;
    options.connections.requestTimeout = std::chrono::seconds(1);
    options.connections.keepAlive = std::chrono::seconds(2);
    TestServer server(options);
    const int mute = connectFrom("127.0.0.1", server.port());
    const int kept = connectFrom("127.0.0.1", server.port());
    ASSERT_GE(mute, 0);
    ASSERT_GE(kept, 0);
    ASSERT_TRUE(sendAll(kept, kHealth));
    ASSERT_EQ(readAnswers(kept, 1, 5000).rfind("HTTP/1.1 200", 0), 0u);
    const auto t0 = Clock::now();
    EXPECT_TRUE(closedWithin(mute, 3000));
    EXPECT_FALSE(closedWithin(kept, 500)); // kept a little longer than a new one
    EXPECT_TRUE(closedWithin(kept, 3000));
    EXPECT_GE(Clock::now() - t0, std::chrono::milliseconds(1500));
    EXPECT_TRUE(eventually([&] { return server.connections().open == 0; }));
    ::close(mute);
    ::close(kept);
}

// What an operator sees of them on /metrics.
TEST(Connections, MetricsSayWhatTheConnectionsAreDoing) {
    TestServer server;
    HttpClient http(server.port());
    const auto metrics = http.request("GET", "/metrics");
    EXPECT_NE(metrics.body.find("onewindow_http_connections{state=\"busy\"} 1"), std::string::npos) << metrics.body;
    EXPECT_NE(metrics.body.find("onewindow_http_connections_refused_total 0"), std::string::npos);
}

// /metrics is the hall's monitoring's: this machine, or a Prometheus elsewhere that sends the configured token.
TEST(Connections, MetricsAreServedToThisMachineOrWithTheToken) {
    using Poco::Net::IPAddress;
    EXPECT_TRUE(server::Metrics::mayRead(IPAddress("127.0.0.1"), "", ""));
    EXPECT_TRUE(server::Metrics::mayRead(IPAddress("::1"), "", ""));
    EXPECT_FALSE(server::Metrics::mayRead(IPAddress("192.168.1.20"), "", ""));       // no token configured
    EXPECT_FALSE(server::Metrics::mayRead(IPAddress("192.168.1.20"), "", "s3cret")); // none sent
    EXPECT_FALSE(server::Metrics::mayRead(IPAddress("192.168.1.20"), "s3creT", "s3cret"));
    EXPECT_FALSE(server::Metrics::mayRead(IPAddress("192.168.1.20"), "s3cret2", "s3cret"));
    EXPECT_TRUE(server::Metrics::mayRead(IPAddress("192.168.1.20"), "s3cret", "s3cret"));
}
