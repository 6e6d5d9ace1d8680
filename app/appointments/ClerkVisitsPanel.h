#pragma once

#include "app/appointments/HomeVisitList.h"
#include "domain/Clock.h"

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QLabel;

namespace ow {

class HomeVisitList;
class HomeVisitService;

// 预约上门 at the counter: the home visits this clerk is sent on, by date, with the person's address, phone and
// note; marked done with what happened once back.
class ClerkVisitsPanel : public QWidget {
    Q_OBJECT
public:
    ClerkVisitsPanel(HomeVisitService& service, QString clerk, Clock clock, QWidget* parent = nullptr);

    void reload();
    void markDone(); // asks what happened
    HomeVisitList& list() { return *m_list; }
    QString messageText() const;
    void setTextAsker(TextAsker asker) { m_ask = std::move(asker); }

private:
    HomeVisitService& m_service;
    QString m_clerk;
    HomeVisitList* m_list;
    QPushButton* m_doneButton;
    QLabel* m_messageLabel;
    TextAsker m_ask;
};

} // namespace ow
