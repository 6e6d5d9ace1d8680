#pragma once

#include "app/common/AppContext.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QDateEdit;
class QLabel;
class QTableView;

namespace ow {

class ApiClient;
class DayFiguresModel;
class RegionService;

// `onewindow --mode supervisor` at a region's PC (区域督查): every hall of the region side by side with the day's
// headline figures and their sum; a hall's row opens that hall's own day (the hall dashboard, read-only). Today's
// view is counted again every minute.
class RegionWindow : public QMainWindow {
    Q_OBJECT
public:
    RegionWindow(std::unique_ptr<ApiClient> sessionApi, QString region, StaffSession supervisor, Clock clock = Clock(),
                 QWidget* parent = nullptr);
    ~RegionWindow() override;

    RegionService& service() { return *m_service; }
    DayFiguresModel& halls() { return *m_halls; }
    QString tileText(const QString& name) const;
    // What is said under the table (a hall server silent, a refusal); empty when nothing is.
    QString notice() const;
    void showDate(const QDate& date);
    void showToday();
    // The day of the hall on row `row` of the table as sorted, in a window of its own (null when there is no row).
    QWidget* openHall(int row);

private:
    void showDay();
    QDate today() const;

    Clock m_clock; // the region's
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<RegionService> m_service;
    DayFiguresModel* m_halls;
    QTableView* m_table;
    QDateEdit* m_dateEdit;
    QLabel* m_stateLabel;
    QLabel* m_message;
    QTimer m_recount;
    bool m_following = true; // showing the region's today
};

} // namespace ow
