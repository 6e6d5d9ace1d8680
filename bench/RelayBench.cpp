// relay_bench [tickets]: a busy hall day relayed after hours with the line cut (issue 31). A hall server (SQLite, its
// relay's triggers on) serves the day through HTTP while the line to its upstream is down — `tickets` numbers taken at
// the kiosk, called and finished at six counters, every tenth sent on to another queue; seven in eight finished
// numbers rated at the counter's pad (one in ten of those badly: a rectification opens), up to 1,500; every fourth a
// case pushed by the counter with two scans of 100 KB uploaded first, up to 500 cases and 1,000 attachments — then the
// line comes back and the relay sends what waited: its time, changes a second, batches. Beside it, the same day done
// straight against an upstream (the devices talking to the city's server, as without a hall server): its time. Both
// servers on this machine over loopback; the hall day's own time is printed too.
#include "Crypto.h"
#include "Relay.h"
#include "RelayStore.h"
#include "Sql.h"
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/HallTime.h"

#include <chrono>
#include <cstdio>

using namespace ow;
using namespace ow::testing;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kMaxRatings = 1500, kMaxCases = 500;
constexpr std::size_t kScanBytes = 100 * 1000;

void setUpHall(TestServer& server) { server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 6, {"A", "B"}); }

// A scan's bytes, its own for each case and page.
std::string scan(int n, int page) {
    std::string bytes(kScanBytes, '\0');
    std::uint32_t x = static_cast<std::uint32_t>(n * 2 + page + 1) * 2654435761u;
    for (char& b : bytes) {
        x = x * 1664525u + 1013904223u;
        b = static_cast<char>(x >> 24);
    }
    return bytes;
}

// The day through HTTP against `server`: returns seconds taken.
double day(TestServer& server, int tickets) {
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    std::vector<std::string> clerks, pads, devices;
    for (int c = 1; c <= 6; ++c) {
        clerks.push_back(server.clerkAt("h1", c));
        pads.push_back(server.enroll("h1", DeviceKind::Pad, c));
        devices.push_back(server.context().auth.authenticate(clerks.back(), nowUtcMs())->deviceId);
    }
    std::vector<std::int64_t> pushSeq(6, 0);
    int ratings = 0, cases = 0, refused = 0;
    const auto t0 = Clock::now();
    for (int i = 0; i < tickets; ++i)
        refused += http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status != 201;
    for (int served = 0, c = 0; served < tickets; c = (c + 1) % 6) {
        const auto called = http.post("/api/v1/counters/" + std::to_string(c + 1) + "/call-next", "", clerks[c]);
        if (called.status != 200)
            break;
        const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
        const bool transfer =
            served % 10 == 0 && called.json()->getObject("ticket")->getValue<std::string>("category") == "A";
        refused += http.post("/api/v1/tickets/" + id + (transfer ? "/transfer" : "/finish"),
                             transfer ? R"({"category":"B"})" : "", clerks[c])
                       .status != 200;
        ++served;
        if (transfer)
            continue;
        if (served % 8 != 0 && ratings < kMaxRatings) {
            const std::string level = ratings % 10 == 0 ? R"(1,"reasons":["办事效率"])" : "5";
            refused += http.post("/api/v1/ratings", R"({"ticket_id":")" + id + R"(","level":)" + level + "}", pads[c])
                           .status != 201;
            ++ratings;
        }
        if (served % 4 == 0 && cases < kMaxCases) {
            Case kase = acceptedCase("bench-" + std::to_string(cases), "h1", c + 1);
            kase.ticketId = id;
            MaterialRecord scans;
            scans.materialId = "gszc";
            scans.state = MaterialState::Submitted;
            for (int page = 0; page < 2; ++page) {
                const std::string bytes = scan(cases, page);
                const std::string name = server::sha256Hex(bytes);
                refused += http.request("PUT", "/api/v1/blobs/" + name, bytes, clerks[c]).status != 200;
                scans.attachments.push_back(name);
            }
            kase.materials = {scans};
            refused += pushCase(http, clerks[c], devices[c], ++pushSeq[c], kase).status != 200;
            ++cases;
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    if (refused)
        std::fprintf(stderr, "%d requests of the day were refused\n", refused);
    return seconds;
}

std::int64_t count(server::Database& db, const std::string& sql) {
    return db.read([&](Poco::Data::Session& s) { return server::runSql(s, sql).integer(0, 0); });
}

} // namespace

int main(int argc, char** argv) {
    const int tickets = argc > 1 ? std::atoi(argv[1]) : 2000;
    TestServer upstream(TestServer::OnSQLite{});
    setUpHall(upstream);
    TestServer hall(TestServer::OnSQLite{});
    auto relay = std::make_optional(hall.joinAsHallServer(upstream, "h1"));

    upstream.stop(); // the line is cut for the day
    const double hallDay = day(hall, tickets);
    relay->runOnce();
    const std::int64_t waiting = server::RelayStore(hall.database()).pendingCount();
    std::printf("hall day: %d numbers served (with their ratings, cases and scans) in %.1f s with the line cut; %lld "
                "changes waiting, connected=%d\n",
                tickets, hallDay, static_cast<long long>(waiting), relay->status().connected ? 1 : 0);

    upstream.restart();
    const auto t0 = Clock::now();
    int batches = 0;
    while (relay->runOnce() && ++batches < 100000 && relay->status().backlog > 0) {
    }
    const double relayS = std::chrono::duration<double>(Clock::now() - t0).count();
    bool same = true;
    for (const char* what : {"tickets", "ratings", "rectifications", "cases", "case_steps"}) {
        const std::string sql = std::string("SELECT COUNT(*) FROM ") + what + " WHERE hall = 'h1'";
        const std::int64_t up = count(upstream.database(), sql), atHall = count(hall.database(), sql);
        std::printf("  %s: upstream %lld, hall %lld%s\n", what, static_cast<long long>(up),
                    static_cast<long long>(atHall), up == atHall ? "" : "  MISMATCH");
        same = same && up == atHall;
    }
    const std::int64_t blobsUp = count(upstream.database(), "SELECT COUNT(*) FROM blobs");
    const std::int64_t blobsHall = count(hall.database(), "SELECT COUNT(*) FROM blobs");
    std::printf("  attachments: upstream %lld, hall %lld%s\n", static_cast<long long>(blobsUp),
                static_cast<long long>(blobsHall), blobsUp == blobsHall ? "" : "  MISMATCH");
    same = same && blobsUp == blobsHall;
    std::printf("relay: %lld changes (%lld attachments of %zu KB) in %d batches, %.2f s (%.0f changes/s)\n",
                static_cast<long long>(waiting), static_cast<long long>(blobsHall), kScanBytes / 1000, batches + 1,
                relayS, static_cast<double>(waiting) / relayS);

    TestServer direct(TestServer::OnSQLite{});
    setUpHall(direct);
    const double directS = day(direct, tickets);
    std::printf("direct: the same day against the upstream itself, %.1f s\n", directS);
    std::printf("relay time / direct time: %.1f %% (relay throughput %.0f %% of direct)\n", 100.0 * relayS / directS,
                100.0 * directS / relayS);
    return same ? 0 : 1;
}
