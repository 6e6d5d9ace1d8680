#include "widgets/CallBoardWidget.h"

#include "widgets/MarqueeLabel.h"
#include "widgets/Style.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <cmath>

namespace ow {
namespace {

// Read at 10 m: at least 56 px on a 1080-line screen, scaled with a taller one.
constexpr double kSmallestTextShare = 56.0 / 1080.0;
constexpr int kSmallestTextPx = 56;
constexpr double kNumberShare = 0.31; // the called number: 31 % of the height
constexpr int kPageSeconds = 8;       // windows beyond one page: the next page after this long

QLabel* label(const char* name, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* l = new QLabel;
    l->setObjectName(QString::fromLatin1(name));
    l->setAlignment(align);
    return l;
}

void setPixelFont(QWidget* widget, int pixels, bool bold) {
    QFont font = widget->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    widget->setFont(font);
}

int pixelsOf(const QWidget* widget) { return widget->font().pixelSize(); }

} // namespace

CallBoardWidget::CallBoardWidget(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 8);
    layout->setSpacing(12);
    auto* main = new QHBoxLayout;
    main->setSpacing(24);

    m_callPanel = new QFrame;
    m_callPanel->setObjectName(QStringLiteral("displayCallPanel"));
    auto* callLayout = new QVBoxLayout(m_callPanel);
    callLayout->setContentsMargins(16, 12, 16, 12);
    m_hintLabel = label("displayHintLabel", Qt::AlignCenter);
    m_hintLabel->setText(tr("Now calling"));
    m_numberLabel = label("displayNumberLabel", Qt::AlignCenter);
    m_numberLabel->setText(QStringLiteral("—"));
    m_counterLabel = label("displayCounterLabel", Qt::AlignCenter);
    m_counterLabel->setWordWrap(true);
    callLayout->addWidget(m_hintLabel);
    callLayout->addStretch();
    callLayout->addWidget(m_numberLabel);
    callLayout->addWidget(m_counterLabel);
    callLayout->addStretch();
    main->addWidget(m_callPanel, 45);

    auto* windowsPanel = new QVBoxLayout;
    windowsPanel->setSpacing(8);
    m_windows = new QWidget;
    m_windowsGrid = new QGridLayout(m_windows);
    m_windowsGrid->setContentsMargins(0, 0, 0, 0);
    m_windowsGrid->setSpacing(12);
    windowsPanel->addWidget(m_windows, 1);
    m_pageLabel = label("displayPageLabel", Qt::AlignRight | Qt::AlignVCenter);
    windowsPanel->addWidget(m_pageLabel);
    main->addLayout(windowsPanel, 55);
    layout->addLayout(main, 1);

    auto* foot = new QHBoxLayout;
    foot->setSpacing(24);
    m_missedLabel = label("displayMissedLabel");
    m_waitingLabel = label("displayWaitingLabel", Qt::AlignRight | Qt::AlignVCenter);
    foot->addWidget(m_missedLabel, 1);
    foot->addWidget(m_waitingLabel);
    layout->addLayout(foot);
    m_notice = new MarqueeLabel;
    m_notice->setObjectName(QStringLiteral("displayNoticeLabel"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_flashTimer.setInterval(400);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        setFlash(m_flashTicks % 2 == 0);
        if (++m_flashTicks >= 10) {
            m_flashTimer.stop();
            setFlash(false);
        }
    });
    m_pageTimer.setInterval(kPageSeconds * 1000);
    connect(&m_pageTimer, &QTimer::timeout, this, [this] { showPage((m_page + 1) % std::max(1, pageCount())); });
    updateFonts();
}

void CallBoardWidget::setFlash(bool on) {
    setStyleProperty(m_callPanel, "flash", on ? QStringLiteral("true") : QStringLiteral("false"));
}

void CallBoardWidget::setSnapshot(const QueueSnapshot& snapshot) {
    m_snapshot = snapshot;
    if (!snapshot.recentCalls.empty()) {
        const auto& newest = snapshot.recentCalls.front();
        m_numberLabel->setText(QString::fromStdString(newest.number));
        m_counterLabel->setText(newest.priority == Priority::Appointment
                                    ? tr("Counter %1 · appointment").arg(newest.counter)
                                    : tr("Counter %1").arg(newest.counter));
    } else {
        m_numberLabel->setText(QStringLiteral("—"));
        m_counterLabel->setText(tr("Please wait to be called"));
    }
    showMissed();
    QStringList waiting;
    for (const auto& c : snapshot.categories)
        if (c.open)
            waiting << tr("%1 %2").arg(QString::fromStdString(c.prefix)).arg(c.waiting);
    m_waitingLabel->setText(
        tr("%n waiting (%1)", nullptr, snapshot.waitingTotal()).arg(waiting.join(QStringLiteral(" · "))));
    const QString notice = QString::fromStdString(snapshot.profile.notice);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    layoutWindows();
}

void CallBoardWidget::showMissed() {
    QStringList missed;
    for (const auto& m : m_snapshot.missed)
        missed << QString::fromStdString(m.number);
    // As many as the line holds, the newest first.
    const QFontMetrics metrics = m_missedLabel->fontMetrics();
    const int room = std::max(0, m_missedLabel->width() - metrics.horizontalAdvance(tr("Missed: ")));
    while (missed.size() > 1 && metrics.horizontalAdvance(missed.join(QStringLiteral("  "))) > room)
        missed.removeLast();
    m_missedLabel->setText(missed.isEmpty() ? QString() : tr("Missed: %1").arg(missed.join(QStringLiteral("  "))));
}

