#pragma once

#include "domain/Ticket.h"

#include <Poco/JSON/Object.h>

#include <cstdint>

#include <optional>
#include <string>

namespace ow::wire {

// Body of POST /api/v1/halls/{hall}/tickets: a number in a queue (category prefix), with its priority.
struct TicketRequest {
    std::string category;
    Priority priority = Priority::Normal;
    // A real-name number: the ID number read from the citizen's card (the server keeps it masked only).
    std::optional<std::string> idNumber;

    Poco::JSON::Object::Ptr toJson() const;
    static TicketRequest fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// A ticket as an answer to calling it or acting on it (and GET /api/v1/tickets/{id}): with the hall event the change
// logged, by which a screen knows whether its snapshot is older or newer.
struct TicketEnvelope {
    Ticket ticket;
    std::optional<std::int64_t> seq;

    Poco::JSON::Object::Ptr toJson() const;
    static TicketEnvelope fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// Body of POST /api/v1/tickets/{id}/transfer: to another queue (category) or to a counter (1–999).
struct TransferTarget {
    std::optional<std::string> category;
    std::optional<int> counter;

    Poco::JSON::Object::Ptr toJson() const;
    static TransferTarget fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

// A counter as its clerk has it (POST /api/v1/counters/{counter}/pause and …/resume): paused (暂停服务) since when,
// or serving.
struct CounterDuty {
    int counter = 0;
    bool paused = false;
    std::optional<std::string> pausedSince; // ISO 8601 UTC, while paused

    Poco::JSON::Object::Ptr toJson() const;
    static CounterDuty fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

} // namespace ow::wire
