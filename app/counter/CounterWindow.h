#pragma once

#include "app/common/AppContext.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QGridLayout;
class QHBoxLayout;
class QVBoxLayout;

namespace ow {

class Announcement;
class UpstreamNotice;

class CardReaderService;

class ApiClient;
class CaseListPanel;
class SyncEngine;
class SyncIndicator;
class CaseDesk;
class CaseStore;
class CatalogSource;
class CounterService;
class HallFeed;
class IntakePanel;
class LocalStore;
class PermitCheckPanel;
class AppointmentService;
class BookingPanel;
class ClerkVisitsPanel;
class HomeVisitService;
class PermitChecker;
class PermitService;

struct CounterSetup {
    QString hall;
    int counter = 0;
    StaffSession clerk;
    LocalStore* store = nullptr; // the device's own database: catalog copy, cases and their outbox
    QString deviceId;
    QString documentsDir;                    // PDF copies of every printed document
    QString permitKeyFile;                   // the issuers' public keys, kept for checking permits offline
    Clock clock;                             // the hall's
    CardReaderService* cardReader = nullptr; // the desktop ID card reader, when the PC has one
};

// The clerk's screen: the current ticket and the queue on the left, the application under work (一窗受理) on the
// right; every action on a key (F1 call next … F6 finish, Ctrl+Enter accept …), no modal dialog for routine
// steps; the connection, the cases waiting to be uploaded and the clerk in the status bar.
class CounterWindow : public QMainWindow {
    Q_OBJECT
public:
    CounterWindow(std::unique_ptr<ApiClient> sessionApi, CounterSetup setup, QWidget* parent = nullptr);
    ~CounterWindow() override;

    CounterService& service() { return *m_service; }
    HallFeed& feed() { return *m_feed; }
    IntakePanel& intake() { return *m_intake; }
    CaseListPanel& caseList() { return *m_caseList; }
    CatalogSource& catalog();
    SyncEngine& sync();
    PermitCheckPanel& permitCheck() { return *m_permitCheck; }
    BookingPanel& bookings() { return *m_bookingPanel; }
    ClerkVisitsPanel& homeVisits() { return *m_visitsPanel; }
    QString syncText() const;
    QString currentNumberText() const;
    QString messageText() const;
    // What the status bar says of a hall server's cut line to the upstream; empty while it works (or there is none).
    QString upstreamNoticeText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QPushButton* addKeyedButton(const QString& text, const QKeySequence& key, const char* objectName);
    void refresh();
    // The ticket's state under its number; said to a screen reader when `state` (the ticket, its state) changes.
    void showStatus(const QString& text, const QString& state, const QString& number = {});
    void refreshQueue();
    void showTransferMenu();

    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HallFeed> m_feed;
    std::unique_ptr<CounterService> m_service;
    std::unique_ptr<CaseDesk> m_desk;
    std::unique_ptr<PermitService> m_permits;
    std::unique_ptr<PermitChecker> m_checker;
    PermitCheckPanel* m_permitCheck;
    std::unique_ptr<AppointmentService> m_appointments;
    BookingPanel* m_bookingPanel;
    std::unique_ptr<HomeVisitService> m_homeVisits;
    ClerkVisitsPanel* m_visitsPanel;
    IntakePanel* m_intake;
    CaseListPanel* m_caseList;
    QTabWidget* m_tabs;
    SyncIndicator* m_syncIndicator;
    QTimer m_catalogTimer;
    int m_counter;
    QLabel* m_hallLabel = nullptr;
    QLabel* m_numberLabel;
    Announcement* m_statusLabel;
    QString m_statusSaid; // the ticket and its state last said to a screen reader
    QLabel* m_detailLabel;
    QLabel* m_messageLabel;
    QVBoxLayout* m_queueLayout;
    QLabel* m_connectionLabel;
    UpstreamNotice* m_upstreamNotice; // a hall server's line to the upstream, when it is cut
    QProgressBar* m_busyBar;
    QTimer m_busyDelay;
    QList<QPushButton*> m_buttons;
    QPushButton* m_callButton;
    QPushButton* m_recallButton;
    QPushButton* m_noShowButton;
    QPushButton* m_transferButton;
    QPushButton* m_startButton;
    QPushButton* m_finishButton;
    QPushButton* m_pauseButton; // 暂停服务 (F11) and back
    QGridLayout* m_buttonGrid = nullptr;
};

} // namespace ow
