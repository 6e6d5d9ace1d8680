#include "widgets/Announcer.h"

#include <QApplication>
#include <QTextToSpeech>
#include <QVoice>

namespace ow {

TextToSpeechSpeaker::TextToSpeechSpeaker(QObject* parent)
    : Speaker(parent) {
    m_tts = new QTextToSpeech(this);
    for (const QVoice& voice : m_tts->availableVoices()) {
        if (voice.name().contains(QLatin1String("Mandarin"), Qt::CaseInsensitive) ||
            voice.name().startsWith(QLatin1String("Chinese"), Qt::CaseInsensitive) ||
            voice.locale().language() == QLocale::Chinese) {
            m_tts->setVoice(voice);
            m_hasVoice = true;
            break;
        }
    }
    m_tts->setRate(-0.15);
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (m_speaking && (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)) {
            m_speaking = false;
            m_watchdog.stop();
            emit finished();
        }
    });
    // An engine that never reports the end must not stall the queue.
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_speaking) {
            m_speaking = false;
            emit finished();
        }
    });
}

TextToSpeechSpeaker::~TextToSpeechSpeaker() = default;

void TextToSpeechSpeaker::speak(const QString& text) {
    m_speaking = true;
    m_watchdog.start(std::max(4000, static_cast<int>(text.size()) * 400));
    m_tts->say(text);
}

QString TextToSpeechSpeaker::name() const { return m_tts->voice().name(); }

ChimeSpeaker::ChimeSpeaker(int millisPerCharacter, QObject* parent)
    : Speaker(parent)
    , m_millisPerCharacter(millisPerCharacter) {}

void ChimeSpeaker::speak(const QString& text) {
    QApplication::beep();
    QTimer::singleShot(static_cast<int>(text.size()) * m_millisPerCharacter, this, &Speaker::finished);
}

Announcer::Announcer(std::unique_ptr<Speaker> speaker, QObject* parent)
    : QObject(parent)
    , m_speaker(std::move(speaker)) {
    connect(m_speaker.get(), &Speaker::finished, this, [this] {
        m_speaking = false;
        next();
    });
}

std::unique_ptr<Speaker> Announcer::defaultSpeaker() {
    auto tts = std::make_unique<TextToSpeechSpeaker>();
    if (tts->hasChineseVoice())
        return tts;
    return std::make_unique<ChimeSpeaker>();
}

QString Announcer::callSentence(const QString& number, int counter) {
    return tr("Number %1, please go to counter %2").arg(number).arg(counter);
}

void Announcer::announce(const QString& text) {
    m_queue.enqueue(text);
    if (!m_speaking)
        next();
}

void Announcer::next() {
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    m_speaking = true;
    const QString text = m_queue.dequeue();
    emit started(text);
    m_speaker->speak(text);
}

} // namespace ow
