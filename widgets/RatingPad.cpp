#include "widgets/RatingPad.h"

#include "widgets/ScreenVoice.h"
#include "widgets/Style.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ow {
namespace {

constexpr int kThanksMs = 4000;
constexpr int kFaceSide = 120;

QString levelText(RatingLevel level) {
    switch (level) {
    case RatingLevel::VerySatisfied: return RatingPad::tr("Very satisfied");
    case RatingLevel::Satisfied: return RatingPad::tr("Satisfied");
    case RatingLevel::Neutral: return RatingPad::tr("Fairly satisfied");
    case RatingLevel::Dissatisfied: return RatingPad::tr("Dissatisfied");
    case RatingLevel::VeryDissatisfied: return RatingPad::tr("Very dissatisfied");
    }
    return {};
}

QColor levelColour(RatingLevel level) {
    if (level >= RatingLevel::Satisfied)
        return QColor(0x1b, 0x6e, 0x31); // green: good
    if (level == RatingLevel::Neutral)
        return QColor(0xb3, 0x7a, 0x00); // amber
    return QColor(0xa6, 0x1b, 0x1b);     // red: bad
}

// A face for each level, drawn here so that every pad looks the same without an emoji font: the mouth bends from
// a broad smile (5) to a deep frown (1).
QIcon faceIcon(RatingLevel level) {
    QPixmap pixmap(kFaceSide, kFaceSide);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = levelColour(level);
    p.setPen(QPen(colour, 6));
    p.setBrush(colour.lighter(190));
    const QRectF face(5, 5, kFaceSide - 10, kFaceSide - 10);
    p.drawEllipse(face);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(kFaceSide * 0.35, kFaceSide * 0.4), 7, 7);
    p.drawEllipse(QPointF(kFaceSide * 0.65, kFaceSide * 0.4), 7, 7);
    const double bend = (static_cast<int>(level) - 3) * 9.0; // + smile, - frown
    QPainterPath mouth;
    const double y = kFaceSide * 0.68 - bend / 2;
    mouth.moveTo(kFaceSide * 0.3, y);
    mouth.quadTo(kFaceSide * 0.5, y + bend * 2, kFaceSide * 0.7, y);
    p.setPen(QPen(colour, 6, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(mouth);
    return QIcon(pixmap);
}

QLabel* label(const QString& text, const char* objectName, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(QLatin1String(objectName));
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    return l;
}

} // namespace

RatingPad::RatingPad(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("padRoot"));
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QLabel* title = nullptr;
    QWidget* header = makeHeaderBar(tr("Please rate our service"), &title, &m_counterLabel);
    m_elderButton = new QPushButton(tr("Elderly mode"), header);
    m_elderButton->setObjectName(QStringLiteral("padElderButton"));
    m_elderButton->setCheckable(true);
    m_elderButton->setFocusPolicy(Qt::NoFocus);
    m_elderButton->setAccessibleDescription(tr("Larger text, more time, and the screen read aloud"));
    connect(m_elderButton, &QPushButton::toggled, this, &RatingPad::setElderly);
    header->layout()->addWidget(m_elderButton);
    layout->addWidget(header);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildIdle());
    m_pages->addWidget(buildChoices());
    m_pages->addWidget(buildReasons());
    m_pages->addWidget(buildThanks());
    layout->addWidget(m_pages, 1);

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &RatingPad::giveUp);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RatingPad::updateCountdown);
    m_thanks.setSingleShot(true);
    m_thanks.setInterval(kThanksMs);
    connect(&m_thanks, &QTimer::timeout, this, [this] { showPage(Page::Idle); });
    setClerk({}, {});
    setReasons(defaultBadRatingReasons());
}

QWidget* RatingPad::buildIdle() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addStretch(1);
    m_avatarLabel = label({}, "padAvatarLabel", page);
    m_avatarLabel->setFixedSize(160, 160);
    layout->addWidget(m_avatarLabel, 0, Qt::AlignHCenter);
    m_clerkNameLabel = label({}, "padClerkLabel", page);
    layout->addWidget(m_clerkNameLabel);
    m_staffNumberLabel = label({}, "padStaffNumberLabel", page);
    layout->addWidget(m_staffNumberLabel);
    layout->addSpacing(24);
    m_idleHintLabel = label(tr("When your business is done, please rate this service here."), "padHintLabel", page);
    layout->addWidget(m_idleHintLabel);
    layout->addStretch(1);
    m_onlineLabel = label({}, "padOnlineLabel", page);
    layout->addWidget(m_onlineLabel);
    return page;
}

