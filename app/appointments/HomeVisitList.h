#pragma once

#include "domain/Clock.h"
#include "domain/wire/HomeVisits.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTableView;

namespace ow {

class HomeVisitService;

// Asks for a line of text (title, prompt) — why a visit is cancelled, what was done; nothing when cancelled. The
// screens of home visits ask through one, and tests put their own in.
using TextAsker = std::function<std::optional<QString>(const QString& title, const QString& prompt)>;
TextAsker lineAsker(QWidget* parent); // a dialog over `parent`
class TextTableModel;

// The visits a HomeVisitService holds, as a table (asked, person, where, what, state, date, clerk) with the selected
// one's whole record under it: what the station and the supervisor both look at.
class HomeVisitList : public QWidget {
    Q_OBJECT
public:
    HomeVisitList(HomeVisitService& service, Clock clock, QWidget* parent = nullptr);

    const wire::HomeVisit* selected() const; // nothing when none is
    QTableView& table() { return *m_table; }
    TextTableModel& model() { return *m_model; }
    void selectRow(int row);

    // The steps on the selected visit, their words asked through `ask`: done (a scheduled visit) with what happened;
    // cancelled (an open one) with why, asked as `question`.
    void markSelectedDone(const TextAsker& ask);
    void cancelSelected(const TextAsker& ask, const QString& question);
    static bool isOpen(const wire::HomeVisit& visit) {
        return visit.state == "requested" || visit.state == "scheduled";
    }

    static QString stateText(const std::string& state);   // 待安排, 已安排, 已上门, 已取消
    static QString reasonText(const std::string& reason); // 80岁以上老人, 重度残疾人, 其他

signals:
    void selectionChanged();

private:
    void refill();
    void showDetails();

    HomeVisitService& m_service;
    Clock m_clock; // the hall's: when a visit was asked for, in its time
    TextTableModel* m_model;
    QTableView* m_table;
    QLabel* m_detailLabel;
};

} // namespace ow
