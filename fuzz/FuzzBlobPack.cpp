// A pack of small attachments as a station uploads it: records of a header and bytes, read one by one.
#include "domain/BlobPack.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        ow::blobpack::Reader reader(in);
        std::string name, bytes;
        for (int i = 0; i < 1000 && reader.next(name, bytes); ++i)
            (void)ow::blobpack::isBlobName(name);
    } catch (const std::exception&) {
        // a damaged pack is refused
    }
    return 0;
}
