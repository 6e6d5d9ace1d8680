#pragma once

#include <QWidget>

namespace ow {

// The kiosk's on-screen keyboard, large: the letters as a keyboard has them (each row shifted half a key), a row of
// digits above them when asked for, and Delete. Letters are plainly letters on it: a key "C" among the digits reads
// as a command, on a keyboard it does not.
class KioskKeyboard : public QWidget {
    Q_OBJECT
public:
    explicit KioskKeyboard(bool digits, QWidget* parent = nullptr);

signals:
    void typed(QChar key); // a capital letter or a digit
    void erased();
};

} // namespace ow
