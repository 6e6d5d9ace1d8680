#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

// A serial port on POSIX termios: raw, 8 data bits, no parity, one stop bit, no flow control, as the ID card readers'
// USB serial adapters (CH340, PL2303, CP210x and the readers' own CDC ACM) want it. No Qt: the reader module and its
// command line stand alone.
namespace ow::idcard {

// The port is gone (unplugged, or the device never was): reopening later may find it again.
class PortLost : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SerialPort {
public:
    // Opens `path` at `baud` (9600, 19200, 38400, 57600, 115200). Throws PortLost when it cannot be opened.
    SerialPort(const std::string& path, int baud);
    ~SerialPort();
    SerialPort(const SerialPort&) = delete;
    SerialPort& operator=(const SerialPort&) = delete;

    const std::string& path() const { return m_path; }
    // Writes every byte or throws PortLost; gives up after `timeout`.
    void write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout);
    // Up to `buffer.size()` bytes that arrive within `timeout`; 0 when none did. Throws PortLost on a hang-up.
    std::size_t read(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout);
    // Drops what arrived and was not read (the rest of an answer nobody waits for any more).
    void discardInput();

private:
    std::string m_path;
    int m_fd = -1;
};

} // namespace ow::idcard
