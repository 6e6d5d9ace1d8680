#include "FrameSource.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace ow::scan {

namespace fs = std::filesystem;

CameraSource::CameraSource(int index, cv::Size wanted)
    : m_index(index) {
    if (!m_capture.open(index))
        throw std::runtime_error("camera " + std::to_string(index) + " cannot be opened");
    m_capture.set(cv::CAP_PROP_FRAME_WIDTH, wanted.width);
    m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, wanted.height);
}

bool CameraSource::next(cv::Mat& frame) { return m_capture.read(frame) && !frame.empty(); }

std::string CameraSource::describe() const { return "camera:" + std::to_string(m_index); }

VideoFileSource::VideoFileSource(const std::string& path)
    : m_path(path) {
    if (!fs::is_regular_file(path) || !m_capture.open(path))
        throw std::runtime_error(path + ": not a video file that can be read");
}

bool VideoFileSource::next(cv::Mat& frame) { return m_capture.read(frame) && !frame.empty(); }

ImageFilesSource::ImageFilesSource(std::vector<std::string> files)
    : m_files(std::move(files)) {}

std::unique_ptr<ImageFilesSource> ImageFilesSource::folder(const std::string& directory) {
    if (!fs::is_directory(directory))
        throw std::runtime_error(directory + ": not a folder");
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(directory)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if (entry.is_regular_file() && (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" ||
                                        ext == ".tif" || ext == ".tiff" || ext == ".webp"))
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return std::make_unique<ImageFilesSource>(std::move(files));
}

bool ImageFilesSource::next(cv::Mat& frame) {
    while (m_next < m_files.size()) {
        const std::string& path = m_files[m_next++];
        try {
            frame = readImageFile(path);
            return true;
        } catch (const std::runtime_error&) {
            m_skipped.push_back(path);
        }
    }
    return false;
}

std::string ImageFilesSource::describe() const { return std::to_string(m_files.size()) + " image files"; }

std::unique_ptr<FrameSource> openFrameSource(const std::string& spec) {
    if (spec.rfind("camera:", 0) == 0) {
        try {
            return std::make_unique<CameraSource>(std::stoi(spec.substr(7)));
        } catch (const std::logic_error&) {
            throw std::runtime_error(spec + ": a camera is named camera:N, N its number");
        }
    }
    if (fs::is_directory(spec))
        return ImageFilesSource::folder(spec);
    return std::make_unique<VideoFileSource>(spec);
}

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
