#include "TestServer.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>

#include <gtest/gtest.h>

#include <chrono>

using namespace ow;
using namespace ow::testing;

class BadInputTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        clerk = server.clerkAt("h1", 1);
    }
    void expectClientError(const HttpResult& res, int status, const std::string& code = {}) {
        EXPECT_EQ(res.status, status) << res.body;
        auto error = res.json()->getObject("error");
        ASSERT_TRUE(error) << res.body;
        EXPECT_FALSE(error->getValue<std::string>("message").empty());
        if (!code.empty()) {
            EXPECT_EQ(error->getValue<std::string>("code"), code);
        }
    }
    TestServer server;
    HttpClient http{server.port()};
    std::string kiosk, clerk;
};

TEST_F(BadInputTest, MalformedJsonIs400) {
    for (const char* body : {"{", "not json", "[1]", "{\"category\":}", "\xff\xfe"})
        expectClientError(http.post("/api/v1/halls/h1/tickets", body, kiosk), 400, "malformed_json");
    expectClientError(http.post("/api/v1/devices/enroll", "{{{"), 400, "malformed_json");
    expectClientError(http.post("/api/v1/sessions", "][", server.enroll("h1", DeviceKind::Counter, 1)), 400);
}

TEST_F(BadInputTest, WrongTypesAndValuesAre400) {
    expectClientError(http.post("/api/v1/halls/h1/tickets", R"({"category":5})", kiosk), 400, "invalid_field");
    expectClientError(http.post("/api/v1/halls/h1/tickets", R"({"category":["A"]})", kiosk), 400, "invalid_field");
    expectClientError(http.post("/api/v1/halls/h1/tickets", R"({})", kiosk), 400, "invalid_field");
    expectClientError(http.post("/api/v1/halls/h1/tickets", R"({"category":"A","priority":"vip"})", kiosk), 400);
    expectClientError(http.post("/api/v1/halls/h1/tickets", R"({"category":"A","priority":1})", kiosk), 400);
    expectClientError(http.post("/api/v1/devices/enroll", R"({"code":12345})"), 400, "invalid_field");
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
    ASSERT_EQ(called.status, 200);
    const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
    expectClientError(http.post("/api/v1/tickets/" + id + "/transfer", R"({"counter":"2"})", clerk), 400);
    expectClientError(http.post("/api/v1/tickets/" + id + "/transfer", R"({"category":1})", clerk), 400);
}

TEST_F(BadInputTest, IntegersOutOfRangeAre400NotA5xx) {
    // Integers the wire can carry but a field cannot hold: 2^31 (cut to an int, it answered 503), 2^53, beyond
    // 64 bits (Poco reads 2^64 + 5 as 5), a float too large for a double (1e309), a string, a version that overflows
    // when one is added to it.
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
    ASSERT_EQ(called.status, 200);
    const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
    ASSERT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerk).status, 200);
    const std::string pad = server.enroll("h1", DeviceKind::Pad, 1);
    const std::string deviceId = server.context().auth.authenticate(clerk, nowUtcMs())->deviceId;
    for (const std::string value : {"-1", "0", "2147483648", "9007199254740992", "18446744073709551616",
                                    "18446744073709551621", "99999999999999999999999", "1e309", "\"5\"", "2.5"}) {
        expectClientError(http.post("/api/v1/ratings", R"({"ticket_id":")" + id + R"(","level":)" + value + "}", pad),
                          400);
        expectClientError(http.post("/api/v1/tickets/" + id + "/transfer", R"({"counter":)" + value + "}", clerk), 400);
    }
    for (const std::string value :
         {"-1", "2147483647", "2147483648", "9223372036854775807", "18446744073709551616", "1e309", "\"1\""}) {
        SCOPED_TRACE(value);
        const auto res = http.post("/api/v1/sync/push",
                                   R"({"device_id":")" + deviceId +
                                       R"(","changes":[{"seq":1,"entity":"case","id":"c-1",)"
                                       R"("base_version":)" +
                                       value + R"(,"op":"upsert","data":{}}]})",
                                   clerk);
        expectClientError(res, 400);
    }
}

