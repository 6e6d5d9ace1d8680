#pragma once

#include "domain/wire/Admin.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace ow {

class AdminService;
class TextTableModel;

// 窗口与队列: the hall's queues (号票类别) and counters. A queue added, renamed, closed to new numbers or opened again;
// a counter added, renamed, given other queues, closed for today or opened again. Every change reaches the hall's
// counters, kiosks and boards at once.
class QueuesPage : public QWidget {
    Q_OBJECT
public:
    explicit QueuesPage(AdminService& service, QWidget* parent = nullptr);

    QTableView* queueTable() const { return m_queues; }
    QTableView* counterTable() const { return m_counters; }
    QString selectedQueue() const;
    int selectedCounter() const; // 0: none

public slots:
    void addQueue();
    void editQueue();
    void toggleQueueOpen();
    void addCounter();
    void editCounter();
    void toggleCounterClosed();

private:
    void showQueues();
    void updateButtons();
    // The counter dialog: its name and the queues it calls (one tick per queue); false when given up.
    bool askCounter(wire::CounterSetup& counter, bool isNew);
    bool askQueue(wire::CategorySetup& queue, bool isNew); // the dialog; false when cancelled

    AdminService& m_service;
    TextTableModel* m_queueModel = nullptr;
    TextTableModel* m_counterModel = nullptr;
    QTableView* m_queues = nullptr;
    QTableView* m_counters = nullptr;
    QPushButton* m_editQueue = nullptr;
    QPushButton* m_toggleQueue = nullptr;
    QPushButton* m_editCounter = nullptr;
    QPushButton* m_toggleCounter = nullptr;
};

} // namespace ow
