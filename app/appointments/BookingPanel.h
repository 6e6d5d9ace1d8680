#pragma once

#include "domain/Clock.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ow {

class AppointmentService;
class TextTableModel;

// 预约登记 at a counter or a station: booking a time for someone at the desk or on the telephone — the queue, the
// day, a slot with free places, the person's name, ID number and mobile — and the code to tell them (they get it by
// text message too); beside it the bookings of that day, masked, with their state.
class BookingPanel : public QWidget {
    Q_OBJECT
public:
    BookingPanel(AppointmentService& service, Clock clock, QWidget* parent = nullptr);

    void reload(); // the queues, the slots and the day's bookings, from the server
    // What the clerk picks and types, as the tests do.
    bool chooseQueue(const QString& category);
    void chooseDate(const QDate& date);
    bool chooseSlot(const QString& start);
    void fill(const QString& name, const QString& idNumber, const QString& phone);
    void book();
    QString messageText() const;
    QString codeText() const; // the last booking's code, as shown
    QListWidget& slotList() { return *m_slotList; }
    TextTableModel& bookingsModel() { return *m_bookings; }

private:
    void showSlots();
    void showBookings();
    void loadSlots();
    QString problem() const;

    AppointmentService& m_service;
    Clock m_clock;
    QComboBox* m_queueCombo;
    QDateEdit* m_dateEdit;
    QListWidget* m_slotList;
    QLineEdit* m_nameEdit;
    QLineEdit* m_idEdit;
    QLineEdit* m_phoneEdit;
    QPushButton* m_bookButton;
    QLabel* m_codeLabel;
    QLabel* m_messageLabel;
    TextTableModel* m_bookings;
};

} // namespace ow