QWidget* RatingPad::buildChoices() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(30, 24, 30, 24);
    m_choicesTitleLabel = label({}, "padTitleLabel", page);
    layout->addWidget(m_choicesTitleLabel);
    layout->addStretch(1);
    auto* row = new QHBoxLayout;
    row->setSpacing(18);
    for (int value = 5; value >= 1; --value) {
        const auto level = static_cast<RatingLevel>(value);
        auto* button = new QToolButton(page);
        button->setObjectName(QStringLiteral("padChoiceButton"));
        button->setProperty("tone", QLatin1String(isBadRating(level) ? "bad" : value == 3 ? "neutral" : "good"));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(faceIcon(level));
        button->setIconSize(QSize(kFaceSide, kFaceSide));
        button->setText(levelText(level));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setMinimumHeight(220);
        connect(button, &QToolButton::clicked, this, [this, level] { choose(level); });
        row->addWidget(button);
    }
    layout->addLayout(row, 3);
    layout->addStretch(1);
    m_countdownLabel = label({}, "padCountdownLabel", page);
    layout->addWidget(m_countdownLabel);
    return page;
}

QWidget* RatingPad::buildReasons() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 24, 40, 24);
    m_reasonsTitleLabel = label({}, "padTitleLabel", page);
    layout->addWidget(m_reasonsTitleLabel);
    m_reasonsBox = new QWidget(page);
    m_reasonsGrid = new QGridLayout(m_reasonsBox);
    m_reasonsGrid->setSpacing(16);
    layout->addWidget(m_reasonsBox, 2);
    // 补充说明 without a keyboard: the pad has none, so what people most often add is a touch away (each phrase on or
    // off; together they are the comment).
    auto* phrasesTitle = label(tr("Anything to add? Touch what fits (optional)"), "padHintLabel", page);
    layout->addWidget(phrasesTitle);
    auto* phrases = new QGridLayout;
    phrases->setSpacing(12);
    const QStringList texts{tr("Waited too long"),        tr("Took too long at the counter"),
                            tr("Requirements not clear"), tr("Had to come back again"),
                            tr("Staff were impatient"),   tr("System or equipment failed")};
    for (int i = 0; i < texts.size(); ++i) {
        auto* button = new QPushButton(texts[i], page);
        button->setObjectName(QStringLiteral("padPhraseButton"));
        button->setCheckable(true);
        button->setMinimumHeight(64);
        connect(button, &QPushButton::toggled, this, [this] { restartWaiting(); });
        phrases->addWidget(button, i / 3, i % 3);
        m_phraseButtons.push_back(button);
    }
    layout->addLayout(phrases);
    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("Back"), page);
    back->setObjectName(QStringLiteral("padSecondaryButton"));
    connect(back, &QPushButton::clicked, this, [this] {
        m_level.reset();
        showPage(Page::Choices);
    });
    m_submitButton = new QPushButton(tr("Submit rating"), page);
    m_submitButton->setObjectName(QStringLiteral("padSubmitButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &RatingPad::submitReasons);
    buttons->addWidget(back, 1);
    buttons->addWidget(m_submitButton, 2);
    layout->addLayout(buttons);
    return page;
}

QWidget* RatingPad::buildThanks() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label(tr("Thank you for your rating!"), "padThanksLabel", page));
    layout->addWidget(label(tr("Your opinion helps us serve better."), "padHintLabel", page));
    layout->addStretch(1);
    return page;
}

void RatingPad::setCounter(int counter) { m_counterLabel->setText(tr("Counter %1").arg(counter)); }

void RatingPad::setClerk(const QString& name, const QString& staffNumber) {
    if (name.isEmpty()) {
        m_avatarLabel->setText(QStringLiteral("—"));
        m_clerkNameLabel->setText(tr("This counter is not open at the moment"));
        m_staffNumberLabel->clear();
        return;
    }
    m_avatarLabel->setText(name.left(1)); // no photo on file: the first character of the name
    m_clerkNameLabel->setText(tr("Serving you: %1").arg(name));
    m_staffNumberLabel->setText(tr("Staff number %1").arg(staffNumber));
}

QString RatingPad::idleHint() const { return m_idleHintLabel->text(); }

void RatingPad::setPaused(bool paused) {
    m_idleHintLabel->setText(paused ? tr("Service paused — please wait a moment")
                                    : tr("When your business is done, please rate this service here."));
    setStyleProperty(m_idleHintLabel, "paused", paused ? QStringLiteral("true") : QStringLiteral("false"));
}

void RatingPad::setReasons(const std::vector<std::string>& reasons) {
    std::vector<std::string> shown;
    for (auto* button : m_reasonButtons)
        shown.push_back(button->text().toStdString());
    if (shown == reasons)
        return; // the same list again: the citizen's choices stay
    qDeleteAll(m_reasonButtons);
    m_reasonButtons.clear();
    int index = 0;
    for (const auto& reason : reasons) {
        auto* button = new QPushButton(QString::fromStdString(reason), m_reasonsBox);
        button->setObjectName(QStringLiteral("padReasonButton"));
        button->setCheckable(true);
        button->setMinimumHeight(88);
        connect(button, &QPushButton::toggled, this, [this] {
            restartWaiting();
            updateSubmit();
        });
        m_reasonsGrid->addWidget(button, index / 3, index % 3);
        m_reasonButtons << button;
        ++index;
    }
    updateSubmit();
}

