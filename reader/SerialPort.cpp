#include "SerialPort.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace ow::idcard {

namespace {

speed_t speedFor(int baud) {
    switch (baud) {
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    case 115200: return B115200;
    default: throw std::invalid_argument("unsupported baud rate " + std::to_string(baud));
    }
}

std::string systemError(const std::string& what) { return what + ": " + std::strerror(errno); }

} // namespace

SerialPort::SerialPort(const std::string& path, int baud)
    : m_path(path) {
    const speed_t speed = speedFor(baud);
    m_fd = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        throw PortLost(systemError("cannot open " + path));
    termios tio{};
    if (::tcgetattr(m_fd, &tio) != 0) {
        const std::string message = systemError(path + " is not a serial port");
        ::close(m_fd);
        throw PortLost(message);
    }
    ::cfmakeraw(&tio);
    tio.c_cflag |= CLOCAL | CREAD;
    tio.c_cflag &= ~(CSTOPB | PARENB | CRTSCTS);
    tio.c_cc[VMIN] = 0;
    tio.c_cc[VTIME] = 0;
    ::cfsetispeed(&tio, speed);
    ::cfsetospeed(&tio, speed);
    if (::tcsetattr(m_fd, TCSANOW, &tio) != 0) {
        const std::string message = systemError("cannot set up " + path);
        ::close(m_fd);
        throw PortLost(message);
    }
    ::tcflush(m_fd, TCIOFLUSH);
}

SerialPort::~SerialPort() {
    if (m_fd >= 0)
        ::close(m_fd);
}

void SerialPort::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            throw PortLost(systemError("cannot write to " + m_path));
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            throw PortLost("writing to " + m_path + " timed out");
        pollfd p{m_fd, POLLOUT, 0};
        ::poll(&p, 1, static_cast<int>(left.count()));
        if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
            throw PortLost(m_path + " hung up");
    }
}

std::size_t SerialPort::read(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) {
    pollfd p{m_fd, POLLIN, 0};
    int ready;
    do
        ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    while (ready < 0 && errno == EINTR);
    if (ready < 0)
        throw PortLost(systemError("cannot wait on " + m_path));
    if (ready == 0)
        return 0;
    if (p.revents & POLLIN) {
        const ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
        if (n > 0)
            return static_cast<std::size_t>(n);
        if (n == 0 || (errno != EAGAIN && errno != EINTR))
            throw PortLost(n == 0 ? m_path + " hung up" : systemError("cannot read " + m_path));
        return 0;
    }
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
        throw PortLost(m_path + " hung up");
    return 0;
}

void SerialPort::discardInput() { ::tcflush(m_fd, TCIFLUSH); }

} // namespace ow::idcard
