#pragma once

#include "Outbox.h"
#include "SmsGateway.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace ow::server {

// Delivers the outbox: every due message handed to the sink, marked sent when it took it, tried again with backoff
// (30 s, doubling, at most 15 minutes apart) while the gateway is down, given up a day after it was owed (a
// reminder or a booking's code is worth nothing later) or at once when the gateway refuses it for good. A message
// whose answer was lost is sent again: at least once; the platform shows it once (OutgoingMessage::id as OutId).
// Its rounds are run by the server (ApiServer: every few seconds, and at once when a request owed a message).
class Notifier {
public:
    Notifier(Outbox& outbox, std::unique_ptr<SmsSink> sink, std::function<std::int64_t()> clock);

    // One round: every message due now tried once. How many were delivered.
    int deliverDue();

    static constexpr std::int64_t kGiveUpAfterMs = 24LL * 3600 * 1000;
    static std::int64_t backoffMs(int attempts); // the wait after `attempts` failed tries

private:
    Outbox& m_outbox;
    std::unique_ptr<SmsSink> m_sink;
    std::function<std::int64_t()> m_clock;
};

} // namespace ow::server
