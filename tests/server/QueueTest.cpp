#include "TestServer.h"

#include "domain/HallTime.h"
#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Statement.h>

#include <gtest/gtest.h>

using namespace ow;
using namespace ow::testing;

class QueueTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addHall("h1", {{"A", "综合业务"}, {"B", "企业开办"}}, 3, {"A"});
        server.context().halls.addCounter("h1", 3, {"B"});
        kiosk = server.enroll("h1", DeviceKind::Kiosk);
        clerk1 = server.clerkAt("h1", 1);
    }

    Ticket issue(const std::string& category, const std::string& priority = "normal") {
        auto res = http.post("/api/v1/halls/h1/tickets",
                             R"({"category":")" + category + R"(","priority":")" + priority + "\"}", kiosk);
        EXPECT_EQ(res.status, 201) << res.body;
        return ticketFromJson(res.json());
    }
    HttpResult callNext(int counter, const std::string& token) {
        return http.post("/api/v1/counters/" + std::to_string(counter) + "/call-next", "", token);
    }
    Ticket calledTicket(const HttpResult& res) {
        EXPECT_EQ(res.status, 200) << res.body;
        return ticketFromJson(res.json()->getObject("ticket"));
    }
    HttpResult act(const Ticket& t, const std::string& action, const std::string& token, const std::string& body = {}) {
        return http.post("/api/v1/tickets/" + t.id + "/" + action, body, token);
    }

    TestServer server;
    HttpClient http{server.port()};
    std::string kiosk, clerk1;
};

TEST_F(QueueTest, NumbersRunPerCategoryAndCountPeopleAhead) {
    Ticket a1 = issue("A");
    Ticket a2 = issue("A");
    Ticket b1 = issue("B");
    EXPECT_EQ(a1.number, "A001");
    EXPECT_EQ(a2.number, "A002");
    EXPECT_EQ(b1.number, "B001");
    EXPECT_EQ(a1.waitingAhead, 0);
    EXPECT_EQ(a2.waitingAhead, 1);
    EXPECT_EQ(b1.waitingAhead, 0);
    EXPECT_EQ(a1.status, TicketStatus::Waiting);
    EXPECT_NE(a1.id, a2.id);
    EXPECT_EQ(a1.businessDay, HallTime("Asia/Shanghai").businessDay(nowUtcMs()));
}

TEST_F(QueueTest, CallNextTakesPriorityThenOldestFromTheCountersCategories) {
    Ticket a1 = issue("A");
    Ticket b1 = issue("B", "green");
    Ticket a2 = issue("A", "elderly");
    Ticket a3 = issue("A");
    std::vector<std::string> order;
    for (int i = 0; i < 3; ++i) {
        Ticket t = calledTicket(callNext(1, clerk1));
        EXPECT_EQ(t.counter, 1);
        EXPECT_EQ(t.status, TicketStatus::Called);
        order.push_back(t.number);
        ASSERT_EQ(act(t, "finish", clerk1).status, 200);
    }
    EXPECT_EQ(order, (std::vector<std::string>{a2.number, a1.number, a3.number}));
    EXPECT_EQ(callNext(1, clerk1).status, 204); // B001 is not counter 1's category
    (void)b1;
}

TEST_F(QueueTest, FullServiceAndIllegalTransitions) {
    Ticket a1 = issue("A");
    Ticket t = calledTicket(callNext(1, clerk1));
    EXPECT_EQ(t.id, a1.id);
    EXPECT_EQ(act(t, "recall", clerk1).status, 200);
    auto started = act(t, "start", clerk1);
    ASSERT_EQ(started.status, 200);
    const Ticket serving = ticketFromJson(started.json()->getObject("ticket"));
    EXPECT_EQ(serving.status, TicketStatus::Serving);
    EXPECT_TRUE(serving.startedAtMs);
    EXPECT_EQ(serving.recallCount, 1); // what the action does not touch stays
    auto recall = act(t, "recall", clerk1);
    EXPECT_EQ(recall.status, 409);
    EXPECT_EQ(recall.errorCode(), "illegal_transition");
    EXPECT_EQ(act(t, "no-show", clerk1).status, 409);
    auto done = act(t, "finish", clerk1);
    ASSERT_EQ(done.status, 200);
    const Ticket finished = ticketFromJson(done.json()->getObject("ticket"));
    EXPECT_EQ(finished.status, TicketStatus::Done);
    EXPECT_TRUE(finished.finishedAtMs);
    EXPECT_EQ(finished.startedAtMs, serving.startedAtMs);
    EXPECT_EQ(finished.recallCount, 1);
    EXPECT_EQ(finished.counter, serving.counter);
    EXPECT_EQ(act(t, "finish", clerk1).status, 409);
    EXPECT_EQ(act(t, "start", clerk1).status, 409);
}

