#include "domain/Json.h"
#include "domain/wire/Auth.h"
#include "domain/wire/Blobs.h"
#include "domain/wire/Rating.h"
#include "domain/wire/Stats.h"

#include <gtest/gtest.h>

using namespace ow;

// Each reply type reads back what it writes, field for field, and refuses what is not one of it.

TEST(Wire, AnEnrollmentReadsBackWhatItWrites) {
    const wire::Enrolled sent{"dev-1",      "tok",  "h1",          "station",
                              std::nullopt, "S001", "Asia/Urumqi", {{"20261203", 7}, {"20261204", 12}}};
    const wire::Enrolled read = wire::Enrolled::fromJson(parseObject(toJsonText(sent.toJson())));
    EXPECT_EQ(read.deviceId, "dev-1");
    EXPECT_EQ(read.deviceToken, "tok");
    EXPECT_EQ(read.hall, "h1");
    EXPECT_EQ(read.kind, "station");
    EXPECT_FALSE(read.counter);
    EXPECT_EQ(read.deviceCode, "S001");
    EXPECT_EQ(read.timeZone, "Asia/Urumqi");
    EXPECT_EQ(read.caseNumbersUsed, sent.caseNumbersUsed);

    const wire::Enrolled counter{"dev-2", "tok2", "h1", "counter", 3, "C3", "Asia/Shanghai", {}};
    EXPECT_EQ(wire::Enrolled::fromJson(parseObject(toJsonText(counter.toJson()))).counter, 3);
    // A kiosk has no code in case numbers: none is written.
    const wire::Enrolled kiosk{"dev-3", "tok3", "h1", "kiosk", std::nullopt, "", "Asia/Shanghai", {}};
    EXPECT_FALSE(kiosk.toJson()->has("device_code"));
}

TEST(Wire, AnOlderServersEnrollmentCountsInTheDefaultZone) {
    const auto read = wire::Enrolled::fromJson(
        parseObject(R"({"device_id":"d","device_token":"t","hall":"h1","kind":"kiosk","counter":null})"));
    EXPECT_EQ(read.timeZone, "Asia/Shanghai");
    EXPECT_TRUE(read.caseNumbersUsed.empty());
}

