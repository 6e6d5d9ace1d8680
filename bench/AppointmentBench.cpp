// Booking throughput on loopback SQLite with the capacity rule: 64 phones book at once, as fast as they can, into
// the slots of the next ten days (24 half-hours of 200 places a day), every booking a real HTTP request through the
// public route, each phone from loopback addresses of its own (the per-address limit holds). Prints bookings a
// second, the slots' refusals, p50/p99, and the raw SQLite write rate on the same disk as the ceiling; then how fast
// the text messages the bookings owed are sent (to the log).
#include "Ceiling.h"
#include "Notifier.h"
#include "TestServer.h"

#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/WorkCalendar.h"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

using namespace ow;
using namespace ow::testing;
using namespace ow::bench;
using Clock = std::chrono::steady_clock;

namespace {

// The n-th of many valid ID numbers: a birth date and a sequence number of their own.
std::string idNumber(int n) {
    std::string born = isoDate(makeDate(1950, 1, 1) + std::chrono::days(n / 900));
    born.erase(std::remove(born.begin(), born.end(), '-'), born.end());
    const std::string first17 = "510113" + born + std::to_string(100 + n % 900);
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

int main(int argc, char** argv) {
    // appointment_bench [seconds] [phones] [bookings a second in all, 0 = as fast as they can]
    const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    const int phones = argc > 2 ? std::atoi(argv[2]) : 64;
    const double offered = argc > 3 ? std::atof(argv[3]) : 0.0;
    constexpr int kDays = 10, kSlots = 24, kCapacity = 200;

    // Each booking owes its text message in its own transaction; they are sent after the run (below), so that the
    // figures are the bookings'.
    server::ApiServer::Options options;
    options.notifyPeriodMs = 0;
    TestServer server(options);
    server.addHall("bench", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
    std::string plan = R"({"category":"B","weekdays":[1,2,3,4,5,6,7],"slots":[)";
    for (int i = 0; i < kSlots; ++i) {
        const int start = 8 * 60 + 30 * i;
        plan += std::string(i ? "," : "") + R"({"start":")" + clockText(start) + R"(","end":")" +
                clockText(start + 30) + R"(","capacity":)" + std::to_string(kCapacity) + "}";
    }
    plan += "]}";
    HttpClient admin(server.port());
    if (admin.request("PUT", "/api/v1/halls/bench/appointment-plan", plan, server.supervisorAt("bench", "s1")).status !=
        200)
        return 2;
    const HallTime time("Asia/Shanghai");
    const Date today = *parseIsoDate(time.businessDay(nowUtcMs()));

