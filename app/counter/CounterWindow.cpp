#include "app/counter/CounterWindow.h"

#include "app/appointments/BookingPanel.h"
#include "app/appointments/ClerkVisitsPanel.h"

#include "app/cases/CaseListPanel.h"
#include "app/cases/CaseStepsBar.h"
#include "app/cases/IntakePanel.h"
#include "app/common/PermitCheckPanel.h"
#include "app/common/SessionWatch.h"
#include "app/common/SyncIndicator.h"
#include "app/common/UpstreamNotice.h"
#include "services/CaseDesk.h"
#include "services/CatalogSource.h"
#include "store/BlobCache.h"
#include "store/CaseStore.h"
#include "sync/ApiClient.h"
#include "sync/AppointmentService.h"
#include "sync/CounterService.h"
#include "sync/HallFeed.h"
#include "sync/HomeVisitService.h"
#include "sync/PermitChecker.h"
#include "sync/PermitService.h"
#include "sync/SyncEngine.h"
#include "widgets/Announcement.h"
#include "widgets/Style.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ow {
namespace {

QFrame* card() {
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    return frame;
}

QLabel* section(const QString& text) {
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("sectionLabel"));
    return label;
}

} // namespace

CounterWindow::CounterWindow(std::unique_ptr<ApiClient> sessionApi, CounterSetup setup, QWidget* parent)
    : QMainWindow(parent)
    , m_api(std::move(sessionApi))
    , m_counter(setup.counter) {
    const QString& hall = setup.hall;
    const int counter = setup.counter;
    const StaffSession& clerk = setup.clerk;
    setWindowTitle(tr("OneWindow — counter %1").arg(counter));
    m_feed = std::make_unique<HallFeed>(*m_api, hall);
    m_service = std::make_unique<CounterService>(*m_api, *m_feed, counter);

    auto* root = new QWidget;
    auto* rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    QLabel* info = nullptr;
    rootLayout->addWidget(makeHeaderBar(hall, &m_hallLabel, &info)); // the hall's name arrives with the snapshot
    info->setText(tr("Counter %1 · %2").arg(counter).arg(clerk.name));

    auto* body = new QHBoxLayout;
    body->setContentsMargins(16, 16, 16, 8);
    body->setSpacing(16);

    auto* ticketCard = card();
    auto* ticketLayout = new QVBoxLayout(ticketCard);
    ticketLayout->addWidget(section(tr("Current ticket")));
    m_numberLabel = new QLabel;
    m_numberLabel->setObjectName(QStringLiteral("ticketNumberLabel"));
    m_numberLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel = new Announcement; // a number called, a pause: said to a screen reader as it happens
    m_statusLabel->setObjectName(QStringLiteral("ticketStatusLabel"));
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_detailLabel = new QLabel;
    m_detailLabel->setAlignment(Qt::AlignCenter);
    m_detailLabel->setWordWrap(true);
    ticketLayout->addStretch();
    ticketLayout->addWidget(m_numberLabel);
    ticketLayout->addWidget(m_statusLabel);
    ticketLayout->addWidget(m_detailLabel);
    ticketLayout->addStretch();
    m_buttonGrid = new QGridLayout;
    m_callButton = addKeyedButton(tr("Call next (F1)"), Qt::Key_F1, "callNextButton");
    m_recallButton = addKeyedButton(tr("Recall (F2)"), Qt::Key_F2, "recallButton");
    m_noShowButton = addKeyedButton(tr("No-show (F3)"), Qt::Key_F3, "noShowButton");
    m_transferButton = addKeyedButton(tr("Transfer (F4)"), Qt::Key_F4, "transferButton");
    m_startButton = addKeyedButton(tr("Start (F5)"), Qt::Key_F5, "startButton");
    m_finishButton = addKeyedButton(tr("Finish (F6)"), Qt::Key_F6, "finishButton");
    m_pauseButton = addKeyedButton(tr("Pause service (F11)"), Qt::Key_F11, "pauseButton");
    m_buttonGrid->removeWidget(m_pauseButton); // a row of its own, under the ticket's buttons
    m_buttonGrid->addWidget(m_pauseButton, 3, 0, 1, 2);
    ticketLayout->addLayout(m_buttonGrid);
    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(ticketCard, 3);

    auto* queueCard = card();
    auto* queueLayout = new QVBoxLayout(queueCard);
    queueLayout->addWidget(section(tr("Waiting")));
    m_queueLayout = new QVBoxLayout;
    queueLayout->addLayout(m_queueLayout);
    queueLayout->addStretch();
    left->addWidget(queueCard, 2);
    auto* leftColumn = new QWidget;
    leftColumn->setLayout(left);
    leftColumn->setFixedWidth(330);
    left->setContentsMargins(0, 0, 0, 0);
    body->addWidget(leftColumn);

    m_desk = std::make_unique<CaseDesk>(
        *m_api, *setup.store, setup.deviceId, setup.clock,
        IntakeDesk{hall.toStdString(), "C" + std::to_string(counter), clerk.user.toStdString(), false});
    m_intake = new IntakePanel(catalog(), m_desk->intake(), {clerk.name, setup.documentsDir});
    m_intake->setAttachmentStore(&sync().blobs());
    if (setup.cardReader)
        m_intake->setCardReader(*setup.cardReader);
    m_caseList = new CaseListPanel(m_desk->cases(), catalog(), m_desk->clock());
    m_permits = std::make_unique<PermitService>(*m_api, m_desk->cases(), sync());
    const auto letterhead = [this] {
        return HallLetterhead{QString::fromStdString(m_feed->snapshot().hallName), m_feed->snapshot().profile};
    };
    m_caseList->enablePermits(*m_permits, letterhead, setup.documentsDir);
    m_caseList->enableSteps(*m_desk, setup.documentsDir, letterhead, clerk.name);
    m_checker = std::make_unique<PermitChecker>(*m_api, setup.permitKeyFile, setup.clock);
    m_checker->refreshKeys();
    m_permitCheck = new PermitCheckPanel(*m_checker, PermitCheckPanel::Style::Desk);
    m_permitCheck->setCatalog([this] { return catalog().document() ? &catalog().document()->catalog : nullptr; });
    m_appointments = std::make_unique<AppointmentService>(*m_api, hall);
    m_bookingPanel = new BookingPanel(*m_appointments, setup.clock);
    m_homeVisits = std::make_unique<HomeVisitService>(*m_api, hall);
    m_visitsPanel = new ClerkVisitsPanel(*m_homeVisits, clerk.user, setup.clock);
    m_tabs = makeWorkTabs(*this, {{m_intake, tr("Application (Ctrl+1)")},
                                  {m_caseList, tr("Cases (Ctrl+2)")},
                                  {m_permitCheck, tr("Check a permit (Ctrl+3)")},
                                  {m_bookingPanel, tr("Appointments (Ctrl+4)")},
                                  {m_visitsPanel, tr("Home visits (Ctrl+5)")}});
    connect(m_caseList, &CaseListPanel::caseChanged, this, [this] { m_syncIndicator->refresh(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_caseList->refresh();
        if (index == 3) // the free places as they are now
            m_bookingPanel->reload();
        if (index == 4)
            m_visitsPanel->reload();
    });
    body->addWidget(m_tabs, 1);
    rootLayout->addLayout(body, 1);

    m_messageLabel = makeMessageLabel();
    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(16, 0, 16, 8);
    messageRow->addWidget(m_messageLabel);
    rootLayout->addLayout(messageRow);
    setCentralWidget(root);
    watchSession(*this, *m_api);

    m_connectionLabel = new QLabel;
    statusBar()->addWidget(m_connectionLabel);
    m_upstreamNotice = new UpstreamNotice;
    statusBar()->addWidget(m_upstreamNotice);
    // Anything that takes longer than 300 ms shows a moving bar.
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->hide();
    statusBar()->addWidget(m_busyBar);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(300);
    connect(&m_busyDelay, &QTimer::timeout, m_busyBar, &QWidget::show);
    m_syncIndicator = new SyncIndicator(*this, sync(), m_desk->clock(), tr("✔ All cases uploaded"));
    auto* staff = new QLabel(tr("Clerk: %1").arg(clerk.name));
    staff->setToolTip(tr("Logged in as %1").arg(clerk.user)); // the account, for support
    statusBar()->addPermanentWidget(staff);
    statusBar()->addPermanentWidget(new QLabel(tr("Counter %1").arg(counter)));

    connect(m_callButton, &QPushButton::clicked, m_service.get(), &CounterService::callNext);
    connect(m_recallButton, &QPushButton::clicked, m_service.get(), &CounterService::recall);
    connect(m_noShowButton, &QPushButton::clicked, m_service.get(), &CounterService::noShow);
    connect(m_transferButton, &QPushButton::clicked, this, &CounterWindow::showTransferMenu);
    connect(m_startButton, &QPushButton::clicked, m_service.get(), &CounterService::start);
    connect(m_finishButton, &QPushButton::clicked, m_service.get(), &CounterService::finish);
    connect(m_pauseButton, &QPushButton::clicked, m_service.get(), &CounterService::togglePause);
    connect(m_service.get(), &CounterService::pausedChanged, this, &CounterWindow::refresh);
    connect(m_service.get(), &CounterService::currentChanged, this, [this] {
        m_messageLabel->hide();
        refresh();
    });
    connect(m_service.get(), &CounterService::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_busyDelay.start();
        } else {
            m_busyDelay.stop();
            m_busyBar->hide();
        }
        refresh();
    });
    connect(m_service.get(), &CounterService::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    connect(m_service.get(), &CounterService::info, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, false); });
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, &CounterWindow::refreshQueue);
    auto showConnection = [this](bool live) {
        m_connectionLabel->setObjectName(live ? QStringLiteral("statusOkLabel") : QStringLiteral("statusBadLabel"));
        m_connectionLabel->setText(live ? tr("● Connected to the server") : tr("● Not connected — reconnecting"));
        setStyleProperty(m_connectionLabel, "live", live ? QStringLiteral("1") : QStringLiteral("0"));
    };
    connect(m_feed.get(), &HallFeed::liveChanged, this, showConnection);
    showConnection(false);

    // The application follows the ticket; saved cases go up at once and, while any wait, every 30 s.
    connect(m_service.get(), &CounterService::currentChanged, this, [this] {
        if (const auto& current = m_service->current())
            m_intake->setTicket(QString::fromStdString(current->id), QString::fromStdString(current->category));
    });
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, [this] {
        m_intake->setHall({QString::fromStdString(m_feed->snapshot().hallName), m_feed->snapshot().profile});
    });
    connect(m_intake, &IntakePanel::caseSaved, this, [this] {
        m_syncIndicator->refresh();
        m_caseList->refresh();
        sync().syncNow(); // a round is running: the engine goes again at once when it ends with work left
    });
    connect(m_caseList->steps(), &CaseStepsBar::caseSaved, this, [this] {
        m_syncIndicator->refresh();
        sync().syncNow(); // a 后补 goes to the hall as a case saved at intake does
    });
    connect(&sync(), &SyncEngine::roundFinished, this, [this] { m_caseList->refresh(); });
    connect(&catalog(), &CatalogSource::failed, this,
            [this](const QString& text) { showMessage(m_messageLabel, text, true); });
    m_catalogTimer.setInterval(30000);
    connect(&m_catalogTimer, &QTimer::timeout, this, [this] {
        if (!catalog().document())
            catalog().refresh(*m_api);
    });
    m_catalogTimer.start();
    catalog().refresh(*m_api);
    sync().setAutomatic(true);
    m_feed->start();
    refresh();
    resize(1280, 760);
    restoreGeometry(QSettings().value(QStringLiteral("counter/geometry")).toByteArray());
}

