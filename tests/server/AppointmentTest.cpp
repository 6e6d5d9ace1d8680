// Appointments (预约) through the API: a queue's plan, the slots a date offers under the hall's hours, booking with
// every refusal, the capacity held under 64 people booking at once, cancelling with the ID number's end; checking in
// (its window, once, by code or card) for a number called before walk-ins from the slot's start; no-shows and the
// hall's policy across days.
#include "Bookings.h"
#include "TestServer.h"

#include "domain/Appointment.h"
#include "domain/DailyStats.h"
#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <thread>

using namespace ow;
using namespace ow::testing;

namespace {

std::int64_t at(const std::string& isoUtc) { return parseUtcIso(isoUtc); }

class Appointments : public ::testing::Test {
protected:
    void SetUp() override {
        now = at("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
        supervisor = server.supervisorAt("h1", "sup1");
        const auto res = http.request("PUT", "/api/v1/halls/h1/appointment-plan", kPlanB, supervisor);
        ASSERT_EQ(res.status, 200) << res.body;
    }
    Poco::JSON::Array::Ptr slots(const std::string& date) {
        const auto res = http.get("/api/v1/halls/h1/slots?category=B&date=" + date);
        EXPECT_EQ(res.status, 200) << res.body;
        return res.status == 200 ? res.json()->getArray("slots") : Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    }

    std::int64_t now = 0;
    TestServer server;
    HttpClient http{server.port()};
    std::string supervisor;
};

} // namespace

TEST_F(Appointments, APlanIsCheckedWholeAndSetByASupervisorOnly) {
    auto res =
        http.request("PUT", "/api/v1/halls/h1/appointment-plan",
                     R"({"category":"B","weekdays":[0,1,1],"slots":[{"start":"9:00","end":"09:30","capacity":0},)"
                     R"({"start":"10:00","end":"10:30","capacity":2},{"start":"10:15","end":"10:45","capacity":2}]})",
                     supervisor);
    ASSERT_EQ(res.status, 400) << res.body;
    const auto problems = res.json()->getObject("error")->getArray("problems");
    ASSERT_EQ(problems->size(), 5u) << res.body;
    EXPECT_EQ(problems->getElement<std::string>(0).rfind("$.weekdays[0]", 0), 0u);
    EXPECT_EQ(problems->getElement<std::string>(1).rfind("$.weekdays[2]: this weekday is given twice", 0), 0u);
    res = http.request("PUT", "/api/v1/halls/h1/appointment-plan",
                       R"({"category":"Z","weekdays":[1],"slots":[{"start":"09:00","end":"09:30","capacity":1}]})",
                       supervisor);
    EXPECT_EQ(res.status, 404);
    res = http.request("PUT", "/api/v1/halls/h1/appointment-plan",
                       R"({"category":"B","weekdays":[1],"slots":[{"start":"09:00","end":"09:30","capacity":1}]})",
                       server.clerkAt("h1", 1));
    EXPECT_EQ(res.status, 403);
}

// Tuesday: the three slots; today (Monday 10:00) only those not begun; the hall's hours take out the one over lunch
// and a date closed takes them all; Saturday is not in the plan.
TEST_F(Appointments, TheQueuesThatTakeBookingsAreThoseWithAPlan) {
    auto res = http.get("/api/v1/halls/h1/appointment-queues");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto queues = res.json()->getArray("queues");
    ASSERT_EQ(queues->size(), 1u);
    EXPECT_EQ(queues->getObject(0)->getValue<std::string>("category"), "B");
    EXPECT_EQ(queues->getObject(0)->getValue<std::string>("name"), "不动产登记");
    EXPECT_EQ(http.get("/api/v1/halls/nowhere/appointment-queues").status, 404);
}

// The plan read back by the hall's people; removed, the queue takes no more bookings and those made stand.
TEST_F(Appointments, APlanIsReadBackAndRemovedWithoutTouchingTheBookingsMade) {
    const std::string clerk = server.clerkAt("h1", 1);
    auto res = http.get("/api/v1/halls/h1/appointment-plan?category=B", clerk);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(appointmentPlanFromJson(res.json()), appointmentPlanFromJson(parseObject(kPlanB)));
    EXPECT_EQ(http.get("/api/v1/halls/h1/appointment-plan?category=A", clerk).status, 404);
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1))).status, 201);
    EXPECT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointment-plan?category=B", "", clerk).status, 403);
    EXPECT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointment-plan?category=B", "", supervisor).status, 204);
    EXPECT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointment-plan?category=B", "", supervisor).status, 404);
    EXPECT_EQ(slots("2026-09-29")->size(), 0u);
    EXPECT_EQ(http.get("/api/v1/halls/h1/appointment-queues").json()->getArray("queues")->size(), 0u);
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(2))).errorCode(), "no_slot");
    res = http.get("/api/v1/halls/h1/appointments?date=2026-09-29", clerk);
    EXPECT_EQ(res.json()->getArray("bookings")->size(), 1u); // the one made stands
}

