// Text messages (短信) through a real HTTP SMS platform stand-in: a booking owes its message in its own transaction;
// the gateway down for an hour, then back: every message delivered, each shown once, also when an answer was lost;
// reminders owed once the day before; nothing a message carries or the log writes holds an ID number or a whole
// phone number.
#include "Bookings.h"
#include "Notifier.h"
#include "TestServer.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <gtest/gtest.h>

#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

using namespace ow;
using namespace ow::server;
using namespace ow::testing;

namespace {

// An SMS platform on 127.0.0.1: takes {"PhoneNumbers","TemplateCode","TemplateParam","OutId"} and shows each OutId
// once. Down: 503. Garbling: takes (and shows) the message but its answer is lost on the way back.
class PlatformStandIn {
public:
    enum class Mode { Up, Down, Garbling };

    PlatformStandIn()
        : m_server(new Factory(*this), Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
                   new Poco::Net::HTTPServerParams) {
        m_server.start();
    }
    ~PlatformStandIn() { m_server.stopAll(true); }

    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_server.port()) + "/sms/send"; }
    void set(Mode mode) {
        std::lock_guard lock(m_mutex);
        m_mode = mode;
    }
    int tries() {
        std::lock_guard lock(m_mutex);
        return m_tries;
    }
    std::map<std::string, int> received() { // by OutId: how many times it came
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    std::vector<std::string> shown() { // what people's phones show, once per OutId
        std::lock_guard lock(m_mutex);
        return m_shown;
    }
    std::string bodies() {
        std::lock_guard lock(m_mutex);
        return m_bodies;
    }

private:
    class Handler : public Poco::Net::HTTPRequestHandler {
    public:
        explicit Handler(PlatformStandIn& platform)
            : m_platform(platform) {}
        void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
            std::string body;
            Poco::StreamCopier::copyToString(request.stream(), body);
            std::lock_guard lock(m_platform.m_mutex);
            ++m_platform.m_tries;
            if (m_platform.m_mode == Mode::Down || request.get("Authorization", "") != "Bearer k-1") {
                response.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
                response.send() << R"({"Code":"ServiceUnavailable"})";
                return;
            }
            m_platform.m_bodies += body + "\n";
            const auto message = parseObject(body);
            const std::string outId = message->getValue<std::string>("OutId");
            if (m_platform.m_received[outId]++ == 0)
                m_platform.m_shown.push_back(message->getValue<std::string>("TemplateParam"));
            if (m_platform.m_mode == Mode::Garbling) {
                response.send() << "<html>gateway timeout</html>"; // what a proxy says when the answer is lost
                return;
            }
            response.setContentType("application/json");
            response.send() << R"({"Code":"OK","Message":"OK","BizId":")" << outId << "\"}";
        }

    private:
        PlatformStandIn& m_platform;
    };
    class Factory : public Poco::Net::HTTPRequestHandlerFactory {
    public:
        explicit Factory(PlatformStandIn& platform)
            : m_platform(platform) {}
        Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
            return new Handler(m_platform);
        }

    private:
        PlatformStandIn& m_platform;
    };

    std::mutex m_mutex;
    Mode m_mode = Mode::Up;
    int m_tries = 0;
    std::map<std::string, int> m_received;
    std::vector<std::string> m_shown;
    std::string m_bodies;
    Poco::Net::HTTPServer m_server;
};

server::ApiServer::Options deliveredByHand() {
    server::ApiServer::Options options;
    options.notifyPeriodMs = 0; // the test runs the Notifier's rounds itself, on its clock
    options.ruleSweepSeconds = 0;
    return options;
}

