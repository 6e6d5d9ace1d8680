// The supervisor's day (GET /api/v1/stats/daily): a generated day in Shanghai, every figure against a count by hand,
// including the percentiles and the day's edges in the hall's time zone.
#include "TestServer.h"

#include "domain/Case.h"
#include "domain/Json.h"

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

namespace {

// 2026-11-26 00:00 in Shanghai.
constexpr std::int64_t kDayStart = 1795651200000 - 8 * 3600 * 1000;
constexpr std::int64_t kMinute = 60 * 1000;
std::int64_t at(int hour, int minute, int second = 0) {
    return kDayStart + (hour * 60 + minute) * kMinute + second * 1000;
}

class StatsTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.context().clock = [this] { return now; };
        server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 2, {"A", "B"});
        server.context().halls.addCounter("h1", 1, {"A"}); // counter 1 serves A only; counter 2 both
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        clerk1 = server.clerkAt("h1", 1);
        clerk2 = server.clerkAt("h1", 2);
        pad1 = server.enroll("h1", DeviceKind::Pad, 1);
        pad2 = server.enroll("h1", DeviceKind::Pad, 2);
        boss = server.supervisorAt("h1", "boss");
        counterDevice = server.context().auth.authenticate(clerk1, now)->deviceId;
    }
    std::string issue(const char* category, std::int64_t when) {
        now = when;
        auto res = http.post("/api/v1/halls/h1/tickets", std::string(R"({"category":")") + category + "\"}", kiosk);
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json()->getValue<std::string>("id");
    }
    std::string call(int counter, std::int64_t when) {
        now = when;
        auto res =
            http.post("/api/v1/counters/" + std::to_string(counter) + "/call-next", "", counter == 1 ? clerk1 : clerk2);
        EXPECT_EQ(res.status, 200) << res.body;
        return res.json()->getObject("ticket")->getValue<std::string>("id");
    }
    void act(const std::string& ticket, const char* action, int counter, std::int64_t when,
             const std::string& body = "") {
        now = when;
        auto res = http.post("/api/v1/tickets/" + ticket + "/" + action, body, counter == 1 ? clerk1 : clerk2);
        EXPECT_EQ(res.status, 200) << action << ": " << res.body;
    }
    void pushCase(Case c, std::int64_t when) {
        now = when;
        c.hall = "h1";
        c.applicant.name = "王磊";
        c.clerk = "clerk-h1-1";
        c.updatedAtMs = when;
        if (c.caseNo.empty() && c.state != CaseState::Notified && c.state != CaseState::Refused)
            c.caseNo = acceptedCase(c.id).caseNo; // numbered at counter 1 when it was accepted
        auto res = ow::testing::pushCase(http, clerk1, counterDevice, ++seq, c);
        ASSERT_EQ(res.status, 200) << res.body;
        ASSERT_EQ(res.json()->getArray("results")->getObject(0)->getValue<std::string>("status"), "applied")
            << res.body;
    }
    Poco::JSON::Object::Ptr find(const Poco::JSON::Array::Ptr& list, const std::string& key, const std::string& value) {
        for (unsigned i = 0; i < list->size(); ++i)
            if (list->getObject(i)->get(key).toString() == value)
                return list->getObject(i);
        ADD_FAILURE() << "no " << key << " = " << value;
        return new Poco::JSON::Object;
    }

    std::int64_t now = at(8, 0);
    std::int64_t seq = 0;
    TestServer server;
    HttpClient http{server.port()};
    std::string kiosk, clerk1, clerk2, pad1, pad2, boss, counterDevice;
};

} // namespace

