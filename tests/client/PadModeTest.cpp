// The rating pad offscreen against a real server: a finished service is asked for, rated once and stored; a bad
// rating takes reasons and opens a rectification; no answer records "not rated"; an answer survives a dead line.
#include "ClientFixture.h"

#include "app/pad/PadWindow.h"
#include "store/LocalStore.h"
#include "sync/PadSession.h"
#include "widgets/Announcer.h"
#include "widgets/RatingPad.h"
#include "widgets/Style.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;
using namespace Poco::Data::Keywords;

namespace {

class PadMode : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        clerk = server.clerkAt("h1", 2);
        padToken = server.enroll("h1", DeviceKind::Pad, 2);
        api = clientFor(server, padToken);
        store = std::make_unique<LocalStore>(dir.filePath(QStringLiteral("pad.db")));
    }
    void open(int waitingMs = 0) {
        window = std::make_unique<PadWindow>(*api, PadWindow::Options{QStringLiteral("h1"), 2, store.get(), waitingMs});
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(waitFor([&] { return window->session().isLive() && !window->session().clerkName().isEmpty(); }));
    }
    void TearDown() override {
        window.reset();
        if (api)
            api->waitForIdle();
    }
    // The clerk at counter 2 serves the next citizen to the end; the ticket's id.
    std::string serveOne() {
        EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk).status, 201);
        auto called = http.post("/api/v1/counters/2/call-next", "", clerk);
        const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
        EXPECT_EQ(http.post("/api/v1/tickets/" + id + "/finish", "", clerk).status, 200);
        return id;
    }
    // (rows, level or -1 for "not rated") of the ratings of a ticket, as the server stored them.
    std::pair<int, int> stored(const std::string& ticket) {
        return server.database().read([&](Poco::Data::Session& s) {
            int rows = 0, level = -1;
            Poco::Nullable<int> value;
            s << "SELECT COUNT(*) FROM ratings WHERE ticket_id = ?", bind(ticket), into(rows), now;
            s << "SELECT level FROM ratings WHERE ticket_id = ?", bind(ticket), into(value), now;
            if (!value.isNull())
                level = value.value();
            return std::make_pair(rows, level);
        });
    }

    TestServer server;
    HttpClient http{server.port()};
    QTemporaryDir dir;
    std::string kiosk, clerk, padToken;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<PadWindow> window;
};

} // namespace

TEST_F(PadMode, AFinishedServiceIsAskedForAndRatedOnce) {
    open();
    RatingPad& pad = window->pad();
    EXPECT_EQ(pad.page(), RatingPad::Page::Idle);
    EXPECT_EQ(window->session().clerkName(), QStringLiteral("办事员2"));
    EXPECT_EQ(window->session().staffNumber(), QString()); // the hall gave no 工号: never the account instead
    const std::string ticket = serveOne();
    ASSERT_TRUE(waitFor([&] { return pad.page() == RatingPad::Page::Choices; }));
    EXPECT_EQ(pad.askedTicket().toStdString(), ticket);
    pad.choose(RatingLevel::Satisfied);
    EXPECT_EQ(pad.page(), RatingPad::Page::Thanks);
    ASSERT_TRUE(waitFor([&] { return stored(ticket).first == 1 && window->session().pendingCount() == 0; }));
    EXPECT_EQ(stored(ticket).second, 4);
    pad.choose(RatingLevel::VeryDissatisfied); // a second touch after the answer changes nothing
    EXPECT_EQ(stored(ticket), std::make_pair(1, 4));
}

TEST_F(PadMode, ABadRatingNeedsAReasonAndOpensARectification) {
    open();
    RatingPad& pad = window->pad();
    const std::string ticket = serveOne();
    ASSERT_TRUE(waitFor([&] { return pad.page() == RatingPad::Page::Choices; }));
    pad.choose(RatingLevel::VeryDissatisfied);
    ASSERT_EQ(pad.page(), RatingPad::Page::Reasons);
    pad.submitReasons(); // nothing chosen: stays
    EXPECT_EQ(pad.page(), RatingPad::Page::Reasons);
    pad.toggleReason(QStringLiteral("多次跑动"));
    pad.togglePhrase(QStringLiteral("Requirements not clear"));
    pad.togglePhrase(QStringLiteral("Had to come back again"));
    EXPECT_EQ(pad.comment(), QStringLiteral("Requirements not clear; Had to come back again"));
    pad.submitReasons();
    EXPECT_EQ(pad.page(), RatingPad::Page::Thanks);
    ASSERT_TRUE(waitFor([&] { return stored(ticket).first == 1; }));
    EXPECT_EQ(stored(ticket).second, 1);
    const int open = server.database().read([](Poco::Data::Session& s) {
        int n = 0;
        s << "SELECT COUNT(*) FROM rectifications", into(n), now;
        return n;
    });
    EXPECT_EQ(open, 1);
}

