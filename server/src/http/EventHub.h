#pragma once

#include "Poller.h"

#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace ow::server {

// The live event streams (WebSocket) of the halls' boards, counters, kiosks and pads, and the messages fanned out
// to them. A request thread does the upgrade and hands the connection over; from then on one thread serves every
// stream of the instance on non-blocking sockets with epoll, so that thousands of open boards hold no request
// threads. A stream that falls too far behind is dropped (it reconnects and starts again from a snapshot) rather
// than slowing the others; one whose token has expired or been revoked is closed.
class EventHub {
public:
    struct Limits {
        std::size_t maxStreams = 20000;                // on this instance
        std::size_t maxPerDevice = 4;                  // a board and its spare, a counter's two windows
        std::size_t maxBacklogBytes = 4u << 20;        // unsent to one stream before it is dropped
        std::chrono::milliseconds pingAfter{15000};    // of silence, so that proxies keep an idle board
        std::chrono::milliseconds recheckEvery{15000}; // tokens checked again (revoked, logged out)
    };
    // Who holds a stream: the device, and the token that opened it.
    struct Holder {
        std::string deviceId;
        std::string token;
        std::int64_t expiresAtMs = INT64_MAX;
    };
    // Whether a token is still good (not revoked, not expired) at `nowMs`.
    using TokenCheck = std::function<bool(const std::string& token, std::int64_t nowMs)>;
    struct Stream;
    using StreamPtr = std::shared_ptr<Stream>;

    EventHub();
    ~EventHub();
    EventHub(const EventHub&) = delete;
    EventHub& operator=(const EventHub&) = delete;

    void setLimits(const Limits& limits);
    // Starts the thread that serves the streams; stop() closes them all and ends it.
    void start(TokenCheck stillValid, std::function<std::int64_t()> clock);
    void stop();

    // A stream of `hall` that gets every message published from now on (kept until it is attached). Throws
    // ApiError 429 when the device has its most streams open, 503 when the instance has.
    StreamPtr open(const std::string& hall, Holder holder);
    // Hands over the upgraded connection; `first` (the snapshot) is sent before anything published since open().
    void attach(const StreamPtr& stream, Poco::Net::StreamSocket socket, const std::string& first);
    // Forgets a stream that was never attached (the upgrade failed).
    void close(const StreamPtr& stream);

    void publish(const std::string& hall, const std::string& message);
    // Asks every open stream's token again now, not at the next recheck: a device revoked or a person disabled (here
    // or on another instance) loses its streams at once.
    void recheckNow();
    bool hasSubscribers(const std::string& hall) const;
    std::size_t subscriberCount() const;

private:
    void run();
    void checkTokens();
    void wake();
    void forget(const StreamPtr& stream); // under m_mutex
    // The serving thread's.
    void adopt(const StreamPtr& stream);
    void readFrom(const StreamPtr& stream);
    void flush(const StreamPtr& stream);
    void drop(const StreamPtr& stream);

    Limits m_limits;
    TokenCheck m_stillValid;
    std::function<std::int64_t()> m_clock;
    std::unique_ptr<Poller> m_poller; // made at the first start
    std::thread m_thread;
    std::thread m_checker; // of the streams' tokens
    std::condition_variable m_checkerWake;
    std::atomic<bool> m_running{false};
    bool m_recheck = false; // under m_mutex: recheckNow() asked

    mutable std::mutex m_mutex; // the halls, the counts, each stream's pending messages and the lists below
    std::map<std::string, std::set<StreamPtr>> m_halls;
    std::map<std::string, std::size_t> m_perDevice;
    std::size_t m_count = 0;
    std::vector<StreamPtr> m_attached; // handed over, not yet watched by the thread
    std::set<StreamPtr> m_dirty;       // with pending messages

    std::map<int, StreamPtr> m_byFd; // the thread's own
};

} // namespace ow::server
