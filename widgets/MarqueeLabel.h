#pragma once

#include <QTimer>
#include <QWidget>

namespace ow {

// One line of text that scrolls from right to left when it is wider than the label (the board's notice): a text that
// fits stands still, centred. The colour and font come from the style sheet like a QLabel's.
class MarqueeLabel : public QWidget {
public:
    explicit MarqueeLabel(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    bool isScrolling() const { return m_timer.isActive(); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restart();

    QString m_text;
    int m_offset = 0;
    QTimer m_timer;
};

} // namespace ow