TEST_F(Appointments, TheSlotsOfADateFollowThePlanAndTheHallsHours) {
    EXPECT_EQ(slots("2026-09-29")->size(), 3u);
    const auto today = slots("2026-09-28");
    ASSERT_EQ(today->size(), 2u);
    EXPECT_EQ(today->getObject(0)->getValue<std::string>("start"), "11:30");
    EXPECT_EQ(today->getObject(0)->getValue<int>("free"), 2);
    EXPECT_EQ(slots("2026-10-03")->size(), 0u);
    EXPECT_EQ(slots("2026-09-27")->size(), 0u);

    const std::string admin = server.staffAt("h1", "admin1", StaffRole::Admin, DeviceKind::Supervisor);
    std::string week;
    for (int d = 1; d <= 5; ++d)
        week += std::string(d > 1 ? "," : "") + R"({"weekday":)" + std::to_string(d) +
                R"(,"opens":"09:00","closes":"17:00","lunch":{"from":"12:00","to":"13:30"}})";
    ASSERT_EQ(http.request("PUT", "/api/v1/halls/h1/hours",
                           R"({"week":[)" + week + R"(],"dates":[{"date":"2026-10-01","closed":true}]})", admin)
                  .status,
              200);
    const auto tuesday = slots("2026-09-29");
    ASSERT_EQ(tuesday->size(), 2u); // 11:30–12:30 runs into lunch
    EXPECT_EQ(tuesday->getObject(1)->getValue<std::string>("start"), "14:00");
    EXPECT_EQ(slots("2026-10-01")->size(), 0u);
    EXPECT_EQ(http.get("/api/v1/halls/nowhere/slots?category=B&date=2026-09-29").status, 404);
    EXPECT_EQ(http.get("/api/v1/halls/h1/slots?category=B&date=2026-02-30").status, 400);
}

TEST_F(Appointments, ABookingIsRefusedInWordsForEveryWrongThing) {
    auto res = http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1)));
    ASSERT_EQ(res.status, 201) << res.body;
    const auto made = res.json();
    EXPECT_EQ(made->getValue<std::string>("code").size(), 6u);
    EXPECT_EQ(made->getValue<std::string>("name"), "王*");
    EXPECT_EQ(made->getValue<std::string>("phone"), "138****8000");
    EXPECT_EQ(made->getValue<std::string>("end"), "09:30");
    EXPECT_EQ(res.body.find(idNumber(1)), std::string::npos);
    EXPECT_EQ(slots("2026-09-29")->getObject(0)->getValue<int>("free"), 2);

    res = http.post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(1)));
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "already_booked");
    std::string wrong = idNumber(2);
    wrong.back() = wrong.back() == '1' ? '2' : '1';
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", wrong)).errorCode(), "invalid_id_number");
    EXPECT_EQ(
        http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(3), "2026-09-29", "12345")).errorCode(),
        "invalid_phone");
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:15", idNumber(3))).errorCode(), "no_slot");
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(3), "2026-09-28")).errorCode(),
              "no_slot"); // today's 09:00 has begun
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(3), "2026-10-03")).errorCode(),
              "no_slot"); // Saturday
    res = http.post("/api/v1/halls/h1/appointments", R"({"category":"B","date":"2026-09-29"})");
    EXPECT_EQ(res.status, 400);
    EXPECT_NE(res.body.find("start"), std::string::npos);

    // The slot fills: the fourth is refused. Cancelling with the wrong tail says nothing; with the right one frees it.
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(4))).status, 201);
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(5))).status, 201);
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(6))).errorCode(), "slot_full");
    const std::string code = made->getValue<std::string>("code");
    EXPECT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointments/" + code + "?id_tail=0000").status, 404);
    const std::string tail = idNumber(1).substr(14);
    EXPECT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointments/" + code + "?id_tail=" + tail).status, 204);
    EXPECT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointments/" + code + "?id_tail=" + tail).status, 404);
    EXPECT_EQ(slots("2026-09-29")->getObject(0)->getValue<int>("free"), 1);
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(6))).status, 201);
    // The one who cancelled may book again.
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(1))).status, 201);
}

