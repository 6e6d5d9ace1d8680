#pragma once

#include "app/AppContext.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QHBoxLayout;
class QVBoxLayout;

namespace ow {

class ApiClient;
class CounterService;
class HallFeed;

// The clerk's screen: the current ticket large, waiting counts per category, every action on a key
// (F1 call next … F6 finish), no modal dialog for routine steps, the connection in the status bar.
class CounterWindow : public QMainWindow {
    Q_OBJECT
public:
    CounterWindow(std::unique_ptr<ApiClient> sessionApi, const QString& hall, int counter, const StaffSession& clerk,
                  QWidget* parent = nullptr);
    ~CounterWindow() override;

    CounterService& service() { return *m_service; }
    HallFeed& feed() { return *m_feed; }
    QString currentNumberText() const;
    QString messageText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QPushButton* addKeyedButton(const QString& text, const QKeySequence& key, const char* objectName);
    void refresh();
    void refreshQueue();
    void showTransferMenu();

    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HallFeed> m_feed;
    std::unique_ptr<CounterService> m_service;
    int m_counter;
    QLabel* m_hallLabel = nullptr;
    QLabel* m_numberLabel;
    QLabel* m_statusLabel;
    QLabel* m_detailLabel;
    QLabel* m_messageLabel;
    QVBoxLayout* m_queueLayout;
    QLabel* m_connectionLabel;
    QProgressBar* m_busyBar;
    QTimer m_busyDelay;
    QList<QPushButton*> m_buttons;
    QPushButton* m_callButton;
    QPushButton* m_recallButton;
    QPushButton* m_noShowButton;
    QPushButton* m_transferButton;
    QPushButton* m_startButton;
    QPushButton* m_finishButton;
    QHBoxLayout* m_buttonRow = nullptr;
};

} // namespace ow
