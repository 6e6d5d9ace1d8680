#pragma once

#include "Outbox.h"
#include "SmsGateway.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace ow::server {

// Delivers the outbox: every due message handed to the sink, marked sent when it took it, tried again with backoff
// (30 s, doubling, at most 15 minutes apart) while the gateway is down, given up a day after it was owed (a
// reminder or a booking's code is worth nothing later) or at once when the gateway refuses it for good. A message
// whose answer was lost is sent again: at least once; the platform shows it once (OutgoingMessage::id as OutId).
class Notifier {
public:
    Notifier(Outbox& outbox, std::unique_ptr<SmsSink> sink, std::function<std::int64_t()> clock);
    ~Notifier() { stop(); }
    Notifier(const Notifier&) = delete;
    Notifier& operator=(const Notifier&) = delete;

    // One round: every message due now tried once. How many were delivered.
    int deliverDue();

    // Rounds every `period` on a thread of its own, and at once when woken (a message was just owed).
    void start(std::chrono::milliseconds period);
    void stop();
    void wake();

    static constexpr std::int64_t kGiveUpAfterMs = 24LL * 3600 * 1000;
    static std::int64_t backoffMs(int attempts); // the wait after `attempts` failed tries

private:
    Outbox& m_outbox;
    std::unique_ptr<SmsSink> m_sink;
    std::function<std::int64_t()> m_clock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_running = false, m_woken = false;
    std::thread m_thread;
};

} // namespace ow::server