TEST_F(QueueTest, AWaitingTicketCannotBeActedOn) {
    Ticket a1 = issue("A");
    for (const char* action : {"start", "finish", "recall", "no-show"})
        EXPECT_EQ(act(a1, action, clerk1).status, 409) << action;
}

TEST_F(QueueTest, CounterMustEndItsTicketBeforeCallingNext) {
    issue("A");
    issue("A");
    Ticket t = calledTicket(callNext(1, clerk1));
    auto busy = callNext(1, clerk1);
    EXPECT_EQ(busy.status, 409);
    EXPECT_EQ(busy.errorCode(), "counter_busy");
    ASSERT_EQ(act(t, "no-show", clerk1).status, 200);
    EXPECT_EQ(callNext(1, clerk1).status, 200);
    // The board lists the number called and not there (过号).
    const auto snap = queueSnapshotFromJson(http.get("/api/v1/halls/h1/queue", clerk1).json());
    ASSERT_EQ(snap.missed.size(), 1u);
    EXPECT_EQ(snap.missed.front().number, t.number);
}

TEST_F(QueueTest, RecallHasALimit) {
    issue("A");
    Ticket t = calledTicket(callNext(1, clerk1));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(act(t, "recall", clerk1).status, 200) << i;
    auto over = act(t, "recall", clerk1);
    EXPECT_EQ(over.status, 409);
    EXPECT_EQ(over.errorCode(), "recall_limit");
    EXPECT_EQ(act(t, "no-show", clerk1).status, 200);
}

TEST_F(QueueTest, TransferToCategoryKeepsPlaceByIssueTime) {
    Ticket a1 = issue("A");
    Ticket b1 = issue("B");
    Ticket b2 = issue("B");
    Ticket t = calledTicket(callNext(1, clerk1));
    ASSERT_EQ(t.id, a1.id);
    auto moved = act(t, "transfer", clerk1, R"({"category":"B"})");
    ASSERT_EQ(moved.status, 200) << moved.body;
    Ticket m = ticketFromJson(moved.json()->getObject("ticket"));
    EXPECT_EQ(m.number, "A001");
    EXPECT_EQ(m.category, "B");
    EXPECT_EQ(m.status, TicketStatus::Waiting);
    EXPECT_EQ(m.transferredFrom, a1.id);
    auto original = http.get("/api/v1/tickets/" + a1.id, clerk1);
    EXPECT_EQ(ticketFromJson(original.json()->getObject("ticket")).status, TicketStatus::Transferred);
    // Counter 3 serves B: A001 was issued before B001 and B002, so it comes first.
    const std::string clerk3 = server.clerkAt("h1", 3);
    std::vector<std::string> order;
    for (int i = 0; i < 3; ++i) {
        Ticket c = calledTicket(callNext(3, clerk3));
        order.push_back(c.number);
        ASSERT_EQ(act(c, "finish", clerk3).status, 200);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"A001", b1.number, b2.number}));
}

