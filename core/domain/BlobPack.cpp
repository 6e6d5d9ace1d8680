#include "domain/BlobPack.h"

#include "domain/Json.h"

#include <charconv>

namespace ow::blobpack {

bool isBlobName(std::string_view text) {
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

std::string recordHeader(std::string_view sha256, std::int64_t size) {
    std::string header;
    header.reserve(sha256.size() + 24);
    header.append(sha256).append(1, ' ').append(std::to_string(size)).append(1, '\n');
    return header;
}

Reader::Reader(std::istream& in)
    : m_in(in) {}

bool Reader::next(std::string& sha256, std::string& bytes) {
    // The header: at most 64 + 1 + 8 digits + newline; anything longer is not a header.
    char line[80];
    std::size_t length = 0;
    for (;;) {
        const int c = m_in.get();
        if (c == std::char_traits<char>::eof()) {
            if (length == 0)
                return false;
            throw BadInput("invalid_pack", "the pack ends inside a record header");
        }
        if (c == '\n')
            break;
        if (length == sizeof line)
            throw BadInput("invalid_pack", "a pack record must start with \"<sha256> <size>\\n\"");
        line[length++] = static_cast<char>(c);
    }
    const std::string_view header(line, length);
    const auto space = header.find(' ');
    std::int64_t size = -1;
    if (space != std::string_view::npos) {
        const auto digits = header.substr(space + 1);
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), size);
        if (ec != std::errc() || end != digits.data() + digits.size())
            size = -1;
    }
    if (space == std::string_view::npos || !isBlobName(header.substr(0, space)) || size < 0)
        throw BadInput("invalid_pack", "a pack record must start with \"<sha256> <size>\\n\"");
    if (size > kMaxBlob)
        throw BadInput("invalid_pack", "an attachment in a pack may be at most 1 MiB; send larger ones in pieces");
    if (++m_records > kMaxRecords)
        throw BadInput("invalid_pack", "a pack holds at most " + std::to_string(kMaxRecords) + " attachments");
    sha256.assign(header.substr(0, space));
    bytes.resize(static_cast<std::size_t>(size));
    m_in.read(bytes.data(), size);
    if (m_in.gcount() != size)
        throw BadInput("invalid_pack", "the pack ends inside the attachment " + sha256);
    return true;
}

} // namespace ow::blobpack