CounterWindow::~CounterWindow() = default;

void CounterWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("counter/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

QPushButton* CounterWindow::addKeyedButton(const QString& text, const QKeySequence& key, const char* objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(52);
    button->setFocusPolicy(Qt::NoFocus);
    auto* action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, button, &QPushButton::click);
    QWidget::addAction(action);
    m_buttonGrid->addWidget(button, static_cast<int>(m_buttons.size()) / 2, static_cast<int>(m_buttons.size()) % 2);
    m_buttons.append(button);
    return button;
}

void CounterWindow::refresh() {
    const auto& current = m_service->current();
    const bool busy = m_service->isBusy();
    if (current) {
        m_numberLabel->setText(QString::fromStdString(current->number));
        const bool serving = current->status == TicketStatus::Serving;
        showStatus(serving ? tr("In service") : tr("Called — waiting for the citizen"),
                   QString::fromStdString(current->id) + QLatin1Char('/') +
                       QString::fromLatin1(toString(current->status).data()) + QLatin1Char('/') +
                       QString::number(current->recallCount),
                   QString::fromStdString(current->number));
        QString priority;
        switch (current->priority) {
        case Priority::Green: priority = tr("Green card priority"); break;
        case Priority::Elderly: priority = tr("Elderly priority"); break;
        case Priority::Disabled: priority = tr("Disability priority"); break;
        case Priority::Appointment: priority = tr("Appointment"); break;
        case Priority::Normal: break;
        }
        const QString issued = QString::fromStdString(m_desk->clock().hallTime().localClock(current->issuedAtMs));
        QString detail = tr("Taken at %1 · recalled %2 times").arg(issued).arg(current->recallCount);
        if (!priority.isEmpty())
            detail = priority + QStringLiteral(" · ") + detail;
        if (!current->holder.empty()) // 实名取号: compare with the card the citizen lays on the reader
            detail += QLatin1Char('\n') + tr("Real-name number: %1").arg(QString::fromStdString(current->holder));
        m_detailLabel->setText(detail);
    } else if (m_service->isPaused()) {
        m_numberLabel->setText(tr("Paused"));
        showStatus(tr("Service paused since %1")
                       .arg(QString::fromStdString(m_desk->clock().hallTime().localClock(m_service->pausedSinceMs()))),
                   QStringLiteral("paused"));
        m_detailLabel->setText(tr("The counter's screen and pad say so. Press F11 to resume."));
    } else {
        m_numberLabel->setText(QStringLiteral("—"));
        showStatus(tr("No ticket at this counter"), QStringLiteral("none"));
        m_detailLabel->setText(tr("Press F1 to call the next number."));
    }
    const bool paused = m_service->isPaused();
    m_pauseButton->setText(paused ? tr("Resume service (F11)") : tr("Pause service (F11)"));
    m_pauseButton->setAccessibleDescription(paused ? tr("The counter is paused and calls nobody")
                                                   : tr("Pause: the counter calls nobody until resumed"));
    setStyleProperty(m_pauseButton, "paused", paused ? QStringLiteral("true") : QStringLiteral("false"));
    m_pauseButton->setEnabled(!busy);
    const bool called = current && current->status == TicketStatus::Called;
    // The step that comes next stands out: call, then start (or finish a quick enquiry), then finish.
    QPushButton* next = paused ? m_pauseButton : !current ? m_callButton : called ? m_startButton : m_finishButton;
    for (QPushButton* b : std::as_const(m_buttons))
        setStyleProperty(b, "next", b == next ? QStringLiteral("true") : QStringLiteral("false"));
    m_callButton->setEnabled(!busy && !current && !paused);
    m_recallButton->setEnabled(!busy && called);
    m_noShowButton->setEnabled(!busy && called);
    m_startButton->setEnabled(!busy && called);
    m_transferButton->setEnabled(!busy && current.has_value());
    m_finishButton->setEnabled(!busy && current.has_value());
}

