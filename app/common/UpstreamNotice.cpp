#include "app/common/UpstreamNotice.h"

namespace ow {

UpstreamNotice::UpstreamNotice(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("upstreamLabel"));
    hide();
}

void UpstreamNotice::show(const std::optional<QueueSnapshot::Upstream>& line, const Clock& clock) {
    const bool cut = line && !line->connected;
    setVisible(cut);
    if (!cut)
        return;
    QString text = tr("Upstream platform not connected — this hall serves as normal (%n change(s) waiting to go up)",
                      nullptr, static_cast<int>(line->backlog));
    if (line->lastContactMs > 0)
        text +=
            tr("; last reached at %1").arg(QString::fromStdString(clock.hallTime().localClock(line->lastContactMs)));
    setText(QStringLiteral("⚠ ") + text);
    setAccessibleName(text);
}

QString UpstreamNotice::notice() const { return isHidden() ? QString() : text(); }

} // namespace ow
