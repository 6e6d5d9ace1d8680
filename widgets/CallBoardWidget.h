#pragma once

#include "domain/QueueSnapshot.h"

#include <QTimer>
#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;

namespace ow {

class MarqueeLabel;

// The hall's call board, read from the back of the hall (10 m on a 1920×1080 screen: every text at least 56 px, the
// called number 31 % of the height): the newest call very large with its window, beside it every open window and
// the number it serves (a page at a time when there are more than fit), below the numbers called and not there
// (过号) and how many wait, and the line the hall sets. A new call flashes for a few seconds.
class CallBoardWidget : public QWidget {
    Q_OBJECT
public:
    explicit CallBoardWidget(QWidget* parent = nullptr);

    void setSnapshot(const QueueSnapshot& snapshot);
    void flashCall(const QString& number, int counter, bool appointment = false);
    void setConnected(bool connected);

    QString currentNumber() const;
    QString counterText() const;           // under the big number
    QString windowText(int counter) const; // what the window's cell shows; empty when it has none on this page
    QString missedText() const;            // 过号
    QString waitingText() const;
    QString noticeText() const;
    int windowsPerPage() const { return m_perPage; }
    int pageCount() const;
    void showPage(int page);
    // The smallest pixel size of any text on the board, and the big number's (both set from the board's height).
    int smallestTextPx() const;
    int numberTextPx() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateFonts();
    void layoutWindows();
    void showMissed(); // 过号, as many as the line holds
    void setFlash(bool on);

    QFrame* m_callPanel;
    QLabel* m_numberLabel;
    QLabel* m_counterLabel;
    QLabel* m_hintLabel;
    QWidget* m_windows;
    QGridLayout* m_windowsGrid;
    QLabel* m_pageLabel;
    QLabel* m_missedLabel;
    QLabel* m_waitingLabel;
    MarqueeLabel* m_notice;
    QueueSnapshot m_snapshot;
    struct Cell {
        int counter = 0;
        QFrame* frame = nullptr;
        QLabel* name = nullptr;
        QLabel* number = nullptr;
    };
    std::vector<Cell> m_cells;
    int m_perPage = 1;
    int m_page = 0;
    QTimer m_pageTimer;
    QTimer m_flashTimer;
    int m_flashTicks = 0;
};

} // namespace ow
