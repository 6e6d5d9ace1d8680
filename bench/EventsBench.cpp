// Live event streams at the scale of a city server: N boards (5,000 by default) connected to one server process,
// each with its own device token. Prints how long they took to connect, the server's memory per stream, how long a
// ticket issued at a kiosk takes to reach every board (p50/p99/max over every board and ticket), and call-next at 16
// counters while all of them are connected. Run: build/release/bin/events_bench [streams] [tickets]
#include "AuthStore.h"
#include "Database.h"
#include "HallStore.h"
#include "Process.h"
#include "TestServer.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Buffer.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>
#include <thread>

#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>

using namespace ow;
using namespace ow::testing;
using Clock = std::chrono::steady_clock;

namespace {

std::atomic<long long> g_bytes{0}; // received by the boards

// The server's own memory: anonymous pages (heap, stacks), not the database file's pages that its memory map
// brings in as they are read (the kernel's cache, counted in VmRSS too).
long rssKiB(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("RssAnon:", 0) == 0)
            return std::stol(line.substr(8));
    return 0;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

// One board's connection, read by the bench's epoll loop: server frames are never masked.
struct Board {
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    std::unique_ptr<Poco::Net::WebSocket> ws;
    int fd = -1;
    std::string buffer;
    int messages = 0; // text frames received (the snapshot first)
    bool closed = false;
};

// Complete text frames at the front of `b.buffer`, taken off it (one erase for all of them: the reader must not
// be what limits the figures).
int takeTextFrames(Board& b) {
    int texts = 0;
    std::size_t at = 0;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(b.buffer[i]); };
    for (;;) {
        const std::size_t left = b.buffer.size() - at;
        if (left < 2)
            break;
        std::uint64_t length = byte(at + 1) & 0x7F;
        std::size_t header = 2;
        if (length == 126) {
            if (left < 4)
                break;
            length = (std::uint64_t{byte(at + 2)} << 8) | byte(at + 3);
            header = 4;
        } else if (length == 127) {
            if (left < 10)
                break;
            length = 0;
            for (std::size_t i = 0; i < 8; ++i)
                length = (length << 8) | byte(at + 2 + i);
            header = 10;
        }
        if (left < header + length)
            break;
        if ((byte(at) & 0x0F) == 1)
            ++texts;
        at += header + length;
    }
    b.buffer.erase(0, at);
    return texts;
}

} // namespace

