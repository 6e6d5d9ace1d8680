#pragma once

#include "domain/Rating.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ow {

class ScreenVoice;
class Speaker;

// The citizen's side of a counter (评价器). Idle: the counter and the clerk on duty. After a service: five large
// choices 非常满意 … 非常不满意; the two bad ones ask for reasons (large toggles) and an optional comment; then a
// thank-you and back to idle. No answer within the waiting time: "not answered", back to idle.
class RatingPad : public QWidget {
    Q_OBJECT
public:
    enum class Page { Idle, Choices, Reasons, Thanks };

    explicit RatingPad(QWidget* parent = nullptr);
    ~RatingPad() override;

    void setCounter(int counter);
    void setClerk(const QString& name, const QString& staffNumber); // empty name: nobody on duty
    void setPaused(bool paused); // the counter's clerk paused it: the idle page says 暂停服务
    void setReasons(const std::vector<std::string>& reasons);
    void setWaitingTime(int ms);
    void setOnline(bool online);
    // 长辈模式: text 1.5 times as large, twice the time to answer, and each screen and touch said aloud (with a
    // voice: setVoice). A large toggle on the pad's header turns it on and off.
    void setElderly(bool on);
    bool isElderly() const { return m_elderly; }
    void setVoice(std::unique_ptr<Speaker> speaker);
    int waitingTime() const { return m_elderly ? m_waitingMs * 2 : m_waitingMs; }

    // Asks for the rating of the service `ticketId` (number shown); an unanswered earlier one is given up.
    void ask(const QString& ticketId, const QString& number);

    Page page() const;
    const QString& askedTicket() const { return m_ticketId; }
    QString idleHint() const; // what the idle page asks of the citizen (or says of a pause)
    // Test and screenshot hooks: what a touch on the screen does.
    void choose(RatingLevel level);
    void toggleReason(const QString& reason);
    void togglePhrase(const QString& phrase); // a phrase of the comment on or off
    QString comment() const;                  // the phrases chosen, as the comment sent
    void submitReasons();

signals:
    void answered(const QString& ticketId, const ow::RatingInput& answer);
    void notAnswered(const QString& ticketId);

private:
    QWidget* buildIdle();
    QWidget* buildChoices();
    QWidget* buildReasons();
    QWidget* buildThanks();
    void showPage(Page page);
    void sayPage(); // in 长辈模式: the page's title and choices
    void finish(const RatingInput& answer);
    void giveUp();
    void restartWaiting();
    void updateCountdown();
    void updateSubmit();

    QStackedWidget* m_pages;
    QLabel* m_counterLabel;
    QLabel* m_avatarLabel;
    QLabel* m_clerkNameLabel;
    QLabel* m_staffNumberLabel;
    QLabel* m_idleHintLabel;
    QLabel* m_onlineLabel;
    QLabel* m_choicesTitleLabel;
    QLabel* m_countdownLabel;
    QLabel* m_reasonsTitleLabel;
    QWidget* m_reasonsBox;
    QGridLayout* m_reasonsGrid;
    QList<QPushButton*> m_reasonButtons;
    QList<QPushButton*> m_phraseButtons;
    QPushButton* m_submitButton;
    QString m_ticketId;
    std::optional<RatingLevel> m_level;
    QTimer m_timeout; // the waiting time for an answer
    QTimer m_tick;    // the countdown shown
    QTimer m_thanks;  // the thank-you page's time
    int m_waitingMs = 60000;
    QDeadlineTimer m_deadline;
    QPushButton* m_elderButton;
    bool m_elderly = false;
    std::unique_ptr<ScreenVoice> m_voice;
};

} // namespace ow
