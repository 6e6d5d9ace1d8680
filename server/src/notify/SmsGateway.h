#pragma once

#include "Outbox.h"

#include <chrono>
#include <map>
#include <memory>
#include <ostream>
#include <string>

namespace ow::server {

// What became of one message handed to a gateway. `retry`: worth trying again later (the gateway down, busy, or
// its answer lost); otherwise it will never take this message as it is (a number or template it refuses).
struct SendResult {
    bool delivered = false;
    bool retry = true;
    std::string error;
};

// Where text messages go: an SMS platform, or the server's log.
class SmsSink {
public:
    virtual ~SmsSink() = default;
    virtual SendResult send(const OutgoingMessage& message) = 0;
};

// The kinds of message the server sends, each with its own template at an SMS platform (sms-template-<kind>).
inline constexpr const char* kMessageKinds[] = {"booking_made",  "booking_reminder", "home_visit_scheduled",
                                                "case_finished", "case_posted",      "queue_near"};

// The Chinese text of a message of `kind` with its values filled in ("【一窗通】您已预约…"): what the log shows and
// what a platform's template is registered as. Unknown kinds give the values as they are.
std::string messageText(const std::string& sign, const OutgoingMessage& message);

// The default: each message written to the log (standard output, the journal), the phone number masked.
class LogSink : public SmsSink {
public:
    LogSink(std::ostream& out, std::string sign)
        : m_out(out)
        , m_sign(std::move(sign)) {}
    SendResult send(const OutgoingMessage& message) override;

private:
    std::ostream& m_out;
    std::string m_sign;
};

// An SMS platform over HTTP(S) in the JSON shape common Chinese platforms take (阿里云 dysms's field names):
// POST url, "Authorization: Bearer <key>",
// {"PhoneNumbers":"13800138000","SignName":"一窗通","TemplateCode":"SMS_1","TemplateParam":"{\"code\":…}",
//  "OutId":"<the message's id>"} → 200 {"Code":"OK",…}. The platform shows a message once per OutId.
struct SmsGatewayConfig {
    std::string url;                              // empty: the log
    std::string key;                              // bearer key
    std::string sign = "一窗通";                  // 签名, as registered
    std::map<std::string, std::string> templates; // kind → the platform's template code
    std::chrono::seconds timeout{10};
};

class HttpSmsGateway : public SmsSink {
public:
    explicit HttpSmsGateway(SmsGatewayConfig config);
    SendResult send(const OutgoingMessage& message) override;

private:
    SmsGatewayConfig m_config;
};

// The gateway the configuration names, or the log when it names none.
std::unique_ptr<SmsSink> makeSmsSink(const SmsGatewayConfig& config, std::ostream& log);

} // namespace ow::server
