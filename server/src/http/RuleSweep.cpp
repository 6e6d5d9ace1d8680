#include "RuleSweep.h"

#include <exception>
#include <iostream>

namespace ow::server {

void RuleSweep::start(std::chrono::milliseconds period, std::function<void()> work, std::string what) {
    stop();
    m_running = true;
    m_thread = std::thread([this, period, work = std::move(work), what = std::move(what)] {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait_for(lock, period, [this] { return !m_running || m_woken; });
            if (!m_running)
                return;
            m_woken = false;
            lock.unlock();
            try {
                work();
            } catch (const std::exception& e) {
                std::cerr << "onewindow-server: " << what << " failed (tried again later): " << e.what() << std::endl;
            }
            lock.lock();
        }
    });
}

void RuleSweep::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_running = false;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RuleSweep::wake() {
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

} // namespace ow::server
