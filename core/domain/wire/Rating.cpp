#include "domain/wire/Rating.h"

#include "domain/Json.h"

namespace ow::wire {
namespace {

std::vector<std::string> textList(const Poco::JSON::Object::Ptr& body, const std::string& key) {
    try {
        return optionalStrings(body, key);
    } catch (const BadInput& e) {
        throw BadInput("invalid_rating", e.what());
    }
}

} // namespace

Poco::JSON::Object::Ptr RatingRequest::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    if (!ticketId.empty())
        o->set("ticket_id", ticketId);
    if (!caseRef.empty())
        o->set("case_id", caseRef);
    if (!code.empty())
        o->set("code", code);
    if (!input) {
        o->set("not_rated", true);
        return o;
    }
    o->set("level", input->level);
    o->set("reasons", toJsonArray(input->reasons));
    if (!input->comment.empty())
        o->set("comment", input->comment);
    return o;
}

RatingRequest RatingRequest::fromJson(const Poco::JSON::Object::Ptr& body) {
    RatingRequest request;
    request.ticketId = optionalString(body, "ticket_id").value_or("");
    request.caseRef = optionalString(body, "case_id").value_or("");
    request.code = optionalString(body, "code").value_or("");
    if (body->has("not_rated") && body->get("not_rated").isBoolean() && body->getValue<bool>("not_rated")) {
        if (body->has("level"))
            throw BadInput("invalid_rating", "a service not rated has no level");
        return request;
    }
    // Any integer the wire carries is checked before it is narrowed (2^31 had been cut to an int and answered 503).
    std::optional<std::int64_t> level;
    try {
        level = optionalIntIn(body, "level", 1, 5);
    } catch (const BadInput&) {
    }
    if (!level)
        throw BadInput("invalid_rating", "level must be an integer from 1 (非常不满意) to 5 (非常满意)");
    RatingInput input;
    input.level = static_cast<int>(*level);
    input.reasons = textList(body, "reasons");
    input.comment = optionalString(body, "comment").value_or("");
    request.input = input;
    return request;
}

} // namespace ow::wire
