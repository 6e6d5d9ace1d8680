#include "domain/Json.h"
#include "domain/QueueSnapshot.h"

#include <gtest/gtest.h>

using namespace ow;

TEST(Json, MalformedAndNonObjectBodiesAreBadInput) {
    for (const char* text : {"", "{", "[1,2]", "42", "\"x\"", "{\"a\":}", "nul"}) {
        try {
            parseObject(text);
            ADD_FAILURE() << "accepted: " << text;
        } catch (const BadInput& e) {
            EXPECT_EQ(e.code(), "malformed_json") << text;
        }
    }
}

TEST(Json, WrongTypesAreInvalidField) {
    auto o = parseObject(R"({"category": 7, "counter": "3", "n": 2.5})");
    EXPECT_THROW(requireString(o, "category"), BadInput);
    EXPECT_THROW(optionalInt(o, "counter"), BadInput);
    EXPECT_THROW(optionalInt(o, "n"), BadInput);
    EXPECT_THROW(requireString(o, "missing"), BadInput);
    EXPECT_FALSE(optionalString(o, "missing"));
}

TEST(Json, TicketRoundTrip) {
    Ticket t;
    t.id = "0b3d";
    t.hall = "demo";
    t.category = "B";
    t.number = "B012";
    t.priority = Priority::Elderly;
    t.status = TicketStatus::Called;
    t.businessDay = "2026-11-27";
    t.issuedAtMs = 1795795199123;
    t.queuedAtMs = 1795795100000;
    t.counter = 3;
    t.calledAtMs = 1795795299000;
    t.recallCount = 2;
    Ticket back = ticketFromJson(parseObject(toJsonText(ticketToJson(t))));
    EXPECT_EQ(back.id, t.id);
    EXPECT_EQ(back.number, "B012");
    EXPECT_EQ(back.priority, Priority::Elderly);
    EXPECT_EQ(back.status, TicketStatus::Called);
    EXPECT_EQ(back.issuedAtMs, t.issuedAtMs);
    EXPECT_EQ(back.queuedAtMs, t.queuedAtMs);
    EXPECT_EQ(back.counter, 3);
    EXPECT_EQ(back.calledAtMs, t.calledAtMs);
    EXPECT_FALSE(back.startedAtMs);
    EXPECT_EQ(back.recallCount, 2);
}

TEST(Json, SnapshotRoundTrip) {
    QueueSnapshot s;
    s.hall = "demo";
    s.hallName = "青白江区政务服务中心";
    s.businessDay = "2026-11-27";
    s.categories = {{"A", "综合业务", 4}, {"B", "企业开办", 1}};
    s.counters = {{1, {"A"}, std::nullopt, "", false}};
    s.recentCalls = {{"id1", "A003", 1, 1795795199000}};
    QueueSnapshot back = queueSnapshotFromJson(parseObject(toJsonText(queueSnapshotToJson(s))));
    EXPECT_EQ(back.hallName, s.hallName);
    EXPECT_EQ(back.waitingTotal(), 5);
    ASSERT_EQ(back.recentCalls.size(), 1u);
    EXPECT_EQ(back.recentCalls[0].number, "A003");
    EXPECT_EQ(back.counters[0].categories, std::vector<std::string>{"A"});
    EXPECT_FALSE(back.upstream) << "a server with no upstream says nothing of one";

    s.upstream = QueueSnapshot::Upstream{false, 37, 0};
    back = queueSnapshotFromJson(parseObject(toJsonText(queueSnapshotToJson(s))));
    ASSERT_TRUE(back.upstream);
    EXPECT_FALSE(back.upstream->connected);
    EXPECT_EQ(back.upstream->backlog, 37);
    EXPECT_EQ(back.upstream->lastContactMs, 0);
}

TEST(UtcIsoFuzzFindings, MalformedTimesAreRefusedBeforeTheDateLibrarySeesThem) {
    // Found by fuzzing: "02>00" made the date library cast a NaN to an integer.
    for (const char* bad : {"2026-11-27T02>00:00.000Z", "2026-11-27T02:00:00.Z", "2026-11-27 02:00:00Z",
                            "2026-11-27T02:00:00+08:00", "", "Z", "2026-11-27T02:00:00.0000Z"})
        EXPECT_THROW(ow::parseUtcIso(bad), ow::BadInput) << bad;
    EXPECT_EQ(ow::parseUtcIso("1970-01-01T00:00:01.5Z"), 1500);
    EXPECT_EQ(ow::parseUtcIso("1970-01-01T00:00:02Z"), 2000);
}
