// The booking page as a phone shows it: headless Chromium (Debian's chromium and chromium-driver) driven over the
// WebDriver protocol against the page the server serves — a wrong ID number told in Chinese, a booking made and its
// code and QR shown, the booking seen by the hall, then cancelled from the page and its place free again.
#include "Bookings.h"
#include "TestServer.h"

#include "domain/HallTime.h"
#include "domain/Json.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace ow;
using namespace ow::testing;

namespace {

constexpr const char* kElement = "element-6066-11e4-a52e-4f735466cecf"; // the WebDriver protocol's element key

// A headless Chromium behind chromedriver on a port of its own, at a phone's size.
class Browser {
public:
    Browser() {
        {
            Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
            m_port = probe.address().port();
        }
        m_profile = std::filesystem::temp_directory_path() / ("onewindow-chromium-" + std::to_string(m_port));
        m_driver = std::make_unique<Poco::ProcessHandle>(
            Poco::Process::launch("/usr/bin/chromedriver", {"--port=" + std::to_string(m_port), "--silent"}));
        for (int i = 0; i < 100 && call("GET", "/status", "").status != 200; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const auto created = call("POST", "/session",
                                  R"({"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{)"
                                  R"("binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox",)"
                                  R"("--disable-gpu","--disable-dev-shm-usage","--window-size=390,844","--lang=zh-CN",)"
                                  R"("--user-data-dir=)" +
                                      m_profile.string() + R"("]}}}})");
        if (created.status != 200)
            throw std::runtime_error("chromedriver made no session: " + created.body);
        m_session = parseObject(created.body)->getObject("value")->getValue<std::string>("sessionId");
    }
    ~Browser() {
        if (!m_session.empty())
            call("DELETE", "/session/" + m_session, "");
        Poco::Process::kill(*m_driver);
        m_driver->wait();
        std::error_code ignored;
        std::filesystem::remove_all(m_profile, ignored);
    }

    void open(const std::string& url) { session("POST", "/url", R"({"url":")" + url + "\"}"); }
    std::string element(const std::string& css) {
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("using", "css selector");
        body->set("value", css);
        const auto answer = session("POST", "/element", toJsonText(body));
        return parseObject(answer)->getObject("value")->getValue<std::string>(kElement);
    }
    void click(const std::string& css) { session("POST", "/element/" + element(css) + "/click", "{}"); }
    void type(const std::string& css, const std::string& text) {
        const std::string id = element(css);
        session("POST", "/element/" + id + "/clear", "{}");
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("text", text);
        session("POST", "/element/" + id + "/value", toJsonText(body));
    }
    // The value of `return <expression>` in the page.
    Poco::Dynamic::Var eval(const std::string& expression) {
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("script", "return " + expression + ";");
        body->set("args", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
        return parseObject(session("POST", "/execute/sync", toJsonText(body)))->get("value");
    }
    // Waits up to 10 s for `expression` to be true in the page; an element not there (yet, or while the page draws
    // it again) reads as false, not as the page's error.
    bool waitFor(const std::string& expression) {
        for (int i = 0; i < 100; ++i) {
            const auto value = eval("(() => { try { return !!(" + expression + "); } catch (e) { return false; } })()");
            if (value.isBoolean() && value.extract<bool>())
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }
    std::string text(const std::string& id) {
        return eval("document.getElementById('" + id + "').textContent").toString();
    }
    void screenshot(const std::filesystem::path& file) {
        const std::string png64 = parseObject(session("GET", "/screenshot", ""))->getValue<std::string>("value");
        std::istringstream in(png64);
        Poco::Base64Decoder decoder(in);
        std::ofstream out(file, std::ios::binary);
        Poco::StreamCopier::copyStream(decoder, out);
    }

private:
    struct Answer {
        int status = 0;
        std::string body;
    };
    Answer call(const std::string& method, const std::string& path, const std::string& body) {
        try {
            Poco::Net::HTTPClientSession http("127.0.0.1", m_port);
            http.setTimeout(Poco::Timespan(60, 0));
            Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
            request.setContentType("application/json");
            request.setContentLength(static_cast<std::streamsize>(body.size()));
            http.sendRequest(request) << body;
            Poco::Net::HTTPResponse response;
            Answer answer;
            Poco::StreamCopier::copyToString(http.receiveResponse(response), answer.body);
            answer.status = response.getStatus();
            return answer;
        } catch (const Poco::Exception&) {
            return {};
        }
    }
    std::string session(const std::string& method, const std::string& path, const std::string& body) {
        const Answer answer = call(method, "/session/" + m_session + path, body);
        if (answer.status != 200)
            throw std::runtime_error(method + " " + path + ": " + std::to_string(answer.status) + " " + answer.body);
        return answer.body;
    }

    std::uint16_t m_port = 0;
    std::filesystem::path m_profile;
    std::unique_ptr<Poco::ProcessHandle> m_driver;
    std::string m_session;
};

} // namespace

