#pragma once

#include "AuthStore.h"
#include "Database.h"

#include "domain/Rating.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ow::server {

struct StoredRating {
    std::string id, hall, ticketId, clerk, category, channel;
    int counter = 0;
    int level = 0;
    std::vector<std::string> reasons;
    std::string comment;
    std::int64_t ratedAtMs = 0;
};

// 好差评 ratings, given by the citizen on the pad of the counter that served them or on a kiosk of the hall —
// never by staff — once per service.
class RatingStore {
public:
    explicit RatingStore(Database& db)
        : m_db(db) {}

    // Throws ApiError: 403 staff or a device that may not rate this service, 404 no such ticket in the hall,
    // 409 not_finished / already_rated, 400 invalid_rating.
    StoredRating rate(const Principal& who, const std::string& ticketId, const RatingInput& input, std::int64_t nowMs);

private:
    Database& m_db;
};

} // namespace ow::server