// A person at the counter books for someone on the phone: not limited by the address; a device alone may not.
TEST_F(Appointments, ACounterBooksForSomeoneAndTheBookingIsAudited) {
    const std::string clerk = server.clerkAt("h1", 1);
    for (int n = 10; n < 13; ++n) {
        const auto res =
            http.post("/api/v1/halls/h1/appointments", booking(n == 12 ? "14:00" : "11:30", idNumber(n)), clerk);
        EXPECT_EQ(res.status, 201) << res.body;
    }
    const auto audit = http.get("/api/v1/halls/h1/audit?limit=1", supervisor);
    EXPECT_EQ(audit.json()->getArray("entries")->getObject(0)->getValue<std::string>("action"), "appointment.booked");
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(20)),
                        server.enroll("h1", DeviceKind::Kiosk))
                  .status,
              403);
}

// 64 people booking the last three places of a slot at the same moment: exactly three get one.
TEST_F(Appointments, SixtyFourAtOnceForTheLastThreePlacesExactlyThreeSucceed) {
    constexpr int kPeople = 64;
    std::atomic<int> booked{0}, full{0}, other{0};
    std::vector<std::thread> people;
    std::atomic<bool> go{false};
    for (int i = 0; i < kPeople; ++i)
        people.emplace_back([&, i] {
            HttpClient mine(server.port(), "127.0.0." + std::to_string(2 + i % 200)); // each from an address of its own
            while (!go)
                std::this_thread::yield();
            const auto res = mine.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(100 + i)));
            if (res.status == 201)
                ++booked;
            else if (res.errorCode() == "slot_full")
                ++full;
            else
                ++other;
        });
    go = true;
    for (auto& t : people)
        t.join();
    EXPECT_EQ(booked.load(), 3);
    EXPECT_EQ(full.load(), kPeople - 3);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(slots("2026-09-29")->getObject(0)->getValue<int>("free"), 0);
}

namespace {

// Tuesday 2026-09-29 at hh:mm in Shanghai.
std::int64_t tuesdayAt(int hour, int minute) {
    return at("2026-09-29T00:00:00Z") + (std::int64_t{hour - 8} * 60 + minute) * 60000;
}

} // namespace

