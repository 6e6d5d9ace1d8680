#include "app/display/CounterScreenWindow.h"

#include "sync/HallFeed.h"
#include "widgets/Style.h"

#include <QBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ow {
namespace {

QLabel* label(const char* objectName, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setAlignment(Qt::AlignCenter);
    return l;
}

void setPixelSize(QLabel* label, int pixels, bool bold = false) {
    QFont font = label->font();
    font.setPixelSize(std::max(12, pixels));
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

CounterScreenWindow::CounterScreenWindow(ApiClient& deviceApi, const QString& hall, int counter, QWidget* parent)
    : QWidget(parent)
    , m_counter(counter)
    , m_feed(std::make_unique<HallFeed>(deviceApi, hall)) {
    setObjectName(QStringLiteral("counterScreenRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("OneWindow — screen of counter %1").arg(counter));

    // Three parts: which window, what it is doing, who serves.
    auto* which = new QWidget(this);
    auto* whichLayout = new QVBoxLayout(which);
    m_windowLabel = label("counterScreenWindowLabel", which);
    m_nameLabel = label("counterScreenNameLabel", which);
    whichLayout->addStretch();
    whichLayout->addWidget(m_windowLabel);
    whichLayout->addWidget(m_nameLabel);
    whichLayout->addStretch();

    auto* doing = new QWidget(this);
    doing->setObjectName(QStringLiteral("counterScreenPanel"));
    doing->setAttribute(Qt::WA_StyledBackground);
    auto* doingLayout = new QVBoxLayout(doing);
    m_stateLabel = label("counterScreenStateLabel", doing);
    m_numberLabel = label("counterScreenNumberLabel", doing);
    doingLayout->addStretch();
    doingLayout->addWidget(m_stateLabel);
    doingLayout->addWidget(m_numberLabel);
    doingLayout->addStretch();

    auto* who = new QWidget(this);
    auto* whoLayout = new QVBoxLayout(who);
    m_clerkLabel = label("counterScreenClerkLabel", who);
    m_staffNumberLabel = label("counterScreenStaffLabel", who);
    m_offlineLabel = label("counterScreenOfflineLabel", who);
    m_offlineLabel->setText(tr("● Reconnecting to the hall"));
    whoLayout->addStretch();
    whoLayout->addWidget(m_clerkLabel);
    whoLayout->addWidget(m_staffNumberLabel);
    whoLayout->addStretch();
    whoLayout->addWidget(m_offlineLabel);

    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->setContentsMargins(24, 16, 24, 16);
    m_layout->setSpacing(16);
    m_layout->addWidget(which, 2);
    m_layout->addWidget(doing, 3);
    m_layout->addWidget(who, 2);

    m_flash.setSingleShot(true);
    m_flash.setInterval(kFlashMs);
    connect(&m_flash, &QTimer::timeout, this, [doing] { setStyleProperty(doing, "flash", QStringLiteral("false")); });
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, &CounterScreenWindow::showSnapshot);
    connect(m_feed.get(), &HallFeed::liveChanged, m_offlineLabel,
            [this](bool live) { m_offlineLabel->setVisible(!live); });
    m_windowLabel->setText(tr("Counter %1").arg(counter));
    m_stateLabel->setText(tr("Connecting…"));
    m_numberLabel->setText(QStringLiteral("—"));
    m_feed->start();
    resize(1366, 768);
}

CounterScreenWindow::~CounterScreenWindow() = default;

void CounterScreenWindow::showSnapshot() {
    const QueueSnapshot& snapshot = m_feed->snapshot();
    const auto it = std::find_if(snapshot.counters.begin(), snapshot.counters.end(),
                                 [this](const QueueSnapshot::Counter& c) { return c.number == m_counter; });
    QWidget* panel = m_numberLabel->parentWidget();
    if (it == snapshot.counters.end()) { // the administrator took the counter away
        m_nameLabel->clear();
        m_stateLabel->setText(tr("Not in service"));
        m_numberLabel->setText(QStringLiteral("—"));
        m_clerkLabel->clear();
        m_staffNumberLabel->clear();
        setStyleProperty(panel, "state", QStringLiteral("off"));
        return;
    }
    const QueueSnapshot::Counter& c = *it;
    m_nameLabel->setText(QString::fromStdString(c.name));
    m_nameLabel->setVisible(!c.name.empty());
    QString state, number = QStringLiteral("—"), look = QStringLiteral("serving");
    if (c.closed) {
        number = tr("Closed today");
        look = QStringLiteral("off");
    } else if (c.paused) {
        state = tr("Please wait a moment");
        number = tr("Service paused");
        look = QStringLiteral("paused");
    } else if (c.current) {
        state = c.current->status == TicketStatus::Serving ? tr("Now serving") : tr("Now calling");
        number = QString::fromStdString(c.current->number);
    } else if (c.clerk) {
        state = tr("Waiting for the next number");
    } else {
        state = tr("No one on duty");
        look = QStringLiteral("off");
    }
    m_stateLabel->setText(state);
    m_numberLabel->setText(number);
    setStyleProperty(panel, "state", look);
    // A number newly called stands out for a few seconds, as on the hall's board.
    const QString called = c.current && !c.paused ? QString::fromStdString(c.current->number) : QString();
    if (!called.isEmpty() && called != m_shownNumber) {
        setStyleProperty(panel, "flash", QStringLiteral("true"));
        m_flash.start();
    }
    m_shownNumber = called;
    if (c.clerk) {
        m_clerkLabel->setText(tr("Clerk on duty: %1").arg(QString::fromStdString(c.clerk->name)));
        m_staffNumberLabel->setText(
            c.clerk->staffNo.empty() ? QString() : tr("Staff number %1").arg(QString::fromStdString(c.clerk->staffNo)));
    } else {
        m_clerkLabel->clear();
        m_staffNumberLabel->clear();
    }
}

QString CounterScreenWindow::text() const {
    QStringList parts;
    for (const QLabel* l : {m_windowLabel, m_nameLabel, m_stateLabel, m_numberLabel, m_clerkLabel, m_staffNumberLabel})
        if (!l->isHidden() && !l->text().isEmpty())
            parts << l->text();
    return parts.join(QLatin1Char('\n'));
}

void CounterScreenWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layOut();
}

void CounterScreenWindow::layOut() {
    // A strip (wider than 2.4:1) takes the three parts in a row; a screen of 16:9 or squarer stacks them.
    const bool strip = width() > height() * 12 / 5;
    m_layout->setDirection(strip ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const int unit = strip ? height() : height() / 3; // the height one part has
    setPixelSize(m_windowLabel, unit * (strip ? 22 : 30) / 100, true);
    setPixelSize(m_nameLabel, unit * (strip ? 10 : 16) / 100);
    setPixelSize(m_stateLabel, unit * (strip ? 10 : 16) / 100, true);
    setPixelSize(m_numberLabel, unit * (strip ? 32 : 55) / 100, true);
    setPixelSize(m_clerkLabel, unit * (strip ? 11 : 16) / 100);
    setPixelSize(m_staffNumberLabel, unit * (strip ? 9 : 13) / 100);
    setPixelSize(m_offlineLabel, unit * (strip ? 6 : 9) / 100);
}

} // namespace ow
