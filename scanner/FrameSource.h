#pragma once

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <memory>
#include <string>
#include <vector>

namespace ow::scan {

// Where frames come from: a live camera, or a video file or a folder of images standing in for one.
class FrameSource {
public:
    virtual ~FrameSource() = default;
    // The next frame (8-bit BGR); false when there are no more or the device failed.
    virtual bool next(cv::Mat& frame) = 0;
    virtual std::string describe() const = 0;
};

class CameraSource final : public FrameSource {
public:
    // Throws std::runtime_error when the camera cannot be opened.
    explicit CameraSource(int index, cv::Size wanted = {1920, 1080});
    bool next(cv::Mat& frame) override;
    std::string describe() const override;

private:
    cv::VideoCapture m_capture;
    int m_index;
};

class VideoFileSource final : public FrameSource {
public:
    explicit VideoFileSource(const std::string& path); // throws std::runtime_error when unreadable
    bool next(cv::Mat& frame) override;
    std::string describe() const override { return m_path; }

private:
    cv::VideoCapture m_capture;
    std::string m_path;
};

// The images of a folder in name order, or a given list of files; an unreadable one is skipped with its name
// kept in skipped().
class ImageFilesSource final : public FrameSource {
public:
    explicit ImageFilesSource(std::vector<std::string> files);
    static std::unique_ptr<ImageFilesSource> folder(const std::string& directory); // throws when not a folder
    bool next(cv::Mat& frame) override;
    std::string describe() const override;
    const std::vector<std::string>& skipped() const { return m_skipped; }

private:
    std::vector<std::string> m_files;
    std::size_t m_next = 0;
    std::vector<std::string> m_skipped;
};

// "camera:0", a folder, or a video file.
std::unique_ptr<FrameSource> openFrameSource(const std::string& spec);

} // namespace ow::scan
