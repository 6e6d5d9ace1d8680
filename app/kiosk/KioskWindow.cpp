#include "app/kiosk/KioskWindow.h"

#include "domain/wire/Error.h"

#include "domain/Appointment.h"
#include "domain/CaseNumber.h"
#include "domain/Json.h"
#include "domain/Permit.h"
#include "domain/ServiceSearch.h"

#include "app/common/PermitCheckPanel.h"
#include "app/kiosk/KioskCaseNumberPad.h"
#include "app/kiosk/KioskDigitPad.h"
#include "app/kiosk/KioskMyCasesPage.h"
#include "app/kiosk/KioskProgressPage.h"
#include "app/kiosk/KioskQueueChooser.h"
#include "app/kiosk/KioskRatingPage.h"
#include "app/kiosk/KioskSearchPage.h"
#include "widgets/ScreenVoice.h"
#include "widgets/Style.h"

#include "services/CardReaderService.h"
#include "sync/ApiClient.h"
#include "sync/HallFeed.h"
#include "sync/PermitChecker.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

namespace ow {
namespace {

enum Page {
    HomePage = 0,
    TicketPage = 1,
    MessagePage = 2,
    PinPage = 3,
    RatePage = 4,
    ProgressPage = 5,
    PermitPage = 6,
    CaseNumberPage = 7,
    MyCasesPage = 8,
    CheckInPage = 9,
    PhonePage = 10,
    SearchPage = 11
};

// What a code read at the kiosk is: a permit's signed code has three dot-separated parts.
bool looksLikePermitCode(const QString& code) {
    return code.count(QLatin1Char('.')) == 2 && !code.contains(QLatin1Char(' '));
}

QPushButton* bigButton(const QString& text, const char* objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(88);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QLabel* centered(const char* objectName, const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString KioskWindow::hashPin(const QString& pin) {
    return QString::fromLatin1(QCryptographicHash::hash(pin.toUtf8(), QCryptographicHash::Sha256).toHex());
}

KioskWindow::KioskWindow(ApiClient& deviceApi, const QString& hall, const QString& exitPinHash,
                         const QString& permitKeyFile, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_api(deviceApi)
    , m_hall(hall)
    , m_exitPinHash(exitPinHash)
    , m_clock(std::move(clock)) {
    setObjectName(QStringLiteral("kioskRoot"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("OneWindow — take a number"));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    auto* header = new QWidget;
    header->setObjectName(QStringLiteral("headerBar"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(32, 20, 32, 20);
    m_hallLabel = new QLabel(hall);
    m_hallLabel->setObjectName(QStringLiteral("kioskTitleLabel"));
    m_hallLabel->setWordWrap(true); // a long name takes two lines rather than the screen's width
    headerLayout->addWidget(m_hallLabel);
    headerLayout->addStretch(1);
    auto headerButton = [&](const QString& text, void (KioskWindow::*slot)()) {
        auto* button = new QPushButton(text);
        button->setObjectName(QStringLiteral("kioskHeaderButton"));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, slot);
        headerLayout->addWidget(button);
        m_headerChoices << button;
        return button;
    };
    // For a receipt whose code will not read: its number by hand (the service choices below stay at most six);
    // 按事项查找 by the pinyin initials of what a person came for; 预约签到 by the code typed (the booking's QR and the
    // ID card check in from the home page itself).
    headerButton(tr("Case progress by number"), &KioskWindow::askCaseNumber);
    headerButton(tr("Find by what you came for"), &KioskWindow::askSearch);
    headerButton(tr("Appointment check-in"), &KioskWindow::askCheckInCode);
    // 长辈模式, on every screen: larger text, stronger contrast, fewer choices, more time, and a voice.
    m_elderButton = new QPushButton(tr("Elderly mode"));
    m_elderButton->setObjectName(QStringLiteral("kioskElderButton"));
    m_elderButton->setCheckable(true);
    m_elderButton->setFocusPolicy(Qt::NoFocus);
    m_elderButton->setAccessibleDescription(tr("Larger text, fewer choices, more time, and every screen read aloud"));
    connect(m_elderButton, &QPushButton::toggled, this, &KioskWindow::setElderly);
    headerLayout->addWidget(m_elderButton);
    root->addWidget(header);

    m_pages = new QStackedWidget;
    root->addWidget(m_pages, 1);
    // In 长辈模式 each screen is said as it comes.
    m_sayLater.setSingleShot(true);
    m_sayLater.setInterval(0); // once for all the changes of one moment
    connect(&m_sayLater, &QTimer::timeout, this, &KioskWindow::sayScreen);
    connect(m_pages, &QStackedWidget::currentChanged, &m_sayLater, qOverload<>(&QTimer::start));

    // Home: the queues (by department in a big hall, a page at a time) and the priority choice.
    auto* home = new QWidget;
    auto* homeLayout = new QVBoxLayout(home);
    homeLayout->setContentsMargins(80, 30, 80, 40);
    m_prompt = centered("kioskPromptLabel", tr("Please choose your service"));
    homeLayout->addWidget(m_prompt);
    m_chooser = new KioskQueueChooser;
    connect(m_chooser, &KioskQueueChooser::screenChanged, &m_sayLater, qOverload<>(&QTimer::start));
    connect(m_chooser, &KioskQueueChooser::chosen, this,
            [this](const QString& prefix) { takeNumber(prefix, m_priority); });
    homeLayout->addWidget(m_chooser, 1);
    m_homeLayout = homeLayout;
    m_priorityButton = bigButton({}, "kioskSecondaryButton");
    m_priorityButton->setCheckable(true);
    connect(m_priorityButton, &QPushButton::toggled, this, [this](bool on) {
        m_priority = on ? Priority::Elderly : Priority::Normal;
        showPriorityChoice();
    });
    showPriorityChoice();
    homeLayout->addWidget(m_priorityButton);
    // A card laid on the reader: the holder's open cases, one touch away.
    m_myCasesButton = bigButton({}, "kioskSecondaryButton");
    m_myCasesButton->setAccessibleName(tr("Your cases in progress"));
    m_myCasesButton->hide();
    homeLayout->addWidget(m_myCasesButton);
    m_homeHint = centered("kioskHintLabel", tr("Hold the QR code of your ticket or receipt to the reader to "
                                               "rate the service or follow your case; a permit's code to "
                                               "check it; a booking's code to check in. Lay your ID card "
                                               "on the card reader for a real-name number, or to check "
                                               "in your appointment."));
    homeLayout->addWidget(m_homeHint);
    m_pages->addWidget(home);

    // Ticket: the number, people ahead, then home.
    auto* ticket = new QWidget;
    auto* ticketLayout = new QVBoxLayout(ticket);
    ticketLayout->setContentsMargins(80, 30, 80, 40);
    ticketLayout->addWidget(centered("kioskPromptLabel", tr("Your number")));
    m_numberLabel = centered("kioskNumberLabel");
    ticketLayout->addWidget(m_numberLabel, 1);
    m_ticketInfoLabel = centered("kioskInfoLabel");
    ticketLayout->addWidget(m_ticketInfoLabel);
    m_textMeButton = bigButton(tr("Text me when my turn is near"), "kioskSecondaryButton");
    connect(m_textMeButton, &QPushButton::clicked, this, &KioskWindow::askPhone);
    ticketLayout->addWidget(m_textMeButton);
    auto* done = bigButton(tr("Done"), "kioskCategoryButton");
    connect(done, &QPushButton::clicked, this, &KioskWindow::nextPerson);
    ticketLayout->addWidget(done);
    m_pages->addWidget(ticket);

    // Message: what went wrong and the way back.
    auto* message = new QWidget;
    auto* messageLayout = new QVBoxLayout(message);
    messageLayout->setContentsMargins(80, 30, 80, 40);
    m_messageLabel = centered("kioskInfoLabel");
    messageLayout->addWidget(m_messageLabel, 1);
    auto* back = bigButton(tr("Back"), "kioskCategoryButton");
    connect(back, &QPushButton::clicked, this, &KioskWindow::showHome);
    messageLayout->addWidget(back);
    m_pages->addWidget(message);

    // PIN: an on-screen keypad for the supervisor.
    auto* pin = new QWidget;
    auto* pinLayout = new QVBoxLayout(pin);
    pinLayout->setContentsMargins(200, 20, 200, 20);
    pinLayout->addWidget(centered("kioskPromptLabel", tr("Supervisor PIN to leave the kiosk")));
    m_pinLabel = centered("kioskInfoLabel");
    pinLayout->addWidget(m_pinLabel);
    auto* keypad = new QGridLayout;
    const QStringList keys = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                              QStringLiteral("9"), tr("Cancel"),        QStringLiteral("0"), tr("OK")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* key = bigButton(keys[i], "kioskSecondaryButton");
        keypad->addWidget(key, i / 3, i % 3);
        connect(key, &QPushButton::clicked, this, [this, i, text = keys[i]] {
            if (i == 9) {
                showHome();
            } else if (i == 11) {
                if (!m_exitPinHash.isEmpty() && hashPin(m_pinEntry) == m_exitPinHash)
                    QApplication::quit();
                else
                    showMessage(tr("Wrong PIN."));
            } else if (m_pinEntry.size() < 12) {
                m_pinEntry += text;
                m_pinLabel->setText(QString(m_pinEntry.size(), QChar(0x25CF)));
            }
        });
    }
    pinLayout->addLayout(keypad);
    m_pages->addWidget(pin);

    auto* exitShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Q")), this);
    connect(exitShortcut, &QShortcut::activated, this, &KioskWindow::askPin);

    // Rating: the same five choices as the counter's pad, for the service whose code was read.
    m_ratingPage = new KioskRatingPage(m_api, hall);
    connect(m_ratingPage, &KioskRatingPage::done, this, [this](const QString& message) {
        if (message.isEmpty())
            showHome();
        else
            showMessage(message);
    });
    m_pages->insertWidget(RatePage, m_ratingPage);

    // A receipt's code: the case's progress, and its rating from there.
    m_progressPage = new KioskProgressPage(m_api);
    connect(m_progressPage, &KioskProgressPage::back, this, &KioskWindow::showHome);
    connect(m_progressPage, &KioskProgressPage::rateRequested, this, [this](const QString& code) {
        m_ratingPage->rate(code);
        m_pages->setCurrentIndex(RatePage);
        m_idle.start();
    });
    m_pages->insertWidget(ProgressPage, m_progressPage);

    // A permit's code: checked with the issuers' keys kept here, and online for revocation.
    m_permits = std::make_unique<PermitChecker>(m_api, permitKeyFile, m_clock);
    m_permits->refreshKeys();
    auto* permitPage = new QWidget;
    auto* permitLayout = new QVBoxLayout(permitPage);
    permitLayout->setContentsMargins(0, 0, 0, 40);
    m_permitPanel = new PermitCheckPanel(*m_permits, PermitCheckPanel::Style::Kiosk);
    m_permitPanel->setCatalog([this] { return m_catalog ? &*m_catalog : nullptr; });
    permitLayout->addWidget(m_permitPanel, 1);
    auto* permitBack = bigButton(tr("Back"), "kioskCategoryButton");
    connect(permitBack, &QPushButton::clicked, this, &KioskWindow::showHome);
    auto* backRow = new QHBoxLayout;
    backRow->setContentsMargins(80, 0, 80, 0);
    backRow->addWidget(permitBack);
    permitLayout->addLayout(backRow);
    m_pages->insertWidget(PermitPage, permitPage);

    m_caseNumberPad = new KioskCaseNumberPad(hall);
    connect(m_caseNumberPad, &KioskCaseNumberPad::back, this, &KioskWindow::showHome);
    connect(m_caseNumberPad, &KioskCaseNumberPad::entered, this, [this](const QString& caseNo, const QString& code) {
        codeScanned(QString::fromStdString(CaseReference{caseNo.toStdString(), code.toStdString()}.text()));
    });
    m_pages->insertWidget(CaseNumberPage, m_caseNumberPad);

    m_myCases = new KioskMyCasesPage(m_api, hall);
    connect(m_myCases, &KioskMyCasesPage::back, this, &KioskWindow::showHome);
    connect(m_myCases, &KioskMyCasesPage::found, this, [this](int count) {
        if (m_pages->currentIndex() != HomePage)
            return;
        m_myCasesButton->setText(tr("You have %n case(s) in progress: see where they stand", nullptr, count));
        m_myCasesButton->setAccessibleName(m_myCasesButton->text());
        m_myCasesButton->setVisible(count > 0);
    });
    connect(m_myCasesButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(MyCasesPage);
        m_idle.start();
    });
    connect(m_myCases, &KioskMyCasesPage::caseChosen, this, [this](const QString& caseNo, const QString& code) {
        m_progressPage->showCase(caseNo, code);
        m_pages->setCurrentIndex(ProgressPage);
        m_idle.start();
    });
    m_pages->insertWidget(MyCasesPage, m_myCases);

    m_checkInPad =
        new KioskDigitPad(tr("Type the 6-digit check-in code of your appointment, or hold its QR code to the reader"),
                          6, tr("Check in"), tr("Check-in code typed"));
    connect(m_checkInPad, &KioskDigitPad::back, this, &KioskWindow::showHome);
    connect(m_checkInPad, &KioskDigitPad::entered, this, &KioskWindow::checkIn);
    m_pages->insertWidget(CheckInPage, m_checkInPad);

    // 短信提醒: a mobile number for the number just taken; a text message when three wait before it.
    m_phonePad = new KioskDigitPad(tr("Your mobile number: we send a text message when 3 people are before you, so "
                                      "you may step out and come back in time"),
                                   11, tr("Text me"), tr("Mobile number typed"));
    connect(m_phonePad, &KioskDigitPad::back, this, [this] { m_pages->setCurrentIndex(TicketPage); });
    connect(m_phonePad, &KioskDigitPad::entered, this, &KioskWindow::leavePhone);
    m_pages->insertWidget(PhonePage, m_phonePad);

    m_search = new KioskSearchPage;
    connect(m_search, &KioskSearchPage::back, this, &KioskWindow::showHome);
    connect(m_search, &KioskSearchPage::chosen, this,
            [this](const QString& prefix) { takeNumber(prefix, m_priority); });
    m_pages->insertWidget(SearchPage, m_search);
    // The catalog's items and 一件事 for the search, asked for again every 10 minutes (nothing comes when unchanged).
    m_catalogTimer.setInterval(10 * 60 * 1000);
    connect(&m_catalogTimer, &QTimer::timeout, this, &KioskWindow::refreshCatalog);
    m_catalogTimer.start();
    refreshCatalog();

    m_sink = [](const TicketSlip& slip, QString* error) { return TicketPrinter::printTo(slip, {}, error); };
    m_idle.setInterval(m_idleMs);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &KioskWindow::nextPerson);

    m_feed = std::make_unique<HallFeed>(m_api, hall);
    connect(m_feed.get(), &HallFeed::snapshotChanged, this, &KioskWindow::rebuildCategories);
    m_feed->start();
    qApp->installEventFilter(this);
    resize(1080, 1440);
}

KioskWindow::~KioskWindow() {
    qApp->removeEventFilter(this);
    m_printPool.waitForDone();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event) {
    // On the home page, keys are the code reader's: a burst of characters ending with Enter.
    const int page = m_pages->currentIndex();
    if (event->type() == QEvent::KeyPress && (page == HomePage || page == ProgressPage || page == PermitPage) &&
        watched == static_cast<QObject*>(windowHandle())) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!m_sinceScanKey.isValid() || m_sinceScanKey.elapsed() > 500)
            m_scanBuffer.clear(); // a reader types fast; a pause starts a new code
        m_sinceScanKey.start();
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QString code = m_scanBuffer.trimmed();
            m_scanBuffer.clear();
            if (!code.isEmpty())
                codeScanned(code);
        } else if (m_scanBuffer.size() < 600) { // a permit's code is up to 287 characters
            m_scanBuffer += key->text();
        }
    }
    // Any touch or key restarts the idle countdown.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress ||
        event->type() == QEvent::TouchBegin)
        if (m_pages->currentIndex() != HomePage)
            m_idle.start();
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::rebuildCategories() {
    const auto& snapshot = m_feed->snapshot();
    m_hallLabel->setText(QString::fromStdString(snapshot.hallName));
    m_chooser->setCategories(snapshot.categories);
    m_search->setCategories(snapshot.categories);
    std::vector<std::pair<std::string, std::string>> queues;
    for (const auto& c : snapshot.categories)
        queues.emplace_back(c.prefix, c.name);
    if (queues != m_searchQueues) { // the choices depend on the queues' names, not on their waiting counts
        m_searchQueues = std::move(queues);
        m_search->setChoices(serviceChoices(m_catalog ? &*m_catalog : nullptr, m_searchQueues));
    }
}

void KioskWindow::refreshCatalog() {
    const int since = m_catalog ? m_catalog->version : 0;
    m_api.get(apiPath(api::kCatalog) + QStringLiteral("?since=%1").arg(since),
              [self = QPointer(this)](const ApiReply& reply) {
                  if (!self || reply.status != 200)
                      return; // unchanged, or not now: the search keeps what it had (the hall's queues at least)
                  try {
                      const auto catalog = parseObject(reply.body.toStdString())->getObject("catalog");
                      if (!catalog)
                          return;
                      self->m_catalog = parseCatalog(catalog);
                      self->m_search->setChoices(serviceChoices(&*self->m_catalog, self->m_searchQueues));
                  } catch (const std::exception&) {
                      // A catalog this kiosk cannot read: the search goes on with the one before.
                  }
              });
}

void KioskWindow::setIdleTimeoutMs(int ms) {
    m_idleMs = ms;
    m_idle.setInterval(m_elderly ? ms * kElderTime : ms);
}

void KioskWindow::showPriorityChoice() {
    const bool on = m_priorityButton->isChecked();
    if (m_elderly)
        m_priorityButton->setText(on ? tr("✔ Elderly priority chosen: now choose your service")
                                     : tr("Elderly priority: touch here first"));
    else
        m_priorityButton->setText(on ? tr("✔ Priority service chosen")
                                     : tr("Priority: elderly, disabled or green card"));
}

void KioskWindow::nextPerson() {
    setElderly(false); // the next person starts in the usual mode
    showHome();
}

void KioskWindow::setElderly(bool on) {
    m_elderly = on;
    if (m_elderButton->isChecked() != on)
        m_elderButton->setChecked(on);
    m_elderButton->setText(on ? tr("✔ Elderly mode") : tr("Elderly mode"));
    setStyleTreeProperty(this, "elder", on ? QStringLiteral("true") : QStringLiteral("false"));
    // Four choices a screen: three services and the priority, which comes first.
    m_chooser->setPerScreen(on ? kElderChoices : KioskQueueChooser::kPerScreen);
    m_homeLayout->removeWidget(m_priorityButton);
    m_homeLayout->insertWidget(on ? 1 : 2, m_priorityButton);
    for (QPushButton* button : std::as_const(m_headerChoices))
        button->setVisible(!on);
    m_homeHint->setVisible(!on); // fewer words: the codes and the card work all the same
    showPriorityChoice();
    setIdleTimeoutMs(m_idleMs);
    if (m_voice)
        m_voice->setEnabled(on);
    if (on && m_pages->currentIndex() != HomePage && m_pages->currentIndex() != TicketPage)
        showHome(); // the header's ways in are gone: from the start
    m_sayLater.start();
}

void KioskWindow::setVoice(std::unique_ptr<Speaker> speaker) {
    m_voice = std::make_unique<ScreenVoice>(std::move(speaker));
    m_voice->watch(this);
    m_voice->setEnabled(m_elderly);
}

void KioskWindow::sayScreen() {
    if (!m_voice || !m_elderly)
        return;
    QWidget* page = m_pages->currentWidget();
    QStringList choices = ScreenVoice::choicesOf(page);
    choices.append(m_elderButton->text()); // the way out of the mode is said too, last of all
    m_voice->sayPage(
        page,
        [](const QLabel* label) {
            return label->objectName() == QLatin1String("kioskPromptLabel") ||
                   label->objectName() == QLatin1String("kioskDepartmentLabel");
        },
        choices);
}

void KioskWindow::askSearch() {
    m_search->clear();
    m_pages->setCurrentIndex(SearchPage);
    m_idle.start();
}

void KioskWindow::takeNumber(const QString& category, Priority priority) {
    m_printed.reset();
    const QString realName = std::exchange(m_realNameId, QString());
    m_prompt->setText(tr("Please choose your service"));
    m_api.issueTicket(m_hall, category, priority, realName, [this](const ApiReply& reply) {
        auto ticket = ticketFromReply(reply);
        if (!ticket) {
            if (reply.errorCode() == QLatin1String("hall_closed")) { // said in the hall's own time
                const QString opens = opensAt(reply, true);
                showMessage(opens.isEmpty()
                                ? tr("The hall is closed now and gives no numbers.")
                                : tr("The hall is closed now. Numbers are given again from %1.").arg(opens));
                return;
            }
            showMessage(reply.offline() ? tr("Sorry, numbers cannot be issued right now. Please ask at the help desk.")
                                        : reply.userMessage());
            return;
        }
        showTicket(*ticket);
    });
}

void KioskWindow::checkIn(const QString& code) {
    m_api.checkIn(m_hall, code, [this](const ApiReply& reply) {
        if (auto ticket = ticketFromReply(reply)) {
            showTicket(*ticket);
            return;
        }
        const QString error = reply.errorCode();
        if (error == QLatin1String("too_early")) {
            showMessage(
                tr("Check-in for your appointment opens at %1, half an hour before it.").arg(opensAt(reply, false)));
        } else if (error == QLatin1String("too_late")) {
            showMessage(tr("The time of your appointment has passed. Please take a number."));
        } else if (error == QLatin1String("already_checked_in")) {
            showMessage(tr("This appointment is checked in already: your number was given then."));
        } else if (reply.status == 404) {
            showMessage(tr("No appointment has this code. Please check it, or take a number."));
        } else {
            showMessage(reply.offline() ? tr("Sorry, check-in is not possible right now. Please ask at the help desk.")
                                        : reply.userMessage());
        }
    });
}

QString KioskWindow::opensAt(const ApiReply& reply, bool withDate) const {
    const std::string opens = wire::ErrorReply::fromBody(reply.body.toStdString()).opensAt;
    if (opens.empty())
        return {};
    const std::int64_t at = parseUtcIso(opens);
    return QString::fromStdString(withDate ? m_clock.hallTime().localDateTime(at) : m_clock.hallTime().localClock(at));
}

void KioskWindow::askCheckInCode() {
    m_checkInPad->clear();
    m_pages->setCurrentIndex(CheckInPage);
    m_idle.start();
}

void KioskWindow::showTicket(const Ticket& ticket) {
    m_printed.reset();
    QString categoryName = QString::fromStdString(ticket.category);
    for (const auto& c : m_feed->snapshot().categories)
        if (c.prefix == ticket.category)
            categoryName = QString::fromStdString(c.name);
    TicketSlip slip{ticket, m_hallLabel->text(), categoryName,
                    QString::fromStdString(m_clock.hallTime().localDateTime(ticket.issuedAtMs))};
    m_numberLabel->setText(QString::fromStdString(ticket.number));
    QString ahead =
        ticket.waitingAhead == 0 ? tr("You are next.") : tr("%n people ahead of you.", nullptr, ticket.waitingAhead);
    if (ticket.priority == Priority::Appointment)
        ahead =
            tr("Appointment checked in: you are called before walk-ins from your time on.") + QLatin1Char('\n') + ahead;
    m_ticketInfoLabel->setText(ahead + QLatin1Char('\n') + tr("Printing your ticket…"));
    // Printing runs off the UI thread; the window waits for it before it goes away.
    m_printPool.start([this, sink = m_sink, slip, ahead] {
        QString error;
        const bool printed = sink && sink(slip, &error);
        QMetaObject::invokeMethod(
            this,
            [this, printed, ahead] {
                m_printed = printed;
                m_ticketInfoLabel->setText(ahead + QLatin1Char('\n') +
                                           (printed ? tr("Please take your ticket below.")
                                                    : tr("The printer is not working; please remember your number.")));
            },
            Qt::QueuedConnection);
    });
    m_pages->setCurrentIndex(TicketPage);
    m_priorityButton->setChecked(false);
    // Worth a message only while more than three wait before it.
    m_lastTicketId = QString::fromStdString(ticket.id);
    m_textMeButton->setVisible(ticket.waitingAhead > kNotifyAhead);
    m_idle.start();
}

void KioskWindow::askPhone() {
    m_phonePad->clear();
    m_pages->setCurrentIndex(PhonePage);
    m_idle.start();
}

void KioskWindow::leavePhone(const QString& phone) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object(true);
    body->set("ticket_id", m_lastTicketId.toStdString());
    body->set("phone", phone.toStdString());
    m_api.post(apiPath(api::kTicketNotices, {m_hall}), jsonBytes(body),
               [this, self = QPointer(this)](const ApiReply& reply) {
                   if (!self)
                       return;
                   if (reply.ok()) {
                       const auto answer = parseObject(reply.body.toStdString());
                       showMessage(tr("We will send a text message to %1 when 3 people are before your number.")
                                       .arg(QString::fromStdString(optionalString(answer, "phone").value_or(""))));
                   } else if (reply.errorCode() == QLatin1String("invalid_phone")) {
                       showMessage(tr("That is not a mobile number. Please try again."));
                   } else if (reply.errorCode() == QLatin1String("not_waiting")) {
                       showMessage(tr("Your number has been called already."));
                   } else {
                       showMessage(reply.offline() ? tr("Sorry, text messages cannot be arranged right now.")
                                                   : reply.userMessage());
                   }
               });
}

