#include "widgets/ScreenVoice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QWidget>

namespace ow {
namespace {

QString spoken(const QAbstractButton* button) {
    const QString name = button->accessibleName();
    QString text = name.isEmpty() ? button->text() : name;
    return text.replace(QLatin1Char('\n'), QStringLiteral("，")).remove(QLatin1Char('&')).trimmed();
}

} // namespace

ScreenVoice::ScreenVoice(std::unique_ptr<Speaker> speaker, QObject* parent)
    : QObject(parent)
    , m_announcer(std::move(speaker)) {}

ScreenVoice::~ScreenVoice() {
    if (m_root)
        qApp->removeEventFilter(this);
}

void ScreenVoice::setEnabled(bool on) {
    m_enabled = on;
    if (!on)
        m_announcer.replace({}); // the sentence under way ends; nothing more
}

void ScreenVoice::watch(QWidget* root) {
    if (!m_root)
        qApp->installEventFilter(this);
    m_root = root;
}

void ScreenVoice::screenShown(const QString& title, const QStringList& choices) {
    if (!m_enabled)
        return;
    QStringList words;
    if (!title.trimmed().isEmpty())
        words << title.trimmed();
    words << choices;
    m_announcer.replace(words);
}

void ScreenVoice::touched(const QString& choice) {
    if (m_enabled && !choice.isEmpty())
        m_announcer.replace({choice});
}

QStringList ScreenVoice::choicesOf(const QWidget* page) {
    QStringList out;
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(page->window()) && button->isVisible() && button->isEnabled())
            if (const QString text = spoken(button); !text.isEmpty())
                out << text;
    return out;
}

void ScreenVoice::sayPage(const QWidget* page, const std::function<bool(const QLabel*)>& isTitle, QStringList choices) {
    if (!m_enabled)
        return;
    QString title;
    for (const QLabel* label : page->findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty() && isTitle(label))
            title += (title.isEmpty() ? QString() : QStringLiteral("，")) + label->text();
    screenShown(title, choices.isEmpty() ? choicesOf(page) : choices);
}

bool ScreenVoice::eventFilter(QObject* watched, QEvent* event) {
    if (m_enabled && m_root && event->type() == QEvent::MouseButtonPress)
        if (auto* button = qobject_cast<QAbstractButton*>(watched); button && m_root->isAncestorOf(button))
            touched(spoken(button));
    return QObject::eventFilter(watched, event);
}

} // namespace ow
