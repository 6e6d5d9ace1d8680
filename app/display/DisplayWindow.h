#pragma once

#include "domain/Clock.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace ow {

class Announcer;
class ApiClient;
class CallBoardWidget;
class HallFeed;

// The hall's wall screen: current calls large, the last ten beside them, each call announced by voice.
class DisplayWindow : public QWidget {
    Q_OBJECT
public:
    DisplayWindow(ApiClient& deviceApi, const QString& hall, std::unique_ptr<Announcer> announcer,
                  Clock clock = Clock(), QWidget* parent = nullptr);
    ~DisplayWindow() override;

    CallBoardWidget& board() { return *m_board; }
    Announcer& announcer() { return *m_announcer; }
    HallFeed& feed() { return *m_feed; }

private:
    void tick();
    void showSnapshot();

    static constexpr std::int64_t kMaxAnnounceAgeMs = 5 * 60 * 1000; // older calls are shown, not spoken

    std::unique_ptr<HallFeed> m_feed;
    std::unique_ptr<Announcer> m_announcer;
    CallBoardWidget* m_board;
    QLabel* m_hallLabel;
    QLabel* m_clockLabel;
    Clock m_clock; // the hall's: the time on the board is the hall's
    QTimer m_tickTimer;
    QSet<QString> m_announced;
    bool m_started = false;
};

} // namespace ow
