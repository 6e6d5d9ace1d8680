#pragma once

#include "domain/Rating.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace ow::wire {

// Body of POST /api/v1/ratings, from the rating pad (a ticket's service) and the kiosk (a ticket, or a case by its
// id or number from the receipt). No `input`: the pad asked and nobody answered ({"not_rated": true}).
struct RatingRequest {
    std::string ticketId;
    std::string caseRef;
    std::string code; // a case's: the receipt's query code, or the applicant's ID number's last four characters
    std::optional<RatingInput> input;

    Poco::JSON::Object::Ptr toJson() const;
    // Throws BadInput("invalid_rating") for a level that is not 1–5, reasons that are not texts, a level beside
    // not_rated. Whether the reasons and comment suit the hall's policy is the server's to check.
    static RatingRequest fromJson(const Poco::JSON::Object::Ptr& object);
};

} // namespace ow::wire
