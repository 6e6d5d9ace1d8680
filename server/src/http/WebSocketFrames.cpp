#include "WebSocketFrames.h"

#include <Poco/Base64Encoder.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include <sstream>

namespace ow::server::ws {

std::string frame(Opcode opcode, std::string_view payload) {
    std::string out;
    out.reserve(payload.size() + 10);
    out.push_back(static_cast<char>(0x80 | static_cast<unsigned char>(opcode)));
    const std::uint64_t n = payload.size();
    if (n < 126) {
        out.push_back(static_cast<char>(n));
    } else if (n <= 0xFFFF) {
        out.push_back(static_cast<char>(126));
        out.push_back(static_cast<char>(n >> 8));
        out.push_back(static_cast<char>(n & 0xFF));
    } else {
        out.push_back(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.push_back(static_cast<char>((n >> shift) & 0xFF));
    }
    out.append(payload);
    return out;
}

std::string closeFrame(std::uint16_t code, std::string_view reason) {
    std::string payload;
    payload.push_back(static_cast<char>(code >> 8));
    payload.push_back(static_cast<char>(code & 0xFF));
    payload.append(reason.substr(0, 123)); // a control frame carries at most 125 bytes
    return frame(Opcode::Close, payload);
}

std::string acceptKey(const std::string& key) {
    Poco::SHA1Engine sha1;
    sha1.update(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    const Poco::DigestEngine::Digest& digest = sha1.digest();
    std::ostringstream out;
    Poco::Base64Encoder base64(out);
    base64.write(reinterpret_cast<const char*>(digest.data()), static_cast<std::streamsize>(digest.size()));
    base64.close();
    return out.str();
}

std::vector<Frame> FrameReader::feed(const char* data, std::size_t size) {
    std::vector<Frame> frames;
    if (!m_error.empty())
        return frames;
    m_buffer.append(data, size);
    std::size_t at = 0;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(m_buffer[i]); };
    while (m_buffer.size() - at >= 2) {
        const unsigned char b0 = byte(at), b1 = byte(at + 1);
        const unsigned opcode = b0 & 0x0F;
        const bool fin = (b0 & 0x80) != 0;
        const bool control = opcode >= 8;
        if ((b0 & 0x70) != 0 || (opcode > 2 && opcode < 8) || opcode > 10) {
            m_error = "unknown opcode or reserved bits";
            break;
        }
        if ((b1 & 0x80) == 0) {
            m_error = "a client's frame must be masked";
            break;
        }
        std::size_t header = 2;
        std::uint64_t length = b1 & 0x7F;
        if (length == 126) {
            if (m_buffer.size() - at < 4)
                break;
            length = (std::uint64_t{byte(at + 2)} << 8) | byte(at + 3);
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | byte(at + 2 + static_cast<std::size_t>(i));
            header = 10;
        }
        if (control && (length > 125 || !fin)) {
            m_error = "a control frame must be whole and at most 125 bytes";
            break;
        }
        if (length > m_max) {
            m_error = "frame larger than " + std::to_string(m_max) + " bytes";
            break;
        }
        if (m_buffer.size() - at < header + 4 + length)
            break; // the rest has not arrived yet
        const std::size_t maskAt = at + header, payloadAt = maskAt + 4;
        Frame f;
        f.opcode = static_cast<Opcode>(opcode);
        f.fin = fin;
        f.payload.resize(length);
        for (std::size_t i = 0; i < length; ++i)
            f.payload[i] = static_cast<char>(byte(payloadAt + i) ^ byte(maskAt + i % 4));
        frames.push_back(std::move(f));
        at = payloadAt + length;
    }
    m_buffer.erase(0, at);
    return frames;
}

} // namespace ow::server::ws
