// Whole route handlers, over real HTTP on loopback: the server (SQLite, one hall with two counters) runs in this
// process under ASan + UBSan, and each input is one request — as whom, to which route, what goes into the path
// and the query, and the body. Any answer is right except a 500 (a handler failing on input it should have refused
// with a 4xx) and a crash or sanitizer report. Input: [who][route][a byte per path part, then bytes it takes][query
// flag] body…
#include "TestServer.h"

#include <Poco/URI.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace ow;
using namespace ow::testing;

namespace {

struct Route {
    const char* method;
    const char* path; // "{}" parts are filled from the input
};

constexpr Route kRoutes[] = {
    {"GET", "/api/v1/blobs/{}/status"},
    {"GET", "/api/v1/cases/{}/attachments"},
    {"GET", "/api/v1/catalog"},
    {"GET", "/api/v1/counters/{}/pad"},
    {"GET", "/api/v1/halls/{}/audit"},
    {"GET", "/api/v1/halls/{}/permits"},
    {"GET", "/api/v1/halls/{}/queue"},
    {"GET", "/api/v1/halls/{}/rating-figures"},
    {"GET", "/api/v1/halls/{}/rating-policy"},
    {"GET", "/api/v1/halls/{}/rectifications"},
    {"GET", "/api/v1/keys"},
    {"GET", "/api/v1/me/rating-figures"},
    {"GET", "/api/v1/permits/{}"},
    {"GET", "/api/v1/permits/{}/status"},
    {"GET", "/api/v1/progress/{}"},
    {"GET", "/api/v1/rectifications/{}"},
    {"GET", "/api/v1/stats/daily"},
    {"GET", "/api/v1/stats/tickets"},
    {"GET", "/api/v1/stats/warnings"},
    {"GET", "/api/v1/sync/pull"},
    {"GET", "/api/v1/tickets/{}"},
    {"GET", "/metrics"},
    {"POST", "/api/v1/blobs"},
    {"POST", "/api/v1/cases/{}/permits"},
    {"POST", "/api/v1/counters/{}/call-next"},
    {"POST", "/api/v1/devices/enroll"},
    {"POST", "/api/v1/halls/{}/tickets"},
    {"POST", "/api/v1/permits/{}/revoke"},
    {"POST", "/api/v1/ratings"},
    {"POST", "/api/v1/rectifications/{}/{}"},
    {"POST", "/api/v1/rectifications/{}/contact"},
    {"POST", "/api/v1/sessions"},
    {"POST", "/api/v1/sync/push"},
    {"POST", "/api/v1/tickets/{}/{}"},
    {"PUT", "/api/v1/blobs/{}"},
    {"PUT", "/api/v1/halls/{}/rating-policy"},
};

struct Fixture {
    TestServer server;
    std::vector<std::string> tokens; // by who: nobody, clerk 1, clerk 2, kiosk, supervisor, station agent, pad, display
    std::vector<std::string> known;  // path parts that name real things
    std::unique_ptr<HttpClient> client;

    Fixture() {
        server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
        auto& ctx = server.context();
        ctx.auth.addStaff("h1", "agent1", StaffRole::Agent, "代办员", TestServer::kPassword);
        tokens = {"",
                  server.clerkAt("h1", 1),
                  server.clerkAt("h1", 2),
                  server.enroll("h1", DeviceKind::Kiosk),
                  server.supervisorAt("h1", "super1"),
                  server.enroll("h1", DeviceKind::Station),
                  server.enroll("h1", DeviceKind::Pad, 1),
                  server.enroll("h1", DeviceKind::Display)};
        client = std::make_unique<HttpClient>(server.port());
        const auto ticket = client->post("/api/v1/halls/h1/tickets", R"({"category":"A"})", tokens[3]);
        known = {"h1",       "1",         "2",     "h2",     "0",
                 "-1",       "finish",    "start", "recall", "no-show",
                 "transfer", "follow-up", "fix",   "appeal", std::string(64, 'a')};
        if (ticket.status == 201)
            known.push_back(ticket.json()->getValue<std::string>("id"));
    }
};

Fixture& fixture() {
    static Fixture* f = new Fixture(); // lives until the fuzzer exits
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    Fixture& f = fixture();
    std::size_t at = 0;
    const std::string& token = f.tokens[data[at++] % f.tokens.size()];
    const Route& route = kRoutes[data[at++] % std::size(kRoutes)];
    std::string path;
    for (const char* p = route.path; *p; ++p) {
        if (p[0] == '{' && p[1] == '}') {
            ++p;
            const std::uint8_t mode = at < size ? data[at++] : 0;
            if (mode < 128) {
                path += f.known[mode % f.known.size()];
            } else {
                const std::size_t take = std::min<std::size_t>(mode - 128u, size - at);
                std::string part;
                Poco::URI::encode(std::string(reinterpret_cast<const char*>(data + at), take), "/?#%&=+", part);
                path += part;
                at += take;
            }
        } else {
            path += *p;
        }
    }
    if (at < size && (data[at++] & 1)) { // a query, taken up to the first newline of what follows
        std::string query;
        while (at < size && data[at] != '\n')
            query += static_cast<char>(data[at++]);
        std::string encoded;
        Poco::URI::encode(query, "#%", encoded);
        path += "?" + encoded;
    }
    const std::string body = at < size ? std::string(reinterpret_cast<const char*>(data + at), size - at) : "";
    HttpResult result;
    try {
        result = f.client->request(route.method, path, body, token);
    } catch (const std::exception&) {
        f.client = std::make_unique<HttpClient>(f.server.port()); // the server closed the connection: a new one
        return 0;
    }
    if (result.status >= 500 && result.status != 503) {
        std::fprintf(stderr, "fuzz_routes: %s %s answered %d: %s\n", route.method, path.c_str(), result.status,
                     result.body.c_str());
        std::abort();
    }
    return 0;
}
