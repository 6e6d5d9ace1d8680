// The bookings of a hall with a server of its own are made on both sides (issue 31): on the city's public page
// (upstream) and at the hall's desks, checked in at the hall's kiosk, cancelled on the page. Each side's reach the
// other; both sides end alike, whatever was done while the line was cut; a person's second booking made on the other
// side gives way to the first; a slot both sides filled while apart holds everyone already told they have a place.
#include "BookingRelay.h"
#include "Bookings.h"
#include "JoinedHall.h"
#include "RelayStore.h"
#include "Sql.h"

#include "domain/Json.h"

#include <gtest/gtest.h>

#include <set>

using namespace ow;
using namespace ow::testing;

namespace {

using Rows = std::vector<std::vector<std::string>>;

class BookingsBothSides : public JoinedHall {
protected:
    void SetUp() override {
        now = parseUtcIso("2026-09-28T02:00:00Z"); // Monday 10:00 in Shanghai
        upstream.context().clock = [this] { return now + upstreamAhead; };
        hall.context().clock = [this] { return now; };
        JoinedHall::SetUp();
        const auto planned =
            http.request("PUT", "/api/v1/halls/h1/appointment-plan", kPlanB, hall.supervisorAt("h1", "sup1"));
        ASSERT_EQ(planned.status, 200) << planned.body;
        desk = hall.clerkAt("h1", 2);
        ASSERT_TRUE(relayAll()) << relay->status().problem;
    }
    // A round that also asks the upstream for what was booked there.
    void roundWithNews() {
        relay->askUpstreamAtNextRound();
        ASSERT_TRUE(relay->runOnce()) << relay->status().problem;
        ASSERT_EQ(relay->status().downProblem, "");
        ASSERT_TRUE(relayAll());
    }
    static Rows bookingsOf(server::Database& db) { return relayedRows(db, "appointment", "h1"); }
    static Rows stateOf(server::Database& db, const std::string& code) {
        return tableRows(db, "SELECT state FROM appointments WHERE code = '" + code + "'");
    }
    static Rows slotOf(server::Database& db, const std::string& start) {
        return tableRows(db, "SELECT capacity, booked FROM appointment_slots WHERE hall = 'h1' AND category = 'B'"
                             " AND start_minute = " +
                                 start);
    }
    std::string bookOnThePage(const std::string& start, int person, const std::string& date = "2026-09-29") {
        const auto made =
            HttpClient(upstream.port()).post("/api/v1/halls/h1/appointments", booking(start, idNumber(person), date));
        EXPECT_EQ(made.status, 201) << made.body;
        return made.status == 201 ? made.json()->getValue<std::string>("code") : std::string();
    }
    std::string bookAtTheDesk(const std::string& start, int person, const std::string& date = "2026-09-29") {
        const auto made = http.post("/api/v1/halls/h1/appointments", booking(start, idNumber(person), date), desk);
        EXPECT_EQ(made.status, 201) << made.body;
        return made.status == 201 ? made.json()->getValue<std::string>("code") : std::string();
    }

    std::int64_t now = 0, upstreamAhead = 0;
    std::string desk;
};

} // namespace

TEST_F(BookingsBothSides, ABookingOnTheCitysPageIsRemindedAndCheckedInAtTheHallAndTheCitySeesItCome) {
    const std::string web = bookOnThePage("14:00", 1);
    ASSERT_FALSE(web.empty());
    EXPECT_GE(web[0], '5') << "the upstream's codes for the hall begin 5-9: " << web;
    roundWithNews();
    EXPECT_EQ(stateOf(hall.database(), web), (Rows{{"booked"}})) << "the city's booking is at the hall";
    EXPECT_EQ(tableRows(hall.database(), "SELECT phone FROM appointments WHERE code = '" + web + "'"),
              (Rows{{"13800138000"}}))
        << "with the phone, for the reminder the hall sends";

    // At the hall's desk, the other place of 14:00: the city's page has none left.
    const std::string atDesk = bookAtTheDesk("14:00", 2);
    ASSERT_FALSE(atDesk.empty());
    EXPECT_LE(atDesk[0], '4') << "a hall server's codes begin 0-4: " << atDesk;
    ASSERT_TRUE(relayAll());
    EXPECT_EQ(slotOf(upstream.database(), "840"), (Rows{{"2", "2"}}));
    EXPECT_EQ(tableRows(upstream.database(), "SELECT phone FROM appointments WHERE code = '" + atDesk + "'"),
              (Rows{{""}}))
        << "the phone of a booking made at the hall stays in the hall";
    const auto full =
        HttpClient(upstream.port()).post("/api/v1/halls/h1/appointments", booking("14:00", idNumber(3), "2026-09-29"));
    EXPECT_EQ(full.errorCode(), "slot_full") << full.body;

    // The evening before: the hall reminds both; the city reminds nobody of a hall that reminds its own.
    now = parseUtcIso("2026-09-28T10:00:00Z"); // 18:00
    EXPECT_EQ(upstream.context().appointments.oweReminders(now), 0);
    EXPECT_EQ(hall.context().appointments.oweReminders(now), 2);

    // The day: the city's booking checked in at the hall's kiosk; the city sees the person came.
    now = parseUtcIso("2026-09-29T05:40:00Z"); // Tuesday 13:40
    const auto checked = http.post("/api/v1/halls/h1/appointments/" + web + "/check-in", "", kiosk);
    ASSERT_EQ(checked.status, 201) << checked.body;
    // Meanwhile the person of the desk's booking cancels it on the city's page.
    const std::string tail = idNumber(2).substr(14);
    ASSERT_EQ(HttpClient(upstream.port())
                  .request("DELETE", "/api/v1/halls/h1/appointments/" + atDesk + "?id_tail=" + tail)
                  .status,
              204);
    roundWithNews();
    EXPECT_EQ(stateOf(upstream.database(), web), (Rows{{"checked_in"}}));
    EXPECT_EQ(stateOf(hall.database(), atDesk), (Rows{{"cancelled"}}));
    EXPECT_EQ(slotOf(hall.database(), "840"), (Rows{{"2", "1"}}));
    EXPECT_EQ(slotOf(upstream.database(), "840"), (Rows{{"2", "1"}}));
    roundWithNews();
    EXPECT_EQ(bookingsOf(upstream.database()), bookingsOf(hall.database())) << "both sides alike";
}

