#include "app/kiosk/KioskKeyboard.h"

#include <QGridLayout>
#include <QPushButton>

namespace ow {

KioskKeyboard::KioskKeyboard(bool digits, QWidget* parent)
    : QWidget(parent) {
    auto* keyboard = new QGridLayout(this);
    keyboard->setContentsMargins(0, 0, 0, 0);
    keyboard->setSpacing(10);
    auto key = [this](const QString& text) {
        auto* button = new QPushButton(text);
        button->setObjectName(QStringLiteral("kioskKeyButton"));
        button->setMinimumHeight(80);
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // ten a row on a portrait screen
        return button;
    };
    QStringList rows = {QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL"), QStringLiteral("ZXCVBNM")};
    if (digits)
        rows.prepend(QStringLiteral("1234567890"));
    const int shiftFrom = digits ? 1 : 0; // the digits stand in line with the first row of letters
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            const QChar character = rows[r][c];
            auto* button = key(character);
            connect(button, &QPushButton::clicked, this, [this, character] { emit typed(character); });
            keyboard->addWidget(button, r, c * 2 + std::max(0, r - shiftFrom), 1, 2);
        }
    auto* backspace = key(tr("⌫ Delete"));
    backspace->setAccessibleName(tr("Delete the last character"));
    connect(backspace, &QPushButton::clicked, this, &KioskKeyboard::erased);
    keyboard->addWidget(backspace, static_cast<int>(rows.size()) - 1, 16, 1, 4);
}

} // namespace ow
