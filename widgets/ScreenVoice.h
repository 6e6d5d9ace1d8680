#pragma once

#include "widgets/Announcer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QLabel;
class QWidget;

namespace ow {

// The voice of a citizen's screen in 长辈模式 (elderly mode): when a screen is shown, its title and then each of its
// choices; when a choice is touched, that choice. Off, it says nothing. A new screen's words replace what was still to
// be said of the last one. The Speaker is the seam (QTextToSpeech's Mandarin in the product, a recorder in tests).
class ScreenVoice : public QObject {
    Q_OBJECT
public:
    explicit ScreenVoice(std::unique_ptr<Speaker> speaker, QObject* parent = nullptr);
    ~ScreenVoice() override;

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // Touches on the buttons under `root` are said (the citizen's screen's window).
    void watch(QWidget* root);

    void screenShown(const QString& title, const QStringList& choices);
    void touched(const QString& choice);
    // What a screen's buttons say: each visible button's accessible name, or its text on one line.
    static QStringList choicesOf(const QWidget* page);
    // A screen shown: its title — the visible labels `isTitle` picks, in order — then its buttons.
    void sayPage(const QWidget* page, const std::function<bool(const QLabel*)>& isTitle, QStringList choices = {});

    Announcer& announcer() { return m_announcer; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Announcer m_announcer;
    QPointer<QWidget> m_root;
    bool m_enabled = false;
};

} // namespace ow
