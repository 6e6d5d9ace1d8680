#include "widgets/Announcer.h"

#include <QApplication>
#include <QProcess>
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

BackgroundVoiceSpeaker::BackgroundVoiceSpeaker(QObject* parent)
    : Speaker(parent)
    , m_chime(new ChimeSpeaker(120, this)) {
    connect(m_chime, &Speaker::finished, this, &Speaker::finished);
    auto* probe = new QProcess(this);
    connect(probe, &QProcess::finished, this, [this, probe](int exitCode, QProcess::ExitStatus status) {
        probe->deleteLater();
        if (status == QProcess::NormalExit && exitCode == 0)
            loadVoice();
    });
    connect(probe, &QProcess::errorOccurred, probe, &QObject::deleteLater); // no spd-say: the chime it is
    QTimer::singleShot(3000, probe, [probe] { probe->kill(); });            // no answer: the chime it is
    probe->start(QStringLiteral("spd-say"), {QStringLiteral("-L")});
}

void BackgroundVoiceSpeaker::loadVoice() {
    auto* voice = new TextToSpeechSpeaker(this);
    if (!voice->hasChineseVoice()) {
        voice->deleteLater();
        return;
    }
    m_voice = voice;
    connect(voice, &Speaker::finished, this, &Speaker::finished);
    emit voiceLoaded(voice->name());
}

void BackgroundVoiceSpeaker::speak(const QString& text) {
    if (m_voice)
        m_voice->speak(text);
    else
        m_chime->speak(text);
}

QString BackgroundVoiceSpeaker::name() const { return m_voice ? m_voice->name() : QStringLiteral("chime"); }

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

std::unique_ptr<Speaker> Announcer::defaultSpeaker() { return std::make_unique<BackgroundVoiceSpeaker>(); }

QString Announcer::callSentence(const QString& number, int counter) {
    return tr("Number %1, please go to counter %2").arg(number).arg(counter);
}

void Announcer::announce(const QString& text) {
    m_queue.enqueue(text);
    if (!m_speaking)
        next();
}

void Announcer::replace(const QStringList& texts) {
    m_queue.clear();
    for (const QString& text : texts)
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