TEST_F(PadMode, ReasonsBeingChosenSurviveThePadLookingAgainAtTheCounter) {
    open();
    RatingPad& pad = window->pad();
    const std::string ticket = serveOne();
    ASSERT_TRUE(waitFor([&] { return pad.page() == RatingPad::Page::Choices; }));
    pad.choose(RatingLevel::Dissatisfied);
    pad.toggleReason(QStringLiteral("办事效率"));
    // Meanwhile the clerk calls the next citizen: the pad asks the server who is on duty again.
    http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    ASSERT_EQ(http.post("/api/v1/counters/2/call-next", "", clerk).status, 200);
    waitFor([] { return false; }, 300); // the event and the pad's second look at the counter come and go
    EXPECT_EQ(pad.page(), RatingPad::Page::Reasons);
    pad.submitReasons(); // the reason chosen before is still chosen
    EXPECT_EQ(pad.page(), RatingPad::Page::Thanks);
    ASSERT_TRUE(waitFor([&] { return stored(ticket).first == 1; }));
    EXPECT_EQ(stored(ticket).second, 2);
}

TEST_F(PadMode, NoAnswerInTimeIsRecordedAsNotRated) {
    open(400);
    RatingPad& pad = window->pad();
    const std::string ticket = serveOne();
    ASSERT_TRUE(waitFor([&] { return pad.page() == RatingPad::Page::Choices; }));
    ASSERT_TRUE(waitFor([&] { return pad.page() == RatingPad::Page::Idle; }, 3000));
    ASSERT_TRUE(waitFor([&] { return stored(ticket).first == 1; }));
    EXPECT_EQ(stored(ticket).second, -1); // stored, without a level: counts against the rating rate
}

TEST_F(PadMode, AnAnswerGivenWhileTheServerIsUnreachableIsDeliveredLater) {
    const std::string ticket = serveOne();
    {
        ApiClient dead(deadServerUrl());
        dead.setToken(QByteArray::fromStdString(padToken));
        PadSession offline(dead, QStringLiteral("h1"), 2, store.get());
        offline.submit(QString::fromStdString(ticket), RatingInput{5, {}, {}});
        dead.waitForIdle();
        waitFor([] { return false; }, 100); // the failed answer comes back
        EXPECT_EQ(offline.pendingCount(), 1);
    }
    EXPECT_EQ(stored(ticket).first, 0);
    // The pad starts again with the line back: the kept answer goes up, once.
    PadSession online(*api, QStringLiteral("h1"), 2, store.get());
    EXPECT_EQ(online.pendingCount(), 1);
    online.start();
    ASSERT_TRUE(waitFor([&] { return online.pendingCount() == 0; }));
    EXPECT_EQ(stored(ticket), std::make_pair(1, 5));
}

// 长辈模式 on the pad: its own toggle, 1.5 times the text, twice the time, and the question and its five answers said.
TEST(PadElderlyMode, TheQuestionAndItsAnswersAreSaidLargerAndWithMoreTime) {
    applyStyle(*qApp);
    struct Unstyle {
        ~Unstyle() { qApp->setStyleSheet({}); }
    } unstyle;
    RatingPad pad;
    auto owned = std::make_unique<RecordingSpeaker>();
    RecordingSpeaker* voice = owned.get();
    pad.setVoice(std::move(owned));
    pad.setWaitingTime(30000);
    pad.resize(1280, 800);
    pad.show();
    pad.ask(QStringLiteral("t-1"), QStringLiteral("A001"));
    const QToolButton* choice = pad.findChild<QToolButton*>(QStringLiteral("padChoiceButton"));
    ASSERT_NE(choice, nullptr);
    const int normal = QFontInfo(choice->font()).pixelSize();
    waitFor([] { return false; }, 50);
    EXPECT_TRUE(voice->said.isEmpty());

    QPushButton* toggle = pad.findChild<QPushButton*>(QStringLiteral("padElderButton"));
    ASSERT_NE(toggle, nullptr);
    toggle->click(); // the pad's own large toggle
    ASSERT_TRUE(pad.isElderly());
    EXPECT_GE(QFontInfo(choice->font()).pixelSize(), normal * 3 / 2);
    EXPECT_EQ(pad.waitingTime(), 60000);
    ASSERT_TRUE(waitFor([&] { return voice->said.size() >= 6; })) << voice->said.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(voice->said.front().contains(QStringLiteral("Number A001"))) << voice->said.front().toStdString();
    for (const char* level : {"Very satisfied", "Satisfied", "Fairly satisfied", "Dissatisfied", "Very dissatisfied"})
        EXPECT_TRUE(voice->said.contains(QString::fromLatin1(level))) << level;

    // The answer touched is said, then the thanks.
    voice->said.clear();
    pad.choose(RatingLevel::VerySatisfied);
    ASSERT_TRUE(waitFor([&] { return voice->said.join(QLatin1Char('|')).contains(QStringLiteral("Thank you")); }));
}
