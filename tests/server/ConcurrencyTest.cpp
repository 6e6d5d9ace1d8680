#include "TestServer.h"

#include "domain/Json.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace ow;
using namespace ow::testing;

// 16 counters call next while 4 kiosks issue numbers: every ticket is called exactly once,
// no number is issued twice, and no ticket is lost.
TEST(Concurrency, SixteenCountersNeverCallATicketTwice) {
    constexpr int kCounters = 16;
    constexpr int kKiosks = 4;
    constexpr int kTicketsPerKiosk = 150;
    TestServer server;
    server.addHall("load", {{"A", "综合业务"}, {"B", "企业开办"}}, kCounters, {"A", "B"});
    std::vector<std::string> clerks, kiosks;
    for (int n = 1; n <= kCounters; ++n)
        clerks.push_back(server.clerkAt("load", n));
    for (int k = 0; k < kKiosks; ++k)
        kiosks.push_back(server.enroll("load", DeviceKind::Kiosk));

    std::mutex mutex;
    std::vector<Ticket> issued;
    std::vector<Ticket> called;
    std::atomic<int> kiosksDone{0};
    std::atomic<int> errors{0};

    std::vector<std::thread> threads;
    for (int k = 0; k < kKiosks; ++k)
        threads.emplace_back([&, k] {
            HttpClient http(server.port());
            for (int i = 0; i < kTicketsPerKiosk; ++i) {
                const char* category = (i + k) % 3 == 0 ? "B" : "A";
                auto res = http.post("/api/v1/halls/load/tickets",
                                     std::string(R"({"category":")") + category + R"(","priority":")" +
                                         (i % 10 == 0 ? "green" : "normal") + "\"}",
                                     kiosks[static_cast<std::size_t>(k)]);
                if (res.status != 201) {
                    ++errors;
                    continue;
                }
                std::lock_guard lock(mutex);
                issued.push_back(ticketFromJson(res.json()));
            }
            ++kiosksDone;
        });
    for (int n = 1; n <= kCounters; ++n)
        threads.emplace_back([&, n] {
            HttpClient http(server.port());
            const Served served = serveCounter(
                http, n, clerks[static_cast<std::size_t>(n - 1)], [] { return false; },
                [&] { return kiosksDone == kKiosks; }, 1);
            errors += static_cast<int>(served.errors.size());
            std::lock_guard lock(mutex);
            called.insert(called.end(), served.tickets.begin(), served.tickets.end());
        });
    for (auto& t : threads)
        t.join();

    EXPECT_EQ(errors.load(), 0);
    ASSERT_EQ(issued.size(), static_cast<std::size_t>(kKiosks * kTicketsPerKiosk));
    std::set<std::string> numbers;
    for (const auto& t : issued)
        EXPECT_TRUE(numbers.insert(t.number).second) << "number issued twice: " << t.number;
    std::map<std::string, int> callsPerTicket;
    for (const auto& t : called)
        ++callsPerTicket[t.id];
    for (const auto& [id, count] : callsPerTicket)
        EXPECT_EQ(count, 1) << "ticket called " << count << " times: " << id;
    EXPECT_EQ(called.size(), issued.size());
    for (const auto& t : issued)
        EXPECT_EQ(callsPerTicket.count(t.id), 1u) << "ticket never called: " << t.number;
    // Numbers in each category run 1..N without a gap.
    std::map<std::string, int> perCategory;
    for (const auto& t : issued)
        perCategory[t.category] = std::max(perCategory[t.category], std::stoi(t.number.substr(1)));
    EXPECT_EQ(perCategory["A"] + perCategory["B"], kKiosks * kTicketsPerKiosk);
}
