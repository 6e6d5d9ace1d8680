#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ow {

// Watches `source` (camera:0, a video file or a folder of images: scanner/FrameSource) for codes for at most `seconds`
// or until `stop`: the texts `wanted` accepts, from the first frame that shows any. Runs on the caller's thread (a
// worker's); throws std::runtime_error when the source cannot be opened.
QStringList readCodesFromCamera(const QString& source, int seconds, const std::atomic_bool& stop,
                                const std::function<bool(const QString&)>& wanted);

// The source a camera button uses: ONEWINDOW_SCAN_SOURCE when set (tests, a second camera), else camera:0.
QString cameraSource();

} // namespace ow
