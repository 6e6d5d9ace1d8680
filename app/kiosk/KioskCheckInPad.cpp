#include "app/kiosk/KioskCheckInPad.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

namespace {
constexpr int kDigits = 6;
}

KioskCheckInPad::KioskCheckInPad(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 30, 80, 40);
    auto* prompt = new QLabel(tr("Type the 6-digit check-in code of your appointment, or hold its QR code to the "
                                 "reader"));
    prompt->setObjectName(QStringLiteral("kioskPromptLabel"));
    prompt->setAlignment(Qt::AlignCenter);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_shown = new QLabel;
    m_shown->setObjectName(QStringLiteral("kioskNumberLabel"));
    m_shown->setAlignment(Qt::AlignCenter);
    m_shown->setAccessibleName(tr("Check-in code typed"));
    layout->addWidget(m_shown);
    auto* grid = new QGridLayout;
    grid->setSpacing(14);
    const QStringList keys = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                              QStringLiteral("9"), QStringLiteral("⌫"), QStringLiteral("0"), tr("Check in")};
    for (int i = 0; i < keys.size(); ++i) {
        auto* key = new QPushButton(keys[i]);
        key->setObjectName(i == keys.size() - 1 ? QStringLiteral("kioskCategoryButton")
                                                : QStringLiteral("kioskSecondaryButton"));
        key->setMinimumHeight(88);
        key->setFocusPolicy(Qt::NoFocus);
        if (keys[i] == QStringLiteral("⌫"))
            key->setAccessibleName(tr("Delete the last digit"));
        grid->addWidget(key, i / 3, i % 3);
        const bool submit = i == keys.size() - 1;
        connect(key, &QPushButton::clicked, this, [this, submit, text = keys[i]] {
            if (!submit)
                press(text);
            else if (m_typed.size() == kDigits)
                emit entered(m_typed);
        });
    }
    layout->addLayout(grid, 1);
    auto* back = new QPushButton(tr("Back"));
    back->setObjectName(QStringLiteral("kioskSecondaryButton"));
    back->setMinimumHeight(88);
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &KioskCheckInPad::back);
    layout->addWidget(back);
    render();
}

void KioskCheckInPad::clear() {
    m_typed.clear();
    render();
}

void KioskCheckInPad::press(const QString& key) {
    if (key == QStringLiteral("⌫"))
        m_typed.chop(1);
    else if (key.size() == 1 && key[0].isDigit() && m_typed.size() < kDigits)
        m_typed += key;
    render();
}

void KioskCheckInPad::render() {
    QString shown;
    for (int i = 0; i < kDigits; ++i)
        shown += (i < m_typed.size() ? m_typed[i] : QChar(u'_')) + QStringLiteral(" ");
    m_shown->setText(shown.trimmed());
}

} // namespace ow
