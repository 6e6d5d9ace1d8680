#include "SmsGateway.h"

#include "domain/Json.h"
#include "domain/Masking.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sstream>

namespace ow::server {
namespace {

std::string param(const OutgoingMessage& m, const std::string& key) {
    return m.params && m.params->has(key) ? m.params->getValue<std::string>(key) : std::string();
}

} // namespace

std::string messageText(const std::string& sign, const OutgoingMessage& m) {
    const std::string head = "【" + sign + "】";
    if (m.kind == "booking_made")
        return head + "您已预约" + param(m, "hall") + "「" + param(m, "queue") + "」" + param(m, "date") + " " +
               param(m, "start") + "-" + param(m, "end") + "，签到码 " + param(m, "code") +
               "。请于预约时间前30分钟内到大厅取号机签到；不能前来，请凭签到码和身份证号后四位取消。";
    if (m.kind == "booking_reminder")
        return head + "提醒：您明天（" + param(m, "date") + "）" + param(m, "start") + " 预约了" + param(m, "hall") +
               "「" + param(m, "queue") + "」，签到码 " + param(m, "code") + "。";
    if (m.kind == "home_visit_scheduled")
        return head + "您申请的上门服务「" + param(m, "service") + "」已安排：" + param(m, "hall") + "的工作人员将于" +
               param(m, "date") + "上门办理，请保持电话畅通，并备好身份证。";
    if (m.kind == "case_finished")
        return head + "您在" + param(m, "hall") + "办理的事项（办件编号 " + param(m, "case_no") +
               "）已办结，请携带受理回执和身份证到大厅领取结果。";
    if (m.kind == "case_posted")
        return head + "您在" + param(m, "hall") + "办理的事项（办件编号 " + param(m, "case_no") +
               "）的办理结果已寄出，请注意查收。";
    if (m.kind == "queue_near")
        return head + param(m, "hall") + "：您的号码 " + param(m, "number") + " 前面还有 " + param(m, "ahead") +
               " 人，请回到大厅等候叫号。";
    return head + m.kind + " " + toJsonText(m.params);
}

SendResult LogSink::send(const OutgoingMessage& message) {
    m_out << "onewindow-server: sms to " << maskedPhone(message.phone) << " [" << message.kind << "] "
          << messageText(m_sign, message) << std::endl;
    return {true, false, {}};
}

HttpSmsGateway::HttpSmsGateway(SmsGatewayConfig config)
    : m_config(std::move(config)) {}

SendResult HttpSmsGateway::send(const OutgoingMessage& message) {
    const auto code = m_config.templates.find(message.kind);
    if (code == m_config.templates.end())
        return {false, false, "no template is configured for \"" + message.kind + "\""};
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(true);
    body->set("PhoneNumbers", message.phone);
    body->set("SignName", m_config.sign);
    body->set("TemplateCode", code->second);
    body->set("TemplateParam", toJsonText(message.params));
    body->set("OutId", message.id);
    const std::string text = toJsonText(body);
    try {
        const Poco::URI uri(m_config.url);
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https") {
            // The system's trusted certificates; the platform's name checked against its certificate.
            const Poco::Net::Context::Ptr tls = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                                       Poco::Net::Context::VERIFY_RELAXED, 9, true);
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), tls);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        }
        session->setTimeout(Poco::Timespan(static_cast<long>(m_config.timeout.count()), 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, uri.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setContentType("application/json; charset=utf-8");
        request.set("Authorization", "Bearer " + m_config.key);
        request.setContentLength(static_cast<std::streamsize>(text.size()));
        session->sendRequest(request) << text;
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        std::string answer;
        Poco::StreamCopier::copyToString(in, answer, 64 * 1024);
        const int status = response.getStatus();
        if (status >= 500 || status == 429 || status == 408)
            return {false, true, "the gateway answered " + std::to_string(status)};
        if (status >= 400)
            return {false, false, "the gateway refused the message: " + std::to_string(status) + " " + answer};
        std::string platformCode;
        try {
            platformCode = parseObject(answer)->optValue<std::string>("Code", "");
        } catch (const std::exception&) {
            return {false, true, "the gateway's answer was not JSON"};
        }
        if (platformCode == "OK")
            return {true, false, {}};
        // Throttled by the platform: later; anything else it said no to stays refused.
        const bool later =
            platformCode.find("LIMIT") != std::string::npos || platformCode.find("Throttl") != std::string::npos;
        return {false, later, "the gateway said " + platformCode};
    } catch (const Poco::Exception& e) {
        return {false, true, "the gateway could not be reached: " + e.displayText()};
    } catch (const std::exception& e) {
        return {false, true, std::string("the gateway could not be reached: ") + e.what()};
    }
}

std::unique_ptr<SmsSink> makeSmsSink(const SmsGatewayConfig& config, std::ostream& log) {
    if (config.url.empty())
        return std::make_unique<LogSink>(log, config.sign);
    return std::make_unique<HttpSmsGateway>(config);
}

} // namespace ow::server
