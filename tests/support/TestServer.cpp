#include "TestServer.h"

#include "Join.h"

#include "RegionStore.h"
#include "RelayStore.h"
#include "Sql.h"

#include <Poco/Net/StreamSocket.h>

#include "domain/CaseNumber.h"
#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

namespace ow::testing {

Poco::JSON::Object::Ptr HttpResult::json() const { return parseObject(body); }

std::string HttpResult::errorCode() const {
    try {
        auto o = json();
        if (auto e = o->getObject("error"))
            return e->getValue<std::string>("code");
    } catch (const std::exception&) {
    }
    return {};
}

HttpClient::HttpClient(std::uint16_t port)
    : m_session("127.0.0.1", port) {
    m_session.setKeepAlive(true);
    m_session.setTimeout(Poco::Timespan(30, 0));
}

namespace {

Poco::Net::StreamSocket connectedFrom(const std::string& sourceHost, std::uint16_t port) {
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress::IPv4);
    socket.impl()->bind(Poco::Net::SocketAddress(sourceHost, 0));
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", port));
    return socket;
}

} // namespace

HttpClient::HttpClient(std::uint16_t port, const std::string& sourceHost)
    : m_session(connectedFrom(sourceHost, port)) {
    m_session.setKeepAlive(true);
    m_session.setTimeout(Poco::Timespan(30, 0));
}

HttpResult HttpClient::request(const std::string& method, const std::string& path, const std::string& body,
                               const std::string& token,
                               const std::vector<std::pair<std::string, std::string>>& headers) {
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    req.setKeepAlive(true);
    if (!token.empty())
        req.set("Authorization", "Bearer " + token);
    if (!body.empty() || method == "POST" || method == "PUT") {
        req.setContentType("application/json");
        req.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    for (const auto& [name, value] : headers) // may replace the content type
        req.set(name, value);
    m_session.sendRequest(req) << body;
    Poco::Net::HTTPResponse res;
    std::istream& in = m_session.receiveResponse(res);
    HttpResult result;
    result.status = static_cast<int>(res.getStatus());
    result.retryAfter = res.get("Retry-After", "");
    Poco::StreamCopier::copyToString(in, result.body);
    return result;
}

namespace {

// One statement on the test PostgreSQL database, outside any test server (creating and dropping their schemas).
void postgresAdmin(const std::string& url, const std::string& sql) { server::Database::execute(url, sql); }

} // namespace

TestServer::TestServer(server::ApiServer::Options options)
    : TestServer(std::move(options), std::getenv("ONEWINDOW_TEST_DB")) {}

TestServer::TestServer(OnSQLite, server::ApiServer::Options options)
    : TestServer(std::move(options), nullptr) {}

TestServer::TestServer(server::ApiServer::Options options, const char* postgres)
    : m_options(std::move(options)) {
    if (m_options.kdfIterations == 0)
        m_options.kdfIterations = kKdfIterations;
    std::random_device rd;
    m_dir = std::filesystem::temp_directory_path() / ("onewindow-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_dir);
    if (postgres && *postgres) {
        m_schema = "t" + std::to_string(rd()) + std::to_string(rd());
        postgresAdmin(postgres, "CREATE SCHEMA " + m_schema);
        m_url = std::string(postgres) + "?schema=" + m_schema;
    } else {
        m_url = "sqlite:" + (m_dir / "server.db").string();
    }
    m_db = std::make_unique<server::Database>(m_url, dataPath());
    m_server = std::make_unique<server::ApiServer>(*m_db, m_options);
    m_server->start();
}

void TestServer::stop() {
    m_port = port();
    m_server.reset();
}

void TestServer::restart() {
    server::ApiServer::Options options = m_options;
    options.port = port();
    m_server.reset();
    m_server = std::make_unique<server::ApiServer>(*m_db, options);
    m_server->start();
}

TestServer::~TestServer() {
    m_server.reset();
    m_db.reset();
    if (!m_schema.empty())
        postgresAdmin(std::getenv("ONEWINDOW_TEST_DB"), "DROP SCHEMA " + m_schema + " CASCADE");
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

void TestServer::addHall(const std::string& hall, const std::vector<std::pair<std::string, std::string>>& categories,
                         int counters, const std::vector<std::string>& counterCategories, const std::string& timezone) {
    auto& ctx = context();
    ctx.halls.addHall({hall, "大厅 " + hall, timezone, 3});
    for (const auto& [prefix, name] : categories)
        ctx.halls.addCategory(hall, prefix, name);
    for (int n = 1; n <= counters; ++n)
        ctx.halls.addCounter(hall, n, counterCategories);
}

std::string TestServer::enroll(const std::string& hall, DeviceKind kind, std::optional<int> counter) {
    const std::string code = context().auth.createEnrollmentCode(hall, kind, counter, context().clock());
    HttpClient client(port());
    auto res = client.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"test"})");
    if (res.status != 201)
        throw std::runtime_error("enroll failed: " + res.body);
    return res.json()->getValue<std::string>("device_token");
}

namespace {

std::string logIn(std::uint16_t port, const std::string& device, const std::string& user) {
    HttpClient client(port);
    auto res = client.post("/api/v1/sessions",
                           R"({"user":")" + user + R"(","password":")" + TestServer::kPassword + "\"}", device);
    if (res.status != 201)
        throw std::runtime_error("login failed: " + res.body);
    return res.json()->getValue<std::string>("token");
}

} // namespace

