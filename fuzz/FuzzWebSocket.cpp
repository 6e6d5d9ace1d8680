// What a client sends on a live event stream: WebSocket frames, fed to the reader in pieces of any size.
#include "WebSocketFrames.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::size_t piece = 1 + data[0] % 17; // the bytes arrive as the network cuts them
    ow::server::ws::FrameReader reader(1024);
    for (std::size_t at = 1; at < size; at += piece) {
        const std::size_t n = std::min(piece, size - at);
        for (const auto& frame : reader.feed(reinterpret_cast<const char*>(data + at), n)) {
            const bool control = static_cast<unsigned>(frame.opcode) >= 8;
            if (frame.payload.size() > 1024 || (control && (frame.payload.size() > 125 || !frame.fin)))
                std::abort(); // the reader let through what the protocol forbids
        }
        if (!reader.error().empty())
            break;
    }
    return 0;
}
