#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The WebSocket protocol (RFC 6455) as the event streams need it, written here because the streams are served by
// a reactor on non-blocking sockets: Poco's WebSocket reads and writes whole frames on blocking ones.
namespace ow::server::ws {

enum class Opcode : unsigned char { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };

// A frame from the server: final, never masked (5.1).
std::string frame(Opcode opcode, std::string_view payload);
// A close frame with its status code (1000 normal, 1001 going away, 1002 protocol error, 1008 policy).
std::string closeFrame(std::uint16_t code, std::string_view reason);
// Sec-WebSocket-Accept for the client's Sec-WebSocket-Key (4.2.2).
std::string acceptKey(const std::string& key);

struct Frame {
    Opcode opcode = Opcode::Text;
    bool fin = true;
    std::string payload; // unmasked
};

// Frames from a client, fed as bytes arrive. Each complete frame is returned once. A frame that breaks the
// protocol — not masked, a control frame over 125 bytes or fragmented, a payload over `maxPayload`, an unknown
// opcode — stops the reader and error() says why (the server then closes with 1002).
class FrameReader {
public:
    explicit FrameReader(std::size_t maxPayload = 64 * 1024)
        : m_max(maxPayload) {}

    std::vector<Frame> feed(const char* data, std::size_t size);
    const std::string& error() const { return m_error; }

private:
    std::string m_buffer;
    std::size_t m_max;
    std::string m_error;
};

} // namespace ow::server::ws
