#pragma once

#include <Poco/Net/ServerSocket.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace ow::testing {

// A TCP proxy on 127.0.0.1 that behaves like a bad village network: of the connections it accepts, some are
// dropped at once, some delayed, some cut off part-way through the request or the answer; the rest pass.
// Seeded, so a failing run can be repeated.
class FlakyProxy {
public:
    struct Odds {
        double drop = 0.15, delay = 0.15, cutRequest = 0.1, cutAnswer = 0.1; // the rest pass untouched
    };
    FlakyProxy(std::uint16_t targetPort, unsigned seed, Odds odds);
    FlakyProxy(std::uint16_t targetPort, unsigned seed)
        : FlakyProxy(targetPort, seed, Odds{}) {}
    ~FlakyProxy();

    std::uint16_t port() const { return m_listener.address().port(); }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port()); }
    int connections() const { return m_connections; }
    int spoiled() const { return m_spoiled; }

private:
    enum class Fate { Pass, Drop, Delay, CutRequest, CutAnswer };
    Fate nextFate(int& delayMs, std::size_t& cutAt);
    void acceptLoop();
    void serve(Poco::Net::StreamSocket client);

    std::uint16_t m_target;
    Odds m_odds;
    Poco::Net::ServerSocket m_listener;
    std::mutex m_mutex;
    std::mt19937 m_random;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0}, m_spoiled{0};
    std::thread m_acceptor;
    std::vector<std::thread> m_workers;
};

} // namespace ow::testing