class TextMessages : public ::testing::Test {
protected:
    void SetUp() override {
        now = parseUtcIso("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        server.context().clock = [this] { return now.load(); };
        server.addHall("h1", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
        ASSERT_EQ(
            http.request("PUT", "/api/v1/halls/h1/appointment-plan", kPlanB, server.supervisorAt("h1", "s1")).status,
            200);
    }
    std::unique_ptr<Notifier> notifier(std::map<std::string, std::string> templates = {
                                           {"booking_made", "SMS_101"}, {"booking_reminder", "SMS_102"}}) {
        SmsGatewayConfig config;
        config.url = platform.url();
        config.key = "k-1";
        config.sign = "一窗通";
        config.templates = std::move(templates);
        config.timeout = std::chrono::seconds(3);
        return std::make_unique<Notifier>(server.context().outbox, std::make_unique<HttpSmsGateway>(config),
                                          [this] { return now.load(); });
    }

    std::atomic<std::int64_t> now{0};
    PlatformStandIn platform;
    TestServer server{deliveredByHand()};
    HttpClient http{server.port()};
};

} // namespace

TEST_F(TextMessages, TheGatewayDownForAnHourThenBackDeliversEveryMessageOnce) {
    for (int n = 1; n <= 5; ++n)
        ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking(n <= 3 ? "09:00" : "14:00", idNumber(n),
                                                                     "2026-09-29", "1390000000" + std::to_string(n)))
                      .status,
                  201);
    EXPECT_EQ(server.context().outbox.counts().pending, 5);
    const auto delivery = notifier();
    platform.set(PlatformStandIn::Mode::Down);
    const std::int64_t downAt = now;
    while (now < downAt + 3600 * 1000) { // an hour, looked at every 5 minutes
        EXPECT_EQ(delivery->deliverDue(), 0);
        now += 5 * 60 * 1000;
    }
    const int triesWhileDown = platform.tries();
    std::cout << "[ figures ] 5 messages, the platform down an hour (looked at every 5 minutes): " << triesWhileDown
              << " tries" << std::endl;
    EXPECT_GE(triesWhileDown, 5 * 4);  // 30 s, 1, 2, 4, 8, 15 minutes apart: tried again and again …
    EXPECT_LE(triesWhileDown, 5 * 12); // … but not at every round
    EXPECT_EQ(server.context().outbox.counts().pending, 5);

    platform.set(PlatformStandIn::Mode::Up);
    now += 15 * 60 * 1000; // the longest wait between tries
    EXPECT_EQ(delivery->deliverDue(), 5);
    EXPECT_EQ(delivery->deliverDue(), 0);
    const auto counts = server.context().outbox.counts();
    EXPECT_EQ(counts.sent, 5);
    EXPECT_EQ(counts.pending, 0);
    EXPECT_EQ(platform.shown().size(), 5u);
    for (const auto& [outId, times] : platform.received())
        EXPECT_EQ(times, 1) << outId;
    // What went out: the code, the day and time, the hall's words — no ID number.
    const std::string sent = platform.bodies();
    EXPECT_NE(sent.find("不动产登记"), std::string::npos);
    EXPECT_NE(sent.find("SMS_101"), std::string::npos);
    for (int n = 1; n <= 5; ++n)
        EXPECT_EQ(sent.find(idNumber(n)), std::string::npos);
}

TEST_F(TextMessages, AnAnswerLostOnTheWayIsSentAgainAndShownOnce) {
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1))).status, 201);
    const auto delivery = notifier();
    platform.set(PlatformStandIn::Mode::Garbling);
    EXPECT_EQ(delivery->deliverDue(), 0);
    platform.set(PlatformStandIn::Mode::Up);
    now += Notifier::backoffMs(0);
    EXPECT_EQ(delivery->deliverDue(), 1);
    ASSERT_EQ(platform.received().size(), 1u);
    EXPECT_EQ(platform.received().begin()->second, 2); // at least once …
    EXPECT_EQ(platform.shown().size(), 1u);            // … shown once
    EXPECT_EQ(server.context().outbox.counts().sent, 1);
}

TEST_F(TextMessages, AMessageThePlatformHasNoTemplateForIsGivenUpAndAnUnreachableOneAfterADay) {
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1))).status, 201);
    EXPECT_EQ(notifier({})->deliverDue(), 0);
    EXPECT_EQ(server.context().outbox.counts().failed, 1);
    EXPECT_EQ(platform.tries(), 0);

    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(2))).status, 201);
    platform.set(PlatformStandIn::Mode::Down);
    const auto delivery = notifier();
    const std::int64_t owedAt = now;
    while (now <= owedAt + Notifier::kGiveUpAfterMs) {
        delivery->deliverDue();
        now += 15 * 60 * 1000;
    }
    EXPECT_EQ(server.context().outbox.counts().failed, 2);
    EXPECT_EQ(server.context().outbox.counts().pending, 0);
}

// The day before, from 09:00 of the hall's day: one reminder per booking however often the sweep comes by; none for
// a booking cancelled. The log sink writes the Chinese text with the phone masked.
TEST_F(TextMessages, RemindersAreOwedOnceTheDayBeforeAndTheLogShowsNoWholeNumber) {
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1))).status, 201);
    const auto second = http.post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(2))).json();
    ASSERT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointments/" + second->getValue<std::string>("code") +
                                         "?id_tail=" + idNumber(2).substr(14))
                  .status,
              204);
    now = parseUtcIso("2026-09-28T00:30:00Z"); // Monday 08:30: not yet
    auto& appointments = server.context().appointments;
    EXPECT_EQ(appointments.oweReminders(now), 0);
    now = parseUtcIso("2026-09-28T03:00:00Z"); // Monday 11:00
    EXPECT_EQ(appointments.oweReminders(now), 1);
    EXPECT_EQ(appointments.oweReminders(now), 0);           // owed already
    EXPECT_EQ(server.context().outbox.counts().pending, 3); // two bookings made, one reminder

    std::ostringstream log;
    Notifier toLog(server.context().outbox, std::make_unique<LogSink>(log, "一窗通"), [this] { return now.load(); });
    EXPECT_EQ(toLog.deliverDue(), 3);
    const std::string written = log.str();
    EXPECT_NE(written.find("138****8000"), std::string::npos) << written;
    EXPECT_EQ(written.find("13800138000"), std::string::npos) << written;
    EXPECT_NE(written.find("提醒：您明天（2026-09-29）09:00 预约了"), std::string::npos) << written;
    EXPECT_EQ(written.find(idNumber(1)), std::string::npos);
}

