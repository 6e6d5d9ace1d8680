#include "domain/wire/Blobs.h"

#include "domain/Json.h"

namespace ow::wire {

Poco::JSON::Object::Ptr BlobStatus::toJson() const {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(true);
    out->set("sha256", sha256);
    out->set("received", received);
    out->set("size", size);
    out->set("complete", complete);
    if (!errorCode.empty()) {
        Poco::JSON::Object::Ptr error = new Poco::JSON::Object(true);
        error->set("code", errorCode);
        error->set("message", errorMessage);
        out->set("error", error);
    }
    return out;
}

BlobStatus BlobStatus::fromJson(const Poco::JSON::Object::Ptr& object) {
    BlobStatus st;
    st.sha256 = optionalString(object, "sha256").value_or("");
    st.received = optionalInt(object, "received").value_or(0);
    st.size = optionalInt(object, "size").value_or(0);
    st.complete = object->has("complete") && object->get("complete").isBoolean() && object->getValue<bool>("complete");
    if (const auto error = optionalObject(object, "error")) {
        st.errorCode = optionalString(error, "code").value_or("");
        st.errorMessage = optionalString(error, "message").value_or("");
    }
    return st;
}

} // namespace ow::wire
