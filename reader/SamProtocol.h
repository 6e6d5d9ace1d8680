#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

// The serial protocol of the resident ID card readers' security module (SAM, 安全模块) that 华视, 神思, 精伦 and the
// other makers' desktop readers speak over a USB serial port. Both ways a frame is
//     AA AA AA 96 69 | length (2 bytes, big-endian) | body | check
// where the length counts the body and the check byte, and the check is the XOR of the length and the body. A command's
// body is its command and parameter bytes and any data; an answer's body is three status bytes SW1 SW2 SW3 and data.
namespace ow::idcard {

enum class Command : std::uint16_t {
    ResetSam = 0x10FF,
    SamStatus = 0x11FF,
    SamId = 0x12FF,
    FindCard = 0x2001,
    SelectCard = 0x2002,
    ReadText = 0x3001,            // text (256 bytes) and photo (1024 bytes)
    ReadAddress = 0x3003,         // the newest address written after issue (追加住址)
    ReadTextFingerprint = 0x3010, // text, photo and the fingerprint data (1024 bytes) where the card holds it
};

// SW3, the status the SAM answers with. SW1 SW2 are 00 00 on every answer the public material describes.
enum class Status : std::uint8_t {
    Ok = 0x90,
    CardFound = 0x9F, // FindCard's success
    ChecksumError = 0x10,
    LengthError = 0x11,
    CommandError = 0x21,
    NotAuthorized = 0x23,
    UnknownError = 0x24,
    CardAuthFailed = 0x31,
    ReaderAuthFailed = 0x32,
    InformationAuthFailed = 0x33,
    WrongCard = 0x40,
    ReadFailed = 0x41,
    RandomFailed = 0x47,
    SelfCheckFailed = 0x60,
    SamNotAuthorized = 0x66,
    NoCard = 0x80,
    SelectFailed = 0x81,
    NoContent = 0x91,
};

// What a status means, in a clerk's words (Chinese); "SAM 状态 0x.." for one the list does not know.
std::string describe(std::uint8_t sw3);
// True for the statuses that say "no card there (any more)": a card not laid, or lifted between the steps.
bool meansNoCard(std::uint8_t sw3);

constexpr std::uint8_t kPreamble[] = {0xAA, 0xAA, 0xAA, 0x96, 0x69};
// The longest answer these readers give (text, photo and fingerprint: 3 + 6 + 256 + 1024 + 1024 + 1) with room to
// spare; a length above it is a garbled frame, not a reason to wait for 64 KiB.
constexpr std::size_t kMaxBody = 4096;

std::vector<std::uint8_t> encodeCommand(Command command, std::span<const std::uint8_t> data = {});
// A frame around any body (commands, and the simulator's answers).
std::vector<std::uint8_t> encodeFrame(std::span<const std::uint8_t> body);

struct Answer {
    std::uint8_t sw1 = 0, sw2 = 0, sw3 = 0;
    std::vector<std::uint8_t> data;
};
std::vector<std::uint8_t> encodeAnswer(const Answer& answer);

// Finds frames in a byte stream as it arrives: bytes before a preamble are skipped (noise, a frame's tail), a frame
// whose check byte does not match is reported and dropped, a length beyond kMaxBody is reported and the search goes
// on after that preamble. Nothing is returned until the whole frame is there.
class FrameReader {
public:
    enum class Kind { Frame, BadCheck, BadLength };
    struct Item {
        Kind kind = Kind::Frame;
        std::vector<std::uint8_t> body; // without length and check; empty unless Kind::Frame
    };

    void feed(std::span<const std::uint8_t> bytes);
    std::optional<Item> next();
    // Bytes held that do not yet make a frame (a half-written one, or noise).
    std::size_t pending() const { return m_buffer.size() - m_start; }
    void clear();

private:
    std::vector<std::uint8_t> m_buffer;
    std::size_t m_start = 0;
};

// The answer in a body; nothing when the body is shorter than its three status bytes.
std::optional<Answer> parseAnswer(std::span<const std::uint8_t> body);

} // namespace ow::idcard