int main(int argc, char** argv) {
    const int streams = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int tickets = argc > 2 ? std::atoi(argv[2]) : 20;
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_cur < static_cast<rlim_t>(streams) + 200) {
        std::fprintf(stderr, "events_bench: %d streams need %d descriptors; this shell allows %lu\n", streams,
                     streams + 200, static_cast<unsigned long>(files.rlim_cur));
        return 1;
    }

    const auto dir = std::filesystem::temp_directory_path() / ("events-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string db = "sqlite:" + (dir / "server.db").string();
    std::vector<std::string> displayCodes, counterCodes;
    std::string kioskCode;
    {
        server::Database database(db);
        server::HallStore halls(database);
        server::AuthStore auth(database);
        halls.addHall({"bench", "压测大厅", "Asia/Shanghai", 3});
        halls.addCategory("bench", "A", "综合业务");
        const std::int64_t now = nowUtcMs();
        for (int n = 1; n <= 16; ++n) {
            halls.addCounter("bench", n, {"A"});
            auth.addStaff("bench", "clerk" + std::to_string(n), StaffRole::Clerk, "办事员", TestServer::kPassword);
            counterCodes.push_back(auth.createEnrollmentCode("bench", DeviceKind::Counter, n, now));
        }
        kioskCode = auth.createEnrollmentCode("bench", DeviceKind::Kiosk, std::nullopt, now);
        for (int i = 0; i < streams; ++i)
            displayCodes.push_back(auth.createEnrollmentCode("bench", DeviceKind::Display, std::nullopt, now));
    }
    Process server({ONEWINDOW_SERVER_EXE, "serve", "--db", db, "--listen", "127.0.0.1:0"});
    std::uint16_t port = 0;
    for (int i = 0; i < 500 && port == 0; ++i) {
        std::smatch m;
        const std::string out = server.poll().out;
        if (std::regex_search(out, m, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))")))
            port = static_cast<std::uint16_t>(std::stoi(m[1]));
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (port == 0) {
        std::fprintf(stderr, "events_bench: the server did not start:\n%s", server.poll().err.c_str());
        return 1;
    }
    const auto enroll = [&](const std::string& code) {
        HttpClient http(port);
        const auto res = http.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"bench"})");
        if (res.status != 201)
            throw std::runtime_error("enroll: " + res.body);
        return res.json()->getValue<std::string>("device_token");
    };
    const std::string kiosk = enroll(kioskCode);
    std::vector<std::string> clerks;
    for (int n = 1; n <= 16; ++n) {
        HttpClient http(port);
        const auto res =
            http.post("/api/v1/sessions",
                      R"({"user":"clerk)" + std::to_string(n) + R"(","password":")" + TestServer::kPassword + "\"}",
                      enroll(counterCodes[static_cast<std::size_t>(n - 1)]));
        clerks.push_back(res.json()->getValue<std::string>("token"));
    }
    const long rssBefore = rssKiB(server.pid());

    // Connect: four threads, each enrolling its share of boards and opening their streams.
    std::vector<Board> boards(static_cast<std::size_t>(streams));
    std::atomic<int> failed{0};
    const auto t0 = Clock::now();
    {
        std::vector<std::thread> openers;
        for (int t = 0; t < 4; ++t)
            openers.emplace_back([&, t] {
                for (std::size_t i = static_cast<std::size_t>(t); i < boards.size(); i += 4) {
                    try {
                        Board& b = boards[i];
                        const std::string token = enroll(displayCodes[i]);
                        b.session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
                        Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/halls/bench/events",
                                                   Poco::Net::HTTPMessage::HTTP_1_1);
                        req.set("Authorization", "Bearer " + token);
                        Poco::Net::HTTPResponse res;
                        b.ws = std::make_unique<Poco::Net::WebSocket>(*b.session, req, res);
                        // The snapshot, read through Poco: it may have come with the 101 into the session's
                        // buffer, where a read of the socket would not see it. Later frames are read raw.
                        b.ws->setReceiveTimeout(Poco::Timespan(30, 0));
                        Poco::Buffer<char> first(0);
                        int flags = 0;
                        b.ws->receiveFrame(first, flags);
                        b.messages = 1;
                        b.fd = static_cast<int>(b.ws->impl()->sockfd());
                    } catch (const std::exception& e) {
                        if (failed++ < 3)
                            std::fprintf(stderr, "events_bench: a board could not connect: %s\n", e.what());
                    }
                }
            });
        for (auto& t : openers)
            t.join();
    }
    const double connectSeconds = std::chrono::duration<double>(Clock::now() - t0).count();

    // Read every board's frames with one epoll loop; count the text frames of each.
    const int epoll = ::epoll_create1(0);
    for (std::size_t i = 0; i < boards.size(); ++i)
        if (boards[i].fd >= 0) {
            epoll_event ev{};
            ev.events = EPOLLIN;
            ev.data.u64 = i;
            ::epoll_ctl(epoll, EPOLL_CTL_ADD, boards[i].fd, &ev);
        }
    std::mutex arrivalsMutex;
    std::vector<double> arrivals; // ms from the issue to each board's message
    std::atomic<int> waitingFor{0};
    std::atomic<std::int64_t> issuedAtNs{0};
    std::atomic<int> target{1}; // text frames each board has when it has the current ticket
    std::atomic<int> reached{0};
    std::atomic<bool> reading{true};
    std::thread reader([&] {
        std::vector<epoll_event> events(1024);
        char chunk[65536];
        while (reading) {
            const int n = ::epoll_wait(epoll, events.data(), static_cast<int>(events.size()), 100);
            for (int k = 0; k < n; ++k) {
                Board& b = boards[events[k].data.u64];
                for (;;) {
                    const ssize_t got = ::recv(b.fd, chunk, sizeof chunk, MSG_DONTWAIT);
                    if (got == 0 && !b.closed) {
                        b.closed = true; // the server dropped it (too far behind)
                        ::epoll_ctl(epoll, EPOLL_CTL_DEL, b.fd, nullptr);
                    }
                    if (got <= 0)
                        break;
                    b.buffer.append(chunk, static_cast<std::size_t>(got));
                    g_bytes += got;
                }
                const int before = b.messages;
                b.messages += takeTextFrames(b);
                if (before < target && b.messages >= target) {
                    ++reached;
                    if (issuedAtNs > 0) {
                        const double ms =
                            static_cast<double>(Clock::now().time_since_epoch().count() - issuedAtNs) / 1e6;
                        std::lock_guard lock(arrivalsMutex);
                        arrivals.push_back(ms);
                    }
                }
            }
        }
    });
    const auto waitAll = [&](int seconds) {
        const auto until = Clock::now() + std::chrono::seconds(seconds);
        while (reached < streams - failed && Clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return reached.load();
    };
    int snapshots = 0;
    for (const Board& b : boards)
        snapshots += b.messages;
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const long rssOpen = rssKiB(server.pid());
    std::printf("events_bench: %d streams in %.1f s (%d could not connect), %d got their snapshot\n", streams,
                connectSeconds, failed.load(), snapshots);
    std::printf("  server memory (anonymous): %.1f MiB before, %.1f MiB with the streams open: %.1f KiB a stream\n",
                rssBefore / 1024.0, rssOpen / 1024.0, static_cast<double>(rssOpen - rssBefore) / streams);

    // Tickets, one at a time: from the kiosk's request to each board's message.
    HttpClient kioskHttp(port);
    int incomplete = 0;
    for (int t = 0; t < tickets; ++t) {
        reached = 0;
        target = 2 + t;
        issuedAtNs = Clock::now().time_since_epoch().count();
        const auto res = kioskHttp.post("/api/v1/halls/bench/tickets", R"({"category":"A"})", kiosk);
        if (res.status != 201) {
            std::fprintf(stderr, "events_bench: issuing failed: %s\n", res.body.c_str());
            return 1;
        }
        if (waitAll(10) < streams - failed)
            ++incomplete;
    }
    std::printf("  a ticket reaches every board: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %zu deliveries (%d "
                "tickets, %d not delivered to all within 10 s)\n",
                percentile(arrivals, 0.5), percentile(arrivals, 0.99), percentile(arrivals, 1.0), arrivals.size(),
                tickets, incomplete);

    // Call-next at 16 counters with every board connected (each call is fanned out to all of them).
    for (int i = 0; i < 400; ++i)
        kioskHttp.post("/api/v1/halls/bench/tickets", R"({"category":"A"})", kiosk);
    std::vector<double> calls;
    std::mutex callsMutex;
    std::vector<std::thread> counters;
    const auto callsUntil = Clock::now() + std::chrono::seconds(30);
    for (int n = 1; n <= 16; ++n)
        counters.emplace_back([&, n] {
            HttpClient http(port);
            const std::string path = "/api/v1/counters/" + std::to_string(n) + "/call-next";
            std::this_thread::sleep_for(std::chrono::milliseconds(n * 1000 / 16)); // clerks are not in step
            while (Clock::now() < callsUntil) {
                const auto c0 = Clock::now();
                const auto res = http.post(path, "", clerks[static_cast<std::size_t>(n - 1)]);
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - c0).count();
                if (res.status == 204)
                    break; // nobody waiting
                if (res.status != 200)
                    continue;
                {
                    std::lock_guard lock(callsMutex);
                    calls.push_back(ms);
                }
                const std::string id = res.json()->getObject("ticket")->getValue<std::string>("id");
                http.post("/api/v1/tickets/" + id + "/finish", "", clerks[static_cast<std::size_t>(n - 1)]);
                std::this_thread::sleep_for(std::chrono::seconds(1)); // a very busy hall: 16 calls a second
            }
        });
    for (auto& t : counters)
        t.join();
    std::printf("  call-next at 16 counters with %d boards connected: p50 %.1f ms, p99 %.1f ms over %zu calls\n",
                streams - failed.load(), percentile(calls, 0.5), percentile(calls, 0.99), calls.size());
    // Every board has every message once the server has caught up (a few seconds at most), unless it was dropped.
    int behind = 0, dropped = 0, most = 0;
    for (int wait = 0; wait < 30; ++wait) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        behind = dropped = most = 0;
        for (const Board& b : boards)
            most = std::max(most, b.messages);
        for (const Board& b : boards) {
            dropped += b.closed ? 1 : 0;
            behind += !b.closed && b.messages < most ? 1 : 0;
        }
        if (behind == 0)
            break;
    }
    std::printf("  the boards received %.0f MiB in all (%.1f KiB a message); %d dropped by the server as too far "
                "behind, %d still behind after 30 s\n",
                static_cast<double>(g_bytes) / 1048576.0,
                static_cast<double>(g_bytes) / 1024.0 /
                    std::max(1,
                             [&] {
                                 long long n = 0;
                                 for (const Board& b : boards)
                                     n += b.messages;
                                 return static_cast<int>(n);
                             }()),
                dropped, behind);
    {
        const std::string metrics = HttpClient(port).get("/metrics").body;
        const auto gauge = [&](const std::string& name) {
            std::smatch m;
            return std::regex_search(metrics, m, std::regex("\\n" + name + " ([0-9.e+]+)"))
                       ? std::stod(m[1]) / 1048576.0
                       : 0.0;
        };
        std::printf("  server memory at the end (anonymous): %.1f MiB, of it SQLite's page caches %.1f MiB; heap in "
                    "use %.1f MiB\n",
                    rssKiB(server.pid()) / 1024.0, gauge("onewindow_sqlite_memory_bytes"),
                    gauge("onewindow_heap_in_use_bytes"));
    }
    reading = false;
    reader.join();
    boards.clear();
    std::filesystem::remove_all(dir);
    return 0;
}