TEST_F(StatsTest, ADayCountedByHand) {
    // The evening before, 23:59:30 local: a number of the day before, not of this day.
    const std::string evening = issue("A", kDayStart - 30 * 1000);
    EXPECT_EQ(call(1, kDayStart - 10 * 1000), evening);
    act(evening, "no-show", 1, kDayStart - 5 * 1000);
    // T1 A 09:00, counter 1 calls 09:05 (wait 300 s), 09:06–09:16 (service 600 s), rated 非常满意.
    const std::string t1 = issue("A", at(9, 0));
    EXPECT_EQ(call(1, at(9, 5)), t1);
    act(t1, "start", 1, at(9, 6));
    act(t1, "finish", 1, at(9, 16));
    // T2 A 09:10, counter 2 at 09:12 (120 s), 09:12:30–09:20:30 (480 s), rated 不满意 → a rectification.
    const std::string t2 = issue("A", at(9, 10));
    call(2, at(9, 12));
    act(t2, "start", 2, at(9, 12, 30));
    act(t2, "finish", 2, at(9, 20, 30));
    // T3 B 09:30, counter 2 at 10:30 (3600 s), no-show.
    const std::string t3 = issue("B", at(9, 30));
    // T4 A 10:00, counter 1 at 10:01 (60 s), 10:01–10:11 (600 s), not rated.
    const std::string t4 = issue("A", at(10, 0));
    EXPECT_EQ(call(1, at(10, 1)), t4);
    act(t4, "start", 1, at(10, 1));
    act(t4, "finish", 1, at(10, 11));
    // T5 B 10:15: never called.
    issue("B", at(10, 15));
    EXPECT_EQ(call(2, at(10, 30)), t3);
    act(t3, "no-show", 2, at(10, 35));
    // T6 A 11:00, counter 1 at 11:10 (600 s), transferred to B at 11:12 (the new number waits).
    const std::string t6 = issue("A", at(11, 0));
    EXPECT_EQ(call(1, at(11, 10)), t6);
    act(t6, "transfer", 1, at(11, 12), R"({"category":"B"})");
    now = at(12, 0);
    ASSERT_EQ(http.post("/api/v1/ratings", R"({"ticket_id":")" + t1 + R"(","level":5})", pad1).status, 201);
    ASSERT_EQ(
        http.post("/api/v1/ratings", R"({"ticket_id":")" + t2 + R"(","level":2,"reasons":["服务态度"]})", pad2).status,
        201);

    // Cases: C1 accepted today at T1's service; C2 notified (一次性告知) today at T4's; C3 accepted ten days ago,
    // promised yesterday, still open, with a waived material due two days ago; C4 refused one second before
    // midnight (yesterday); C5 completed today.
    Case c1;
    c1.id = "c1";
    c1.caseNo = "H1-20261126-C1-0001-32";
    c1.items = {"ITEM-1"};
    c1.state = CaseState::Accepted;
    c1.ticketId = t1;
    c1.acceptedDate = "2026-11-26";
    c1.promisedDate = "2026-12-03";
    pushCase(c1, at(9, 15));
    Case c2;
    c2.id = "c2";
    c2.items = {"ITEM-2"};
    c2.state = CaseState::Notified;
    c2.ticketId = t4;
    pushCase(c2, at(10, 10));
    Case c3;
    c3.id = "c3";
    c3.items = {"ITEM-1"};
    c3.state = CaseState::Accepted;
    c3.acceptedDate = "2026-11-16";
    c3.promisedDate = "2026-11-25";
    MaterialRecord waived;
    waived.materialId = "m1";
    waived.state = MaterialState::Waived;
    waived.dueDate = "2026-11-24";
    c3.materials = {waived};
    pushCase(c3, at(12, 30));
    Case c4;
    c4.id = "c4";
    c4.items = {"ITEM-2"};
    c4.state = CaseState::Refused;
    pushCase(c4, kDayStart - 1000);
    Case c5;
    c5.id = "c5";
    c5.items = {"ITEM-2"};
    c5.state = CaseState::Completed;
    c5.acceptedDate = "2026-11-20";
    c5.promisedDate = "2026-11-27";
    pushCase(c5, at(15, 0));
    // C6: promised 11-20, completed only the next day (11-27): overdue at the end of this day, and of the one before.
    Case c6;
    c6.id = "c6";
    c6.items = {"ITEM-3"};
    c6.state = CaseState::Completed;
    c6.acceptedDate = "2026-11-10";
    c6.promisedDate = "2026-11-20";
    now = at(9, 0) + 24 * 60 * kMinute; // the next morning the clerk logs in again
    clerk1 = server.clerkAt("h1", 1);
    counterDevice = server.context().auth.authenticate(clerk1, now)->deviceId;
    pushCase(c6, now);

    now = at(18, 0) + 24 * 60 * kMinute;
    boss = server.supervisorAt("h1", "boss"); // a day later: a new login
    auto res = http.get("/api/v1/stats/daily?hall=h1&date=2026-11-26", boss);
    ASSERT_EQ(res.status, 200) << res.body;
    const auto day = res.json();
    EXPECT_EQ(day->getValue<std::string>("date"), "2026-11-26");
    const auto totals = day->getObject("totals");
    EXPECT_EQ(totals->getValue<int>("tickets_issued"), 6); // T1–T6: not the evening before's, not T6's new number
    EXPECT_EQ(totals->getValue<int>("served"), 3);
    EXPECT_EQ(totals->getValue<int>("no_show"), 1);
    EXPECT_EQ(totals->getValue<int>("transferred"), 1);
    // Waits 300, 120, 3600, 60, 600 → sorted 60 120 300 600 3600.
    EXPECT_DOUBLE_EQ(totals->getValue<double>("wait_avg_s"), 936.0);
    EXPECT_EQ(totals->getValue<int>("wait_p50_s"), 300);
    EXPECT_EQ(totals->getValue<int>("wait_p90_s"), 3600);
    EXPECT_EQ(totals->getValue<int>("wait_max_s"), 3600);
    // Services 600, 480, 600.
    EXPECT_DOUBLE_EQ(totals->getValue<double>("service_avg_s"), 560.0);
    EXPECT_EQ(totals->getValue<int>("service_p50_s"), 600);
    EXPECT_EQ(totals->getValue<int>("cases_accepted"), 1);
    EXPECT_EQ(totals->getValue<int>("cases_notified"), 1);
    EXPECT_EQ(totals->getValue<int>("cases_refused"), 0); // C4 was yesterday, by one second
    EXPECT_EQ(totals->getValue<int>("cases_completed"), 1);
    EXPECT_EQ(totals->getValue<int>("cases_overdue"), 2); // C3, still open; C6, completed the next day
    EXPECT_EQ(totals->getValue<int>("waived_overdue"), 1);
    EXPECT_EQ(totals->getObject("ratings")->getValue<int>("5"), 1);
    EXPECT_EQ(totals->getObject("ratings")->getValue<int>("2"), 1);
    EXPECT_DOUBLE_EQ(totals->getValue<double>("rating_rate"), 2.0 / 3);
    EXPECT_DOUBLE_EQ(totals->getValue<double>("good_rate"), 0.5);
    EXPECT_EQ(totals->getValue<int>("rectifications_open"), 1);
    EXPECT_EQ(totals->getValue<int>("rectifications_overdue"), 0);

    const auto counter1 = find(day->getArray("by_counter"), "counter", "1");
    EXPECT_EQ(counter1->getValue<int>("served"), 2);
    EXPECT_EQ(counter1->getValue<int>("transferred"), 1);
    EXPECT_EQ(counter1->getValue<int>("wait_max_s"), 600); // 300, 60, 600
    EXPECT_EQ(counter1->getValue<int>("wait_p50_s"), 300);
    EXPECT_EQ(counter1->getValue<int>("cases_accepted"), 1); // C1, at T1's service
    EXPECT_EQ(counter1->getValue<int>("cases_notified"), 1); // C2, at T4's
    EXPECT_EQ(counter1->getObject("ratings")->getValue<int>("5"), 1);
    const auto counter2 = find(day->getArray("by_counter"), "counter", "2");
    EXPECT_EQ(counter2->getValue<int>("served"), 1);
    EXPECT_EQ(counter2->getValue<int>("no_show"), 1);
    EXPECT_EQ(counter2->getValue<int>("rectifications_open"), 1);
    EXPECT_DOUBLE_EQ(counter2->getValue<double>("good_rate"), 0.0);
    const auto clerk = find(day->getArray("by_clerk"), "clerk", "clerk-h1-2");
    EXPECT_EQ(clerk->getValue<std::string>("name"), "办事员2");
    EXPECT_EQ(clerk->getValue<int>("served"), 1);
    const auto categoryB = find(day->getArray("by_category"), "category", "B");
    EXPECT_EQ(categoryB->getValue<std::string>("name"), "企业开办");
    EXPECT_EQ(categoryB->getValue<int>("tickets_issued"), 2); // T3, T5
    EXPECT_EQ(categoryB->getValue<int>("no_show"), 1);
    const auto item1 = find(day->getArray("by_item"), "item", "ITEM-1");
    EXPECT_EQ(item1->getValue<int>("cases_accepted"), 1);
    EXPECT_EQ(item1->getValue<int>("cases_overdue"), 1);
    EXPECT_EQ(item1->getValue<int>("waived_overdue"), 1);
    const auto item2 = find(day->getArray("by_item"), "item", "ITEM-2");
    EXPECT_EQ(item2->getValue<int>("cases_notified"), 1);
    EXPECT_EQ(item2->getValue<int>("cases_completed"), 1);

    const auto hourly = day->getArray("hourly");
    ASSERT_EQ(hourly->size(), 24u);
    const int arrivals[24] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 1};
    const int called[24] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1}; // the evening's call was the day before
    for (unsigned h = 0; h < 24; ++h) {
        EXPECT_EQ(hourly->getObject(h)->getValue<int>("arrivals"), arrivals[h]) << "hour " << h;
        EXPECT_EQ(hourly->getObject(h)->getValue<int>("called"), called[h]) << "hour " << h;
    }
    EXPECT_EQ(hourly->getObject(9)->getValue<int>("waiting_at_end"), 1);  // T3
    EXPECT_EQ(hourly->getObject(10)->getValue<int>("waiting_at_end"), 1); // T5
    EXPECT_EQ(hourly->getObject(11)->getValue<int>("waiting_at_end"), 1); // T5 (T6's new number is not an arrival)
    EXPECT_DOUBLE_EQ(hourly->getObject(9)->getValue<double>("wait_avg_s"), (300 + 120 + 3600) / 3.0);

    // Drill-down: counter 1's numbers of the day, in the order they were issued.
    auto drill = http.get("/api/v1/stats/tickets?hall=h1&date=2026-11-26&counter=1", boss);
    ASSERT_EQ(drill.status, 200) << drill.body;
    const auto lines = drill.json()->getArray("tickets");
    ASSERT_EQ(lines->size(), 3u); // T1, T4, T6
    EXPECT_EQ(lines->getObject(0)->getValue<std::string>("id"), t1);
    EXPECT_EQ(lines->getObject(0)->getValue<int>("wait_s"), 300);
    EXPECT_EQ(lines->getObject(0)->getValue<int>("service_s"), 600);
    EXPECT_EQ(lines->getObject(0)->getValue<int>("rating"), 5);
    ASSERT_EQ(lines->getObject(0)->getArray("cases")->size(), 1u); // C1, taken at T1's service
    EXPECT_EQ(lines->getObject(0)->getArray("cases")->getElement<std::string>(0), "H1-20261126-C1-0001-32");
    EXPECT_EQ(lines->getObject(1)->getArray("cases")->size(), 0u); // C2 got no number: a one-time notice
    EXPECT_EQ(lines->getObject(1)->getValue<std::string>("id"), t4);
    EXPECT_EQ(lines->getObject(2)->getValue<std::string>("status"), "transferred");
    EXPECT_EQ(http.get("/api/v1/stats/tickets?hall=h1&date=2026-11-26", boss).json()->getArray("tickets")->size(), 7u);
    // 办件预警: C3, promised 11-25 and still open, is one working day overdue; C1 has used none of its time.
    auto warnings = http.get("/api/v1/stats/warnings?hall=h1&date=2026-11-26", boss);
    ASSERT_EQ(warnings.status, 200) << warnings.body;
    const auto cases = warnings.json()->getArray("cases");
    ASSERT_EQ(cases->size(), 1u);
    EXPECT_EQ(cases->getObject(0)->getValue<std::string>("id"), "c3");
    EXPECT_EQ(cases->getObject(0)->getValue<std::string>("level"), "overdue");
    EXPECT_EQ(cases->getObject(0)->getValue<int>("working_days_left"), -1);
    // On 12-02 C1 has used 4 of its 5 working days: due soon.
    const auto later = http.get("/api/v1/stats/warnings?hall=h1&date=2026-12-02", boss).json()->getArray("cases");
    ASSERT_EQ(later->size(), 2u);
    EXPECT_EQ(later->getObject(1)->getValue<std::string>("id"), "c1");
    EXPECT_EQ(later->getObject(1)->getValue<std::string>("level"), "due_soon");
    EXPECT_EQ(later->getObject(1)->getValue<int>("working_days_left"), 1);
    EXPECT_EQ(http.get("/api/v1/stats/warnings?hall=h1", server.clerkAt("h1", 2)).status, 403);

    // A range gives the same per day; the day before has the evening ticket only.
    auto range = http.get("/api/v1/stats/daily?hall=h1&from=2026-11-25&to=2026-11-26", boss);
    ASSERT_EQ(range.status, 200) << range.body;
    const auto days = range.json()->getArray("days");
    ASSERT_EQ(days->size(), 2u);
    EXPECT_EQ(days->getObject(0)->getObject("totals")->getValue<int>("tickets_issued"), 1);
    EXPECT_EQ(days->getObject(0)->getObject("totals")->getValue<int>("no_show"), 1);
    EXPECT_EQ(days->getObject(0)->getObject("totals")->getValue<int>("cases_refused"), 1);
    EXPECT_EQ(days->getObject(0)->getObject("totals")->getValue<int>("cases_overdue"), 1);  // C6 (C3 is due that day)
    EXPECT_EQ(days->getObject(0)->getObject("totals")->getValue<int>("waived_overdue"), 1); // C3's, due 11-24
    EXPECT_EQ(days->getObject(1)->getObject("totals")->getValue<int>("cases_overdue"), 2);
    EXPECT_EQ(days->getObject(1)->getObject("totals")->getValue<int>("tickets_issued"), 6);
}

TEST_F(StatsTest, OnlyTheHallsSupervisorsSeeItsDay) {
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&date=2026-11-26", clerk1).status, 403);
    server.addHall("h2", {{"A", "综合业务"}}, 1, {"A"});
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&date=2026-11-26", server.supervisorAt("h2", "other")).status, 403);
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&date=2026-11-26", kiosk).status, 403);
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&date=2026-13-01", boss).status, 400);
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&from=2026-11-26&to=2026-11-01", boss).status, 400);
    EXPECT_EQ(http.get("/api/v1/stats/daily?hall=h1&date=2026-11-26", boss).status, 200);
}
