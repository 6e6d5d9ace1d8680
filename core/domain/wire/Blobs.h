#pragma once

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <string>

namespace ow::wire {

// How the server holds an attachment (PUT /api/v1/blobs/{sha256}, GET …/status, and each entry of a pack's
// answer): how many of its bytes, whether complete; with the error of a refused one (a pack's entry, or 409
// wrong_offset), as {"error":{"code","message"}}.
struct BlobStatus {
    std::string sha256;
    std::int64_t received = 0; // bytes the server holds (all of them once complete)
    std::int64_t size = 0;     // the announced total, 0 when nothing has arrived yet
    bool complete = false;
    std::string errorCode, errorMessage; // empty: no error

    Poco::JSON::Object::Ptr toJson() const;
    static BlobStatus fromJson(const Poco::JSON::Object::Ptr& object); // throws BadInput
};

} // namespace ow::wire
