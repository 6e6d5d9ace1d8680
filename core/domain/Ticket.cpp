#include "domain/Ticket.h"

#include "domain/EnumNames.h"

#include <cstdio>

namespace ow {
namespace {

constexpr EnumNames<TicketStatus, 6> kStatusNames{{
    {TicketStatus::Waiting, "waiting"},
    {TicketStatus::Called, "called"},
    {TicketStatus::Serving, "serving"},
    {TicketStatus::Done, "done"},
    {TicketStatus::NoShow, "no_show"},
    {TicketStatus::Transferred, "transferred"},
}};

constexpr EnumNames<Priority, 5> kPriorityNames{{
    {Priority::Normal, "normal"},
    {Priority::Green, "green"},
    {Priority::Elderly, "elderly"},
    {Priority::Disabled, "disabled"},
    {Priority::Appointment, "appointment"},
}};

constexpr EnumNames<TicketAction, 6> kActionNames{{
    {TicketAction::Call, "call"},
    {TicketAction::Recall, "recall"},
    {TicketAction::NoShow, "no-show"},
    {TicketAction::Start, "start"},
    {TicketAction::Finish, "finish"},
    {TicketAction::Transfer, "transfer"},
}};

constexpr EnumNames<TicketAction, 6> kEventNames{{
    {TicketAction::Call, "called"},
    {TicketAction::Recall, "recalled"},
    {TicketAction::NoShow, "no_show"},
    {TicketAction::Start, "started"},
    {TicketAction::Finish, "finished"},
    {TicketAction::Transfer, "transferred"},
}};

} // namespace

std::string_view eventName(TicketAction action) { return nameOf(kEventNames, action); }

std::string_view toString(TicketStatus status) { return nameOf(kStatusNames, status); }
std::optional<TicketStatus> ticketStatusFromString(std::string_view text) { return valueOf(kStatusNames, text); }
std::string_view toString(Priority priority) { return nameOf(kPriorityNames, priority); }
std::optional<Priority> priorityFromString(std::string_view text) { return valueOf(kPriorityNames, text); }
std::string_view toString(TicketAction action) { return nameOf(kActionNames, action); }
std::optional<TicketAction> ticketActionFromString(std::string_view text) { return valueOf(kActionNames, text); }

int priorityRank(Priority priority) {
    switch (priority) {
    case Priority::Normal: return 0;
    case Priority::Appointment: return 1;
    case Priority::Green:
    case Priority::Elderly:
    case Priority::Disabled: return 2;
    }
    return 0;
}

int rankAt(Priority priority, std::int64_t queuedAtMs, std::int64_t nowMs) {
    const int rank = priorityRank(priority);
    return rank == 1 && queuedAtMs > nowMs ? 0 : rank;
}

std::string formatTicketNumber(std::string_view prefix, int sequence) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%03d", sequence);
    return std::string(prefix) + digits;
}

bool isValidCategoryPrefix(std::string_view prefix) {
    if (prefix.empty() || prefix.size() > 3)
        return false;
    for (char c : prefix)
        if (c < 'A' || c > 'Z')
            return false;
    return true;
}

bool callsBefore(const Ticket& a, const Ticket& b, std::int64_t nowMs) {
    const int ra = rankAt(a.priority, a.queuedAtMs, nowMs);
    const int rb = rankAt(b.priority, b.queuedAtMs, nowMs);
    if (ra != rb)
        return ra > rb;
    if (a.queuedAtMs != b.queuedAtMs)
        return a.queuedAtMs < b.queuedAtMs;
    return a.queueOrder < b.queueOrder;
}

std::optional<TicketStatus> nextStatus(TicketStatus from, TicketAction action) {
    switch (action) {
    case TicketAction::Call: return from == TicketStatus::Waiting ? std::optional(TicketStatus::Called) : std::nullopt;
    case TicketAction::Recall: return from == TicketStatus::Called ? std::optional(TicketStatus::Called) : std::nullopt;
    case TicketAction::NoShow: return from == TicketStatus::Called ? std::optional(TicketStatus::NoShow) : std::nullopt;
    case TicketAction::Start: return from == TicketStatus::Called ? std::optional(TicketStatus::Serving) : std::nullopt;
    case TicketAction::Finish:
        return from == TicketStatus::Called || from == TicketStatus::Serving ? std::optional(TicketStatus::Done)
                                                                             : std::nullopt;
    case TicketAction::Transfer:
        return from == TicketStatus::Called || from == TicketStatus::Serving ? std::optional(TicketStatus::Transferred)
                                                                             : std::nullopt;
    }
    return std::nullopt;
}

bool isFinal(TicketStatus status) {
    return status == TicketStatus::Done || status == TicketStatus::NoShow || status == TicketStatus::Transferred;
}

} // namespace ow