void KioskWindow::setCardReader(CardReaderService& reader) {
    m_cardReader = &reader;
    connect(&reader, &CardReaderService::cardRead, this, [this](const ReadCard& card) {
        cardLaid(card.idNumber, card.name.isEmpty() ? card.englishName : card.name, card.expired,
                 card.hasCitizenNumber());
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &KioskWindow::wantCards);
    wantCards();
}

void KioskWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    wantCards();
}

void KioskWindow::hideEvent(QHideEvent* event) {
    if (m_cardReader)
        m_cardReader->setWanted(this, false);
    QWidget::hideEvent(event);
}

void KioskWindow::wantCards() {
    // The reader is asked only while the home page is up (a card laid is for the next number).
    if (m_cardReader)
        m_cardReader->setWanted(this, isVisible() && m_pages->currentIndex() == HomePage);
}

void KioskWindow::cardLaid(const QString& idNumber, const QString& name, bool expired, bool citizenNumber) {
    if (m_pages->currentIndex() != HomePage)
        return;
    m_realNameId.clear();
    if (citizenNumber)
        m_myCases->lookUp(idNumber);
    if (expired) {
        m_prompt->setText(tr("Your card has expired: it cannot be used for a real-name number. Please choose your "
                             "service, or ask at the help desk."));
    } else if (!citizenNumber) {
        m_prompt->setText(tr("Real-name numbers are taken with a resident ID card or a residence permit. Please "
                             "choose your service."));
    } else {
        m_realNameId = idNumber;
        const QString person = QString::fromStdString(maskedPersonName(name.toStdString()));
        m_prompt->setText(tr("%1, please choose your service (real-name number)").arg(person));
        // An appointment of today for this card is checked in at once; otherwise the real-name number stands.
        m_api.checkInByCard(m_hall, idNumber, [this, idNumber, person](const ApiReply& reply) {
            if (m_pages->currentIndex() != HomePage || m_realNameId != idNumber)
                return; // gone home, or another card since
            if (auto ticket = ticketFromReply(reply)) {
                m_realNameId.clear();
                showTicket(*ticket);
            } else if (reply.errorCode() == QLatin1String("too_early")) {
                m_prompt->setText(tr("%1, check-in for your appointment opens at %2. You may also take a number now.")
                                      .arg(person, opensAt(reply, false)));
            }
        });
    }
    m_idle.start(); // unchosen, the card's number is forgotten when the kiosk goes home
}