Case acceptedCase(const std::string& id, const std::string& hall, int counter) {
    static std::mutex mutex;
    static std::map<std::string, int> numbers;
    int sequence = 0;
    {
        std::lock_guard lock(mutex);
        sequence = numbers.emplace(id, static_cast<int>(numbers.size()) + 1).first->second;
    }
    std::string code = hall;
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    Case c;
    c.id = id;
    c.hall = hall;
    c.caseNo = CaseNumber{code, "20261127", "C" + std::to_string(counter), sequence}.text();
    c.queryCode = std::to_string(420000 + sequence); // each case its own, as makeQueryCode gives them
    c.applicant.name = "王磊";
    c.state = CaseState::Accepted;
    c.version = 1;
    return c;
}

HttpResult pushCase(HttpClient& http, const std::string& token, const std::string& deviceId, std::int64_t seq, Case c,
                    int base) {
    c.version = base + 1;
    const std::string change = R"({"seq":)" + std::to_string(seq) + R"(,"entity":"case","id":")" + c.id +
                               R"(","base_version":)" + std::to_string(base) + R"(,"op":")" +
                               (base ? "update" : "create") + R"(","data":)" + toJsonText(caseToJson(c)) + "}";
    return http.post("/api/v1/sync/push", R"({"device_id":")" + deviceId + R"(","changes":[)" + change + "]}", token);
}

std::string TestServer::clerkAt(const std::string& hall, int counter) {
    const std::string user = "clerk-" + hall + "-" + std::to_string(counter);
    context().auth.addStaff(hall, user, StaffRole::Clerk, "办事员" + std::to_string(counter), kPassword);
    return logIn(port(), enroll(hall, DeviceKind::Counter, counter), user);
}

std::string TestServer::supervisorAt(const std::string& hall, const std::string& user) {
    return staffAt(hall, user, StaffRole::Supervisor, DeviceKind::Supervisor);
}

std::string TestServer::staffAt(const std::string& hall, const std::string& user, StaffRole role, DeviceKind kind,
                                std::optional<int> counter) {
    context().auth.addStaff(hall, user, role, std::string(toString(role)) + " " + user, kPassword);
    return logIn(port(), enroll(hall, kind, counter), user);
}

