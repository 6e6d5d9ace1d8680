#include "domain/Ticket.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace ow;

TEST(TicketNumber, PadsToThreeDigitsAndGrowsPast999) {
    EXPECT_EQ(formatTicketNumber("A", 1), "A001");
    EXPECT_EQ(formatTicketNumber("A", 12), "A012");
    EXPECT_EQ(formatTicketNumber("BC", 999), "BC999");
    EXPECT_EQ(formatTicketNumber("A", 1000), "A1000");
}

TEST(TicketNumber, CategoryPrefixIsOneToThreeCapitals) {
    EXPECT_TRUE(isValidCategoryPrefix("A"));
    EXPECT_TRUE(isValidCategoryPrefix("ABC"));
    EXPECT_FALSE(isValidCategoryPrefix(""));
    EXPECT_FALSE(isValidCategoryPrefix("a"));
    EXPECT_FALSE(isValidCategoryPrefix("ABCD"));
    EXPECT_FALSE(isValidCategoryPrefix("A1"));
}

TEST(QueueOrder, PriorityFirstThenOldestThenIssueOrder) {
    std::int64_t order = 10;
    auto make = [&](std::string id, Priority p, std::int64_t queued) {
        Ticket t;
        t.id = std::move(id);
        t.queueOrder = --order; // issued in reverse of the list: only equal times fall back on it
        t.priority = p;
        t.queuedAtMs = queued;
        return t;
    };
    std::vector<Ticket> tickets = {make("n1", Priority::Normal, 100),   make("g1", Priority::Green, 300),
                                   make("n0", Priority::Normal, 50),    make("e1", Priority::Elderly, 200),
                                   make("d1", Priority::Disabled, 200), make("n2", Priority::Normal, 100)};
    std::sort(tickets.begin(), tickets.end(), [](const Ticket& a, const Ticket& b) { return callsBefore(a, b, 1000); });
    std::vector<std::string> ids;
    for (const auto& t : tickets)
        ids.push_back(t.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"d1", "e1", "g1", "n0", "n2", "n1"}));
}

// A checked-in appointment (its ticket queued at its slot's start) waits among walk-ins until its slot begins, then
// goes before every walk-in; green cards, elderly and disabled people stay ahead of it.
TEST(QueueOrder, AnAppointmentGoesBeforeWalkInsFromItsSlotOnly) {
    std::int64_t order = 0;
    auto make = [&](std::string id, Priority p, std::int64_t queued) {
        Ticket t;
        t.id = std::move(id);
        t.queueOrder = ++order;
        t.priority = p;
        t.queuedAtMs = queued;
        return t;
    };
    const std::vector<Ticket> tickets = {
        make("walk-in 9:00", Priority::Normal, 900), make("appointment 9:30", Priority::Appointment, 930),
        make("appointment 9:15", Priority::Appointment, 915), make("walk-in 9:20", Priority::Normal, 920),
        make("elderly 9:25", Priority::Elderly, 925)};
    auto orderAt = [&](std::int64_t now) {
        std::vector<Ticket> sorted = tickets;
        std::sort(sorted.begin(), sorted.end(),
                  [now](const Ticket& a, const Ticket& b) { return callsBefore(a, b, now); });
        std::vector<std::string> ids;
        for (const auto& t : sorted)
            ids.push_back(t.id);
        return ids;
    };
    EXPECT_EQ(orderAt(910), (std::vector<std::string>{"elderly 9:25", "walk-in 9:00", "appointment 9:15",
                                                      "walk-in 9:20", "appointment 9:30"}));
    EXPECT_EQ(orderAt(920), (std::vector<std::string>{"elderly 9:25", "appointment 9:15", "walk-in 9:00",
                                                      "walk-in 9:20", "appointment 9:30"}));
    EXPECT_EQ(orderAt(930), (std::vector<std::string>{"elderly 9:25", "appointment 9:15", "appointment 9:30",
                                                      "walk-in 9:00", "walk-in 9:20"}));
    EXPECT_EQ(priorityFromString("appointment"), Priority::Appointment);
}

TEST(TicketStateMachine, LegalPaths) {
    EXPECT_EQ(nextStatus(TicketStatus::Waiting, TicketAction::Call), TicketStatus::Called);
    EXPECT_EQ(nextStatus(TicketStatus::Called, TicketAction::Recall), TicketStatus::Called);
    EXPECT_EQ(nextStatus(TicketStatus::Called, TicketAction::Start), TicketStatus::Serving);
    EXPECT_EQ(nextStatus(TicketStatus::Called, TicketAction::NoShow), TicketStatus::NoShow);
    EXPECT_EQ(nextStatus(TicketStatus::Serving, TicketAction::Finish), TicketStatus::Done);
    EXPECT_EQ(nextStatus(TicketStatus::Called, TicketAction::Finish), TicketStatus::Done);
    EXPECT_EQ(nextStatus(TicketStatus::Serving, TicketAction::Transfer), TicketStatus::Transferred);
}

TEST(TicketStateMachine, IllegalTransitionsAreRefused) {
    EXPECT_FALSE(nextStatus(TicketStatus::Waiting, TicketAction::Start));
    EXPECT_FALSE(nextStatus(TicketStatus::Called, TicketAction::Call));
    EXPECT_FALSE(nextStatus(TicketStatus::Serving, TicketAction::Recall));
    EXPECT_FALSE(nextStatus(TicketStatus::Serving, TicketAction::NoShow));
    for (auto final : {TicketStatus::Done, TicketStatus::NoShow, TicketStatus::Transferred})
        for (auto action : {TicketAction::Call, TicketAction::Recall, TicketAction::NoShow, TicketAction::Start,
                            TicketAction::Finish, TicketAction::Transfer}) {
            EXPECT_TRUE(isFinal(final));
            EXPECT_FALSE(nextStatus(final, action)) << toString(final) << " " << toString(action);
        }
}

TEST(TicketNames, RoundTrip) {
    for (auto s : {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving, TicketStatus::Done,
                   TicketStatus::NoShow, TicketStatus::Transferred})
        EXPECT_EQ(ticketStatusFromString(toString(s)), s);
    for (auto p : {Priority::Normal, Priority::Green, Priority::Elderly, Priority::Disabled})
        EXPECT_EQ(priorityFromString(toString(p)), p);
    EXPECT_FALSE(priorityFromString("vip"));
    EXPECT_EQ(ticketActionFromString("no-show"), TicketAction::NoShow);
}
