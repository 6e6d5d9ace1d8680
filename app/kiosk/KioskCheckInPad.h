#pragma once

#include <QWidget>

class QLabel;

namespace ow {

// 预约签到 at the kiosk: the six digits of an appointment's check-in code on a large keypad (for a citizen without
// the booking's QR, or whose phone's screen will not read), shown as they are typed.
class KioskCheckInPad : public QWidget {
    Q_OBJECT
public:
    explicit KioskCheckInPad(QWidget* parent = nullptr);

    void clear();
    void press(const QString& key); // "0"-"9", "⌫"
    QString typed() const { return m_typed; }

signals:
    void entered(const QString& code);
    void back();

private:
    void render();

    QString m_typed;
    QLabel* m_shown;
};

} // namespace ow