void CounterWindow::showStatus(const QString& text, const QString& state, const QString& number) {
    if (state == m_statusSaid) {
        m_statusLabel->setText(text);
        return;
    }
    m_statusSaid = state;
    m_statusLabel->say(text, number.isEmpty() ? text : tr("%1: %2").arg(number, text));
}

QString CounterWindow::upstreamNoticeText() const { return m_upstreamNotice->notice(); }

void CounterWindow::refreshQueue() {
    while (QLayoutItem* item = m_queueLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto& snapshot = m_feed->snapshot();
    m_hallLabel->setText(QString::fromStdString(snapshot.hallName));
    for (const auto& c : snapshot.categories) {
        auto* label = new QLabel(tr("%1 %2 — %n waiting", nullptr, c.waiting)
                                     .arg(QString::fromStdString(c.prefix), QString::fromStdString(c.name)));
        label->setStyleSheet(QStringLiteral("font-size: 17px; padding: 6px 0;"));
        m_queueLayout->addWidget(label);
    }
    auto* total = new QLabel(tr("In all: %n waiting", nullptr, snapshot.waitingTotal()));
    total->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: bold; padding-top: 10px;"));
    m_queueLayout->addWidget(total);

    // On a hall server with its line to the city or province cut: the hall works on, and says so.
    m_upstreamNotice->show(snapshot.upstream, m_desk->clock());
}

void CounterWindow::showTransferMenu() {
    // A popup, not exec(): no nested event loop on the UI thread.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto& c : m_feed->snapshot().categories) {
        const QString prefix = QString::fromStdString(c.prefix);
        menu->addAction(tr("To queue %1 %2").arg(prefix, QString::fromStdString(c.name)), this,
                        [this, prefix] { m_service->transferToCategory(prefix); });
    }
    menu->addSeparator();
    for (const auto& c : m_feed->snapshot().counters) {
        if (c.number == m_counter)
            continue;
        const int number = c.number;
        menu->addAction(tr("To counter %1").arg(number), this,
                        [this, number] { m_service->transferToCounter(number); });
    }
    menu->popup(m_transferButton->mapToGlobal(QPoint(0, m_transferButton->height())));
}

CatalogSource& CounterWindow::catalog() { return m_desk->catalog(); }

SyncEngine& CounterWindow::sync() { return m_desk->sync(); }

QString CounterWindow::syncText() const { return m_syncIndicator->text(); }

QString CounterWindow::currentNumberText() const { return m_numberLabel->text(); }
QString CounterWindow::messageText() const { return m_messageLabel->isVisible() ? m_messageLabel->text() : QString(); }

} // namespace ow