void CallBoardWidget::layoutWindows() {
    std::vector<const QueueSnapshot::Counter*> open;
    for (const auto& c : m_snapshot.counters)
        if (!c.closed)
            open.push_back(&c);
    // How many cells of two lines (the window, its number) fit the panel at the board's sizes.
    const int base = pixelsOf(m_missedLabel);
    const int cellWidth = static_cast<int>(base * 5.4);
    const int cellHeight = static_cast<int>(base * 3.1) + 16;
    const int columns = std::max(1, (m_windows->width() + 12) / (cellWidth + 12));
    const int rows = std::max(1, (m_windows->height() + 12) / (cellHeight + 12));
    m_perPage = columns * rows;
    const int pages = std::max(1, static_cast<int>((open.size() + m_perPage - 1) / m_perPage));
    m_page = std::min(m_page, pages - 1);
    pages > 1 ? m_pageTimer.start() : m_pageTimer.stop();
    m_pageLabel->setText(pages > 1 ? tr("Page %1 of %2").arg(m_page + 1).arg(pages) : QString());
    m_pageLabel->setVisible(pages > 1);

    for (Cell& cell : m_cells)
        delete cell.frame;
    m_cells.clear();
    const std::size_t first = static_cast<std::size_t>(m_page) * static_cast<std::size_t>(m_perPage);
    const int shownColumns = std::min<int>(columns, std::max<int>(1, static_cast<int>(open.size())));
    for (std::size_t i = first; i < open.size() && i < first + static_cast<std::size_t>(m_perPage); ++i) {
        const QueueSnapshot::Counter& c = *open[i];
        Cell cell{c.number, new QFrame, label("displayWindowNameLabel", Qt::AlignCenter),
                  label("displayWindowNumberLabel", Qt::AlignCenter)};
        cell.frame->setObjectName(QStringLiteral("displayWindowCell"));
        auto* inner = new QVBoxLayout(cell.frame);
        inner->setContentsMargins(8, 4, 8, 4);
        inner->setSpacing(0);
        inner->addWidget(cell.name);
        inner->addWidget(cell.number);
        cell.name->setText(tr("Window %1").arg(c.number));
        QString state = QStringLiteral("idle");
        if (c.paused) {
            cell.number->setText(tr("Paused"));
            state = QStringLiteral("paused");
        } else if (c.current) {
            cell.number->setText(QString::fromStdString(c.current->number));
            state = QStringLiteral("serving");
        } else {
            cell.number->setText(QStringLiteral("—"));
        }
        setStyleProperty(cell.frame, "state", state);
        setPixelFont(cell.name, base, false);
        setPixelFont(cell.number, static_cast<int>(base * 1.3), true);
        const int index = static_cast<int>(i - first);
        m_windowsGrid->addWidget(cell.frame, index / shownColumns, index % shownColumns);
        m_cells.push_back(cell);
    }
}

int CallBoardWidget::pageCount() const {
    int open = 0;
    for (const auto& c : m_snapshot.counters)
        open += c.closed ? 0 : 1;
    return std::max(1, (open + m_perPage - 1) / m_perPage);
}

void CallBoardWidget::showPage(int page) {
    m_page = std::clamp(page, 0, pageCount() - 1);
    layoutWindows();
}

void CallBoardWidget::flashCall(const QString& number, int counter, bool appointment) {
    m_numberLabel->setText(number);
    m_counterLabel->setText(appointment ? tr("Counter %1 · appointment").arg(counter) : tr("Counter %1").arg(counter));
    m_flashTicks = 0;
    m_flashTimer.start();
}

void CallBoardWidget::setConnected(bool connected) {
    m_hintLabel->setText(connected ? tr("Now calling") : tr("Reconnecting to the server…"));
}

QString CallBoardWidget::currentNumber() const { return m_numberLabel->text(); }
QString CallBoardWidget::counterText() const { return m_counterLabel->text(); }
QString CallBoardWidget::missedText() const { return m_missedLabel->text(); }
QString CallBoardWidget::waitingText() const { return m_waitingLabel->text(); }
QString CallBoardWidget::noticeText() const { return m_notice->isVisible() ? m_notice->text() : QString(); }

QString CallBoardWidget::windowText(int counter) const {
    for (const Cell& cell : m_cells)
        if (cell.counter == counter)
            return cell.number->text();
    return {};
}

int CallBoardWidget::smallestTextPx() const {
    int smallest = pixelsOf(m_numberLabel);
    for (const QLabel* l : findChildren<QLabel*>())
        if (!l->text().isEmpty() && l->isVisible())
            smallest = std::min(smallest, pixelsOf(l));
    if (m_notice->isVisible())
        smallest = std::min(smallest, pixelsOf(m_notice));
    return smallest;
}

int CallBoardWidget::numberTextPx() const { return pixelsOf(m_numberLabel); }

void CallBoardWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateFonts();
    layoutWindows();
    showMissed();
}

void CallBoardWidget::updateFonts() {
    const int h = window()->height();
    const int base = std::max(kSmallestTextPx, static_cast<int>(std::lround(h * kSmallestTextShare)));
    setPixelFont(m_numberLabel, std::max(base, static_cast<int>(h * kNumberShare)), true);
    setPixelFont(m_counterLabel, std::max(base, static_cast<int>(h * 0.085)), true);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_hintLabel, m_pageLabel, m_missedLabel, m_waitingLabel, m_notice})
        setPixelFont(w, base, false);
}

} // namespace ow
