#include "app/kiosk/KioskDigitPad.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

KioskDigitPad::KioskDigitPad(const QString& prompt, int digits, const QString& submit, const QString& shownName,
                             QWidget* parent)
    : QWidget(parent)
    , m_digits(digits) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 30, 80, 40);
    auto* promptLabel = new QLabel(prompt);
    promptLabel->setObjectName(QStringLiteral("kioskPromptLabel"));
    promptLabel->setAlignment(Qt::AlignCenter);
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);
    m_shown = new QLabel;
    m_shown->setObjectName(QStringLiteral("kioskNumberLabel"));
    m_shown->setAlignment(Qt::AlignCenter);
    m_shown->setAccessibleName(shownName);
    m_shown->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never wider than the kiosk's screen
    layout->addWidget(m_shown);
    auto* grid = new QGridLayout;
    grid->setSpacing(14);
    const QStringList keys = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                              QStringLiteral("9"), QStringLiteral("⌫"), QStringLiteral("0"), submit};
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
            else if (m_typed.size() == m_digits)
                emit entered(m_typed);
        });
    }
    layout->addLayout(grid, 1);
    auto* back = new QPushButton(tr("Back"));
    back->setObjectName(QStringLiteral("kioskSecondaryButton"));
    back->setMinimumHeight(88);
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &KioskDigitPad::back);
    layout->addWidget(back);
    render();
}

void KioskDigitPad::clear() {
    m_typed.clear();
    render();
}

void KioskDigitPad::press(const QString& key) {
    if (key == QStringLiteral("⌫"))
        m_typed.chop(1);
    else if (key.size() == 1 && key[0].isDigit() && m_typed.size() < m_digits)
        m_typed += key;
    render();
}

void KioskDigitPad::render() {
    // A code digit by digit ("0 4 2 9 _ _"); a mobile number in its groups of 3, 4 and 4 ("139 1234 ____"), so that
    // it fits the kiosk's width in the large type.
    QString shown;
    for (int i = 0; i < m_digits; ++i) {
        if (i > 0 && (m_digits <= 6 || i == 3 || i == 7))
            shown += QLatin1Char(' ');
        shown += i < m_typed.size() ? m_typed[i] : QChar(u'_');
    }
    m_shown->setText(shown);
}

} // namespace ow