// From half an hour before the slot to its end, once; by code at the kiosk or a counter, or by the ID card.
TEST_F(Appointments, ACheckInIsTakenInItsWindowOnceAndGivesAnAppointmentNumber) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto res = http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1)));
    ASSERT_EQ(res.status, 201) << res.body;
    const std::string code = res.json()->getValue<std::string>("code");
    const std::string late =
        http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(2))).json()->getValue<std::string>("code");
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(3))).status, 201);

    now = tuesdayAt(8, 20);
    res = http.post("/api/v1/halls/h1/appointments/" + code + "/check-in", "", kiosk);
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "too_early");
    EXPECT_EQ(res.json()->getObject("error")->getValue<std::string>("opens_at"), "2026-09-29T00:30:00.000Z");
    now = tuesdayAt(8, 45);
    res = http.post("/api/v1/halls/h1/appointments/" + code + "/check-in", "", kiosk);
    ASSERT_EQ(res.status, 201) << res.body;
    const auto ticket = res.json();
    EXPECT_EQ(ticket->getValue<std::string>("priority"), "appointment");
    EXPECT_EQ(ticket->getValue<std::string>("number"), "B001");
    EXPECT_EQ(ticket->getValue<std::string>("holder"), IdNumber::masked(idNumber(1)));
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments/" + code + "/check-in", "", kiosk).errorCode(),
              "already_checked_in");
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments/000000/check-in", "", kiosk).status, 404);
    // Not a number anyone may ask for by themselves.
    EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"B","priority":"appointment"})", kiosk).status, 400);
    // Who may: the kiosk, a clerk at a counter; not a supervisor's screen, nor someone without a device.
    EXPECT_EQ(
        http.post("/api/v1/halls/h1/appointments/" + late + "/check-in", "", server.supervisorAt("h1", "sup2")).status,
        403);
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments/" + late + "/check-in", "").status, 401);

    // The card laid on the reader: the ID number's booking of today (the 14:00 one is not yet open).
    res = http.post("/api/v1/halls/h1/appointment-check-ins", R"({"id_number":")" + idNumber(3) + "\"}", kiosk);
    EXPECT_EQ(res.errorCode(), "too_early");
    EXPECT_EQ(
        http.post("/api/v1/halls/h1/appointment-check-ins", R"({"id_number":")" + idNumber(9) + "\"}", kiosk).status,
        404);
    now = tuesdayAt(13, 40);
    EXPECT_EQ(
        http.post("/api/v1/halls/h1/appointment-check-ins", R"({"id_number":")" + idNumber(3) + "\"}", kiosk).status,
        201);

    // Past the slot's end: too late, and the day's list says it was not kept.
    res = http.post("/api/v1/halls/h1/appointments/" + late + "/check-in", "", server.clerkAt("h1", 1));
    EXPECT_EQ(res.errorCode(), "too_late");
    res = http.get("/api/v1/halls/h1/appointments?date=2026-09-29", server.clerkAt("h1", 2));
    ASSERT_EQ(res.status, 200) << res.body;
    const auto bookings = res.json()->getArray("bookings");
    ASSERT_EQ(bookings->size(), 3u);
    std::map<std::string, std::string> states; // by code
    for (std::size_t i = 0; i < bookings->size(); ++i)
        states[bookings->getObject(i)->getValue<std::string>("code")] =
            bookings->getObject(i)->getValue<std::string>("state");
    EXPECT_EQ(states[code], "checked_in");
    EXPECT_EQ(states[late], "no_show");
    EXPECT_EQ(bookings->getObject(2)->getValue<std::string>("state"), "checked_in"); // 14:00
    EXPECT_EQ(res.body.find(idNumber(2)), std::string::npos);
    EXPECT_EQ(http.get("/api/v1/halls/h1/appointments?date=2026-09-29", kiosk).status, 403);
}