TEST_F(QueueTest, TransferToCounterIsCalledOnlyThere) {
    issue("A");
    Ticket t = calledTicket(callNext(1, clerk1));
    auto moved = act(t, "transfer", clerk1, R"({"counter":2})");
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(callNext(1, clerk1).status, 204);
    const std::string clerk2 = server.clerkAt("h1", 2);
    Ticket c = calledTicket(callNext(2, clerk2));
    EXPECT_EQ(c.number, t.number);
    EXPECT_EQ(act(c, "transfer", clerk2, R"({"counter":99})").status, 404);
    EXPECT_EQ(act(c, "transfer", clerk2, R"({})").status, 400);
    EXPECT_EQ(act(c, "transfer", clerk2, R"({"category":"Z"})").status, 404);
}

TEST_F(QueueTest, QueueSnapshotShowsWaitingServingAndLastCalls) {
    issue("A");
    issue("A");
    issue("B");
    Ticket t = calledTicket(callNext(1, clerk1));
    auto res = http.get("/api/v1/halls/h1/queue", kiosk);
    ASSERT_EQ(res.status, 200);
    QueueSnapshot s = queueSnapshotFromJson(res.json());
    EXPECT_EQ(s.waitingTotal(), 2);
    ASSERT_EQ(s.counters.size(), 3u);
    ASSERT_TRUE(s.counters[0].current);
    EXPECT_EQ(s.counters[0].current->id, t.id);
    ASSERT_EQ(s.recentCalls.size(), 1u);
    EXPECT_EQ(s.recentCalls[0].number, "A001");
    EXPECT_EQ(s.recentCalls[0].counter, 1);
}

TEST_F(QueueTest, NumbersRestartOnTheNextBusinessDayInTheHallsZone) {
    // 23:59:30 in Shanghai, then 00:00:30: a new business day starts numbering again; history stays.
    const std::int64_t beforeMidnight = 1795795170000;
    server.context().clock = [beforeMidnight] { return beforeMidnight; };
    Ticket late = issue("A");
    EXPECT_EQ(late.businessDay, "2026-11-27");
    server.context().clock = [beforeMidnight] { return beforeMidnight + 60000; };
    Ticket early = issue("A");
    EXPECT_EQ(early.businessDay, "2026-11-28");
    EXPECT_EQ(late.number, "A001");
    EXPECT_EQ(early.number, "A001");
    // Yesterday's waiting ticket is not called today.
    Ticket called = calledTicket(callNext(1, clerk1));
    EXPECT_EQ(called.id, early.id);
    ASSERT_EQ(act(called, "finish", clerk1).status, 200);
    EXPECT_EQ(callNext(1, clerk1).status, 204);
    auto old = http.get("/api/v1/tickets/" + late.id, kiosk);
    EXPECT_EQ(old.status, 200);
}

TEST_F(QueueTest, DevicesActOnlyWithinTheirRights) {
    Ticket a1 = issue("A");
    const std::string display = server.enroll("h1", DeviceKind::Display);
    const std::string counterDevice = server.enroll("h1", DeviceKind::Counter, 2);
    // A kiosk cannot call; a display can only read; a counter device without a clerk cannot call.
    EXPECT_EQ(callNext(1, kiosk).status, 403);
    EXPECT_EQ(callNext(1, display).status, 403);
    EXPECT_EQ(callNext(2, counterDevice).status, 403);
    EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", display).status, 403);
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", display).status, 200);
    // A counter acts only as its own counter.
    EXPECT_EQ(callNext(2, clerk1).status, 403);
    Ticket t = calledTicket(callNext(1, clerk1));
    const std::string clerk2 = server.clerkAt("h1", 2);
    EXPECT_EQ(act(t, "finish", clerk2).status, 403);
    EXPECT_EQ(act(t, "finish", kiosk).status, 403);
    // A device acts only in its own hall.
    server.addHall("h2", {{"A", "综合"}}, 1, {"A"});
    const std::string otherKiosk = server.enroll("h2", DeviceKind::Kiosk);
    EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A"})", otherKiosk).status, 403);
    EXPECT_EQ(http.get("/api/v1/halls/h1/queue", otherKiosk).status, 403);
    EXPECT_EQ(http.get("/api/v1/tickets/" + a1.id, otherKiosk).status, 404);
    const std::string otherClerk = server.clerkAt("h2", 1);
    EXPECT_EQ(act(t, "finish", otherClerk).status, 404); // looked up in the caller's hall: not there
    EXPECT_EQ(act(t, "finish", clerk1).status, 200);
}

