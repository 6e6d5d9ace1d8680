#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace ow::server {

// Runs `work` every `period` (the first time one period after start) on a thread of its own until stopped: the steps
// the hall's rules take by themselves (超时默认). A failure is written to stderr and tried again at the next turn.
class RuleSweep {
public:
    RuleSweep() = default;
    ~RuleSweep() { stop(); }
    RuleSweep(const RuleSweep&) = delete;
    RuleSweep& operator=(const RuleSweep&) = delete;

    void start(std::chrono::seconds period, std::function<void()> work);
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_running = false;
    std::thread m_thread;
};

} // namespace ow::server
