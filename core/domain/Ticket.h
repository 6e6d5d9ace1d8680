#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ow {

// A queue number (号票). `number` is what is printed and called ("A001"); `id` is the unique key.
enum class TicketStatus { Waiting, Called, Serving, Done, NoShow, Transferred };
enum class Priority { Normal, Green, Elderly, Disabled, Appointment };
enum class TicketAction { Call, Recall, NoShow, Start, Finish, Transfer };

std::string_view toString(TicketStatus status);
std::optional<TicketStatus> ticketStatusFromString(std::string_view text);
std::string_view toString(Priority priority);
std::optional<Priority> priorityFromString(std::string_view text);
std::string_view toString(TicketAction action);
std::optional<TicketAction> ticketActionFromString(std::string_view text);

// The order of a queue (written down in docs/decisions.md, "Appointments"):
//   2 — 服务绿卡, elderly and disabled people, oldest first;
//   1 — a checked-in appointment (预约签到), from its slot's start: by the slot's start, then the check-in;
//   0 — everybody else (walk-ins, and an appointment checked in before its slot begins), oldest first.
// `queuedAtMs` of an appointment's ticket is its slot's start, so before then it waits behind those who came
// earlier and no counter stands idle while its holder is in the hall.
int priorityRank(Priority priority);
// The rank a ticket is called by at `nowMs`. The server stores it with the ticket, and raises an appointment's from 0
// to 1 when its slot begins (before it issues or calls a number), so that call-next reads the queue in index order.
int rankAt(Priority priority, std::int64_t queuedAtMs, std::int64_t nowMs);

struct Ticket {
    std::string id;
    std::string hall;
    std::string category;
    std::string number;
    int sequence = 0;
    Priority priority = Priority::Normal;
    TicketStatus status = TicketStatus::Waiting;
    std::string businessDay; // YYYY-MM-DD in the hall's time zone
    std::int64_t issuedAtMs = 0;
    std::int64_t queuedAtMs = 0;      // place in the queue: issue time, kept across a transfer
    std::int64_t queueOrder = 0;      // issue order; breaks ties between tickets of the same millisecond
    std::optional<int> counter;       // counter that called or serves it
    std::optional<int> targetCounter; // transferred to one counter explicitly
    std::optional<std::int64_t> calledAtMs;
    std::optional<std::int64_t> startedAtMs;
    std::optional<std::int64_t> finishedAtMs;
    int recallCount = 0;
    std::optional<std::string> transferredFrom;
    int waitingAhead = 0; // only filled when a ticket is issued
    // A real-name number (实名取号): the holder's ID number masked (110105********002X), from the card read at the
    // kiosk; empty otherwise. Never the whole number.
    std::string holder;
};

// "A" + 7 -> "A007"; numbers grow a digit past 999 rather than wrap (a number is never issued twice a day).
std::string formatTicketNumber(std::string_view prefix, int sequence);

// A category prefix is one to three upper-case ASCII letters.
bool isValidCategoryPrefix(std::string_view prefix);

// The queue order used by call-next at `nowMs`: true when `a` is to be called before `b`.
bool callsBefore(const Ticket& a, const Ticket& b, std::int64_t nowMs);

// The state machine of a ticket. Returns the state after `action`, or nothing when the action is illegal
// from `from`. Transfer ends this ticket (Transferred); the queue continues with a new waiting ticket.
std::optional<TicketStatus> nextStatus(TicketStatus from, TicketAction action);

bool isFinal(TicketStatus status);

// What the event log and live clients call the result of an action: "called", "recalled", "no_show",
// "started", "finished", "transferred".
std::string_view eventName(TicketAction action);

} // namespace ow
