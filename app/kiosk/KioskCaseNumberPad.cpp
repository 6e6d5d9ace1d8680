#include "app/kiosk/KioskCaseNumberPad.h"

#include "domain/CaseNumber.h"

#include "app/kiosk/KioskKeyboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {
namespace {

constexpr int kMaxTyped = 20;

QPushButton* key(const QString& text, const char* objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setMinimumHeight(88);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

// The typed characters with the dashes of a case number: date, device, sequence, check digits.
QString withDashes(const QString& hall, const QString& typed) {
    QString out = hall + QLatin1Char('-') + typed.left(8);
    if (typed.size() > 8) {
        const QString rest = typed.mid(8);
        if (rest.size() <= 2) {
            out += QLatin1Char('-') + rest;
        } else {
            // The last six are the sequence (4) and the check digits (2); the device code is before them.
            const int device = std::max(2, static_cast<int>(rest.size()) - 6);
            out += QLatin1Char('-') + rest.left(device);
            const QString tail = rest.mid(device);
            out += tail.isEmpty() ? QString() : QLatin1Char('-') + tail.left(4);
            if (tail.size() > 4)
                out += QLatin1Char('-') + tail.mid(4);
        }
    }
    return out;
}

} // namespace

KioskCaseNumberPad::KioskCaseNumberPad(QString hallCode, QWidget* parent)
    : QWidget(parent)
    , m_hall(hallCode.toUpper()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(120, 30, 120, 40);
    m_prompt = new QLabel;
    m_prompt->setObjectName(QStringLiteral("kioskPromptLabel"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);
    m_shown = new QLabel;
    m_shown->setObjectName(QStringLiteral("kioskCaseNumberLabel"));
    m_shown->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_shown);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("kioskHintLabel"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    // Digits and letters on a keyboard: a station's cases have letters in their number (S4K9), a counter's a C.
    auto* keyboard = new KioskKeyboard(true);
    connect(keyboard, &KioskKeyboard::typed, this, [this](QChar c) { press(QString(c)); });
    connect(keyboard, &KioskKeyboard::erased, this, [this] { press(QStringLiteral("⌫")); });
    layout->addWidget(keyboard, 1);
    auto* buttons = new QHBoxLayout;
    auto* find = key(tr("Look it up"), "kioskCategoryButton");
    connect(find, &QPushButton::clicked, this, &KioskCaseNumberPad::submit);
    auto* backButton = key(tr("Back"), "kioskSecondaryButton");
    connect(backButton, &QPushButton::clicked, this, [this] {
        if (!m_number) {
            emit back();
            return;
        }
        m_typed = m_number->mid(m_hall.size() + 1).remove(QLatin1Char('-')); // back to the number, as typed
        m_number.reset();
        render();
    });
    buttons->addWidget(backButton, 1);
    buttons->addWidget(find, 2);
    layout->addLayout(buttons);
    render();
}

void KioskCaseNumberPad::clear() {
    m_typed.clear();
    m_number.reset();
    render();
}

void KioskCaseNumberPad::press(const QString& key) {
    if (key == QStringLiteral("⌫"))
        m_typed.chop(1);
    else if (m_typed.size() < (m_number ? 6 : kMaxTyped))
        m_typed += key;
    render();
}

std::optional<QString> KioskCaseNumberPad::caseNumber(const QString& hallCode, const QString& typed) {
    if (typed.size() < 16)
        return std::nullopt;
    const QString text = withDashes(hallCode.toUpper(), typed);
    if (!CaseNumber::parse(text.toStdString()))
        return std::nullopt;
    return text;
}

void KioskCaseNumberPad::submit() {
    if (m_number) {
        const std::string code = m_typed.toStdString();
        if (isQueryCode(code) || code.size() == 4) {
            emit entered(*m_number, m_typed);
            return;
        }
        m_hint->setText(tr("The query code has six digits; the end of an ID number four characters."));
        return;
    }
    if (const auto number = caseNumber(m_hall, m_typed)) {
        m_number = number;
        m_typed.clear();
        render();
        return;
    }
    m_hint->setText(m_typed.size() < 16 ? tr("The number is not complete yet.")
                                        : tr("This number cannot be right: please check each character."));
}

void KioskCaseNumberPad::render() {
    if (m_number) {
        m_prompt->setText(tr("Case %1: now the query code on your receipt, or the last four characters of the "
                             "applicant's ID number")
                              .arg(*m_number));
        m_shown->setText(m_typed.isEmpty() ? QStringLiteral("______") : m_typed);
        m_hint->setText(tr("The query code is printed beside the receipt's QR code. Nobody's case is shown without "
                           "it."));
        return;
    }
    m_prompt->setText(tr("Type the case number on your receipt"));
    m_shown->setText(withDashes(m_hall, m_typed));
    m_hint->setText(tr("It reads %1-date-window or station-number-check digits (like %1-20261127-C3-0007-42). "
                       "Type what comes after %1-; the dashes come by themselves.")
                        .arg(m_hall));
}

QString KioskCaseNumberPad::shownText() const { return m_shown->text(); }

} // namespace ow
