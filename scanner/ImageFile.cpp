#include "ImageFile.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace ow::scan {

namespace fs = std::filesystem;

cv::Mat readImageFile(const std::string& path, std::int64_t maxBytes) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(path + ": no such file");
    const auto size = static_cast<std::int64_t>(fs::file_size(path, ec));
    if (ec)
        throw std::runtime_error(path + ": cannot be read (" + ec.message() + ")");
    if (size == 0)
        throw std::runtime_error(path + ": the file is empty");
    if (size > maxBytes)
        throw std::runtime_error(path + ": the file is larger than " + std::to_string(maxBytes / (1024 * 1024)) +
                                 " MiB; scan at a lower resolution");
    std::ifstream in(path, std::ios::binary);
    std::vector<uchar> bytes(static_cast<std::size_t>(size));
    if (!in.read(reinterpret_cast<char*>(bytes.data()), size))
        throw std::runtime_error(path + ": cannot be read");
    // A file that is cut off: a JPEG without its end marker, a PNG without its last chunk. The decoders would
    // fill the missing part with grey and say nothing.
    const bool jpeg = size > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8;
    const bool png = size > 8 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    if (jpeg) {
        std::size_t end = bytes.size();
        while (end > 2 && bytes[end - 1] != 0xD9) // padding after the end marker is allowed
            --end;
        if (end <= 2 || bytes[end - 2] != 0xFF || bytes.size() - end > 1024)
            throw std::runtime_error(path + ": the JPEG file is cut off (no end marker)");
    }
    if (png && (size < 12 || std::string(bytes.end() - 8, bytes.end() - 4) != "IEND"))
        throw std::runtime_error(path + ": the PNG file is cut off (no IEND chunk)");
    // Pixels are capped (100 megapixels): a small file that claims a gigapixel image is refused by the decoder
    // before it takes the memory.
    static const bool capped = [] { return ::setenv("OPENCV_IO_MAX_IMAGE_PIXELS", "100000000", 0) == 0; }();
    (void)capped;
    cv::Mat image;
    try {
        image = cv::imdecode(bytes, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        throw std::runtime_error(path + ": not an image that can be read (" + e.msg + ")");
    }
    if (image.empty())
        throw std::runtime_error(path + ": not an image that can be read, or it is cut off");
    return image;
}

} // namespace ow::scan
