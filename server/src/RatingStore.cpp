#include "RatingStore.h"

#include "ApiError.h"

#include "domain/Json.h"

#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/UUIDGenerator.h>

using namespace Poco::Data::Keywords;

namespace ow::server {
namespace {

std::string problemText(RatingProblem problem) {
    switch (problem) {
    case RatingProblem::Level: return "level must be an integer from 1 (非常不满意) to 5 (非常满意)";
    case RatingProblem::ReasonRequired: return "a rating of 不满意 or 非常不满意 needs at least one reason";
    case RatingProblem::UnknownReason: return "reasons must be from the hall's list, each once";
    case RatingProblem::CommentTooLong: return "the comment may have at most 300 characters";
    case RatingProblem::None: break;
    }
    return {};
}

} // namespace

StoredRating RatingStore::rate(const Principal& who, const std::string& ticketId, const RatingInput& input,
                               std::int64_t nowMs) {
    if (who.isStaff() || (who.kind != DeviceKind::Pad && who.kind != DeviceKind::Kiosk))
        throw ApiError::forbidden("a rating is given by the citizen, on the counter's rating pad or a kiosk");
    if (const RatingProblem problem = checkRating(input, defaultBadRatingReasons()); problem != RatingProblem::None)
        throw ApiError::badRequest("invalid_rating", problemText(problem));
    return m_db.write([&](Poco::Data::Session& s) {
        std::string hall, status, category, clerk;
        Poco::Nullable<int> counter;
        s << "SELECT hall, status, category, counter, COALESCE(served_by, '') FROM tickets WHERE id = ?",
            useRef(ticketId), into(hall), into(status), into(category), into(counter), into(clerk), now;
        if (hall.empty() || hall != who.hall)
            throw ApiError::notFound("no such service in this hall");
        if (status != "done")
            throw ApiError::conflict("not_finished", "a service is rated once it is finished");
        if (who.kind == DeviceKind::Pad && (counter.isNull() || !who.counter || *who.counter != counter.value()))
            throw ApiError::forbidden("a pad rates only the services of its own counter");
        StoredRating r;
        r.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
        r.hall = hall;
        r.ticketId = ticketId;
        r.clerk = clerk;
        r.category = category;
        r.channel = who.kind == DeviceKind::Pad ? "pad" : "kiosk";
        r.counter = counter.isNull() ? 0 : counter.value();
        r.level = input.level;
        r.reasons = input.reasons;
        r.comment = input.comment;
        r.ratedAtMs = nowMs;
        Poco::JSON::Array::Ptr reasons = new Poco::JSON::Array;
        for (const auto& reason : r.reasons)
            reasons->add(reason);
        const std::string reasonsText = toJsonText(reasons);
        try {
            s << "INSERT INTO ratings(id, hall, ticket_id, counter, clerk, category, level, reasons, comment, channel,"
                 " device_id, rated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                useRef(r.id), useRef(r.hall), useRef(r.ticketId), use(counter), useRef(r.clerk), useRef(r.category),
                useRef(r.level), useRef(reasonsText), useRef(r.comment), useRef(r.channel), useRef(who.deviceId),
                useRef(r.ratedAtMs), now;
        } catch (const Poco::Data::SQLite::ConstraintViolationException&) {
            throw ApiError::conflict("already_rated", "this service has been rated already: one rating per service");
        }
        return r;
    });
}

} // namespace ow::server
