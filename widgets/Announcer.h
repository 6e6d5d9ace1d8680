#pragma once

#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>

#include <memory>

class QTextToSpeech;

namespace ow {

// Something that can say one sentence and tell when it is done. The seam for tests and for halls
// without a voice.
class Speaker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void speak(const QString& text) = 0;
    virtual QString name() const = 0;
signals:
    void finished();
};

// Mandarin through QTextToSpeech (speech-dispatcher + espeak-ng on Debian). Qt 6.4 lists the voice under
// locale "cmn", which QLocale does not map to zh_CN, so the voice is picked by name.
class TextToSpeechSpeaker : public Speaker {
    Q_OBJECT
public:
    explicit TextToSpeechSpeaker(QObject* parent = nullptr);
    ~TextToSpeechSpeaker() override;
    bool hasChineseVoice() const { return m_hasVoice; }
    void speak(const QString& text) override;
    QString name() const override;

private:
    QTextToSpeech* m_tts = nullptr;
    bool m_hasVoice = false;
    bool m_speaking = false;
    QTimer m_watchdog;
};

// The Mandarin voice, once speech-dispatcher has shown it answers: it is asked first by `spd-say -L` in a
// separate process, with a time limit, because its client library can block the caller for good (seen here:
// spd_open hung the display's start-up). Until the voice is ready, and if it never is, each sentence sounds
// the chime instead; the board never waits.
class BackgroundVoiceSpeaker : public Speaker {
    Q_OBJECT
public:
    explicit BackgroundVoiceSpeaker(QObject* parent = nullptr);
    void speak(const QString& text) override;
    QString name() const override;
    bool voiceReady() const { return m_voice != nullptr; }

signals:
    void voiceLoaded(const QString& name);

private:
    void loadVoice();

    Speaker* m_chime;
    TextToSpeechSpeaker* m_voice = nullptr;
};

// When no voice is installed: the system chime, then a pause as long as the sentence would take.
class ChimeSpeaker : public Speaker {
    Q_OBJECT
public:
    explicit ChimeSpeaker(int millisPerCharacter = 120, QObject* parent = nullptr);
    void speak(const QString& text) override;
    QString name() const override { return QStringLiteral("chime"); }

private:
    int m_millisPerCharacter;
};

// Says announcements one after another: never two at once, never one skipped.
class Announcer : public QObject {
    Q_OBJECT
public:
    explicit Announcer(std::unique_ptr<Speaker> speaker, QObject* parent = nullptr);
    // The Mandarin voice when it loads, the chime until then (never blocks).
    static std::unique_ptr<Speaker> defaultSpeaker();

    void announce(const QString& text);
    // What is still to be said is dropped for these (a new screen's words replace the last one's); the sentence
    // being said ends first.
    void replace(const QStringList& texts);
    int pending() const { return static_cast<int>(m_queue.size()); }
    bool isSpeaking() const { return m_speaking; }
    const Speaker& speaker() const { return *m_speaker; }

    static QString callSentence(const QString& number, int counter);

signals:
    void started(const QString& text);
    void idle();

private:
    void next();

    std::unique_ptr<Speaker> m_speaker;
    QQueue<QString> m_queue;
    bool m_speaking = false;
};

} // namespace ow