TEST(BookingPage, APhoneBooksSeesTheCodeAndCancelsInARealBrowser) {
    std::int64_t now = parseUtcIso("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai; outlives the server
    TestServer server;
    server.context().clock = [&now] { return now; };
    server.addHall("h1", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
    HttpClient http(server.port());
    ASSERT_EQ(http.request("PUT", "/api/v1/halls/h1/appointment-plan", kPlanB, server.supervisorAt("h1", "s1")).status,
              200);
    EXPECT_EQ(http.get("/book/nowhere").status, 404);
    EXPECT_EQ(http.get("/book/h1/code.svg?code=12345").status, 400);

    Browser browser;
    browser.open("http://127.0.0.1:" + std::to_string(server.port()) + "/book/h1");
    // Only the planned queue is offered; today (Monday 10:00) only the slots not begun.
    ASSERT_TRUE(browser.waitFor("document.querySelectorAll('.slot').length === 2"));
    EXPECT_EQ(browser.eval("document.getElementById('queue').options.length").convert<int>(), 1);
    EXPECT_EQ(browser.text("hall-name").find("网上预约") != std::string::npos, true);
    browser.click("#date option[value='2026-09-29']");
    ASSERT_TRUE(browser.waitFor("document.querySelectorAll('.slot').length === 3"));
    browser.click(".slot[data-start='09:00']");
    browser.type("#name", "王磊");
    std::string wrong = idNumber(1);
    wrong.back() = wrong.back() == '1' ? '2' : '1';
    browser.type("#id-number", wrong);
    browser.type("#phone", "138 0013 8000");
    const char* shots = std::getenv("ONEWINDOW_BOOK_SHOTS"); // the pictures for docs/screenshots
    if (shots)
        browser.screenshot(std::filesystem::path(shots) / "book-page.png");
    browser.click("#submit");
    ASSERT_TRUE(browser.waitFor("!document.getElementById('error').hidden"));
    EXPECT_EQ(browser.text("error"), "身份证号码有误，请核对。");

    browser.type("#id-number", idNumber(1));
    browser.click("#submit");
    ASSERT_TRUE(browser.waitFor("!document.getElementById('result').hidden"));
    const std::string code = browser.text("code");
    ASSERT_EQ(code.size(), 6u);
    EXPECT_EQ(browser.text("r-time"), "2026-09-29 09:00–09:30");
    EXPECT_EQ(browser.text("r-person").find(idNumber(1)), std::string::npos); // masked
    ASSERT_TRUE(browser.waitFor("document.getElementById('qr').complete && "
                                "document.getElementById('qr').naturalWidth > 0"));
    ASSERT_TRUE(
        browser.waitFor("document.querySelector(\".slot[data-start='09:00'] small\").textContent === '余 2 个'"));
    EXPECT_EQ(browser.eval("document.getElementById('id-number').value").toString(), "");
    if (shots)
        browser.screenshot(std::filesystem::path(shots) / "book-page-booked.png");

    // The hall sees it.
    const auto day = http.get("/api/v1/halls/h1/appointments?date=2026-09-29", server.clerkAt("h1", 1));
    ASSERT_EQ(day.status, 200);
    EXPECT_NE(day.body.find("\"code\":\"" + code + "\""), std::string::npos) << day.body;

    // Cancelled from the page: the code is filled in, the ID number's end typed.
    EXPECT_EQ(browser.eval("document.getElementById('cancel-code').value").toString(), code);
    browser.type("#cancel-tail", idNumber(1).substr(14));
    browser.click("#cancel-submit");
    ASSERT_TRUE(browser.waitFor("document.getElementById('cancel-result').textContent === '已取消，名额已释放。'"));
    ASSERT_TRUE(
        browser.waitFor("document.querySelector(\".slot[data-start='09:00'] small\").textContent === '余 3 个'"));
    EXPECT_TRUE(browser.eval("document.getElementById('result').hidden").extract<bool>());
}
