#include "widgets/MarqueeLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyleOption>

namespace ow {
namespace {

constexpr int kStepMs = 40; // 25 steps a second
constexpr int kStepPx = 3;  // 75 px a second: a 56 px character every 0.75 s, easy to read along

} // namespace

MarqueeLabel::MarqueeLabel(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_StyledBackground);
    m_timer.setInterval(kStepMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int gap = fontMetrics().horizontalAdvance(QStringLiteral("　　　"));
        const int cycle = fontMetrics().horizontalAdvance(m_text) + gap;
        m_offset = (m_offset + kStepPx) % std::max(1, cycle);
        update();
    });
}

void MarqueeLabel::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    restart();
}

QSize MarqueeLabel::sizeHint() const { return {200, fontMetrics().height() + 8}; }

void MarqueeLabel::restart() {
    m_offset = 0;
    const bool scroll = fontMetrics().horizontalAdvance(m_text) > width();
    if (scroll && !m_timer.isActive())
        m_timer.start();
    else if (!scroll)
        m_timer.stop();
    updateGeometry();
    update();
}

void MarqueeLabel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    restart();
}

void MarqueeLabel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        restart();
}

void MarqueeLabel::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
    painter.setPen(palette().color(QPalette::WindowText));
    if (!m_timer.isActive()) {
        painter.drawText(rect(), Qt::AlignCenter, m_text);
        return;
    }
    // Two copies one after the other, so the line comes round without a hole.
    const int gap = fontMetrics().horizontalAdvance(QStringLiteral("　　　"));
    const int width = fontMetrics().horizontalAdvance(m_text) + gap;
    for (int x = -m_offset; x < this->width(); x += width)
        painter.drawText(QRect(x, 0, width, height()), Qt::AlignLeft | Qt::AlignVCenter, m_text);
}

} // namespace ow
