#include "domain/wire/Queue.h"

#include "domain/Json.h"

namespace ow::wire {

Poco::JSON::Object::Ptr TransferTarget::toJson() const {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(true);
    if (category)
        o->set("category", *category);
    if (counter)
        o->set("counter", *counter);
    return o;
}

TransferTarget TransferTarget::fromJson(const Poco::JSON::Object::Ptr& object) {
    TransferTarget target;
    target.category = optionalString(object, "category");
    if (const auto counter = optionalIntIn(object, "counter", 1, 999))
        target.counter = static_cast<int>(*counter);
    return target;
}

} // namespace ow::wire
