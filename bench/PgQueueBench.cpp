// Queue throughput of a province deployment: 64 counters call next (and finish) through two server instances on
// one PostgreSQL while kiosks issue numbers, over real HTTP. Prints call-next/s, p50/p99, double calls, and in the
// same run pgbench's simple-update TPS (64 clients) on the same cluster as the ceiling — and what each costs of the
// machine's CPU (from /proc/stat), which is what bounds both on a machine they share with nothing idle.
//   pg_queue_bench [seconds=20] [pgbench seconds=20] [counters=64]
// Starts its own durable cluster (scripts/pg-cluster.sh with ONEWINDOW_PG_DURABLE=1, port 25433).
#include "TestServer.h"

#include "domain/Json.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <pthread.h>
#include <regex>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace ow;
using namespace ow::testing;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kPort = 25433;

std::string run(const std::string& command) {
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return {};
    std::string out;
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        out += buffer.data();
    pclose(pipe);
    return out;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

// CPU seconds this process (both server instances and the simulated devices) has used so far.
double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The machine's CPU time so far, from /proc/stat: busy (user, nice, system, irq, softirq) and stolen by the host.
struct MachineCpu {
    double busy = 0, steal = 0;
};
MachineCpu machineCpu() {
    std::ifstream in("/proc/stat");
    std::string cpu;
    double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    in >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    return {(user + nice + system + irq + softirq) / tick, steal / tick};
}

// pgbench's simple-update on the same cluster: transactions per second, and the machine's CPU per transaction.
struct Ceiling {
    double tps = 0, cpuUs = 0;
};
Ceiling pgbenchCeiling(const std::string& bin, int seconds) {
    const std::string target = " -h 127.0.0.1 -p " + std::to_string(kPort) + " -U onewindow onewindow";
    run(bin + "/pgbench -i -q -s 10" + target + " 2>&1");
    const MachineCpu before = machineCpu();
    const std::string out =
        run(bin + "/pgbench -n -b simple-update -c 64 -j 2 -T " + std::to_string(seconds) + target + " 2>&1");
    const double busy = machineCpu().busy - before.busy;
    std::smatch m;
    if (std::regex_search(out, m, std::regex(R"(tps = ([0-9.]+) \(without initial connection time\))"))) {
        const double tps = std::stod(m[1]);
        return {tps, tps > 0 ? busy * 1e6 / (tps * seconds) : 0};
    }
    std::fprintf(stderr, "pgbench said:\n%s\n", out.c_str());
    return {};
}

} // namespace

