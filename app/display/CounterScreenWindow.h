#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

class QBoxLayout;
class QLabel;

namespace ow {

class ApiClient;
class HallFeed;

// `onewindow --mode counter-screen --counter N` (窗口屏): the small screen above one counter — its number and name,
// the number being served, the clerk on duty with their staff number, and 暂停服务 while the clerk has paused (or
// 今日不开放 when the administrator closed it for the day). Read from the hall's live snapshot, as the call board is;
// laid out in a row on a wide strip and stacked on a 1366×768 screen, its text sized by the screen's height.
class CounterScreenWindow : public QWidget {
    Q_OBJECT
public:
    CounterScreenWindow(ApiClient& deviceApi, const QString& hall, int counter, QWidget* parent = nullptr);
    ~CounterScreenWindow() override;

    HallFeed& feed() { return *m_feed; }
    // What the screen says now, one line per part (tests).
    QString text() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showSnapshot();
    void layOut();

    static constexpr int kFlashMs = 4000; // a number just called stands out this long

    int m_counter;
    std::unique_ptr<HallFeed> m_feed;
    QBoxLayout* m_layout;
    QLabel* m_windowLabel;
    QLabel* m_nameLabel;
    QLabel* m_stateLabel;
    QLabel* m_numberLabel;
    QLabel* m_clerkLabel;
    QLabel* m_staffNumberLabel;
    QLabel* m_offlineLabel;
    QString m_shownNumber;
    QTimer m_flash;
};

} // namespace ow
