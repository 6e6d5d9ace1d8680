#pragma once

#include "domain/HallHours.h"

#include <QWidget>

#include <array>

class QCalendarWidget;
class QCheckBox;
class QLabel;
class QTableView;
class QTimeEdit;

namespace ow {

class AdminService;
class Clock;
class TextTableModel;

// 营业时间: when the kiosk gives numbers. A row per weekday (open, hours, lunch break, extended service 延时服务), and
// on a calendar the dates that differ: closed (a holiday) or open with their own hours (a weekend swapped into a
// working day). Saved whole; the kiosks follow at once.
class HoursPage : public QWidget {
    Q_OBJECT
public:
    HoursPage(AdminService& service, const Clock& clock, QWidget* parent = nullptr);

    // What the screen holds now (checked when saved).
    HallHours edited() const;
    void setEdited(const HallHours& hours);
    QCalendarWidget* calendar() const { return m_calendar; }

public slots:
    void save();
    void closeSelectedDate(const QString& note);
    void openSelectedDate(const QString& note); // with Monday's hours, or 09:00–17:00
    void clearSelectedDate();

private:
    struct WeekRow {
        QCheckBox* open = nullptr;
        QTimeEdit* opens = nullptr;
        QTimeEdit* closes = nullptr;
        QCheckBox* lunch = nullptr;
        QTimeEdit* lunchFrom = nullptr;
        QTimeEdit* lunchTo = nullptr;
        QCheckBox* extended = nullptr;
        QTimeEdit* extendedUntil = nullptr;
    };
    void showHours();
    void showDates();
    void setDay(WeekRow& row, const std::optional<HallHours::Day>& day);
    std::optional<HallHours::Day> dayOf(const WeekRow& row) const;

    AdminService& m_service;
    const Clock& m_clock;
    std::array<WeekRow, 7> m_week;
    std::vector<HallHours::Date> m_dates;
    QCalendarWidget* m_calendar = nullptr;
    TextTableModel* m_dateModel = nullptr;
    QTableView* m_dateView = nullptr;
    QLabel* m_state = nullptr;
};

} // namespace ow
