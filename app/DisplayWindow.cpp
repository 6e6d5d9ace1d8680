#include "app/DisplayWindow.h"

#include "sync/ApiClient.h"
#include "sync/HallFeed.h"
#include "widgets/Announcer.h"
#include "widgets/CallBoardWidget.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ow {

DisplayWindow::DisplayWindow(ApiClient& deviceApi, const QString& hall, std::unique_ptr<Announcer> announcer,
                             QWidget* parent)
    : QWidget(parent)
    , m_announcer(std::move(announcer)) {
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
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, [this] {
        m_hallLabel->setText(QString::fromStdString(m_feed->snapshot().hallName));
        m_board->setSnapshot(m_feed->snapshot());
    });
    connect(m_feed.get(), &HallFeed::ticketCalled, this, [this](const Ticket& ticket, bool) {
        const QString number = QString::fromStdString(ticket.number);
        const int counter = ticket.counter.value_or(0);
        m_board->flashCall(number, counter);
        m_announcer->announce(Announcer::callSentence(number, counter));
    });
    connect(m_feed.get(), &HallFeed::liveChanged, m_board, &CallBoardWidget::setConnected);
    m_board->setConnected(false);
    m_feed->start();

    connect(&m_clock, &QTimer::timeout, this, &DisplayWindow::tick);
    m_clock.start(1000);
    tick();
    resize(1920, 1080);
}

DisplayWindow::~DisplayWindow() = default;

void DisplayWindow::tick() {
    const QDateTime now = QDateTime::currentDateTime();
    m_clockLabel->setText(now.toString(QStringLiteral("yyyy-MM-dd ")) + QLocale().dayName(now.date().dayOfWeek()) +
                          now.toString(QStringLiteral(" HH:mm")));
}

} // namespace ow