// The order written down in domain/Ticket.h: elderly first; a checked-in appointment waits among walk-ins until its
// slot begins and is then called before every walk-in.
TEST_F(Appointments, ACheckedInAppointmentIsCalledBeforeWalkInsFromItsSlot) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    const std::string code =
        http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(1))).json()->getValue<std::string>("code");
    auto take = [&](const std::string& priority) {
        const auto res =
            http.post("/api/v1/halls/h1/tickets", R"({"category":"B","priority":")" + priority + "\"}", kiosk);
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json();
    };
    now = tuesdayAt(8, 40);
    take("normal"); // B001
    now = tuesdayAt(8, 45);
    const auto appointment = http.post("/api/v1/halls/h1/appointments/" + code + "/check-in", "", kiosk).json();
    EXPECT_EQ(appointment->getValue<int>("waiting_ahead"), 1); // not before its slot: behind the one who came first
    now = tuesdayAt(8, 50);
    take("normal"); // B003
    now = tuesdayAt(8, 55);
    take("elderly"); // B004

    const std::string clerk = server.clerkAt("h1", 1);
    std::vector<std::string> called;
    auto callAndFinish = [&] {
        const auto res = http.post("/api/v1/counters/1/call-next", "", clerk);
        EXPECT_EQ(res.status, 200) << res.body;
        const auto t = res.json()->getObject("ticket");
        called.push_back(t->getValue<std::string>("number"));
        EXPECT_EQ(http.post("/api/v1/tickets/" + t->getValue<std::string>("id") + "/finish", "", clerk).status, 200);
    };
    now = tuesdayAt(8, 56);
    callAndFinish();
    callAndFinish();
    now = tuesdayAt(9, 0);
    const auto after = take("normal"); // B005: the appointment, due now, is ahead of it too
    EXPECT_EQ(after->getValue<int>("waiting_ahead"), 2);
    callAndFinish();
    callAndFinish();
    callAndFinish();
    EXPECT_EQ(called, (std::vector<std::string>{"B004", "B001", "B002", "B003", "B005"}));
    // The board is told which of the calls was an appointment's.
    const auto queue = http.get("/api/v1/halls/h1/queue", kiosk);
    ASSERT_EQ(queue.status, 200) << queue.body;
    const auto calls = queue.json()->getArray("recent_calls");
    ASSERT_EQ(calls->size(), 5u);
    EXPECT_EQ(calls->getObject(2)->getValue<std::string>("number"), "B002");
    EXPECT_EQ(calls->getObject(2)->getValue<std::string>("priority"), "appointment");
    EXPECT_FALSE(calls->getObject(1)->has("priority")); // B003, a walk-in
}

// A hall's policy: two no-shows within 30 days stop bookings for 10 days from the last; across days, on the
// injected clock. The rule sweep marks what nobody read.
TEST_F(Appointments, NoShowsSuspendBookingsUnderTheHallsPolicy) {
    auto res = http.request("PUT", "/api/v1/halls/h1/appointment-policy",
                            R"({"no_shows":-1,"within_days":0,"blocked_days":"x"})", supervisor);
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json()->getObject("error")->getArray("problems")->size(), 3u) << res.body;
    EXPECT_EQ(http.request("PUT", "/api/v1/halls/h1/appointment-policy",
                           R"({"no_shows":2,"within_days":30,"blocked_days":10})", server.clerkAt("h1", 1))
                  .status,
              403);
    res = http.request("PUT", "/api/v1/halls/h1/appointment-policy",
                       R"({"no_shows":2,"within_days":30,"blocked_days":10})", supervisor);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(http.get("/api/v1/halls/h1/appointment-policy", supervisor).json()->getValue<int>("blocked_days"), 10);

    const std::string person = idNumber(7);
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", person, "2026-09-29")).status, 201);
    now = tuesdayAt(10, 0);
    EXPECT_EQ(server.context().appointments.markNoShows(now), 1);
    EXPECT_EQ(server.context().appointments.markNoShows(now), 0);
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", person, "2026-09-30")).status, 201);
    now = tuesdayAt(10, 0) + 24 * 3600 * 1000LL; // Wednesday 10:00: missed again, not yet swept
    res = http.post("/api/v1/halls/h1/appointments", booking("09:00", person, "2026-10-08"));
    EXPECT_EQ(res.status, 409);
    EXPECT_EQ(res.errorCode(), "booking_suspended");
    EXPECT_EQ(res.json()->getObject("error")->getValue<std::string>("until"), "2026-10-10");
    // Somebody else still books; and the person again once the ten days are over.
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", idNumber(8), "2026-10-08")).status, 201);
    now = at("2026-10-10T01:00:00Z");
    EXPECT_EQ(http.post("/api/v1/halls/h1/appointments", booking("09:00", person, "2026-10-12")).status, 201);
}