// Every kind the server sends has its Chinese text (what the log shows and a platform's template is registered as),
// never the raw values, and never an ID number.
TEST(TextMessageKinds, EachKindHasItsChineseText) {
    for (const char* kind : kMessageKinds) {
        OutgoingMessage m;
        m.kind = kind;
        m.params = new Poco::JSON::Object;
        for (const char* key :
             {"hall", "queue", "date", "start", "end", "code", "service", "case_no", "number", "ahead"})
            m.params->set(key, std::string("«") + key + "»");
        const std::string text = messageText("一窗通", m);
        EXPECT_EQ(text.find(kind), std::string::npos) << text;
        EXPECT_EQ(text.rfind("【一窗通】", 0), 0u) << text;
        EXPECT_NE(text.find("«"), std::string::npos) << text; // its values are in it
    }
}

// 短信提醒: a phone left at the kiosk for a number; the message is owed once when three or fewer wait before it,
// and the phone is forgotten then — or when the number is called first.
TEST_F(TextMessages, APhoneLeftAtTheKioskIsToldWhenThreeWaitBeforeItsNumber) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    std::vector<std::string> ids;
    for (int n = 0; n < 6; ++n) {
        const auto res = http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
        ASSERT_EQ(res.status, 201) << res.body;
        ids.push_back(res.json()->getValue<std::string>("id"));
    }
    auto leave = [&](const std::string& id, const std::string& phone) {
        return http.post("/api/v1/halls/h1/ticket-notices", R"({"ticket_id":")" + id + R"(","phone":")" + phone + "\"}",
                         kiosk);
    };
    EXPECT_EQ(leave(ids[5], "12345").errorCode(), "invalid_phone");
    EXPECT_EQ(leave("no-such", "13900000005").status, 404);
    EXPECT_EQ(http.post("/api/v1/halls/h1/ticket-notices", R"({"ticket_id":")" + ids[5] + R"(","phone":"13900000005"})",
                        server.clerkAt("h1", 1))
                  .status,
              403);
    auto res = leave(ids[5], "139 0000 0005"); // A006: five before it
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<int>("waiting_ahead"), 5);
    EXPECT_EQ(res.json()->getValue<std::string>("phone"), "139****0005");
    auto& notices = server.context().notices;
    EXPECT_EQ(notices.oweDue(now), 0);                   // five before A006: not yet
    ASSERT_EQ(leave(ids[1], "13900000001").status, 201); // A002, called before anyone looked again
    const std::string clerk = server.clerkAt("h1", 1);
    for (int n = 0; n < 2; ++n) { // A001, A002
        const auto called = http.post("/api/v1/counters/1/call-next", "", clerk);
        ASSERT_EQ(called.status, 200) << called.body;
        http.post("/api/v1/tickets/" + called.json()->getObject("ticket")->getValue<std::string>("id") + "/finish", "",
                  clerk);
    }
    EXPECT_EQ(notices.oweDue(now), 1); // A006: three before it; A002's phone forgotten without a message
    EXPECT_EQ(notices.oweDue(now), 0); // once
    EXPECT_EQ(server.context().outbox.counts().pending, 1);
    EXPECT_EQ(leave(ids[1], "13900000001").errorCode(), "not_waiting");

    std::ostringstream log;
    Notifier toLog(server.context().outbox, std::make_unique<LogSink>(log, "一窗通"), [this] { return now.load(); });
    EXPECT_EQ(toLog.deliverDue(), 1);
    EXPECT_NE(log.str().find("您的号码 A006 前面还有 3 人"), std::string::npos) << log.str();
    EXPECT_EQ(log.str().find("13900000005"), std::string::npos) << log.str();
}

// Two senders side by side — two instances of the server on one database — lease the messages: each goes to the
// platform once (on PostgreSQL by FOR UPDATE SKIP LOCKED, on SQLite by its one writer).
TEST_F(TextMessages, TwoSendersSideBySideSendEachMessageOnce) {
    const char* days[] = {"2026-09-29", "2026-09-30", "2026-10-01"};
    const char* starts[] = {"09:00", "11:30", "14:00"};
    int booked = 0;
    for (int n = 0; n < 18; ++n) {
        const auto res =
            http.post("/api/v1/halls/h1/appointments",
                      booking(starts[n % 3], idNumber(100 + n), days[n / 6], "1390000" + std::to_string(1000 + n)));
        booked += res.status == 201;
    }
    ASSERT_EQ(booked, 18);
    ASSERT_EQ(server.context().outbox.counts().pending, 18);
    std::atomic<int> delivered{0};
    auto sender = [&] {
        const auto delivery = notifier();
        for (int round = 0; round < 50 && server.context().outbox.counts().pending > 0; ++round)
            delivered += delivery->deliverDue();
    };
    std::thread first(sender), second(sender);
    first.join();
    second.join();
    EXPECT_EQ(delivered.load(), 18);
    const auto received = platform.received();
    EXPECT_EQ(received.size(), 18u);
    for (const auto& [id, times] : received)
        EXPECT_EQ(times, 1) << id;
    EXPECT_EQ(server.context().outbox.counts().sent, 18);
}
