#pragma once

#include "domain/Clock.h"
#include "domain/DailyStats.h"

#include <QDate>
#include <QThreadPool>
#include <QWidget>

#include <functional>

class QChartView;
class QDialog;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace ow {

class DayFiguresModel;
class StatsService;
class TextTableModel;
struct TicketOfDay;

// The supervisor's day at a glance (督查): the headline figures, arrivals and waiting by hour, service time by
// counter, ratings by level, and tables per counter, clerk, category and item that sort and filter. Today's view
// follows the hall live.
class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    DashboardPanel(StatsService& service, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardPanel() override { m_exports.waitForDone(); }

    void showDate(const QDate& date);
    // A day picked as the supervisor picks one: it stays on screen when the hall's today arrives.
    void chooseDate(const QDate& date) {
        m_chosen = true;
        showDate(date);
    }
    // The hall's today — the server's word once it came, the hall's clock until then — and following it from now on.
    void showToday();
    // The hall's today (its time zone, from the server), for the Today button; shown when nothing else was chosen.
    void setHallToday(const QDate& date);
    QString tileText(const QString& name) const; // the value shown on a headline tile ("served", "wait", …)
    DayFiguresModel& table(int index);           // 0 counters, 1 clerks, 2 categories, 3 items
    void setHallName(const QString& name) { m_hallName = name; }

    // Where an export goes: asks for a file name (suggested name, filter); empty when cancelled. Tests put their own
    // in.
    using FileChooser = std::function<QString(const QString& suggested, const QString& filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // The table on screen as CSV; the day's report as PDF (written on a worker thread; `exported` says when).
    void exportCsv();
    void exportPdf();
    void waitForExports() { m_exports.waitForDone(); }
    // Drill-down: the numbers of the day at one counter, in a window beside the dashboard (a double click on a
    // counter's row does the same).
    void drillDown(int counter);
    TextTableModel* drillDownModel() const { return m_drillModel; }
    TextTableModel* appointmentsModel() const { return m_appointments; }

signals:
    void exported(const QString& path, bool ok);

private:
    QDate today() const;                          // the hall's, by its clock
    QString hallClock(const QDateTime& at) const; // "09:05" in the hall's time zone
    void showDay();
    void drawHourly();
    static QString hoursText(const DailyStats& day);
    void drawCounters();
    void drawRatings();
    void showTickets(int counter, const std::vector<TicketOfDay>& tickets);

    StatsService& m_service;
    const Clock& m_clock;
    QDateEdit* m_dateEdit;
    QDate m_hallToday;
    bool m_chosen = false; // a date picked by the supervisor stays
    QLabel* m_stateLabel;
    QLabel* m_hoursLabel = nullptr;
    QLabel* m_messageLabel;
    QChartView* m_hourlyView;
    QChartView* m_counterView;
    QChartView* m_ratingView;
    QTabWidget* m_tables;
    QLineEdit* m_filterEdit;
    QString m_hallName;
    FileChooser m_chooseFile;
    QThreadPool m_exports;
    QDialog* m_drillDialog = nullptr;
    TextTableModel* m_drillModel = nullptr;
    DayFiguresModel* m_models[4];
    TextTableModel* m_appointments; // the day's appointment slots
};

} // namespace ow
