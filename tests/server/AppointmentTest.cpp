// Appointments (预约) through the API: a queue's plan, the slots a date offers under the hall's hours, booking with
// every refusal, the capacity held under 64 people booking at once, and cancelling with the ID number's end.
#include "TestServer.h"

#include "domain/HallTime.h"
#include "domain/IdNumber.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace ow;
using namespace ow::testing;

namespace {

std::int64_t at(const std::string& isoUtc) { return parseUtcIso(isoUtc); }

// A valid resident ID number of Chengdu's Qingbaijiang district, born 1980-01-01, told apart by `n`.
std::string idNumber(int n) {
    const std::string seq = std::to_string(100 + n % 900);
    const std::string first17 = "510113" + std::string("19800101") + seq;
    return first17 + IdNumber::checkCharacter(first17);
}

std::string booking(const std::string& start, const std::string& id, const std::string& date = "2026-09-29",
                    const std::string& phone = "138 0013 8000") {
    return R"({"category":"B","date":")" + date + R"(","start":")" + start + R"(","name":"王磊","id_number":")" + id +
           R"(","phone":")" + phone + "\"}";
}

class Appointments : public ::testing::Test {
protected:
    void SetUp() override {
        now = at("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}, {"B", "不动产登记"}}, 2, {"A", "B"});
        supervisor = server.supervisorAt("h1", "sup1");
        const auto res = http.request(
            "PUT", "/api/v1/halls/h1/appointment-plan",
            R"({"category":"B","weekdays":[1,2,3,4,5],"slots":[{"start":"09:00","end":"09:30","capacity":3},)"
            R"({"start":"11:30","end":"12:30","capacity":2},{"start":"14:00","end":"14:30","capacity":2}]})",
            supervisor);
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
