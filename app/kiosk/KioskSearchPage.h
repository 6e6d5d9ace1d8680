#pragma once

#include "app/kiosk/KioskQueueChooser.h"
#include "domain/ServiceSearch.h"

#include <QWidget>

class QLabel;

namespace ow {

// 按事项查找: a person who knows what they came for (换身份证, 办营业执照) but not the queue's name types the pinyin
// initials of it on large letter keys (BDCDJ for 不动产登记); the catalog's items, its 一件事 and the hall's queues
// that the letters spell are offered three at a time, each leading to its queue's number.
class KioskSearchPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPerScreen = 3; // under the keyboard
    static constexpr int kMaxLetters = 16;

    explicit KioskSearchPage(QWidget* parent = nullptr);

    // What may be found (domain/ServiceSearch), and the hall's queues as the snapshot has them.
    void setChoices(std::vector<ServiceChoice> choices);
    void setCategories(const std::vector<QueueSnapshot::Category>& categories);
    // Empties the search (the next person starts afresh).
    void clear();

    // A key of the on-screen keyboard (tests and the keys alike): a letter, or backspace.
    void type(QChar letter);
    void erase();
    QString query() const { return m_query; }
    KioskQueueChooser& results() { return *m_results; }

signals:
    void chosen(const QString& prefix);
    void back();

private:
    void search();

    std::vector<ServiceChoice> m_choices;
    QString m_query;
    QLabel* m_queryLabel;
    QLabel* m_countLabel;
    KioskQueueChooser* m_results;
};

} // namespace ow
