#include "FlakyProxy.h"

#include <Poco/Net/StreamSocket.h>

#include <poll.h>

namespace ow::testing {

FlakyProxy::FlakyProxy(std::uint16_t targetPort, unsigned seed, Odds odds)
    : m_target(targetPort)
    , m_odds(odds)
    , m_listener(Poco::Net::SocketAddress("127.0.0.1", 0))
    , m_random(seed) {
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FlakyProxy::~FlakyProxy() {
    m_stop = true;
    m_listener.close();
    m_acceptor.join();
    for (auto& t : m_workers)
        t.join();
}

FlakyProxy::Fate FlakyProxy::nextFate(int& delayMs, std::size_t& cutAt) {
    const std::lock_guard lock(m_mutex);
    const double roll = std::uniform_real_distribution<double>(0, 1)(m_random);
    delayMs = std::uniform_int_distribution<int>(50, 400)(m_random);
    cutAt = std::uniform_int_distribution<std::size_t>(1, 4000)(m_random);
    double edge = m_odds.drop;
    if (roll < edge)
        return Fate::Drop;
    if (roll < (edge += m_odds.delay))
        return Fate::Delay;
    if (roll < (edge += m_odds.cutRequest))
        return Fate::CutRequest;
    if (roll < (edge += m_odds.cutAnswer))
        return Fate::CutAnswer;
    return Fate::Pass;
}

void FlakyProxy::acceptLoop() {
    while (!m_stop) {
        try {
            if (!m_listener.poll(Poco::Timespan(0, 50000), Poco::Net::Socket::SELECT_READ))
                continue;
            Poco::Net::StreamSocket client = m_listener.acceptConnection();
            ++m_connections;
            m_workers.emplace_back([this, client] { serve(client); });
        } catch (...) {
            if (m_stop)
                return;
        }
    }
}

void FlakyProxy::serve(Poco::Net::StreamSocket client) {
    int delayMs = 0;
    std::size_t cutAt = 0;
    const Fate fate = nextFate(delayMs, cutAt);
    try {
        if (fate != Fate::Pass)
            ++m_spoiled;
        if (fate == Fate::Drop) {
            client.close();
            return;
        }
        if (fate == Fate::Delay)
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        Poco::Net::StreamSocket server;
        server.connect(Poco::Net::SocketAddress("127.0.0.1", m_target));
        std::size_t up = 0, down = 0;
        char buffer[16384];
        pollfd fds[2] = {{client.impl()->sockfd(), POLLIN, 0}, {server.impl()->sockfd(), POLLIN, 0}};
        while (!m_stop) {
            if (::poll(fds, 2, 100) < 0)
                break;
            bool closed = false;
            for (int i = 0; i < 2; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                Poco::Net::StreamSocket& from = i == 0 ? client : server;
                Poco::Net::StreamSocket& to = i == 0 ? server : client;
                const int n = from.receiveBytes(buffer, sizeof buffer);
                if (n <= 0) {
                    closed = true;
                    break;
                }
                std::size_t& count = i == 0 ? up : down;
                std::size_t send = static_cast<std::size_t>(n);
                const bool cut = (i == 0 && fate == Fate::CutRequest) || (i == 1 && fate == Fate::CutAnswer);
                if (cut && count + send >= cutAt) {
                    send = cutAt > count ? cutAt - count : 0;
                    if (send > 0)
                        to.sendBytes(buffer, static_cast<int>(send));
                    closed = true;
                    break;
                }
                to.sendBytes(buffer, static_cast<int>(send));
                count += send;
            }
            if (closed)
                break;
        }
        server.close();
        client.close();
    } catch (...) {
        // A connection that fails is what this proxy is for.
    }
}

} // namespace ow::testing
