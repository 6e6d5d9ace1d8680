// relay_bench [tickets]: a busy hall day relayed after hours with the line cut (issue 31). A hall server (SQLite, its
// relay's triggers on) serves the day through HTTP — `tickets` numbers taken at the kiosk, called and finished at six
// counters, every tenth sent on to another queue — while the line to its upstream is down; then the line comes back
// and the relay sends what waited: its time, changes a second, batches. Beside it, the same day done straight against
// an upstream (the devices talking to the city's server, as without a hall server): its time. Both servers on this
// machine over loopback; the hall day's own time is printed too. Cases, ratings and the audit chain are not relayed
// yet: tickets only.
#include "Join.h"
#include "Relay.h"
#include "RelayStore.h"
#include "Sql.h"
#include "TestServer.h"

#include "domain/HallTime.h"

#include <chrono>
#include <cstdio>

using namespace ow;
using namespace ow::testing;
using Clock = std::chrono::steady_clock;

namespace {

void setUpHall(TestServer& server) { server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 6, {"A", "B"}); }

// The day through HTTP against `server`: returns seconds taken.
double day(TestServer& server, int tickets) {
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    std::vector<std::string> clerks;
    for (int c = 1; c <= 6; ++c)
        clerks.push_back(server.clerkAt("h1", c));
    const auto t0 = Clock::now();
    for (int i = 0; i < tickets; ++i)
        if (http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status != 201)
            std::fprintf(stderr, "a number was refused\n");
    for (int served = 0, c = 0; served < tickets; c = (c + 1) % 6) {
        const auto called = http.post("/api/v1/counters/" + std::to_string(c + 1) + "/call-next", "", clerks[c]);
        if (called.status != 200)
            break;
        const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
        const bool transfer =
            served % 10 == 0 && called.json()->getObject("ticket")->getValue<std::string>("category") == "A";
        http.post("/api/v1/tickets/" + id + (transfer ? "/transfer" : "/finish"), transfer ? R"({"category":"B"})" : "",
                  clerks[c]);
        ++served;
    }
    return std::chrono::duration<double>(Clock::now() - t0).count();
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
    server::JoinRequest request;
    request.upstream = "http://127.0.0.1:" + std::to_string(upstream.port());
    request.code = upstream.context().auth.createEnrollmentCode("h1", DeviceKind::Hall, std::nullopt, nowUtcMs());
    server::joinUpstream(hall.database(), request, nowUtcMs());
    auto relay = server::Relay::forDatabase(hall.database(), [] { return nowUtcMs(); });

    upstream.stop(); // the line is cut for the day
    const double hallDay = day(hall, tickets);
    relay->runOnce();
    const std::int64_t waiting = server::RelayStore(hall.database()).pendingCount();
    std::printf("hall day: %d numbers served in %.1f s with the line cut; %lld changes waiting, connected=%d\n",
                tickets, hallDay, static_cast<long long>(waiting), relay->status().connected ? 1 : 0);

    upstream.restart();
    const auto t0 = Clock::now();
    int batches = 0;
    while (relay->runOnce() && ++batches < 100000 && relay->status().backlog > 0) {
    }
    const double relayS = std::chrono::duration<double>(Clock::now() - t0).count();
    const std::int64_t up = count(upstream.database(), "SELECT COUNT(*) FROM tickets WHERE hall = 'h1'");
    const std::int64_t atHall = count(hall.database(), "SELECT COUNT(*) FROM tickets WHERE hall = 'h1'");
    std::printf("relay: %lld changes in %d batches, %.2f s (%.0f changes/s); upstream holds %lld tickets, the hall %lld"
                "%s\n",
                static_cast<long long>(waiting), batches + 1, relayS, static_cast<double>(waiting) / relayS,
                static_cast<long long>(up), static_cast<long long>(atHall), up == atHall ? "" : "  MISMATCH");

    TestServer direct(TestServer::OnSQLite{});
    setUpHall(direct);
    const double directS = day(direct, tickets);
    std::printf("direct: the same day against the upstream itself, %.1f s\n", directS);
    std::printf("relay time / direct time: %.1f %% (the relay took %.1f %% of the time the devices needed to bring the "
                "day straight up)\n",
                100.0 * relayS / directS, 100.0 * relayS / directS);
    return up == atHall ? 0 : 1;
}
