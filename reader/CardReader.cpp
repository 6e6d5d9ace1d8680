#include "CardReader.h"

#include "SerialPort.h"

#include <array>
#include <cstdio>

namespace ow::idcard {

namespace {

constexpr std::chrono::milliseconds kWriteTimeout{500};

// The read answer: text length, photo length, [fingerprint length,] then each part.
ReadResult unpackRead(const Answer& answer, bool fingerprint) {
    const std::size_t head = fingerprint ? 6 : 4;
    const auto& d = answer.data;
    if (d.size() < head)
        throw ReaderError("读卡器应答不完整（缺少长度）");
    const std::size_t text = (std::size_t{d[0]} << 8) | d[1];
    const std::size_t photo = (std::size_t{d[2]} << 8) | d[3];
    const std::size_t prints = fingerprint ? (std::size_t{d[4]} << 8) | d[5] : 0;
    if (text != kTextBytes || d.size() != head + text + photo + prints)
        throw ReaderError("读卡器应答长度与内容不符");
    auto decoded = decodeText(std::span(d).subspan(head, text));
    if (!decoded.card)
        throw ReaderError("卡内文字信息无法识别：" + decoded.problem);
    ReadResult result;
    result.outcome = Outcome::Read;
    result.card = std::move(*decoded.card);
    result.photo.assign(d.begin() + static_cast<std::ptrdiff_t>(head + text),
                        d.begin() + static_cast<std::ptrdiff_t>(head + text + photo));
    result.fingerprint.assign(d.begin() + static_cast<std::ptrdiff_t>(head + text + photo), d.end());
    return result;
}

} // namespace

CardReader::CardReader(ReaderOptions options)
    : m_options(std::move(options)) {}

CardReader::~CardReader() = default;

std::string CardReader::devicePath() const { return m_port ? m_port->path() : std::string(); }

void CardReader::close() {
    m_port.reset();
    m_frames.clear();
}

void CardReader::open() {
    if (m_port)
        return;
    if (!m_options.device.empty()) {
        try {
            m_port = std::make_unique<SerialPort>(m_options.device, m_options.baud);
        } catch (const PortLost& e) {
            throw ReaderError(std::string("读卡器未连接（") + e.what() + "）");
        }
        return;
    }
    // Every port on a listed USB bridge, the first whose SAM answers: a counter PC may have other devices on the same
    // chips (a rating pad, a printer).
    const auto candidates = findUsbSerialPorts(m_options.usbIds, m_options.sysRoot, m_options.devRoot);
    for (const auto& path : candidates) {
        try {
            m_port = std::make_unique<SerialPort>(path, m_options.baud);
            m_frames.clear();
            transact(Command::SamStatus);
            return;
        } catch (const std::exception&) {
            m_port.reset();
        }
    }
    throw ReaderError(candidates.empty() ? "未找到读卡器（USB 设备未插入）" : "找到的串口上没有读卡器应答");
}

Answer CardReader::transact(Command command) {
    const auto frame = encodeCommand(command);
    try {
        m_port->discardInput();
        m_frames.clear();
        m_port->write(frame, kWriteTimeout);
        const auto deadline = std::chrono::steady_clock::now() + m_options.answerTimeout;
        std::array<std::uint8_t, 2048> buffer{};
        bool heardAnything = false;
        for (;;) {
            while (auto item = m_frames.next()) {
                if (item->kind == FrameReader::Kind::BadCheck)
                    throw ReaderError("读卡器应答校验错误");
                if (item->kind == FrameReader::Kind::BadLength)
                    continue;
                if (auto answer = parseAnswer(item->body))
                    return *answer;
                throw ReaderError("读卡器应答不完整");
            }
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                throw ReaderError(heardAnything ? "读卡器应答不完整（超时）" : "读卡器无应答");
            const std::size_t n = m_port->read(buffer, left);
            if (n > 0) {
                heardAnything = true;
                m_frames.feed(std::span(buffer.data(), n));
            }
        }
    } catch (const PortLost& e) {
        close();
        throw ReaderError(std::string("读卡器已断开（") + e.what() + "）");
    }
}

std::string CardReader::samId() {
    open();
    const Answer answer = transact(Command::SamId);
    if (answer.sw3 != static_cast<std::uint8_t>(Status::Ok))
        throw ReaderError(describe(answer.sw3));
    std::string hex;
    for (const auto byte : answer.data) {
        char two[3];
        std::snprintf(two, sizeof two, "%02x", byte);
        hex += two;
    }
    return hex;
}

ReadResult CardReader::read() {
    ReadResult failed;
    try {
        open();
        const Answer found = transact(Command::FindCard);
        if (found.sw3 != static_cast<std::uint8_t>(Status::CardFound)) {
            if (meansNoCard(found.sw3))
                return {Outcome::NoCard, describe(found.sw3), {}, {}, {}};
            throw ReaderError(describe(found.sw3));
        }
        const Answer selected = transact(Command::SelectCard);
        if (selected.sw3 != static_cast<std::uint8_t>(Status::Ok)) {
            if (meansNoCard(selected.sw3))
                return {Outcome::NoCard, "卡已移开，请重新放置", {}, {}, {}};
            throw ReaderError(describe(selected.sw3));
        }
        const Answer text = transact(m_options.fingerprint ? Command::ReadTextFingerprint : Command::ReadText);
        if (text.sw3 != static_cast<std::uint8_t>(Status::Ok)) {
            if (meansNoCard(text.sw3))
                return {Outcome::NoCard, "卡在读取中被移开，请重新放置", {}, {}, {}};
            throw ReaderError(describe(text.sw3));
        }
        return unpackRead(text, m_options.fingerprint);
    } catch (const ReaderError& e) {
        failed.message = e.what();
    }
    return failed;
}

} // namespace ow::idcard
