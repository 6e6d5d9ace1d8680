#include "FrameSource.h"

#include "ImageFile.h"

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
    // Video4Linux only: a hall's document camera is a UVC device. Left to choose (CAP_ANY), OpenCV also asks
    // GStreamer and libgphoto2, which probes for some 2,500 still-camera models over USB — slow, and leaking in
    // libgphoto2 — before it says that there is no camera.
    if (!m_capture.open(index, cv::CAP_V4L2))
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

} // namespace ow::scan
