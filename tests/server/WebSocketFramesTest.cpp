// The WebSocket framing the event streams speak (RFC 6455), against the RFC's own examples.
#include "WebSocketFrames.h"

#include <gtest/gtest.h>

using namespace ow::server::ws;

namespace {

// A client's frame: masked with `key`.
std::string masked(unsigned char first, const std::string& payload, const std::string& key = "\x37\xfa\x21\x3d") {
    std::string out;
    out.push_back(static_cast<char>(first));
    if (payload.size() < 126) {
        out.push_back(static_cast<char>(0x80 | payload.size()));
    } else {
        out.push_back(static_cast<char>(0x80 | 126));
        out.push_back(static_cast<char>(payload.size() >> 8));
        out.push_back(static_cast<char>(payload.size() & 0xFF));
    }
    out += key;
    for (std::size_t i = 0; i < payload.size(); ++i)
        out.push_back(static_cast<char>(payload[i] ^ key[i % 4]));
    return out;
}

} // namespace

TEST(WebSocketFrames, TheHandshakeAnswersAsTheRfcSays) {
    EXPECT_EQ(acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="); // RFC 6455 1.3
}

TEST(WebSocketFrames, ServerFramesAreUnmaskedWithTheShortestLength) {
    EXPECT_EQ(frame(Opcode::Text, "Hello"), std::string("\x81\x05Hello", 7)); // RFC 6455 5.7
    const std::string medium = frame(Opcode::Text, std::string(300, 'x'));
    EXPECT_EQ(medium.substr(0, 4), std::string("\x81\x7e\x01\x2c", 4));
    const std::string large = frame(Opcode::Text, std::string(70000, 'x'));
    EXPECT_EQ(large.substr(0, 10), std::string("\x81\x7f\x00\x00\x00\x00\x00\x01\x11\x70", 10));
    EXPECT_EQ(closeFrame(1008, "ended"), std::string("\x88\x07\x03\xf0"
                                                     "ended",
                                                     9));
}

TEST(WebSocketFrames, ClientFramesAreReadWholeHoweverTheBytesArrive) {
    // RFC 6455 5.7: a masked "Hello", then a ping, fed one byte at a time.
    const std::string bytes = std::string("\x81\x85\x37\xfa\x21\x3d\x7f\x9f\x4d\x51\x58", 11) + masked(0x89, "hi") +
                              masked(0x82, std::string(200, 'z'));
    FrameReader reader;
    std::vector<Frame> frames;
    for (char c : bytes)
        for (auto& f : reader.feed(&c, 1))
            frames.push_back(std::move(f));
    ASSERT_EQ(frames.size(), 3u);
    EXPECT_EQ(frames[0].payload, "Hello");
    EXPECT_EQ(frames[1].opcode, Opcode::Ping);
    EXPECT_EQ(frames[1].payload, "hi");
    EXPECT_EQ(frames[2].payload, std::string(200, 'z'));
    EXPECT_TRUE(reader.error().empty());
}

TEST(WebSocketFrames, AFrameThatBreaksTheProtocolStopsTheReader) {
    const auto errorOf = [](const std::string& bytes, std::size_t max = 1024) {
        FrameReader reader(max);
        reader.feed(bytes.data(), bytes.size());
        return reader.error();
    };
    EXPECT_NE(errorOf(std::string("\x81\x05Hello", 7)), "");            // not masked
    EXPECT_NE(errorOf(masked(0x09, "ping")), "");                       // a fragmented ping
    EXPECT_NE(errorOf(masked(0x89, std::string(126, 'p'))), "");        // a control frame over 125 bytes
    EXPECT_NE(errorOf(masked(0x83, "x")), "");                          // opcode 3 is reserved
    EXPECT_NE(errorOf(masked(0xC1, "x")), "");                          // a reserved bit
    EXPECT_NE(errorOf(masked(0x82, std::string(2000, 'b')), 1024), ""); // larger than the reader takes
    EXPECT_EQ(errorOf(masked(0x82, std::string(1000, 'b')), 1024), "");
}
