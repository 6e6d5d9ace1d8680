#pragma once

#include "app/appointments/HomeVisitList.h"
#include "domain/Clock.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace ow {

class HomeVisitList;
class HomeVisitService;

// 预约上门 in supervisor mode: the requests the stations sent (those to schedule first), the visits of a day, and
// the steps — send a clerk on a date (again, to change either), mark one done with what happened, cancel with why.
class HomeVisitsPanel : public QWidget {
    Q_OBJECT
public:
    HomeVisitsPanel(HomeVisitService& service, Clock clock, QWidget* parent = nullptr);

    HomeVisitList& list() { return *m_list; }
    void setTextAsker(TextAsker asker) { m_ask = std::move(asker); }

    // The steps on the selected visit, as the buttons run them.
    void scheduleSelected(const QString& clerk, const QDate& date);
    void markDone();                                                // asks what happened
    void cancel();                                                  // asks why
    void showOnly(const QString& state, std::optional<QDate> date); // "" any state; no date: any day
    QString messageText() const;

private:
    void updateButtons();
    void refillClerks();
    void applyFilter();

    HomeVisitService& m_service;
    Clock m_clock;
    HomeVisitList* m_list;
    QComboBox* m_stateCombo;
    QCheckBox* m_onDayCheck;
    QDateEdit* m_dayEdit;
    QComboBox* m_clerkCombo;
    QDateEdit* m_visitDateEdit;
    QPushButton* m_scheduleButton;
    QPushButton* m_doneButton;
    QPushButton* m_cancelButton;
    QLabel* m_messageLabel;
    TextAsker m_ask;
};

} // namespace ow
