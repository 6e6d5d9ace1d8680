#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace ow::blobpack {

// Many small attachments in one request (POST /api/v1/blobs): a village station catching up sends ten scans per
// round trip instead of one, which matters most on the slow, far networks stations work on. Each record is a
// header line, "<sha256 in 64 lower-case hex> <size in decimal>\n", followed by exactly that many bytes. Lengths
// instead of multipart boundaries: nothing has to be scanned for, the bytes are read straight through.
inline constexpr std::string_view kContentType = "application/vnd.onewindow.blob-pack";
inline constexpr std::int64_t kMaxBlob = 1 << 20;  // larger attachments go up in pieces (PUT, Content-Range)
inline constexpr std::int64_t kMaxBody = 16 << 20; // a whole pack
inline constexpr std::size_t kMaxRecords = 64;

bool isBlobName(std::string_view text); // 64 lower-case hex digits
std::string recordHeader(std::string_view sha256, std::int64_t size);

// Reads a pack record by record from a stream (the request body as it arrives). Throws BadInput
// ("invalid_pack") for a header that is not "<sha256> <size>\n", a size over kMaxBlob, more than kMaxRecords
// records, or a body that ends inside a record; the records read before stay valid.
class Reader {
public:
    explicit Reader(std::istream& in);
    // The next record into sha256 and bytes (reusing their storage); false at the clean end of the pack.
    bool next(std::string& sha256, std::string& bytes);

private:
    std::istream& m_in;
    std::size_t m_records = 0;
};

} // namespace ow::blobpack
