#include "ClientFixture.h"

#include "app/DisplayWindow.h"
#include "sync/HallFeed.h"
#include "widgets/Announcer.h"
#include "widgets/CallBoardWidget.h"

#include <QTimer>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

class QuickSpeaker : public Speaker {
public:
    void speak(const QString& text) override {
        spoken << text;
        QTimer::singleShot(10, this, &Speaker::finished);
    }
    QString name() const override { return QStringLiteral("quick"); }
    QStringList spoken;
};

} // namespace

TEST(DisplayMode, ShowsAndAnnouncesEveryCallInOrder) {
    TestServer server;
    server.addHall("h1", {{"A", "综合业务"}}, 2, {"A"});
    HttpClient http(server.port());
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto api = clientFor(server, server.enroll("h1", DeviceKind::Display));
    auto speaker = std::make_unique<QuickSpeaker>();
    QuickSpeaker* spoken = speaker.get();
    DisplayWindow display(*api, QStringLiteral("h1"), std::make_unique<Announcer>(std::move(speaker)));
    display.show();
    ASSERT_TRUE(waitFor([&] { return display.feed().isLive(); }));

    const std::string clerk1 = server.clerkAt("h1", 1);
    const std::string clerk2 = server.clerkAt("h1", 2);
    for (int i = 0; i < 3; ++i)
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", kiosk);
    ASSERT_EQ(http.post("/api/v1/counters/1/call-next", "", clerk1).status, 200);
    ASSERT_EQ(http.post("/api/v1/counters/2/call-next", "", clerk2).status, 200);
    ASSERT_TRUE(waitFor([&] { return spoken->spoken.size() == 2; }));
    EXPECT_EQ(spoken->spoken[0], QStringLiteral("Number A001, please go to counter 1"));
    EXPECT_EQ(spoken->spoken[1], QStringLiteral("Number A002, please go to counter 2"));
    ASSERT_TRUE(waitFor([&] { return display.board().listedCalls() == 2; }));
    EXPECT_EQ(display.board().currentNumber(), QStringLiteral("A002"));
}
