#pragma once

#include <QLabel>

namespace ow {

// A line a screen reader says when it changes (a number called, a sync that failed, a message under a form): to
// assistive technology an alert (QAccessible::AlertMessage, AT-SPI's "alert"), shown again with each sentence so
// that the bridge reports it showing and Orca speaks it — Qt 6.4's AT-SPI bridge passes no announcement event of its
// own. On the screen it is an ordinary label.
class Announcement : public QLabel {
    Q_OBJECT
public:
    explicit Announcement(QWidget* parent = nullptr);

    // Shows `text` and has it said — or `spoken` instead, where the line alone would not say enough (the number
    // beside it); the same sentence again is said again.
    void say(const QString& text, const QString& spoken = {});
    // What a screen reader is given: the sentence said last, or the line as it shows.
    QString spoken() const { return m_spoken.isEmpty() ? text() : m_spoken; }

private:
    QString m_spoken;
};

} // namespace ow