TEST_F(QueueTest, MetricsCountTicketsAndRequests) {
    issue("A");
    issue("A");
    Ticket t = calledTicket(callNext(1, clerk1));
    auto res = http.get("/metrics");
    ASSERT_EQ(res.status, 200);
    EXPECT_NE(res.body.find("onewindow_tickets_issued_total 2\n"), std::string::npos) << res.body;
    EXPECT_NE(res.body.find("onewindow_tickets_called_total 1\n"), std::string::npos) << res.body;
    EXPECT_NE(res.body.find("onewindow_http_request_duration_seconds_bucket{le=\"+Inf\"}"), std::string::npos);
    EXPECT_NE(res.body.find("# TYPE onewindow_http_request_duration_seconds histogram"), std::string::npos);
    (void)t;
}

// 实名取号: the number read from the citizen's card at the kiosk is checked and kept masked only; the kiosk's answer
// and the clerk's call carry the masked holder, the hall's snapshot (every screen's) does not.
TEST_F(QueueTest, ARealNameNumberKeepsTheHolderMaskedOnly) {
    const std::string whole = "11010519491231002X";
    auto res = http.post("/api/v1/halls/h1/tickets", R"({"category":"A","id_number":")" + whole + "\"}", kiosk);
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json()->getValue<std::string>("holder"), "110105********002X");
    EXPECT_EQ(res.body.find(whole), std::string::npos);

    EXPECT_EQ(
        http.post("/api/v1/halls/h1/tickets", R"({"category":"A","id_number":"110105194912310021"})", kiosk).status,
        400); // the check character does not fit
    EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A","id_number":"12"})", kiosk).status, 400);
    EXPECT_EQ(http.post("/api/v1/halls/h1/tickets", R"({"category":"A","id_number":7})", kiosk).status, 400);

    const auto snapshot = http.get("/api/v1/halls/h1/queue", kiosk);
    EXPECT_EQ(snapshot.body.find("002X"), std::string::npos) << snapshot.body;

    const auto called = callNext(1, clerk1);
    ASSERT_EQ(called.status, 200) << called.body;
    EXPECT_EQ(called.json()->getObject("ticket")->getValue<std::string>("holder"), "110105********002X");
    const std::string id = called.json()->getObject("ticket")->getValue<std::string>("id");
    EXPECT_EQ(http.get("/api/v1/tickets/" + id, clerk1).json()->getObject("ticket")->getValue<std::string>("holder"),
              "110105********002X");
    // Transferred, the new ticket is the same person's.
    ASSERT_EQ(act(ticketFromJson(called.json()->getObject("ticket")), "transfer", clerk1, R"({"category":"B"})").status,
              200);
    const auto atThree = callNext(3, server.clerkAt("h1", 3));
    ASSERT_EQ(atThree.status, 200) << atThree.body;
    EXPECT_EQ(atThree.json()->getObject("ticket")->getValue<std::string>("holder"), "110105********002X");

    // Nowhere in the database whole: not in the tickets, not in the audit log.
    const auto rows = server.database().read([&](Poco::Data::Session& s) {
        std::vector<std::string> found;
        for (const char* table : {"tickets", "audit_log", "ticket_events"}) {
            Poco::Data::Statement select(s);
            select << std::string("SELECT * FROM ") + table;
            select.execute();
            Poco::Data::RecordSet all(select);
            for (std::size_t row = 0; row < all.rowCount(); ++row)
                for (std::size_t col = 0; col < all.columnCount(); ++col)
                    if (!all.value(col, row).isEmpty() &&
                        all.value(col, row).convert<std::string>().find(whole) != std::string::npos)
                        found.push_back(table);
        }
        return found;
    });
    EXPECT_TRUE(rows.empty());
}
