#pragma once

#include "domain/QueueSnapshot.h"

#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QVBoxLayout;

namespace ow {

// The hall's call board: the newest call very large (number and counter), the last ten calls beside it,
// waiting counts below. A new call flashes for a few seconds.
class CallBoardWidget : public QWidget {
    Q_OBJECT
public:
    explicit CallBoardWidget(QWidget* parent = nullptr);

    void setSnapshot(const QueueSnapshot& snapshot);
    void flashCall(const QString& number, int counter, bool appointment = false);
    void setConnected(bool connected);
    QString currentNumber() const;
    int listedCalls() const;
    QString callText(int row) const; // a line of the recent calls ("B002 (appointment)  →  Counter 1")
    QString counterText() const;     // under the big number

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateFonts();
    void setFlash(bool on);

    QFrame* m_callPanel;
    QLabel* m_numberLabel;
    QLabel* m_counterLabel;
    QLabel* m_hintLabel;
    QVBoxLayout* m_listLayout;
    QList<QLabel*> m_rows;
    QLabel* m_waitingLabel;
    QTimer m_flashTimer;
    int m_flashTicks = 0;
};

} // namespace ow