    std::atomic<bool> stop{false};
    std::atomic<int> serial{0};
    std::atomic<long> booked{0}, full{0}, errors{0};
    std::mutex mutex;
    std::vector<double> latencyMs, firstMs;
    std::vector<std::thread> threads;
    const std::uint64_t commitsBefore = server.database().commits();
    const auto started = Clock::now();
    for (int p = 0; p < phones; ++p)
        threads.emplace_back([&, p] {
            std::mt19937 pick(static_cast<unsigned>(p) * 7919U + 1U);
            std::vector<double> mine, mineFirst; // on a kept connection; a new connection's first
            const auto pause =
                offered > 0 ? std::chrono::duration<double>(phones / offered) : std::chrono::duration<double>(0);
            auto next = Clock::now() + std::chrono::duration_cast<Clock::duration>(pause * (p / double(phones)));
            for (int round = 0; !stop; ++round) {
                // A fresh address every 25 bookings: 127.<phone>.<round>.1, under the 30 an hour per address.
                HttpClient http(server.port(),
                                "127." + std::to_string(1 + p) + "." + std::to_string(round % 250) + ".1");
                for (int i = 0; i < 25 && !stop; ++i) {
                    if (offered > 0) {
                        std::this_thread::sleep_until(next);
                        next += std::chrono::duration_cast<Clock::duration>(pause);
                    }
                    const int n = serial++;
                    const std::string date = isoDate(today + std::chrono::days(1 + pick() % kDays));
                    const std::string start = clockText(8 * 60 + 30 * static_cast<int>(pick() % kSlots));
                    const std::string body = R"({"category":"B","date":")" + date + R"(","start":")" + start +
                                             R"(","name":"王磊","id_number":")" + idNumber(n) +
                                             R"(","phone":"13800138000"})";
                    const auto t0 = Clock::now();
                    const auto res = http.post("/api/v1/halls/bench/appointments", body);
                    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                    (i == 0 ? mineFirst : mine).push_back(ms);
                    if (res.status == 201)
                        ++booked;
                    else if (res.errorCode() == "slot_full")
                        ++full;
                    else if (errors++ < 3)
                        std::fprintf(stderr, "appointment_bench: %d %s\n", res.status, res.body.c_str());
                }
            }
            std::lock_guard lock(mutex);
            latencyMs.insert(latencyMs.end(), mine.begin(), mine.end());
            firstMs.insert(firstMs.end(), mineFirst.begin(), mineFirst.end());
        });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    const std::uint64_t commits = server.database().commits() - commitsBefore;
    std::ostringstream log;
    server::Notifier toLog(server.context().outbox, std::make_unique<server::LogSink>(log, "一窗通"), nowUtcMs);
    const auto sendStarted = Clock::now();
    const int sent = toLog.deliverDue();
    const double sendSeconds = std::chrono::duration<double>(Clock::now() - sendStarted).count();
    const double raw = rawSqliteWritesPerSecond(server.directory(), 20000);
    const double rate = static_cast<double>(booked + full) / elapsed;
    std::vector<double> all = latencyMs;
    all.insert(all.end(), firstMs.begin(), firstMs.end());

    std::printf(
        "appointment_bench: %d phones booking at once (%s), %.1f s on loopback, SQLite WAL synchronous=NORMAL\n",
        phones,
        offered > 0 ? (std::to_string(static_cast<int>(offered)) + " a second offered").c_str() : "as fast as they can",
        elapsed);
    std::printf("  booked           %8.0f /s   (%ld booked of %d places in %d days)\n",
                static_cast<double>(booked) / elapsed, booked.load(), kDays * kSlots * kCapacity, kDays);
    std::printf("  refused full     %8.0f /s   (%ld: the slot's capacity reached)\n",
                static_cast<double>(full) / elapsed, full.load());
    std::printf("  booking p50      %8.2f ms   (all: %.2f)\n", percentile(latencyMs, 0.50), percentile(all, 0.50));
    std::printf("  booking p99      %8.2f ms   (all: %.2f; target < 50 ms)\n", percentile(latencyMs, 0.99),
                percentile(all, 0.99));
    std::printf("  p90 %.2f ms, p95 %.2f ms, p99.9 %.2f ms\n", percentile(all, 0.90), percentile(all, 0.95),
                percentile(all, 0.999));
    std::printf("  first on a new connection p50 %.2f ms, p99 %.2f ms (%zu, every 25th: a new address)\n",
                percentile(firstMs, 0.50), percentile(firstMs, 0.99), firstMs.size());
    std::printf("  group commits    %8.0f /s   (%.1f bookings per commit)\n", static_cast<double>(commits) / elapsed,
                static_cast<double>(booked + full) / static_cast<double>(std::max<std::uint64_t>(1, commits)));
    std::printf("  raw SQLite write %8.0f tx/s (same disk, same pragmas, one insert per transaction)\n", raw);
    std::printf("  bookings / raw   %8.1f %%\n", 100.0 * rate / raw);
    std::printf("  messages sent    %8.0f /s   (%d booking messages to the log after the run)\n", sent / sendSeconds,
                sent);
    std::printf("  errors           %8ld\n", errors.load());
    return errors == 0 ? 0 : 1;
}
