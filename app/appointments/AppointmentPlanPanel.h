#pragma once

#include <QWidget>

#include <tuple>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ow {

class AppointmentService;

// 预约设置 for the hall's supervisor: which queues take appointments, on which weekdays, in which slots for how many
// people each (checked here row by row before it goes), and the hall's no-show rule. Stopping a queue's
// appointments leaves the bookings made.
class AppointmentPlanPanel : public QWidget {
    Q_OBJECT
public:
    explicit AppointmentPlanPanel(AppointmentService& service, QWidget* parent = nullptr);

    // The hall's queues (prefix, name), as the hall's feed tells them.
    void setQueues(const std::vector<std::pair<QString, QString>>& queues);
    bool chooseQueue(const QString& prefix);
    // What the supervisor sets, as the tests do: weekdays 1 (Monday) … 7, rows of (start, end, capacity).
    void setWeekdays(const std::vector<int>& weekdays);
    void setSlots(const std::vector<std::tuple<QString, QString, int>>& rows);
    void addSlot(); // after the last, as long as it, for as many
    void save();
    void stop(); // the queue takes no more appointments
    void setPolicy(int noShows, int withinDays, int blockedDays);
    void savePolicy();
    QString messageText() const;
    QString stateText() const;
    QTableWidget& slotTable() { return *m_table; }

private:
    void showPlan();
    QString problem() const; // the first thing wrong with the rows, in words

    AppointmentService& m_service;
    QComboBox* m_queueCombo;
    QLabel* m_stateLabel;
    QCheckBox* m_weekdays[7];
    QTableWidget* m_table;
    QPushButton* m_saveButton;
    QPushButton* m_stopButton;
    QSpinBox* m_noShows;
    QSpinBox* m_withinDays;
    QSpinBox* m_blockedDays;
    QLabel* m_messageLabel;
};

} // namespace ow
