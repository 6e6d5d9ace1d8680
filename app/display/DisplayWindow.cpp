#include "app/display/DisplayWindow.h"

#include "sync/ApiClient.h"
#include "sync/HallFeed.h"
#include "widgets/Announcer.h"
#include "widgets/CallBoardWidget.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>

namespace ow {

DisplayWindow::DisplayWindow(ApiClient& deviceApi, const QString& hall, std::unique_ptr<Announcer> announcer,
                             Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_announcer(std::move(announcer))
    , m_clock(std::move(clock)) {
    setObjectName(QStringLiteral("displayRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("OneWindow — call board"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 16);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(32, 0, 32, 0);
    m_hallLabel = new QLabel(hall);
    m_hallLabel->setObjectName(QStringLiteral("displayHallLabel"));
    m_clockLabel = new QLabel;
    m_clockLabel->setObjectName(QStringLiteral("displayClockLabel"));
    header->addWidget(m_hallLabel);
    header->addStretch();
    header->addWidget(m_clockLabel);
    layout->addLayout(header);
    m_board = new CallBoardWidget;
    layout->addWidget(m_board, 1);

    m_feed = std::make_unique<HallFeed>(deviceApi, hall);
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, &DisplayWindow::showSnapshot);
    connect(m_feed.get(), &HallFeed::liveChanged, m_board, &CallBoardWidget::setConnected);
    m_board->setConnected(false);
    m_feed->start();

    connect(&m_tickTimer, &QTimer::timeout, this, &DisplayWindow::tick);
    m_tickTimer.start(1000);
    tick();
    resize(1920, 1080);
}

DisplayWindow::~DisplayWindow() = default;

void DisplayWindow::showSnapshot() {
    const QueueSnapshot& snapshot = m_feed->snapshot();
    m_hallLabel->setText(QString::fromStdString(snapshot.hallName));
    m_board->setSnapshot(snapshot);
    // Announce every call the board has not announced yet, oldest first, whether it arrived live or in the
    // snapshot after a reconnect; on the very first snapshot, only remember what is already there.
    QSet<QString> present;
    const std::int64_t now = m_clock.nowMs();
    for (auto it = snapshot.recentCalls.rbegin(); it != snapshot.recentCalls.rend(); ++it) {
        const QString key = QString::fromStdString(it->ticketId) + QLatin1Char('@') + QString::number(it->atMs);
        present.insert(key);
        if (!m_started || m_announced.contains(key) || now - it->atMs > kMaxAnnounceAgeMs)
            continue;
        const QString number = QString::fromStdString(it->number);
        m_board->flashCall(number, it->counter, it->priority == Priority::Appointment);
        m_announcer->announce(Announcer::callSentence(number, it->counter));
    }
    m_announced = present;
    m_started = true;
}

void DisplayWindow::tick() {
    const std::int64_t now = m_clock.nowMs();
    const QString day = QString::fromStdString(m_clock.hallTime().businessDay(now));
    m_clockLabel->setText(day + QLatin1Char(' ') + QLocale().dayName(QDate::fromString(day, Qt::ISODate).dayOfWeek()) +
                          QLatin1Char(' ') + QString::fromStdString(m_clock.hallTime().localClock(now)));
}

} // namespace ow
