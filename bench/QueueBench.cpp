// Queue throughput on loopback SQLite: 16 counters call next (and finish) while kiosks issue numbers,
// over real HTTP. Prints call-next/s, p50/p99 latency, and the raw SQLite write-transaction rate on the
// same disk with the same settings as the ceiling.
#include "Ceiling.h"
#include "TestServer.h"

#include "domain/HallTime.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

using namespace ow;
using namespace ow::testing;
using namespace ow::bench;
using Clock = std::chrono::steady_clock;
using namespace Poco::Data::Keywords;

int main(int argc, char** argv) {
    const int counters = 16;
    const int kiosks = 4;
    // queue_bench [seconds] [backlog] [kiosk tickets per second in all, 0 = as fast as they can]
    const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    const double kioskRate = argc > 3 ? std::atof(argv[3]) : 0.0;

    TestServer server;
    server.addHall("bench", {{"A", "综合业务"}, {"B", "企业开办"}}, counters, {"A", "B"});
    std::vector<std::string> clerks, kioskTokens;
    for (int n = 1; n <= counters; ++n)
        clerks.push_back(server.clerkAt("bench", n));
    for (int k = 0; k < kiosks; ++k)
        kioskTokens.push_back(server.enroll("bench", DeviceKind::Kiosk));
    // A backlog so counters never run dry while kiosks keep issuing.
    const int backlog = argc > 2 ? std::atoi(argv[2]) : static_cast<int>(seconds * 2500);
    for (int i = 0; i < backlog; ++i)
        server.context().queue.issue("bench", i % 3 ? "A" : "B", i % 10 ? Priority::Normal : Priority::Green,
                                     nowUtcMs());

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::vector<double> callLatencyMs;
    std::atomic<long> calls{0}, issued{0}, empty{0}, errors{0};
    std::vector<std::thread> threads;
    for (int k = 0; k < kiosks; ++k)
        threads.emplace_back([&, k] {
            HttpClient http(server.port());
            const auto pause =
                kioskRate > 0 ? std::chrono::duration<double>(kiosks / kioskRate) : std::chrono::duration<double>(0);
            auto next = Clock::now();
            while (!stop) {
                auto res = http.post("/api/v1/halls/bench/tickets", R"({"category":"A"})", kioskTokens[k]);
                (res.status == 201 ? issued : errors)++;
                if (kioskRate > 0) {
                    next += std::chrono::duration_cast<Clock::duration>(pause);
                    std::this_thread::sleep_until(next);
                }
            }
        });
    const auto start = Clock::now();
    const std::uint64_t commitsBefore = server.database().commits();
    for (int n = 1; n <= counters; ++n)
        threads.emplace_back([&, n] {
            HttpClient http(server.port());
            const Served served =
                serveCounter(http, n, clerks[static_cast<std::size_t>(n - 1)], [&] { return stop.load(); });
            calls += static_cast<long>(served.tickets.size());
            empty += served.empty;
            errors += static_cast<long>(served.errors.size());
            std::lock_guard lock(mutex);
            callLatencyMs.insert(callLatencyMs.end(), served.callMs.begin(), served.callMs.end());
        });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const double callRate = static_cast<double>(calls) / elapsed;
    const double raw = rawSqliteWritesPerSecond(server.directory(), 20000);

    std::printf("queue_bench: %d counters, %d kiosks (%s), %.1f s on loopback, SQLite WAL synchronous=NORMAL\n",
                counters, kiosks, kioskRate > 0 ? "paced" : "as fast as they can", elapsed);
    std::printf("  call-next        %8.0f /s   (%ld called, %ld empty, %ld errors)\n", callRate, calls.load(),
                empty.load(), errors.load());
    std::printf("  call-next p50    %8.2f ms\n", percentile(callLatencyMs, 0.50));
    std::printf("  call-next p99    %8.2f ms\n", percentile(callLatencyMs, 0.99));
    std::printf("  tickets issued   %8.0f /s   (by %d kiosks, during the run)\n", static_cast<double>(issued) / elapsed,
                kiosks);
    std::printf("  group commits    %8.0f /s   (%.1f writes per commit)\n",
                static_cast<double>(server.database().commits() - commitsBefore) / elapsed,
                static_cast<double>(issued + 2 * calls) /
                    static_cast<double>(std::max<std::uint64_t>(1, server.database().commits() - commitsBefore)));
    std::printf("  all writes       %8.0f /s   (issue + call-next + finish, each its own transaction)\n",
                static_cast<double>(issued + 2 * calls) / elapsed);
    std::printf("  raw SQLite write %8.0f tx/s (same disk, same pragmas, one insert per transaction)\n", raw);
    std::printf("  call-next / raw  %8.1f %%\n", 100.0 * callRate / raw);
    std::printf("  all writes / raw %8.1f %%\n", 100.0 * static_cast<double>(issued + 2 * calls) / elapsed / raw);
    return errors == 0 ? 0 : 1;
}
