#include "RuleSweep.h"

#include <exception>
#include <iostream>

namespace ow::server {

void RuleSweep::start(std::chrono::seconds period, std::function<void()> work) {
    stop();
    m_running = true;
    m_thread = std::thread([this, period, work = std::move(work)] {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, period, [this] { return !m_running; })) {
            lock.unlock();
            try {
                work();
            } catch (const std::exception& e) {
                std::cerr << "onewindow-server: a rule's sweep failed (tried again later): " << e.what() << std::endl;
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

} // namespace ow::server
