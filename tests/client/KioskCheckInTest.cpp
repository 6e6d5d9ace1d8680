// 预约签到 at the kiosk, against a real server on the injected clock: the code typed on the pad before the window
// opens is told when it does; the booking's QR read in the window gives an appointment number, printed; read again
// it is refused in words; an ID card laid on the reader checks its holder's appointment in by itself.
#include "ClientFixture.h"

#include "app/kiosk/KioskDigitPad.h"
#include "app/kiosk/KioskWindow.h"

#include "domain/Appointment.h"
#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"

#include "../server/Bookings.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <vector>

using namespace ow;
using namespace ow::testing;

TEST(KioskCheckIn, ACodeTypedOrReadOrACardLaidGivesAnAppointmentNumber) {
    TestServer server;
    std::atomic<std::int64_t> now{parseUtcIso("2026-09-28T02:00:00Z")}; // Monday 10:00 in Shanghai
    server.context().clock = [&now] { return now.load(); };
    server.addHall("h1", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
    HttpClient http(server.port());
    ASSERT_EQ(http.request("PUT", "/api/v1/halls/h1/appointment-plan", kPlanB, server.supervisorAt("h1", "s1")).status,
              200);
    const auto booked = http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1)));
    ASSERT_EQ(booked.status, 201) << booked.body;
    const QString code = QString::fromStdString(booked.json()->getValue<std::string>("code"));
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(2))).status, 201);

    auto api = clientFor(server, server.enroll("h1", DeviceKind::Kiosk));
    KioskWindow kiosk(*api, QStringLiteral("h1"), {});
    std::mutex printing; // the sink runs on the kiosk's printing thread
    std::vector<TicketSlip> printed;
    kiosk.setTicketSink([&](const TicketSlip& slip, QString*) {
        std::lock_guard lock(printing);
        printed.push_back(slip);
        return true;
    });
    const auto slips = [&] {
        std::lock_guard lock(printing);
        return printed;
    };
    kiosk.show();
    ASSERT_TRUE(waitFor([&] { return kiosk.isReady(); }));

    // Tuesday 08:20: typed on the pad, too early — when it opens, in the hall's time.
    now = parseUtcIso("2026-09-29T00:20:00Z");
    kiosk.askCheckInCode();
    const QString typed = code + QStringLiteral("9"); // a seventh digit is not taken
    for (const QChar digit : typed)
        kiosk.checkInPad().press(QString(digit));
    kiosk.checkInPad().press(QStringLiteral("⌫"));
    kiosk.checkInPad().press(code.right(1));
    EXPECT_EQ(kiosk.checkInPad().typed(), code);
    kiosk.checkIn(kiosk.checkInPad().typed());
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));
    EXPECT_TRUE(kiosk.messageText().contains(QStringLiteral("08:30"))) << kiosk.messageText().toStdString();

    // 08:45: the booking's QR at the reader.
    now = parseUtcIso("2026-09-29T00:45:00Z");
    kiosk.codeScanned(QString::fromStdString(makeAppointmentLink({"h1", code.toStdString()})));
    ASSERT_TRUE(waitFor([&] { return kiosk.printed() == true && kiosk.shownNumber() == QStringLiteral("B001"); }));
    ASSERT_EQ(slips().size(), 1u);
    EXPECT_EQ(slips().front().ticket.priority, Priority::Appointment);
    EXPECT_EQ(slips().front().categoryName, QStringLiteral("不动产登记"));
    kiosk.codeScanned(QString::fromStdString(makeAppointmentLink({"h1", code.toStdString()})));
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));
    EXPECT_FALSE(kiosk.messageText().isEmpty());
    kiosk.codeScanned(QString::fromStdString(makeAppointmentLink({"h2", code.toStdString()})));
    ASSERT_TRUE(waitFor([&] { return kiosk.currentPage() == 2; }));

    // The second person lays their card on the reader at home: checked in, no service to choose.
    kiosk.askCheckInCode();
    emit kiosk.checkInPad().back(); // home
    kiosk.cardLaid(QString::fromStdString(idNumber(2)), QStringLiteral("李娜"), false, true);
    ASSERT_TRUE(waitFor([&] { return kiosk.shownNumber() == QStringLiteral("B002"); }));
    ASSERT_TRUE(waitFor([&] { return slips().size() == 2; }));
    EXPECT_EQ(slips().back().ticket.priority, Priority::Appointment);
    EXPECT_EQ(slips().back().ticket.holder, IdNumber::masked(idNumber(2)));
}
