#include "SamProtocol.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace ow::idcard {

std::string describe(std::uint8_t sw3) {
    switch (static_cast<Status>(sw3)) {
    case Status::Ok: return "操作成功";
    case Status::CardFound: return "找到卡";
    case Status::ChecksumError: return "读卡器收到的数据校验错误";
    case Status::LengthError: return "读卡器收到的数据长度错误";
    case Status::CommandError: return "读卡器不认识该命令";
    case Status::NotAuthorized: return "越权操作";
    case Status::UnknownError: return "读卡器内部未知错误";
    case Status::CardAuthFailed: return "卡认证读卡器失败";
    case Status::ReaderAuthFailed: return "读卡器认证卡失败";
    case Status::InformationAuthFailed: return "信息验证错误";
    case Status::WrongCard: return "无法识别的卡类型";
    case Status::ReadFailed: return "读卡操作失败（卡是否移开？）";
    case Status::RandomFailed: return "取随机数失败";
    case Status::SelfCheckFailed: return "安全模块自检失败";
    case Status::SamNotAuthorized: return "安全模块未经授权";
    case Status::NoCard: return "读卡器上没有卡";
    case Status::SelectFailed: return "选卡失败";
    case Status::NoContent: return "卡中无此项内容";
    }
    char text[32];
    std::snprintf(text, sizeof text, "SAM 状态 0x%02X", sw3);
    return text;
}

bool meansNoCard(std::uint8_t sw3) {
    const auto status = static_cast<Status>(sw3);
    return status == Status::NoCard || status == Status::SelectFailed || status == Status::ReadFailed;
}

std::vector<std::uint8_t> encodeFrame(std::span<const std::uint8_t> body) {
    const std::size_t length = body.size() + 1;
    std::vector<std::uint8_t> frame(std::begin(kPreamble), std::end(kPreamble));
    frame.push_back(static_cast<std::uint8_t>(length >> 8));
    frame.push_back(static_cast<std::uint8_t>(length & 0xFF));
    frame.insert(frame.end(), body.begin(), body.end());
    std::uint8_t check = 0;
    for (std::size_t i = sizeof kPreamble; i < frame.size(); ++i)
        check ^= frame[i];
    frame.push_back(check);
    return frame;
}

std::vector<std::uint8_t> encodeCommand(Command command, std::span<const std::uint8_t> data) {
    const auto code = static_cast<std::uint16_t>(command);
    std::vector<std::uint8_t> body{static_cast<std::uint8_t>(code >> 8), static_cast<std::uint8_t>(code & 0xFF)};
    body.insert(body.end(), data.begin(), data.end());
    return encodeFrame(body);
}

std::vector<std::uint8_t> encodeAnswer(const Answer& answer) {
    std::vector<std::uint8_t> body{answer.sw1, answer.sw2, answer.sw3};
    body.insert(body.end(), answer.data.begin(), answer.data.end());
    return encodeFrame(body);
}

void FrameReader::feed(std::span<const std::uint8_t> bytes) {
    if (m_start > 0 && m_start * 2 > m_buffer.size()) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_start));
        m_start = 0;
    }
    m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
}

void FrameReader::clear() {
    m_buffer.clear();
    m_start = 0;
}

std::optional<FrameReader::Item> FrameReader::next() {
    const auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_start);
    const auto found = std::search(begin, m_buffer.end(), std::begin(kPreamble), std::end(kPreamble));
    if (found == m_buffer.end()) {
        // Keep a tail that may be the start of a preamble.
        const std::size_t keep = std::min<std::size_t>(pending(), sizeof kPreamble - 1);
        m_start = m_buffer.size() - keep;
        return std::nullopt;
    }
    m_start = static_cast<std::size_t>(found - m_buffer.begin());
    const std::size_t head = m_start + sizeof kPreamble;
    if (m_buffer.size() < head + 2)
        return std::nullopt;
    const std::size_t length = (std::size_t{m_buffer[head]} << 8) | m_buffer[head + 1];
    if (length < 1 || length > kMaxBody + 1) {
        m_start = m_start + 1; // look for the next preamble after this one
        return Item{Kind::BadLength, {}};
    }
    if (m_buffer.size() < head + 2 + length)
        return std::nullopt;
    std::uint8_t check = 0;
    for (std::size_t i = head; i < head + 2 + length - 1; ++i)
        check ^= m_buffer[i];
    const auto bodyBegin = m_buffer.begin() + static_cast<std::ptrdiff_t>(head + 2);
    const auto bodyEnd = bodyBegin + static_cast<std::ptrdiff_t>(length - 1);
    const bool good = check == *bodyEnd;
    Item item{good ? Kind::Frame : Kind::BadCheck,
              good ? std::vector<std::uint8_t>(bodyBegin, bodyEnd) : std::vector<std::uint8_t>{}};
    m_start = head + 2 + length;
    return item;
}

std::optional<Answer> parseAnswer(std::span<const std::uint8_t> body) {
    if (body.size() < 3)
        return std::nullopt;
    return Answer{body[0], body[1], body[2], {body.begin() + 3, body.end()}};
}

} // namespace ow::idcard