TEST_F(BookingsBothSides, WhatBothSidesBookedWhileApartEndsAlikeTheFirstBookingStandsAndEveryPlaceGivenIsHeld) {
    // The line is cut (no rounds). At the hall: person 3 at 11:30, person 4 at 11:30 (its last place). A minute later
    // on the city's page: person 3 again, for 14:00 of the same queue; person 5 at 11:30 (the page still had places).
    const std::string first = bookAtTheDesk("11:30", 3);
    const std::string fourth = bookAtTheDesk("11:30", 4);
    upstreamAhead = 60 * 1000;
    const std::string again = bookOnThePage("14:00", 3);
    const std::string fifth = bookOnThePage("11:30", 5);
    ASSERT_FALSE(first.empty() || fourth.empty() || again.empty() || fifth.empty());

    // The line is back.
    roundWithNews();
    roundWithNews();
    for (server::Database* db : {&hall.database(), &upstream.database()}) {
        EXPECT_EQ(stateOf(*db, first), (Rows{{"booked"}})) << "the first booking of person 3 stands";
        EXPECT_EQ(stateOf(*db, again), (Rows{{"cancelled"}})) << "the second gives way, on both sides";
        EXPECT_EQ(stateOf(*db, fourth), (Rows{{"booked"}}));
        EXPECT_EQ(stateOf(*db, fifth), (Rows{{"booked"}}));
        EXPECT_EQ(slotOf(*db, "690"), (Rows{{"3", "3"}})) << "11:30 holds the three told they have a place";
        EXPECT_EQ(slotOf(*db, "840"), (Rows{{"2", "0"}}));
    }
    EXPECT_EQ(bookingsOf(upstream.database()), bookingsOf(hall.database()));
    // Nothing was lost or taken twice: four bookings, and more rounds change nothing.
    const Rows settled = bookingsOf(hall.database());
    EXPECT_EQ(settled.size(), 4u);
    roundWithNews();
    EXPECT_EQ(bookingsOf(hall.database()), settled);
    EXPECT_EQ(bookingsOf(upstream.database()), settled);
}

TEST_F(BookingsBothSides, BookingsChangedAtOneMomentArePagedByTheirIdWithNoneLostOrRepeated) {
    // Three bookings made upstream at one moment (the clock stands still), as a sweep's no-shows would be.
    std::set<std::string> made;
    for (int person = 11; person <= 13; ++person)
        made.insert(bookOnThePage(person == 11 ? "09:00" : "14:00", person, "2026-09-30"));
    std::set<std::string> paged;
    std::int64_t since = 0;
    std::string after;
    for (int page = 0; page < 5; ++page) {
        const auto out = server::bookings::changedSince(upstream.database(), "h1", since, after, 2);
        const auto list = out->getArray("bookings");
        for (unsigned i = 0; i < list->size(); ++i) {
            EXPECT_TRUE(paged.insert(list->getObject(i)->getValue<std::string>("code")).second) << "repeated";
            since = list->getObject(i)->getValue<std::int64_t>("changed_at");
            after = list->getObject(i)->getValue<std::string>("id");
        }
        if (!out->getValue<bool>("more"))
            break;
        EXPECT_EQ(list->size(), 2u);
    }
    EXPECT_EQ(paged, made);
    roundWithNews();
    for (const auto& code : made)
        EXPECT_EQ(stateOf(hall.database(), code), (Rows{{"booked"}})) << code;
}
