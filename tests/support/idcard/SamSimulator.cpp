#include "SamSimulator.h"

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <termios.h>
#include <unistd.h>

namespace ow::testing {

using namespace ow::idcard;

namespace {

std::uint8_t sw(Status status) { return static_cast<std::uint8_t>(status); }

} // namespace

SamSimulator::SamSimulator(int baud, std::string link)
    : m_baud(baud)
    , m_link(std::move(link)) {
    open();
}

SamSimulator::~SamSimulator() { unplug(); }

void SamSimulator::open() {
    int master = -1, slave = -1;
    char name[256] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
        throw std::runtime_error("openpty failed");
    termios tio{};
    ::tcgetattr(slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(slave, TCSANOW, &tio);
    {
        std::lock_guard lock(m_mutex);
        m_master = master;
        m_slave = slave; // kept open: the master never sees a hang-up between two opens by the reader
        m_pts = name;
    }
    if (!m_link.empty()) {
        std::error_code error;
        std::filesystem::remove(m_link, error);
        std::filesystem::create_symlink(m_pts, m_link);
    }
    m_stop = false;
    m_thread = std::thread([this, master] { serve(master); });
}

void SamSimulator::unplug() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    if (m_master >= 0) {
        ::close(m_slave);
        ::close(m_master);
        m_master = m_slave = -1;
    }
    if (!m_link.empty()) {
        std::error_code error;
        std::filesystem::remove(m_link, error);
    }
}

void SamSimulator::plugIn() {
    unplug();
    open();
}

std::string SamSimulator::path() const { return m_link.empty() ? ptsPath() : m_link; }

std::string SamSimulator::ptsPath() const {
    std::lock_guard lock(m_mutex);
    return m_pts;
}

void SamSimulator::layCard(const CardText& card, std::vector<std::uint8_t> photo,
                           std::vector<std::uint8_t> fingerprint) {
    std::lock_guard lock(m_mutex);
    m_text = encodeText(card);
    m_photo = std::move(photo);
    m_fingerprint = std::move(fingerprint);
    m_alreadyRead = m_selected = false;
}

void SamSimulator::layRawText(std::vector<std::uint8_t> text, std::vector<std::uint8_t> photo) {
    std::lock_guard lock(m_mutex);
    m_text = std::move(text);
    m_photo = std::move(photo);
    m_fingerprint.clear();
    m_alreadyRead = m_selected = false;
}

void SamSimulator::liftCard() {
    std::lock_guard lock(m_mutex);
    m_text.reset();
    m_alreadyRead = m_selected = false;
}

void SamSimulator::setFault(Fault fault, int times) {
    std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_faultTimes = times;
}

int SamSimulator::commandsSeen(Command command) const {
    std::lock_guard lock(m_mutex);
    const auto found = m_seen.find(static_cast<std::uint16_t>(command));
    return found == m_seen.end() ? 0 : found->second;
}

int SamSimulator::commandsSeen() const {
    std::lock_guard lock(m_mutex);
    int total = 0;
    for (const auto& [command, count] : m_seen)
        total += count;
    return total;
}

std::vector<std::uint8_t> SamSimulator::defaultPhoto() {
    std::vector<std::uint8_t> photo(kPhotoBytes);
    for (std::size_t i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<std::uint8_t>(i * 7 + 3);
    return photo;
}

void SamSimulator::serve(int master) {
    FrameReader frames;
    std::uint8_t buffer[512];
    while (!m_stop) {
        pollfd p{master, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0 || !(p.revents & POLLIN))
            continue;
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            continue;
        frames.feed(std::span(buffer, static_cast<std::size_t>(n)));
        while (auto item = frames.next()) {
            Fault fault;
            {
                std::lock_guard lock(m_mutex);
                const bool lasting = m_fault == Fault::Silent || m_fault == Fault::SamFailure;
                const bool isRead = item->body.size() >= 2 && item->body[0] == 0x30;
                // The card is lifted during a read: the fault waits for the read command.
                const bool applies = m_fault != Fault::LiftDuringRead || isRead;
                fault = (m_faultTimes > 0 || lasting) && applies ? m_fault : Fault::None;
                if (!lasting && applies && m_faultTimes > 0 && --m_faultTimes == 0)
                    m_fault = Fault::None;
            }
            if (item->kind != FrameReader::Kind::Frame) {
                send(master, encodeAnswer({0, 0, sw(Status::ChecksumError), {}}));
                continue;
            }
            if (fault == Fault::Silent)
                continue;
            if (fault == Fault::SamFailure) {
                send(master, encodeAnswer({0, 0, sw(Status::SelfCheckFailed), {}}));
                continue;
            }
            if (fault == Fault::LiftDuringRead)
                liftCard();
            auto bytes = answer(item->body, fault == Fault::BadCheck);
            if (fault == Fault::HalfFrame)
                bytes.resize(bytes.size() / 2);
            if (fault == Fault::Noise)
                bytes.insert(bytes.begin(), {0x00, 0xAA, 0x55, 0xAA, 0xAA, 0x13});
            send(master, std::move(bytes));
        }
    }
}

std::vector<std::uint8_t> SamSimulator::answer(const std::vector<std::uint8_t>& body, bool badCheck) {
    std::lock_guard lock(m_mutex);
    const std::uint16_t code = body.size() >= 2 ? static_cast<std::uint16_t>(body[0] << 8 | body[1]) : 0;
    ++m_seen[code];
    Answer a;
    switch (static_cast<Command>(code)) {
    case Command::ResetSam:
    case Command::SamStatus: a.sw3 = sw(Status::Ok); break;
    case Command::SamId:
        a.sw3 = sw(Status::Ok);
        a.data = {0x05, 0x00, 0x01, 0x00, 0x1A, 0x2B, 0x3C, 0x4D, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
        break;
    case Command::FindCard:
        a.sw3 = m_text && !m_alreadyRead ? sw(Status::CardFound) : sw(Status::NoCard);
        if (a.sw3 == sw(Status::CardFound))
            a.data = {0, 0, 0, 0};
        break;
    case Command::SelectCard:
        m_selected = m_text && !m_alreadyRead;
        a.sw3 = m_selected ? sw(Status::Ok) : sw(Status::SelectFailed);
        if (m_selected)
            a.data = std::vector<std::uint8_t>(8, 0);
        break;
    case Command::ReadText:
    case Command::ReadTextFingerprint: {
        if (!m_text || !m_selected) {
            a.sw3 = sw(Status::ReadFailed);
            break;
        }
        const bool withPrints = static_cast<Command>(code) == Command::ReadTextFingerprint;
        a.sw3 = sw(Status::Ok);
        const auto be16 = [&](std::size_t n) {
            a.data.push_back(static_cast<std::uint8_t>(n >> 8));
            a.data.push_back(static_cast<std::uint8_t>(n & 0xFF));
        };
        be16(m_text->size());
        be16(m_photo.size());
        if (withPrints)
            be16(m_fingerprint.size());
        a.data.insert(a.data.end(), m_text->begin(), m_text->end());
        a.data.insert(a.data.end(), m_photo.begin(), m_photo.end());
        if (withPrints)
            a.data.insert(a.data.end(), m_fingerprint.begin(), m_fingerprint.end());
        m_alreadyRead = true;
        m_selected = false;
        break;
    }
    default: a.sw3 = sw(Status::CommandError);
    }
    auto frame = encodeAnswer(a);
    if (badCheck)
        frame.back() ^= 0x5A;
    return frame;
}

void SamSimulator::send(int master, std::vector<std::uint8_t> bytes) {
    // A UART sends 10 bits a byte; in chunks so that the reader side sees the answer arrive over time.
    constexpr std::size_t kChunk = 64;
    for (std::size_t at = 0; at < bytes.size() && !m_stop; at += kChunk) {
        const std::size_t n = std::min(kChunk, bytes.size() - at);
        std::size_t done = 0;
        while (done < n && !m_stop) {
            const ssize_t w = ::write(master, bytes.data() + at + done, n - done);
            if (w > 0)
                done += static_cast<std::size_t>(w);
            else if (errno == EAGAIN || errno == EINTR)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            else
                return;
        }
        if (m_baud > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(n * 10 * 1000000 / static_cast<std::size_t>(m_baud)));
    }
}

} // namespace ow::testing
