#include "Notifier.h"

#include "domain/Masking.h"

#include <algorithm>
#include <iostream>

namespace ow::server {

Notifier::Notifier(Outbox& outbox, std::unique_ptr<SmsSink> sink, std::function<std::int64_t()> clock)
    : m_outbox(outbox)
    , m_sink(std::move(sink))
    , m_clock(std::move(clock)) {}

std::int64_t Notifier::backoffMs(int attempts) {
    const std::int64_t first = 30'000, most = 15 * 60'000;
    return attempts >= 5 ? most : std::min(most, first << std::max(0, attempts));
}

int Notifier::deliverDue() {
    int delivered = 0;
    constexpr std::int64_t kLeaseMs = 120'000; // longer than a send's timeout: nobody else takes it meanwhile
    for (;;) {
        const std::int64_t now = m_clock();
        const auto batch = m_outbox.lease(now, kLeaseMs, 50);
        for (const OutgoingMessage& message : batch) {
            const SendResult result = m_sink->send(message);
            const std::int64_t after = m_clock();
            if (result.delivered) {
                m_outbox.delivered(message.id, after);
                ++delivered;
                continue;
            }
            const bool giveUp = !result.retry || after - message.createdAtMs >= kGiveUpAfterMs;
            m_outbox.failed(message.id, result.error, after + backoffMs(message.attempts), giveUp);
            if (giveUp)
                std::cerr << "onewindow-server: a text message to " << maskedPhone(message.phone) << " ["
                          << message.kind << "] was given up: " << result.error << std::endl;
        }
        if (batch.size() < 50)
            return delivered;
    }
}

} // namespace ow::server