QString KioskWindow::promptText() const { return m_prompt->text(); }

void KioskWindow::showHome() {
    m_pinEntry.clear();
    m_realNameId.clear();
    m_prompt->setText(tr("Please choose your service"));
    if (m_myCases) {
        m_myCases->clear();
        m_myCasesButton->hide();
    }
    m_chooser->reset(); // the next person starts from the first screen
    m_search->clear();
    m_pages->setCurrentIndex(HomePage);
    m_idle.stop();
}

bool KioskWindow::isReady() const { return m_chooser->hasChoices(); }

QList<QPushButton*> KioskWindow::categoryButtons() const { return m_chooser->choiceButtons(); }

QString KioskWindow::messageText() const { return m_messageLabel->text(); }

void KioskWindow::showMessage(const QString& text) {
    m_messageLabel->setText(text);
    m_pages->setCurrentIndex(MessagePage);
    m_idle.start();
}

void KioskWindow::askCaseNumber() {
    m_caseNumberPad->clear();
    m_pages->setCurrentIndex(CaseNumberPage);
    m_idle.start();
}

void KioskWindow::askPin() {
    m_pinEntry.clear();
    m_pinLabel->setText(QString());
    m_pages->setCurrentIndex(PinPage);
    m_idle.start();
}

void KioskWindow::codeScanned(const QString& code) {
    if (const auto booking = parseAppointmentLink(code.toStdString())) {
        if (QString::fromStdString(booking->hall) == m_hall)
            checkIn(QString::fromStdString(booking->code));
        else
            showMessage(tr("This appointment is for another hall."));
        return;
    }
    if (const auto receipt = CaseReference::parse(code.toStdString())) {
        m_progressPage->showCase(QString::fromStdString(receipt->caseNo), QString::fromStdString(receipt->code));
        m_pages->setCurrentIndex(ProgressPage);
    } else if (looksLikePermitCode(code)) {
        m_permitPanel->checkCodes({code});
        m_pages->setCurrentIndex(PermitPage);
    } else {
        m_ratingPage->rate(code);
        m_pages->setCurrentIndex(RatePage);
    }
    m_idle.start();
}

int KioskWindow::currentPage() const { return m_pages->currentIndex(); }
QString KioskWindow::shownNumber() const { return m_numberLabel->text(); }

} // namespace ow
