#pragma once

#include <QWidget>

#include <memory>

namespace ow {

class ApiClient;
class LocalStore;
class PadSession;
class RatingPad;

// `onewindow --mode pad`: the rating pad of one counter, on its own device or the counter PC's second screen.
class PadWindow : public QWidget {
    Q_OBJECT
public:
    struct Options {
        QString hall;
        int counter = 0;
        LocalStore* store = nullptr; // keeps answers not yet delivered
        int waitingMsOverride = 0;   // tests: instead of the hall's pad_timeout_s
    };
    PadWindow(ApiClient& deviceApi, const Options& options, QWidget* parent = nullptr);
    ~PadWindow() override;

    RatingPad& pad() { return *m_pad; }
    PadSession& session() { return *m_session; }

private:
    std::unique_ptr<PadSession> m_session;
    RatingPad* m_pad;
};

} // namespace ow
