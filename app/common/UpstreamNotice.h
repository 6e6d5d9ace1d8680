#pragma once

#include "domain/Clock.h"
#include "domain/QueueSnapshot.h"

#include <QLabel>

#include <optional>

namespace ow {

// A hall server's line to its upstream (上级平台), in a window's status bar — the same at a counter and at the
// supervisor's PC: hidden while the line works (or where there is no upstream); when it is cut, "the hall serves as
// normal", how much waits to go up and when the upstream was last reached, in amber.
class UpstreamNotice : public QLabel {
    Q_OBJECT
public:
    explicit UpstreamNotice(QWidget* parent = nullptr);
    void show(const std::optional<QueueSnapshot::Upstream>& line, const Clock& clock);
    // What it says; empty while hidden.
    QString notice() const;
};

} // namespace ow
