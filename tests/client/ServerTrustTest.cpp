#include "TestServer.h"

#include "net/ServerTrust.h"
#include "sync/ApiClient.h"
#include "sync/HttpTransport.h"

#include <Poco/Buffer.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iterator>
#include <stdexcept>
#include <thread>

using namespace ow;

namespace {

const std::string kTls = ONEWINDOW_TLS_DIR;

server::ApiServer::Options httpsOptions() {
    server::ApiServer::Options options;
    options.tlsCert = kTls + "/server.pem";
    options.tlsKey = kTls + "/server.key";
    return options;
}

HttpResponse healthz(const std::string& baseUrl) {
    HttpRequest request;
    request.baseUrl = QString::fromStdString(baseUrl);
    request.method = "GET";
    request.path = QStringLiteral("/healthz");
    request.timeoutMs = 5000;
    return PocoHttpTransport().send(request);
}

// Every test sets the trust it needs; none leaks into the next.
class ServerTrustTest : public ::testing::Test {
protected:
    void TearDown() override { setServerTrust({}); }
};

} // namespace

TEST_F(ServerTrustTest, AServerWithItsCertificateIsReachedOverHttpsWithTheHallsCa) {
    ow::testing::TestServer server(httpsOptions());
    const std::string url = "https://127.0.0.1:" + std::to_string(server.port());
    setServerTrust({kTls + "/ca.pem", ""});
    const HttpResponse ok = healthz(url);
    EXPECT_EQ(ok.status, 200) << ok.networkError.toStdString();

    // The same server, by a device that trusts another CA: no answer, and the reason.
    setServerTrust({kTls + "/other-ca.pem", ""});
    const HttpResponse refused = healthz(url);
    EXPECT_EQ(refused.status, 0);
    EXPECT_FALSE(refused.networkError.isEmpty());
    EXPECT_TRUE(refused.untrusted) << refused.networkError.toStdString(); // told apart from a network that is down

    // Plain HTTP to the HTTPS port gets nothing either — a failure of the line, not of trust.
    const HttpResponse plain = healthz("http://127.0.0.1:" + std::to_string(server.port()));
    EXPECT_EQ(plain.status, 0);
    EXPECT_FALSE(plain.untrusted);
}

TEST_F(ServerTrustTest, APinnedCertificateIsTheWholeCheckAndAnotherOneIsRefusedBeforeAnyRequest) {
    ow::testing::TestServer server(httpsOptions());
    const std::string url = "https://127.0.0.1:" + std::to_string(server.port());
    const std::string pin = certificateFingerprint(kTls + "/server.pem");
    EXPECT_EQ(pin.size(), 95u); // 32 bytes, colons between
    setServerTrust({"", pin});
    EXPECT_EQ(healthz(url).status, 200);

    setServerTrust({"", certificateFingerprint(kTls + "/other-ca.pem")});
    const HttpResponse refused = healthz(url);
    EXPECT_EQ(refused.status, 0);
    EXPECT_NE(refused.networkError.toStdString().find("pinned"), std::string::npos)
        << refused.networkError.toStdString();
    EXPECT_TRUE(refused.untrusted);
    // What the person at the screen (and the CLI) is told: not "cannot be reached", but that this may be another
    // server.
    const ApiReply reply{refused.status, refused.body, refused.networkError, {}, refused.untrusted};
    EXPECT_TRUE(reply.offline()); // still no answer: the device keeps its work and keeps trying
    EXPECT_NE(reply.userMessage().toStdString().find("certificate"), std::string::npos)
        << reply.userMessage().toStdString();
    const ApiReply down{0, {}, QStringLiteral("Connection refused"), {}, false};
    EXPECT_EQ(down.userMessage().toStdString().find("certificate"), std::string::npos);
    EXPECT_THROW(setServerTrust({"", "12:34"}), std::invalid_argument);
}

// Key exchange by elliptic-curve Diffie-Hellman only (TLS 1.3, or TLS 1.2 ECDHE suites): a client that offers
// nothing but finite-field DHE — whose group the server would choose, possibly 1024 bits — gets no connection.
TEST_F(ServerTrustTest, OnlyEllipticCurveKeyExchangeIsOffered) {
    ow::testing::TestServer server(httpsOptions());
    const auto handshake = [&](const std::string& ciphers) {
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                                 Poco::Net::Context::VERIFY_NONE, 9, false, ciphers);
        context->disableProtocols(Poco::Net::Context::PROTO_TLSV1_3); // where the cipher list decides
        Poco::Net::HTTPSClientSession session("127.0.0.1", server.port(), context);
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
        Poco::Net::HTTPResponse response;
        try {
            session.sendRequest(request);
            session.receiveResponse(response);
            return static_cast<int>(response.getStatus());
        } catch (const Poco::Exception&) {
            return 0;
        }
    };
    EXPECT_EQ(handshake("ECDHE+AESGCM"), 200);
    EXPECT_EQ(handshake("DHE+AESGCM:DHE+CHACHA20"), 0);
    EXPECT_EQ(handshake("kRSA"), 0); // no forward secrecy at all
}

