#include "app/common/CodeCamera.h"

#include "Codes.h"
#include "FrameSource.h"

#include <QElapsedTimer>

namespace ow {

QStringList readCodesFromCamera(const QString& source, int seconds, const std::atomic_bool& stop,
                                const std::function<bool(const QString&)>& wanted) {
    QStringList codes;
    const auto frames = scan::openFrameSource(source.toStdString());
    QElapsedTimer timer;
    timer.start();
    cv::Mat frame;
    while (!stop && codes.isEmpty() && timer.elapsed() < seconds * 1000 && frames->next(frame))
        for (const scan::Code& code : scan::readCodes(frame))
            if (const QString text = QString::fromStdString(code.text); wanted(text))
                codes << text;
    return codes;
}

QString cameraSource() { return qEnvironmentVariable("ONEWINDOW_SCAN_SOURCE", QStringLiteral("camera:0")); }

} // namespace ow