int main(int argc, char** argv) {
    const double seconds = argc > 1 ? std::atof(argv[1]) : 20.0;
    const int pgbenchSeconds = argc > 2 ? std::atoi(argv[2]) : 20;
    const int counters = argc > 3 ? std::atoi(argv[3]) : 64;
    constexpr int kiosks = 4;

    const std::string url = run("ONEWINDOW_PG_DURABLE=1 ONEWINDOW_PG_PORT=" + std::to_string(kPort) + " " +
                                ONEWINDOW_SOURCE_DIR "/scripts/pg-cluster.sh start");
    if (url.rfind("postgresql://", 0) != 0) {
        std::fprintf(stderr, "pg_queue_bench: could not start PostgreSQL: %s\n", url.c_str());
        return 2;
    }
    const std::string bin = run("ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1");
    setenv("ONEWINDOW_TEST_DB", url.substr(0, url.find('\n')).c_str(), 1);

    int failures = 0;
    {
        TestServer a; // instance A, in a schema of its own
        a.addHall("bench", {{"A", "综合业务"}, {"B", "企业开办"}}, counters, {"A", "B"});
        server::Database dbB(a.databaseUrl(), a.dataPath());
        server::ApiServer b(dbB, server::ApiServer::Options{});
        b.start();
        std::vector<std::string> clerks, kioskTokens;
        for (int n = 1; n <= counters; ++n)
            clerks.push_back(a.clerkAt("bench", n));
        for (int k = 0; k < kiosks; ++k)
            kioskTokens.push_back(a.enroll("bench", DeviceKind::Kiosk));
        // A backlog so that counters never run dry while the kiosks keep issuing.
        const int backlog = static_cast<int>(seconds * 2500);
        const auto filling = Clock::now();
        {
            std::vector<std::thread> fillers; // in parallel, so that the writes share commits
            for (int f = 0; f < 32; ++f)
                fillers.emplace_back([&, f] {
                    for (int i = f; i < backlog; i += 32)
                        a.context().queue.issue("bench", i % 3 ? "A" : "B", i % 10 ? Priority::Normal : Priority::Green,
                                                nowUtcMs());
                });
            for (auto& t : fillers)
                t.join();
        }
        std::fprintf(stderr, "pg_queue_bench: %d waiting tickets issued in %.1f s; the counters start\n", backlog,
                     std::chrono::duration<double>(Clock::now() - filling).count());
        auto portOf = [&](int i) { return i % 2 == 0 ? a.port() : b.port(); };

        std::atomic<bool> stop{false};
        std::mutex mutex;
        std::vector<double> latencies;
        std::map<std::string, int> calledIds;
        std::atomic<long> calls{0}, issued{0}, empty{0}, errors{0};
        std::vector<std::thread> threads;
        for (int k = 0; k < kiosks; ++k)
            threads.emplace_back([&, k] {
                pthread_setname_np(pthread_self(), "bench-kiosk"); // apart from the servers' threads in `perf`/`top -H`
                HttpClient http(portOf(k));
                while (!stop)
                    (http.post("/api/v1/halls/bench/tickets", R"({"category":"A"})", kioskTokens[k]).status == 201
                         ? issued
                         : errors)++;
            });
        const auto start = Clock::now();
        const double cpuBefore = processCpuSeconds();
        const MachineCpu machineBefore = machineCpu();
        const std::uint64_t commitsBefore = a.database().commits() + dbB.commits();
        for (int n = 1; n <= counters; ++n)
            threads.emplace_back([&, n] {
                pthread_setname_np(pthread_self(), "bench-counter");
                HttpClient http(portOf(n));
                const Served served =
                    serveCounter(http, n, clerks[static_cast<std::size_t>(n - 1)], [&] { return stop.load(); });
                calls += static_cast<long>(served.tickets.size());
                empty += served.empty;
                errors += static_cast<long>(served.errors.size());
                std::lock_guard lock(mutex);
                latencies.insert(latencies.end(), served.callMs.begin(), served.callMs.end());
                for (const auto& t : served.tickets)
                    ++calledIds[t.id];
            });
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
        stop = true;
        for (auto& t : threads)
            t.join();
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        const double cpu = processCpuSeconds() - cpuBefore;
        const MachineCpu machineAfter = machineCpu();
        const double machineBusy = machineAfter.busy - machineBefore.busy;
        const double commits = static_cast<double>(a.database().commits() + dbB.commits() - commitsBefore);
        long doubles = 0;
        for (const auto& [id, times] : calledIds)
            doubles += times > 1 ? times - 1 : 0;
        b.stop();

        const Ceiling ceiling = pgbenchCeiling(bin.substr(0, bin.find('\n')), pgbenchSeconds);
        const double tps = ceiling.tps;
        const double callRate = static_cast<double>(calls) / elapsed;
        std::printf("pg_queue_bench: %d counters over 2 instances, %d kiosks, %.1f s on loopback, PostgreSQL "
                    "(durable: fsync, synchronous commit)\n",
                    counters, kiosks, elapsed);
        std::printf("  call-next        %8.0f /s   (%ld called, %ld empty, %ld errors)\n", callRate, calls.load(),
                    empty.load(), errors.load());
        std::printf("  call-next p50    %8.2f ms\n", percentile(latencies, 0.50));
        std::printf("  call-next p99    %8.2f ms   (target < 30)\n", percentile(latencies, 0.99));
        std::printf("  double calls     %8ld\n", doubles);
        std::printf("  tickets issued   %8.0f /s   (by %d kiosks, during the run)\n",
                    static_cast<double>(issued) / elapsed, kiosks);
        std::printf("  all writes       %8.0f /s   (issue + call-next + finish)\n",
                    static_cast<double>(issued + 2 * calls) / elapsed);
        std::printf("  commits          %8.0f /s   (%.1f writes per commit, both instances)\n", commits / elapsed,
                    static_cast<double>(issued + 2 * calls) / std::max(1.0, commits));
        std::printf("  CPU per call-next %7.0f us  (this process: both instances and the devices, with the finish and "
                    "the issuing around it; %.0f %% of one core)\n",
                    calls > 0 ? cpu * 1e6 / static_cast<double>(calls) : 0.0, 100.0 * cpu / elapsed);
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        std::printf("  CPU per call-next %7.0f us  (the whole machine, PostgreSQL included: %.0f %% of %u cores busy, "
                    "%.1f %% stolen by the host)\n",
                    calls > 0 ? machineBusy * 1e6 / static_cast<double>(calls) : 0.0,
                    100.0 * machineBusy / elapsed / cores, cores,
                    100.0 * (machineAfter.steal - machineBefore.steal) / elapsed / cores);
        std::printf("  pgbench          %8.0f tps  (simple-update, 64 clients, same cluster, %d s; %.0f us of the "
                    "machine's CPU a transaction)\n",
                    tps, pgbenchSeconds, ceiling.cpuUs);
        std::printf("  call-next / pgbench %5.1f %%  (target >= 40)\n", tps > 0 ? 100.0 * callRate / tps : 0.0);
        std::printf("  all writes / pgbench %4.1f %%\n",
                    tps > 0 ? 100.0 * static_cast<double>(issued + 2 * calls) / elapsed / tps : 0.0);
        failures = doubles > 0 || errors > 0 ? 1 : 0;
    }
    return failures;
}
