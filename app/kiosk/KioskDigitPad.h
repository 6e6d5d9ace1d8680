#pragma once

#include <QWidget>

class QLabel;

namespace ow {

// A large keypad for a fixed number of digits at the kiosk, shown as they are typed: an appointment's 6-digit
// check-in code (for a citizen without the booking's QR, or whose phone's screen will not read), a mobile number of
// 11 digits for a text message.
class KioskDigitPad : public QWidget {
    Q_OBJECT
public:
    // `prompt` above the digits, `submit` on the key that sends them once all `digits` are typed.
    KioskDigitPad(const QString& prompt, int digits, const QString& submit, const QString& shownName,
                  QWidget* parent = nullptr);

    void clear();
    void press(const QString& key); // "0"-"9", "⌫"
    QString typed() const { return m_typed; }

signals:
    void entered(const QString& digits);
    void back();

private:
    void render();

    int m_digits;
    QString m_typed;
    QLabel* m_shown;
};

} // namespace ow
