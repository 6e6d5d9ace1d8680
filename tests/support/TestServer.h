#pragma once

#include "ApiServer.h"
#include "Database.h"
#include "Relay.h"

#include "domain/Case.h"
#include "domain/Ticket.h"

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPClientSession.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ow::testing {

struct HttpResult {
    int status = 0;
    std::string body;
    std::string retryAfter;               // the header, on a 429 or 503
    Poco::JSON::Object::Ptr json() const; // throws when the body is not a JSON object
    std::string errorCode() const;        // error.code of an error answer, or ""
};

// A keep-alive HTTP client for one thread.
class HttpClient {
public:
    explicit HttpClient(std::uint16_t port);
    // From another loopback address (127.0.0.2 …) to the server on 127.0.0.1: a second place the requests come from.
    HttpClient(std::uint16_t port, const std::string& sourceHost);
    HttpResult request(const std::string& method, const std::string& path, const std::string& body = {},
                       const std::string& token = {},
                       const std::vector<std::pair<std::string, std::string>>& headers = {});
    HttpResult post(const std::string& path, const std::string& body = {}, const std::string& token = {}) {
        return request("POST", path, body, token);
    }
    HttpResult get(const std::string& path, const std::string& token = {}) { return request("GET", path, {}, token); }

private:
    Poco::Net::HTTPClientSession m_session;
};

// A case accepted at `counter` of `hall` today (version 1), under a case number and a query code of its own: one per
// case id, the same for the same id (so a later version keeps them).
Case acceptedCase(const std::string& id, const std::string& hall = "h1", int counter = 1);

// Pushes version base+1 of `c` as change `seq` of `deviceId`, whose person's session is `token` (POST /sync/push).
HttpResult pushCase(HttpClient& http, const std::string& token, const std::string& deviceId, std::int64_t seq, Case c,
                    int base = 0);

// What one counter did in serveCounter.
struct Served {
    std::vector<Ticket> tickets; // called (and then finished), in order
    std::vector<double> callMs;  // how long each call that got a ticket took
    long empty = 0;              // calls that found nobody waiting
    std::vector<std::string> errors;
};

// A counter at full speed, as the queue tests and benchmarks drive it: call the next ticket, finish it, again. Ends
// when `stop()` (asked before each call) is true, or when a call finds nobody waiting although `lastRound()` was
// already true before it (the issuing is over: the queue is drained), or after `maxErrors` failed requests.
Served serveCounter(HttpClient& http, int counter, const std::string& token, const std::function<bool()>& stop,
                    const std::function<bool()>& lastRound = {}, std::size_t maxErrors = SIZE_MAX);

// The rows `sql` reads from `db`, each cell as text ("NULL" for NULL): what two databases hold, compared.
std::vector<std::vector<std::string>> tableRows(server::Database& db, const std::string& sql);
// What `db` holds of a kind a hall server relays (RelayStore::kinds), its columns as they go up, in one order; of
// `hall` only when one is given.
std::vector<std::vector<std::string>> relayedRows(server::Database& db, const std::string& kind,
                                                  const std::string& hall = {});

// A real onewindow-server on 127.0.0.1 with a fresh database: SQLite in a temporary directory, or — when
// ONEWINDOW_TEST_DB holds a postgresql:// URL (scripts/pg-cluster.sh prints one) — a schema of its own in that
// PostgreSQL database, dropped afterwards. Attachments and keys are files in the temporary directory either way.
class TestServer {
public:
    explicit TestServer(server::ApiServer::Options options = {});
    // On SQLite whatever the tests' database: a hall server, which keeps its database in SQLite.
    struct OnSQLite {};
    TestServer(OnSQLite, server::ApiServer::Options options = {});
    ~TestServer();

    std::uint16_t port() const { return m_server ? m_server->port() : m_port; }
    server::ServerContext& context() { return m_server->context(); }
    server::HttpConnections::Counts connections() const { return m_server->connections(); }
    std::vector<std::pair<std::string, std::string>> routes() const { return m_server->routes(); }
    server::Database& database() { return *m_db; }
    const std::filesystem::path& directory() const { return m_dir; }
    // What `--db` and `--data` would be to reach the same database from a command (admin commands).
    const std::string& databaseUrl() const { return m_url; }
    std::string dataPath() const { return (m_dir / "data").string(); }
    bool onPostgres() const { return !m_schema.empty(); }

    // Hall with categories (prefix, name) and counters 1..n serving `counterCategories`.
    void addHall(const std::string& hall, const std::vector<std::pair<std::string, std::string>>& categories,
                 int counters, const std::vector<std::string>& counterCategories,
                 const std::string& timezone = "Asia/Shanghai");
    // Stops the HTTP server (clients see the connection drop) and starts it again on the same port and data.
    void restart();
    // Stops the HTTP server until restart(): connections to its port are refused (a line that is cut).
    void stop();

    // Enrolls a device over HTTP and returns its token.
    std::string enroll(const std::string& hall, DeviceKind kind, std::optional<int> counter = std::nullopt);
    // A clerk logged in on a freshly enrolled device of `counter`; returns the session token.
    std::string clerkAt(const std::string& hall, int counter);
    // A supervisor `user` logged in at a supervisor device of the hall (each call enrolls one): the session token.
    std::string supervisorAt(const std::string& hall, const std::string& user);
    // A person of `role` logged in at a newly enrolled device of `kind`: the session token.
    std::string staffAt(const std::string& hall, const std::string& user, StaffRole role, DeviceKind kind,
                        std::optional<int> counter = std::nullopt);

    // This server (made OnSQLite) joined to `upstream` as the server of `hall`, as `admin join` does (throws when the
    // upstream refuses): its relay, run round by round by the caller, on the real clock.
    server::Relay joinAsHallServer(TestServer& upstream, const std::string& hall);

    // A region (区域) holding `halls`, inside `parent` when one is given.
    void addRegion(const std::string& region, const std::string& name, const std::vector<std::string>& halls,
                   const std::optional<std::string>& parent = std::nullopt);
    // A supervisor `user` of the region logged in at a newly enrolled PC of the region: the session token.
    std::string regionSupervisorAt(const std::string& region, const std::string& user);

    static constexpr const char* kPassword = "correct horse";
    // Password hashes of a test server, unless its options say otherwise: logins in tests need not cost a quarter of a
    // second each (under ASan, OpenSSL's PBKDF2 allocates per iteration and a login took seconds). The tests of the
    // hashing itself (AuthTest) run with the hall's count.
    static constexpr unsigned kKdfIterations = 1000;

private:
    TestServer(server::ApiServer::Options options, const char* postgres);

    std::filesystem::path m_dir;
    std::string m_url, m_schema;
    server::ApiServer::Options m_options;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<server::ApiServer> m_server;
    std::uint16_t m_port = 0; // while stopped
};

// A second server instance on the test server's PostgreSQL schema and data directory, as a province runs them.
class SecondInstance {
public:
    // `urlSuffix` adds settings to the first's URL ("&application_name=…"). Started, and listening to the first's
    // notices, when constructed.
    explicit SecondInstance(TestServer& first, const std::string& urlSuffix = {},
                            const server::ApiServer::Options& options = {});
    std::uint16_t port() const { return m_server.port(); }
    server::ServerContext& context() { return m_server.context(); }

private:
    server::Database m_db;
    server::ApiServer m_server;
};

} // namespace ow::testing