TEST_F(BadInputTest, UnknownIdsAre404) {
    expectClientError(http.post("/api/v1/halls/h1/tickets", R"({"category":"Q"})", kiosk), 404, "not_found");
    expectClientError(http.post("/api/v1/tickets/no-such-ticket/finish", "", clerk), 404);
    expectClientError(http.post("/api/v1/tickets/no-such-ticket/explode", "", clerk), 404);
    expectClientError(http.post("/api/v1/counters/abc/call-next", "", clerk), 404);
    expectClientError(http.get("/api/v1/tickets/nope", kiosk), 404);
    expectClientError(http.get("/api/v1/nothing/here"), 404);
    expectClientError(http.get("/api/v1/halls/h1/tickets", kiosk), 405);
    expectClientError(http.get("/api/v1/halls/nowhere/queue", kiosk), 403);
}

TEST_F(BadInputTest, BodiesOverOneMiBAre413) {
    // A declared length over the limit is refused before the body is read.
    {
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        const std::string head = "POST /api/v1/halls/h1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kiosk +
                                 "\r\nContent-Length: 1048577\r\n\r\n";
        socket.sendBytes(head.data(), static_cast<int>(head.size()));
        socket.setReceiveTimeout(Poco::Timespan(5, 0));
        char buffer[2048];
        const int n = socket.receiveBytes(buffer, sizeof buffer);
        const std::string answer(buffer, static_cast<std::size_t>(std::max(n, 0)));
        EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
        EXPECT_NE(answer.find("too_large"), std::string::npos) << answer;
    }
    // A chunked body without a length is cut off at the same limit.
    Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
    Poco::Net::HTTPRequest req("POST", "/api/v1/halls/h1/tickets", Poco::Net::HTTPMessage::HTTP_1_1);
    req.setChunkedTransferEncoding(true);
    req.set("Authorization", "Bearer " + kiosk);
    int status = 0;
    try {
        std::ostream& out = session.sendRequest(req);
        for (int i = 0; i < 130 && out; ++i)
            out << std::string(8192, ' ');
        Poco::Net::HTTPResponse res;
        session.receiveResponse(res);
        status = static_cast<int>(res.getStatus());
    } catch (const Poco::Exception&) {
        status = -1; // the server answered 413 and closed while we were still sending
    }
    EXPECT_TRUE(status == 413 || status == -1) << status;
    auto queue = http.get("/api/v1/halls/h1/queue", kiosk);
    EXPECT_EQ(queue.json()->getValue<int>("waiting_total"), 0);
    // The server is still fine afterwards.
    EXPECT_EQ(http.get("/healthz").status, 200);
}

TEST_F(BadInputTest, GarbageOnTheSocketDoesNotHurtTheServer) {
    for (const char* junk : {"\x16\x03\x01\x02\x00garbage\r\n\r\n", "GET\r\n\r\n", "POST / HTTP/9.9\r\nX: \r\n\r\n"}) {
        Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
        socket.sendBytes(junk, static_cast<int>(std::strlen(junk)));
        char buffer[512];
        socket.setReceiveTimeout(Poco::Timespan(2, 0));
        try {
            socket.receiveBytes(buffer, sizeof buffer);
        } catch (const Poco::Exception&) {
        }
    }
    EXPECT_EQ(http.get("/healthz").status, 200);
    EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
}

TEST_F(BadInputTest, NoErrorIsEverA5xx) {
    const std::vector<std::pair<std::string, std::string>> routes = {
        {"POST", "/api/v1/devices/enroll"},   {"POST", "/api/v1/sessions"},
        {"POST", "/api/v1/halls/h1/tickets"}, {"POST", "/api/v1/counters/1/call-next"},
        {"POST", "/api/v1/tickets/x/recall"}, {"POST", "/api/v1/tickets/x/transfer"},
        {"GET", "/api/v1/halls/h1/queue"},    {"GET", "/api/v1/halls/h1/events"},
        {"GET", "/api/v1/halls/%zz/queue"},   {"POST", "/api/v1/counters/99999999999/call-next"},
        {"GET", "/api/v1/catalog?since=%ff"}, {"GET", "/api/v1/catalog?since=99999999999999"},
        {"POST", "/api/v1/sync/push"}};
    for (const auto& token : {std::string(), kiosk, clerk})
        for (const auto& [method, path] : routes)
            for (const char* body : {"", "{", "{\"category\":null,\"code\":null,\"user\":[],\"counter\":-1}"}) {
                auto res = http.request(method, path, body, token);
                EXPECT_LT(res.status, 500) << method << " " << path << " " << body << " -> " << res.body;
            }
}