server::Relay TestServer::joinAsHallServer(TestServer& upstream, const std::string& hall) {
    server::JoinRequest request;
    request.upstream = "http://127.0.0.1:" + std::to_string(upstream.port());
    request.code = upstream.context().auth.createEnrollmentCode(hall, DeviceKind::Hall, std::nullopt, nowUtcMs());
    server::joinUpstream(database(), request, nowUtcMs());
    return std::move(*server::Relay::forDatabase(database(), context().auth, [] { return nowUtcMs(); }));
}

void TestServer::addRegion(const std::string& region, const std::string& name, const std::vector<std::string>& halls,
                           const std::optional<std::string>& parent) {
    server::RegionStore regions(*m_db);
    regions.addRegion({region, name, parent, "Asia/Shanghai"});
    for (const auto& hall : halls)
        regions.setHallRegion(hall, region);
}

std::string TestServer::regionSupervisorAt(const std::string& region, const std::string& user) {
    auto& auth = context().auth;
    auth.addStaff(server::Home::ofRegion(region), user, StaffRole::Supervisor, "督查 " + user, kPassword);
    const std::string code = auth.createEnrollmentCode(server::Home::ofRegion(region), DeviceKind::Supervisor,
                                                       std::nullopt, context().clock());
    HttpClient client(port());
    auto res = client.post("/api/v1/devices/enroll", R"({"code":")" + code + R"(","name":"region"})");
    if (res.status != 201)
        throw std::runtime_error("enroll failed: " + res.body);
    return logIn(port(), res.json()->getValue<std::string>("device_token"), user);
}

std::vector<std::vector<std::string>> relayedRows(server::Database& db, const std::string& kind,
                                                  const std::string& hall) {
    const auto* k = server::RelayStore::kind(kind);
    std::string columns;
    for (const auto& c : k->columns)
        columns += (columns.empty() ? "" : ", ") + c;
    return tableRows(db, "SELECT " + columns + " FROM " + k->table +
                             (hall.empty() ? "" : " WHERE hall = '" + hall + "'") + " ORDER BY " + columns);
}

std::vector<std::vector<std::string>> tableRows(server::Database& db, const std::string& sql) {
    return db.read([&](Poco::Data::Session& s) {
        const server::SqlRows r = server::runSql(s, sql);
        std::vector<std::vector<std::string>> out;
        for (std::size_t i = 0; i < r.size(); ++i) {
            std::vector<std::string> row;
            for (std::size_t c = 0; c < r.columns(); ++c)
                row.push_back(r.isNull(i, c) ? "NULL" : r.text(i, c));
            out.push_back(std::move(row));
        }
        return out;
    });
}

Served serveCounter(HttpClient& http, int counter, const std::string& token, const std::function<bool()>& stop,
                    const std::function<bool()>& lastRound, std::size_t maxErrors) {
    Served served;
    const std::string callPath = "/api/v1/counters/" + std::to_string(counter) + "/call-next";
    while (!stop() && served.errors.size() < maxErrors) {
        const bool last = lastRound && lastRound();
        const auto t0 = std::chrono::steady_clock::now();
        const HttpResult res = http.post(callPath, "", token);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (res.status == 204) {
            ++served.empty;
            if (last)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        if (res.status != 200) {
            served.errors.push_back("call-next: " + std::to_string(res.status) + " " + res.body);
            continue;
        }
        served.callMs.push_back(ms);
        served.tickets.push_back(ticketFromJson(res.json()->getObject("ticket")));
        const HttpResult finished = http.post("/api/v1/tickets/" + served.tickets.back().id + "/finish", "", token);
        if (finished.status != 200)
            served.errors.push_back("finish: " + std::to_string(finished.status) + " " + finished.body);
    }
    return served;
}

SecondInstance::SecondInstance(TestServer& first, const std::string& urlSuffix,
                               const server::ApiServer::Options& options)
    : m_db(first.databaseUrl() + urlSuffix, first.dataPath())
    , m_server(m_db, options) {
    m_server.start();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!(m_server.context().fanout.listening() && first.context().fanout.listening()) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

} // namespace ow::testing
