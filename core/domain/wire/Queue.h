#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace ow::wire {

// Body of POST /api/v1/tickets/{id}/transfer: to another queue (category) or to a counter (1–999).
struct TransferTarget {
    std::optional<std::string> category;
    std::optional<int> counter;

    Poco::JSON::Object::Ptr toJson() const;
    static TransferTarget fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

} // namespace ow::wire