TEST(Wire, AWrongEnrollmentIsRefusedNamingTheField) {
    auto refused = [](const char* text) {
        try {
            wire::Enrolled::fromJson(parseObject(text));
        } catch (const BadInput& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(refused(R"({"device_token":"t","hall":"h1","kind":"kiosk"})").find("device_id"), std::string::npos);
    EXPECT_NE(
        refused(R"({"device_id":"d","device_token":"t","hall":"h1","kind":"kiosk","counter":"3"})").find("counter"),
        std::string::npos);
    EXPECT_NE(refused(R"({"device_id":"d","device_token":"t","hall":"h1","kind":"kiosk","time_zone":"Mars/Base"})")
                  .find("time_zone"),
              std::string::npos);
}

TEST(Wire, ALoginReadsBackWhatItWrites) {
    const wire::LoggedIn sent{"tok", "c1", "clerk", "张敏", "h1", 2, "Asia/Shanghai", "2026-12-04T10:00:00.000Z"};
    const auto json = sent.toJson();
    EXPECT_TRUE(json->getObject("staff")); // {"staff":{"user","role","name"}} as the API says
    const wire::LoggedIn read = wire::LoggedIn::fromJson(parseObject(toJsonText(json)));
    EXPECT_EQ(read.token, "tok");
    EXPECT_EQ(read.user, "c1");
    EXPECT_EQ(read.role, "clerk");
    EXPECT_EQ(read.name, "张敏");
    EXPECT_EQ(read.hall, "h1");
    EXPECT_EQ(read.counter, 2);
    EXPECT_EQ(read.timeZone, "Asia/Shanghai");
    EXPECT_EQ(read.expiresAt, "2026-12-04T10:00:00.000Z");
    EXPECT_THROW(wire::LoggedIn::fromJson(parseObject(R"({"token":"t","hall":"h1"})")), BadInput); // no staff
}

TEST(Wire, ARatingReadsBackWhatThePadAndTheKioskWrite) {
    const wire::RatingRequest pad{"t-1", "", "", RatingInput{2, {"服务态度差"}, "等了很久"}};
    const auto read = wire::RatingRequest::fromJson(parseObject(toJsonText(pad.toJson())));
    EXPECT_EQ(read.ticketId, "t-1");
    EXPECT_TRUE(read.caseRef.empty());
    ASSERT_TRUE(read.input);
    EXPECT_EQ(read.input->level, 2);
    EXPECT_EQ(read.input->reasons, std::vector<std::string>{"服务态度差"});
    EXPECT_EQ(read.input->comment, "等了很久");

    const wire::RatingRequest notRated{"t-2", "", "", std::nullopt};
    EXPECT_FALSE(wire::RatingRequest::fromJson(parseObject(toJsonText(notRated.toJson()))).input);
    const wire::RatingRequest kiosk{"", "DEMO-20261204-C1-0001-42", "042917", RatingInput{5, {}, ""}};
    const auto byCase = wire::RatingRequest::fromJson(parseObject(toJsonText(kiosk.toJson())));
    EXPECT_EQ(byCase.caseRef, "DEMO-20261204-C1-0001-42");
    EXPECT_EQ(byCase.code, "042917");             // whoever rates a case holds its receipt
    EXPECT_FALSE(kiosk.toJson()->has("comment")); // nothing said, nothing sent
}

TEST(Wire, AWrongRatingIsRefusedAsInvalidRating) {
    for (const char* body :
         {R"({"ticket_id":"t","level":6})", R"({"ticket_id":"t","level":2147483648})",
          R"({"ticket_id":"t","level":"5"})", R"({"ticket_id":"t","level":3,"reasons":"slow"})",
          R"({"ticket_id":"t","level":3,"reasons":[1]})", R"({"ticket_id":"t","not_rated":true,"level":3})"}) {
        try {
            wire::RatingRequest::fromJson(parseObject(body));
            ADD_FAILURE() << "accepted " << body;
        } catch (const BadInput& e) {
            EXPECT_EQ(e.code(), "invalid_rating") << body;
        }
    }
}

TEST(Wire, TheDaysTicketLinesAndWarningsReadBackWhatTheServerWrites) {
    wire::TicketLine line;
    line.id = "t-1";
    line.number = "A012";
    line.category = "A";
    line.status = "done";
    line.clerk = "c1";
    line.clerkName = "张敏";
    line.cases = {"DEMO-20261204-C1-0001-42", "DEMO-20261204-C1-0002-18"};
    line.counter = 3;
    line.rating = 5;
    line.issuedAtMs = 1796000000000;
    line.calledAtMs = 1796000300000;
    line.finishedAtMs = 1796000900000;
    line.waitS = 300;
    line.serviceS = 600;
    const auto t = wire::TicketLine::fromJson(parseObject(toJsonText(line.toJson())));
    EXPECT_EQ(t.number, "A012");
    EXPECT_EQ(t.clerkName, "张敏");
    EXPECT_EQ(t.cases, line.cases);
    EXPECT_EQ(t.counter, 3);
    EXPECT_EQ(t.rating, 5);
    EXPECT_EQ(t.issuedAtMs, line.issuedAtMs);
    EXPECT_EQ(t.calledAtMs, line.calledAtMs);
    EXPECT_EQ(t.finishedAtMs, line.finishedAtMs);
    EXPECT_EQ(t.waitS, 300);
    EXPECT_EQ(t.serviceS, 600);
    wire::TicketLine waiting{"t-2",        "A013",       "A",          "waiting",    "",
                             "",           {},           std::nullopt, std::nullopt, 1796000000000,
                             std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    const auto w = wire::TicketLine::fromJson(parseObject(toJsonText(waiting.toJson())));
    EXPECT_FALSE(w.calledAtMs);
    EXPECT_FALSE(w.waitS);
    EXPECT_FALSE(w.counter);

    const wire::CaseWarning late{
        "c-1", "DEMO-20261120-C2-0003-11", "GA-JZZ", "c2", "李娜", "2026-11-20", "2026-12-01", 2, true, -3};
    const auto back = wire::CaseWarning::fromJson(parseObject(toJsonText(late.toJson())));
    EXPECT_EQ(back.caseNo, late.caseNo);
    EXPECT_EQ(back.counter, 2);
    EXPECT_TRUE(back.overdue);
    EXPECT_EQ(back.workingDaysLeft, -3);
    EXPECT_EQ(late.toJson()->getValue<std::string>("level"), "overdue"); // as the API names it
    EXPECT_THROW(wire::TicketLine::fromJson(parseObject(R"({"number":"A1","status":"done","issued_at":"soon"})")),
                 BadInput);
}

TEST(Wire, AnAttachmentsStatusReadsBackWithItsError) {
    const wire::BlobStatus held{std::string(64, 'a'),      1048576, 3000000, false, "wrong_offset",
                                "the server holds 1048576"};
    const auto back = wire::BlobStatus::fromJson(parseObject(toJsonText(held.toJson())));
    EXPECT_EQ(back.sha256, held.sha256);
    EXPECT_EQ(back.received, 1048576);
    EXPECT_EQ(back.size, 3000000);
    EXPECT_FALSE(back.complete);
    EXPECT_EQ(back.errorCode, "wrong_offset");
    EXPECT_EQ(back.errorMessage, held.errorMessage);
    const wire::BlobStatus done{std::string(64, 'b'), 10, 10, true, "", ""};
    EXPECT_FALSE(done.toJson()->has("error"));
    EXPECT_TRUE(wire::BlobStatus::fromJson(parseObject(toJsonText(done.toJson()))).complete);
}
