#include "ClientFixture.h"

#include "widgets/Announcer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// A speaker that takes 50 ms per sentence and records overlaps.
class SlowSpeaker : public Speaker {
public:
    void speak(const QString& text) override {
        if (speaking)
            overlapped = true;
        speaking = true;
        spoken << text;
        QTimer::singleShot(50, this, [this] {
            speaking = false;
            emit finished();
        });
    }
    QString name() const override { return QStringLiteral("recording"); }
    QStringList spoken;
    bool speaking = false;
    bool overlapped = false;
};

} // namespace

TEST(Announcer, SaysEveryCallInOrderOneAtATime) {
    auto speaker = std::make_unique<SlowSpeaker>();
    SlowSpeaker* raw = speaker.get();
    Announcer announcer(std::move(speaker));
    QStringList expected;
    for (int i = 1; i <= 5; ++i) {
        const QString sentence = Announcer::callSentence(QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0')), i);
        expected << sentence;
        announcer.announce(sentence);
    }
    EXPECT_EQ(announcer.pending(), 4);
    EXPECT_TRUE(waitFor([&] { return raw->spoken.size() == 5 && !announcer.isSpeaking(); }));
    EXPECT_EQ(raw->spoken, expected);
    EXPECT_FALSE(raw->overlapped);
    EXPECT_EQ(raw->spoken.first(), QStringLiteral("Number A001, please go to counter 1"));
}

TEST(Announcer, ChimeStandsInWhenThereIsNoVoice) {
    Announcer announcer(std::make_unique<ChimeSpeaker>(1));
    int started = 0;
    QObject::connect(&announcer, &Announcer::started, [&] { ++started; });
    announcer.announce(QStringLiteral("one"));
    announcer.announce(QStringLiteral("two"));
    EXPECT_TRUE(waitFor([&] { return started == 2 && !announcer.isSpeaking(); }));
    EXPECT_EQ(announcer.speaker().name(), QStringLiteral("chime"));
}

TEST(Announcer, TheVoiceLoadsInTheBackgroundAndNeverHoldsUpTheBoard) {
    QElapsedTimer clock;
    clock.start();
    auto speaker = std::make_unique<BackgroundVoiceSpeaker>();
    EXPECT_LT(clock.elapsed(), 500); // speech-dispatcher is asked on another thread
    Announcer announcer(std::move(speaker));
    int started = 0;
    QObject::connect(&announcer, &Announcer::started, [&] { ++started; });
    announcer.announce(QStringLiteral("A1")); // the chime, or the voice if it is already there
    announcer.announce(QStringLiteral("A2"));
    EXPECT_TRUE(waitFor([&] { return started == 2 && !announcer.isSpeaking(); }, 20000));
}