// 督查: the day's figures count the appointments by slot and queue — places taken, checked in, not come by the
// slot's end (before the sweep has marked them), still to come, cancelled.
TEST_F(Appointments, TheDaysFiguresCountAppointmentsBySlotAndQueue) {
    const std::string kiosk = server.enroll("h1", DeviceKind::Kiosk);
    auto codeOf = [&](const std::string& start, int person) {
        const auto res = http.post("/api/v1/halls/h1/appointments", booking(start, idNumber(person)));
        EXPECT_EQ(res.status, 201) << res.body;
        return res.status == 201 ? res.json()->getValue<std::string>("code") : std::string();
    };
    const std::string kept = codeOf("09:00", 1);
    codeOf("09:00", 2); // does not come
    const std::string cancelled = codeOf("09:00", 3);
    codeOf("14:00", 4); // still to come
    const std::string tail = idNumber(3).substr(14);
    ASSERT_EQ(http.request("DELETE", "/api/v1/halls/h1/appointments/" + cancelled + "?id_tail=" + tail).status, 204);
    now = tuesdayAt(8, 45);
    ASSERT_EQ(http.post("/api/v1/halls/h1/appointments/" + kept + "/check-in", "", kiosk).status, 201);

    now = tuesdayAt(10, 0);
    const std::string supervisor = server.supervisorAt("h1", "sup-tuesday"); // Monday's session has ended
    const auto res = http.get("/api/v1/stats/daily?hall=h1&date=2026-09-29", supervisor);
    ASSERT_EQ(res.status, 200) << res.body;
    const auto day = res.json();
    const auto slotList = day->getArray("appointment_slots");
    ASSERT_EQ(slotList->size(), 2u) << res.body;
    const auto nine = slotList->getObject(0);
    EXPECT_EQ(nine->getValue<std::string>("category"), "B");
    EXPECT_EQ(nine->getValue<std::string>("name"), "不动产登记");
    EXPECT_EQ(nine->getValue<std::string>("start"), "09:00");
    EXPECT_EQ(nine->getValue<std::string>("end"), "09:30");
    EXPECT_EQ(nine->getValue<int>("capacity"), 3);
    EXPECT_EQ(nine->getValue<int>("booked"), 2);
    EXPECT_EQ(nine->getValue<int>("checked_in"), 1);
    EXPECT_EQ(nine->getValue<int>("no_show"), 1);
    EXPECT_EQ(nine->getValue<int>("cancelled"), 1);
    const auto two = slotList->getObject(1);
    EXPECT_EQ(two->getValue<std::string>("start"), "14:00");
    EXPECT_EQ(two->getValue<int>("booked"), 1);
    EXPECT_EQ(two->getValue<int>("no_show"), 0);
    const auto totals = day->getObject("totals");
    EXPECT_EQ(totals->getValue<int>("appointments_booked"), 3);
    EXPECT_EQ(totals->getValue<int>("appointments_checked_in"), 1);
    EXPECT_EQ(totals->getValue<int>("appointments_no_show"), 1);
    EXPECT_EQ(totals->getValue<int>("appointments_cancelled"), 1);
    const auto categories = day->getArray("by_category");
    ASSERT_EQ(categories->size(), 1u); // the appointment's number, in queue B
    EXPECT_EQ(categories->getObject(0)->getValue<std::string>("category"), "B");
    EXPECT_EQ(categories->getObject(0)->getValue<int>("appointments_booked"), 3);
    // The same figures read back by the client's reader of the wire.
    const DailyStats stats = dailyStatsFromJson(day);
    ASSERT_EQ(stats.appointmentSlots.size(), 2u);
    EXPECT_EQ(stats.appointmentSlots[0].noShow, 1);
    EXPECT_EQ(stats.appointmentSlots[1].start, 14 * 60);
    EXPECT_EQ(stats.totals.appointmentsCancelled, 1);
    // Another day has none.
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&date=2026-09-30", supervisor)
                  .json()
                  ->getArray("appointment_slots")
                  ->size(),
              0u);
}
