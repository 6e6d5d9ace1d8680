#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace ow::server {

// Runs `work` every `period` (the first time one period after start), and at once when woken, on a thread of its own
// until stopped: the steps the hall's rules take by themselves (超时默认, no-shows, reminders owed), the text messages'
// delivery. A failure is written to stderr, named by `what`, and tried again at the next turn.
class RuleSweep {
public:
    RuleSweep() = default;
    ~RuleSweep() { stop(); }
    RuleSweep(const RuleSweep&) = delete;
    RuleSweep& operator=(const RuleSweep&) = delete;

    void start(std::chrono::milliseconds period, std::function<void()> work, std::string what = "a rule's sweep");
    void stop();
    void wake(); // a turn now, not at the end of the period

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_running = false, m_woken = false;
    std::thread m_thread;
};

} // namespace ow::server
