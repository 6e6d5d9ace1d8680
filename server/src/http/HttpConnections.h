#pragma once

#include "Poller.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace ow::server {

// A request body up to this size that a refusal left unread is read and dropped after the answer, so that the
// connection goes on; a larger one is answered with "Connection: close" (RequestContext::sendError) and lingers.
inline constexpr std::int64_t kDrainedBody = 64 * 1024;

// The server's HTTP connections. One thread accepts them and watches every connection that has nothing to say
// (just opened, or idle between two requests of a keep-alive connection) with epoll; only a connection with bytes to
// read is given a request thread, which serves its request and hands it back. So a thousand idle connections cost a
// thousand descriptors and a few hundred bytes each, not a thousand threads, and one address cannot hold the request
// threads: its connections are served at most `busyPerAddress` at once, the rest of its ready ones wait their turn
// while other addresses are served. A connection upgraded to an event stream leaves here for the event hub.
class HttpConnections {
public:
    struct Options {
        int threads = 96; // requests served at once
        // A request's headers and body must keep arriving: no byte for this long (a new connection's first one, each
        // read of a request) and the connection is closed.
        std::chrono::seconds requestTimeout{10};
        std::chrono::seconds keepAlive{30}; // an idle connection between two requests (watched, holding no thread)
        // Open connections from one address, idle ones included; past it a new one is answered 503.
        std::size_t maxPerAddress = 512;
        // Of one address's connections, served by request threads at once (the rest wait their turn): one place
        // cannot hold every request thread with requests sent a byte at a time.
        std::size_t busyPerAddress = 32;
    };
    struct Counts {
        std::size_t open = 0;      // accepted and not closed (streams handed over not counted)
        std::size_t idle = 0;      // watched, waiting for bytes (refused ones being let go not counted)
        std::size_t busy = 0;      // being served by a request thread
        std::size_t waiting = 0;   // with bytes to read, waiting for their address's turn
        std::uint64_t refused = 0; // over an address's cap
    };

    HttpConnections(const Poco::Net::ServerSocket& listening, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
                    const Options& options);
    ~HttpConnections();
    HttpConnections(const HttpConnections&) = delete;
    HttpConnections& operator=(const HttpConnections&) = delete;

    void start();
    // Stops accepting and closes the idle connections; the requests being served (and those already read to be) are
    // answered, each connection closed after its answer, for up to `grace`. Then stop() ends what is left.
    void drain(std::chrono::milliseconds grace);
    // Stops accepting, closes the idle connections and ends the requests being served (their sockets shut down).
    void stop();
    std::uint16_t port() const;
    Counts counts() const;

    struct Connection;
    using ConnectionPtr = std::shared_ptr<Connection>;

private:
    // Lingering: answered with "Connection: close" while the client may still be sending (a body too large, an
    // error before the body was read): its sending side is shut and what it sends is read and dropped until it
    // closes, so that the answer is read rather than lost to a reset.
    enum class Outcome { Idle, Closed, Lingering, HandedOver };
    struct Peer {
        std::size_t open = 0;
        std::size_t busy = 0;
        std::deque<ConnectionPtr> waiting;
    };

    void watch(); // the accepting and watching thread
    bool acceptMore();
    void work(); // a request thread
    Outcome serve(Connection& connection);
    void park(const ConnectionPtr& connection, std::chrono::seconds timeout);
    void linger(const ConnectionPtr& connection); // answered and closing (or refused): read and drop, then close
    static constexpr std::chrono::seconds kLinger{2};
    void ready(const ConnectionPtr& connection);   // under m_mutex
    void release(const ConnectionPtr& connection); // under m_mutex: the connection is gone from the count

    Poco::Net::ServerSocket m_listening;
    std::uint16_t m_port = 0; // kept: the socket is closed when draining begins
    Poco::Net::HTTPRequestHandlerFactory::Ptr m_handlers;
    Poco::Net::HTTPServerParams::Ptr m_params;
    Options m_options;
    std::unique_ptr<Poller> m_poller; // woken to stop
    std::thread m_watcher;
    std::vector<std::thread> m_workers;
    bool m_running = false;

    mutable std::mutex m_mutex;
    std::condition_variable m_work;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_draining{false}; // no new connection, none kept after its answer
    std::map<std::string, Peer> m_peers;
    std::map<int, ConnectionPtr> m_idle;                                   // by descriptor, watched by epoll
    std::multimap<std::chrono::steady_clock::time_point, int> m_deadlines; // of the idle ones
    std::deque<ConnectionPtr> m_runnable;
    std::set<ConnectionPtr> m_busy;
    std::uint64_t m_refused = 0;
};

} // namespace ow::server