// Over TLS a kept-alive connection rests between requests like a plain one (watched, not holding a thread) and the
// next request on it is served over the same TLS session.
TEST_F(ServerTrustTest, AKeptAliveTlsConnectionIsServedAgain) {
    server::ApiServer::Options options = httpsOptions();
    options.connections.threads = 4;
    ow::testing::TestServer server(options);
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                             Poco::Net::Context::VERIFY_NONE, 9, false);
    Poco::Net::HTTPSClientSession session("127.0.0.1", server.port(), context);
    session.setKeepAlive(true);
    for (int i = 0; i < 3; ++i) {
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& body = session.receiveResponse(response);
        std::string text((std::istreambuf_iterator<char>(body)), std::istreambuf_iterator<char>());
        EXPECT_EQ(response.getStatus(), Poco::Net::HTTPResponse::HTTP_OK);
        EXPECT_NE(text.find("ok"), std::string::npos);
        for (int wait = 0; wait < 300 && server.connections().idle != 1; ++wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        EXPECT_EQ(server.connections().idle, 1u);
        EXPECT_EQ(server.connections().open, 1u); // the same connection each time
    }
}

// A board over TLS (wss): the event hub serves the stream on the TLS connection the request came in on, without
// blocking, like a plain one.
TEST_F(ServerTrustTest, ABoardListensOverTls) {
    ow::testing::TestServer server(httpsOptions());
    server.addHall("h1", {{"A", "综合业务"}}, 1, {"A"});
    auto& auth = server.context().auth; // enrolled here: the test server's helpers speak plain HTTP
    const auto enroll = [&](DeviceKind kind) {
        return auth.enroll(auth.createEnrollmentCode("h1", kind, std::nullopt, ow::nowUtcMs()), "test", ow::nowUtcMs())
            .deviceToken;
    };
    const std::string display = enroll(DeviceKind::Display);
    const std::string kiosk = enroll(DeviceKind::Kiosk);
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                             Poco::Net::Context::VERIFY_NONE, 9, false);
    Poco::Net::HTTPSClientSession session("127.0.0.1", server.port(), context);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/halls/h1/events",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "Bearer " + display);
    Poco::Net::HTTPResponse response;
    Poco::Net::WebSocket board(session, request, response);
    board.setReceiveTimeout(Poco::Timespan(5, 0));
    const auto next = [&] {
        for (;;) {
            Poco::Buffer<char> buffer(0);
            int flags = 0;
            const int n = board.receiveFrame(buffer, flags);
            if ((flags & Poco::Net::WebSocket::FRAME_OP_BITMASK) == Poco::Net::WebSocket::FRAME_OP_TEXT)
                return std::string(buffer.begin(), static_cast<std::size_t>(n));
        }
    };
    EXPECT_NE(next().find("\"snapshot\""), std::string::npos);
    // A ticket at a time, each message to the board over the same TLS connection.
    for (int i = 0; i < 3; ++i) {
        Poco::Net::HTTPSClientSession kioskSession("127.0.0.1", server.port(), context);
        Poco::Net::HTTPRequest issue(Poco::Net::HTTPRequest::HTTP_POST, "/api/v1/halls/h1/tickets",
                                     Poco::Net::HTTPMessage::HTTP_1_1);
        issue.set("Authorization", "Bearer " + kiosk);
        const std::string body = R"({"category":"A"})";
        issue.setContentLength(static_cast<std::streamsize>(body.size()));
        kioskSession.sendRequest(issue) << body;
        Poco::Net::HTTPResponse issued;
        kioskSession.receiveResponse(issued);
        ASSERT_EQ(issued.getStatus(), Poco::Net::HTTPResponse::HTTP_CREATED);
        EXPECT_NE(next().find("\"issued\""), std::string::npos);
    }
}

TEST_F(ServerTrustTest, PlainHttpOffLoopbackIsRefusedUnlessAllowed) {
    server::ApiServer::Options open;
    open.host = "0.0.0.0";
    try {
        ow::testing::TestServer refused(open);
        ADD_FAILURE() << "the server listened on 0.0.0.0 in plain HTTP";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("--tls-cert"), std::string::npos) << e.what();
    }
    open.allowPlainHttp = true;
    ow::testing::TestServer allowed(open);
    EXPECT_EQ(healthz("http://127.0.0.1:" + std::to_string(allowed.port())).status, 200);

    server::ApiServer::Options half = httpsOptions();
    half.tlsKey.clear();
    EXPECT_THROW(ow::testing::TestServer{half}, std::invalid_argument);
    server::ApiServer::Options missing = httpsOptions();
    missing.tlsCert = kTls + "/no-such.pem";
    EXPECT_THROW(ow::testing::TestServer{missing}, std::invalid_argument);
}

TEST_F(ServerTrustTest, TheTrustGivenOnceIsKeptBesideTheDevicesDataAndUsedOnTheNextStart) {
    ow::testing::TestServer server(httpsOptions());
    const std::string url = "https://127.0.0.1:" + std::to_string(server.port());
    const std::string dir = server.directory().string() + "/device";
    std::filesystem::create_directories(dir);
    const std::string pin = certificateFingerprint(kTls + "/server.pem");
    applyServerTrust(dir, std::nullopt, pin); // set up with the pin
    setServerTrust({});                       // the process ends
    EXPECT_EQ(healthz(url).status, 0);        // (no trust: the system CAs do not know the hall's certificate)
    const ServerTrust kept = applyServerTrust(dir, std::nullopt, std::nullopt); // the next start
    EXPECT_EQ(kept.pinSha256.size(), 64u);
    EXPECT_EQ(healthz(url).status, 200);
    EXPECT_THROW(applyServerTrust(dir, std::string(kTls + "/missing.pem"), std::nullopt), std::invalid_argument);
    EXPECT_EQ(applyServerTrust(dir, std::nullopt, std::nullopt).pinSha256,
              kept.pinSha256); // a refused change keeps the old
}
