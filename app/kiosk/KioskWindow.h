#pragma once

#include "printer/TicketPrinter.h"

#include "domain/Catalog.h"
#include "domain/Clock.h"

#include <QElapsedTimer>

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace ow {

class ApiClient;
struct ApiReply;
class CardReaderService;
class HallFeed;
class KioskCaseNumberPad;
class KioskDigitPad;
class KioskMyCasesPage;
class KioskQueueChooser;
class KioskSearchPage;
class ScreenVoice;
class Speaker;
class KioskProgressPage;
class KioskRatingPage;
class PermitCheckPanel;
class PermitChecker;

// The citizen's kiosk: full screen, large touch buttons per category, prints a ticket, goes home when idle.
// Leaving needs the supervisor PIN (Ctrl+Alt+Q).
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    using TicketSink = std::function<bool(const TicketSlip&, QString* error)>;

    // `permitKeyFile` keeps the issuers' public keys for checking permits with no network.
    KioskWindow(ApiClient& deviceApi, const QString& hall, const QString& exitPinHash,
                const QString& permitKeyFile = {}, Clock clock = Clock(), QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Where printed tickets go; the default sends them to the system's default printer.
    void setTicketSink(TicketSink sink) { m_sink = std::move(sink); }
    void setIdleTimeoutMs(int ms); // three times as long in 长辈模式
    int idleTimeoutMs() const { return m_idle.interval(); }
    QPushButton* priorityButton() const { return m_priorityButton; }
    // 长辈模式 (elderly mode): text 1.5 times as large in strong contrast, three services a screen with the elderly
    // priority first, three times the time before the kiosk goes home, and each screen and touch said aloud.
    void setElderly(bool on);
    bool isElderly() const { return m_elderly; }
    // The voice of 长辈模式 (the hall's Mandarin voice; a recorder in tests); without one the kiosk is silent.
    void setVoice(std::unique_ptr<Speaker> speaker);
    ScreenVoice* voice() const { return m_voice.get(); }
    static constexpr int kElderChoices = 3;
    static constexpr int kElderTime = 3;
    void takeNumber(const QString& category, Priority priority);
    int currentPage() const;
    // True once the hall's categories have arrived (the buttons exist).
    bool isReady() const;
    QString shownNumber() const;
    QString messageText() const; // the message page's sentence
    // The queue choices on the screen now (a department's, or a page of them); the chooser behind them.
    QList<QPushButton*> categoryButtons() const;
    KioskQueueChooser& chooser() { return *m_chooser; }
    KioskSearchPage& searchPage() { return *m_search; }
    void askSearch(); // 按事项查找
    // Whether the last ticket came out of the printer; empty while it is printing.
    std::optional<bool> printed() const { return m_printed; }
    static QString hashPin(const QString& pin);
    // What the code reader read (it types like a keyboard and ends with Enter): a ticket's QR code starts the rating
    // of that service, a receipt's opens the case's progress (and its rating from there), a permit's is checked.
    void codeScanned(const QString& code);
    // 预约签到 by the code (typed on the pad, or read from the booking's QR): the number shown and printed.
    void checkIn(const QString& code);
    void askCheckInCode();
    KioskDigitPad& checkInPad() { return *m_checkInPad; }
    KioskDigitPad& phonePad() { return *m_phonePad; }
    QPushButton* textMeButton() const { return m_textMeButton; }
    void askPhone();                       // 短信提醒 for the number just taken
    void leavePhone(const QString& phone); // 11 digits
    static constexpr int kNotifyAhead = 3; // as the server's QueueNotices
    KioskRatingPage& ratingPage() { return *m_ratingPage; }
    KioskProgressPage& progressPage() { return *m_progressPage; }
    PermitCheckPanel& permitPage() { return *m_permitPanel; }
    PermitChecker& permitChecker() { return *m_permits; }
    KioskCaseNumberPad& caseNumberPad() { return *m_caseNumberPad; }
    KioskMyCasesPage& myCasesPage() { return *m_myCases; }
    QPushButton* myCasesButton() const { return m_myCasesButton; }
    void askCaseNumber(); // the keypad for a case number
    // The kiosk's ID card reader: a card laid on it at the home page makes the next number a real-name one (实名取号).
    void setCardReader(CardReaderService& reader);
    void cardLaid(const QString& idNumber, const QString& name, bool expired, bool citizenNumber);
    QString promptText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void rebuildCategories();
    void sayScreen(); // in 长辈模式: the screen's title and choices
    void showPriorityChoice();
    void nextPerson(); // done, or gone quiet: home, in the usual mode
    void refreshCatalog();
    void showHome();
    void showMessage(const QString& text);
    void showTicket(const Ticket& ticket); // a number taken or checked in: shown, printed
    // When a refusal says things open again (opens_at), in the hall's time: "08:30", or with its date; empty when not.
    QString opensAt(const ApiReply& reply, bool withDate) const;
    void wantCards();
    void askPin();

    ApiClient& m_api;
    QString m_hall;
    QString m_exitPinHash;
    std::unique_ptr<HallFeed> m_feed;
    TicketSink m_sink;
    QTimer m_idle;
    QStackedWidget* m_pages;
    KioskQueueChooser* m_chooser = nullptr;
    QBoxLayout* m_homeLayout = nullptr;
    QList<QPushButton*> m_headerChoices; // ways in besides the queues: hidden in 长辈模式
    QPushButton* m_elderButton = nullptr;
    QLabel* m_homeHint = nullptr;
    bool m_elderly = false;
    int m_idleMs = 30000;
    std::unique_ptr<ScreenVoice> m_voice;
    QTimer m_sayLater;
    KioskSearchPage* m_search = nullptr;
    std::optional<Catalog> m_catalog;                                // for the search: its items and 一件事
    std::vector<std::pair<std::string, std::string>> m_searchQueues; // the hall's queues the search last had
    QTimer m_catalogTimer;
    QLabel* m_hallLabel;
    QLabel* m_numberLabel;
    QLabel* m_ticketInfoLabel;
    QLabel* m_messageLabel;
    QLabel* m_pinLabel;
    QLabel* m_prompt;
    CardReaderService* m_cardReader = nullptr;
    QString m_realNameId; // the card's number for the next number taken; cleared at home and after it
    QString m_pinEntry;
    Priority m_priority = Priority::Normal;
    QPushButton* m_priorityButton;
    KioskRatingPage* m_ratingPage;
    std::unique_ptr<PermitChecker> m_permits;
    KioskProgressPage* m_progressPage;
    PermitCheckPanel* m_permitPanel;
    KioskCaseNumberPad* m_caseNumberPad;
    KioskMyCasesPage* m_myCases = nullptr;
    KioskDigitPad* m_checkInPad = nullptr;
    KioskDigitPad* m_phonePad = nullptr;
    QPushButton* m_textMeButton = nullptr;
    QString m_lastTicketId; // the number just shown, for a phone left for it
    QPushButton* m_myCasesButton = nullptr;
    QString m_scanBuffer;         // keys from the code reader on the home page, up to Enter
    QElapsedTimer m_sinceScanKey; // a code reader types fast: a pause starts a new code
    Clock m_clock;                // the hall's
    QThreadPool m_printPool;
    std::optional<bool> m_printed;
};

} // namespace ow