void RatingPad::setWaitingTime(int ms) { m_waitingMs = ms; }

void RatingPad::setOnline(bool online) {
    m_onlineLabel->setText(online ? QString() : tr("Connection lost — ratings are kept and sent later"));
}

RatingPad::Page RatingPad::page() const { return static_cast<Page>(m_pages->currentIndex()); }

void RatingPad::ask(const QString& ticketId, const QString& number) {
    if (!m_ticketId.isEmpty() && (page() == Page::Choices || page() == Page::Reasons))
        giveUp();
    m_ticketId = ticketId;
    m_level.reset();
    m_choicesTitleLabel->setText(number.isEmpty()
                                     ? tr("How satisfied are you with this service?")
                                     : tr("Number %1: how satisfied are you with this service?").arg(number));
    restartWaiting();
    m_tick.start();
    updateCountdown();
    showPage(Page::Choices);
}

void RatingPad::choose(RatingLevel level) {
    if (page() != Page::Choices || m_ticketId.isEmpty())
        return;
    m_level = level;
    if (!isBadRating(level)) {
        finish({static_cast<int>(level), {}, {}});
        return;
    }
    for (auto* button : m_reasonButtons)
        button->setChecked(false);
    for (auto* button : m_phraseButtons)
        button->setChecked(false);
    m_reasonsTitleLabel->setText(tr("You chose \"%1\". What went wrong? Choose at least one.").arg(levelText(level)));
    restartWaiting(); // the citizen is answering: the full time again
    updateSubmit();
    showPage(Page::Reasons);
}

void RatingPad::toggleReason(const QString& reason) {
    for (auto* button : m_reasonButtons)
        if (button->text() == reason)
            button->toggle();
}

void RatingPad::togglePhrase(const QString& phrase) {
    for (auto* button : m_phraseButtons)
        if (button->text() == phrase)
            button->toggle();
}

QString RatingPad::comment() const {
    QStringList chosen;
    for (const auto* button : m_phraseButtons)
        if (button->isChecked())
            chosen << button->text();
    return chosen.join(tr("; ")).left(static_cast<int>(kMaxRatingComment));
}

void RatingPad::submitReasons() {
    if (page() != Page::Reasons || !m_level)
        return;
    RatingInput answer{static_cast<int>(*m_level), {}, comment().toStdString()};
    for (auto* button : m_reasonButtons)
        if (button->isChecked())
            answer.reasons.push_back(button->text().toStdString());
    if (answer.reasons.empty())
        return;
    finish(answer);
}

void RatingPad::finish(const RatingInput& answer) {
    const QString ticket = m_ticketId;
    m_ticketId.clear();
    m_timeout.stop();
    m_tick.stop();
    showPage(Page::Thanks);
    m_thanks.start();
    emit answered(ticket, answer);
}

void RatingPad::giveUp() {
    const QString ticket = m_ticketId;
    m_ticketId.clear();
    m_timeout.stop();
    m_tick.stop();
    showPage(Page::Idle);
    if (!ticket.isEmpty())
        emit notAnswered(ticket);
}

void RatingPad::restartWaiting() {
    m_deadline = QDeadlineTimer(waitingTime());
    m_timeout.start(waitingTime());
}

void RatingPad::updateCountdown() {
    const qint64 left = (m_deadline.remainingTime() + 999) / 1000; // 0 once it has passed
    m_countdownLabel->setText(tr("This screen goes back in %n second(s)", nullptr, static_cast<int>(left)));
}

void RatingPad::updateSubmit() {
    bool any = false;
    for (auto* button : m_reasonButtons)
        any = any || button->isChecked();
    m_submitButton->setEnabled(any);
}

void RatingPad::showPage(Page page) {
    m_pages->setCurrentIndex(static_cast<int>(page));
    sayPage();
}

RatingPad::~RatingPad() = default;

void RatingPad::setElderly(bool on) {
    m_elderly = on;
    if (m_elderButton->isChecked() != on)
        m_elderButton->setChecked(on);
    m_elderButton->setText(on ? tr("✔ Elderly mode") : tr("Elderly mode"));
    setStyleTreeProperty(this, "elder", on ? QStringLiteral("true") : QStringLiteral("false"));
    if (m_voice)
        m_voice->setEnabled(on);
    if (!m_ticketId.isEmpty()) // the answer under way gets the time of the mode it is now in
        restartWaiting();
    sayPage();
}

void RatingPad::setVoice(std::unique_ptr<Speaker> speaker) {
    m_voice = std::make_unique<ScreenVoice>(std::move(speaker));
    m_voice->watch(this);
    m_voice->setEnabled(m_elderly);
}

void RatingPad::sayPage() {
    if (!m_voice || !m_elderly)
        return;
    m_voice->sayPage(m_pages->currentWidget(), [](const QLabel* label) {
        return label->objectName() != QLatin1String("padCountdownLabel") &&
               label->objectName() != QLatin1String("padAvatarLabel");
    });
}

} // namespace ow
