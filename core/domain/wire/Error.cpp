#include "domain/wire/Error.h"

#include "domain/Json.h"

namespace ow::wire {

Poco::JSON::Object::Ptr ErrorReply::toJson() const {
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object(true);
    error->set("code", code);
    error->set("message", message);
    if (!problems.empty())
        error->set("problems", toJsonArray(problems));
    if (!opensAt.empty())
        error->set("opens_at", opensAt);
    if (!until.empty())
        error->set("until", until);
    Poco::JSON::Object::Ptr root = new Poco::JSON::Object;
    root->set("error", error);
    return root;
}

ErrorReply ErrorReply::fromJson(const Poco::JSON::Object::Ptr& object) {
    const auto error = optionalObject(object, "error");
    if (!error)
        throw BadInput("invalid_field", "field \"error\" is required");
    return {requireString(error, "code"), optionalString(error, "message").value_or(""),
            optionalStrings(error, "problems"), optionalString(error, "opens_at").value_or(""),
            optionalString(error, "until").value_or("")};
}

ErrorReply ErrorReply::fromBody(std::string_view body) {
    try {
        return fromJson(parseObject(body));
    } catch (const BadInput&) {
        return {};
    }
}

} // namespace ow::wire
