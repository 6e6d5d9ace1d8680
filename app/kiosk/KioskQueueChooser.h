#pragma once

#include "domain/QueueSnapshot.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ow {

// The kiosk's choice of a queue, for a hall of any size. A hall whose queues have departments (公安, 税务, 社保 …)
// first shows the departments, then the chosen department's queues; a hall without, its queues at once. At most
// kPerScreen choices a screen (with the kiosk's priority choice below, six): more are on further pages behind large
// arrows, so that no queue is ever left out. A closed queue stays, saying so. The same chooser shows the results of
// a search by what a person came for (showHits), each leading to its queue.
class KioskQueueChooser : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPerScreen = 5;

    explicit KioskQueueChooser(QWidget* parent = nullptr);

    // Something a search found: its name, and the queue it is taken at.
    struct Hit {
        QString name;
        QString prefix;
    };

    // The hall's queues as the snapshot has them: rebuilt when they changed, their waiting counts kept fresh.
    void setCategories(const std::vector<QueueSnapshot::Category>& categories);
    // Back to the first screen (the departments, or the first page of queues); a search's results are let go.
    void reset();
    // Shows these instead of the queues, a page at a time, each with its queue's name and waiting count.
    void showHits(std::vector<Hit> hits);
    // How many choices a screen holds (kPerScreen unless set: fewer in 长辈模式 and under a search's keyboard).
    void setPerScreen(int count);
    int perScreen() const { return m_perScreen; }

    // What is on the screen now, for the window and the tests.
    bool showsDepartments() const { return !m_hits && !m_inDepartment && byDepartment(); }
    QString department() const { return m_department; } // of the queues shown ("" for those of none)
    int page() const { return m_page; }
    int pages() const;
    QList<QPushButton*> choiceButtons() const { return m_choices; }
    bool hasChoices() const { return !m_categories.empty(); }
    // The departments, in the order shown ("" for the queues of none, shown last as 其他业务).
    std::vector<QString> departments() const;

public slots:
    void openDepartment(const QString& department);
    void nextPage();
    void previousPage();

signals:
    void chosen(const QString& prefix);
    // Another screen of choices (a department opened, a page turned, back to the start) — not a count refreshed.
    void screenChanged();

private:
    bool byDepartment() const;
    void showChoices(); // the buttons of the screen and page shown, their texts fresh
    // The queues of the department shown (all of them in a hall without departments).
    std::vector<const QueueSnapshot::Category*> shownQueues() const;

    const QueueSnapshot::Category* category(const QString& prefix) const;

    std::vector<QueueSnapshot::Category> m_categories;
    std::optional<std::vector<Hit>> m_hits; // a search's results, shown instead of the queues
    int m_perScreen = kPerScreen;
    QString m_builtFor;
    bool m_inDepartment = false; // the queues of m_department are shown (in a hall with departments)
    QString m_department;
    int m_page = 0;
    QLabel* m_title = nullptr;
    QVBoxLayout* m_choiceLayout = nullptr;
    QList<QPushButton*> m_choices;
    QPushButton* m_back = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
};

} // namespace ow
